//! The Journey tab: month marks, what happened, warnings, and the lender's view.

use credit_sim::journey::{MonthEvent, Warning};

use super::{texts, Text};

texts! {
    INTRO => "按月标记这笔贷款的还款：按时、逾期若干天、未还、提前还清或新申请信贷，看分数、额度、价格、余额与罚息如何变化。", "Mark each month of this loan: on time, late by some days, missed, paid off or a new credit application, and watch score, limit, price, balance and penalty interest move.";
    LOAN => "贷款：现金贷，等额本息，按月计息", "Loan: a cash loan, equal monthly installments";
    MONTHS => "逐月事件", "Month by month";
    MONTH_N => "第 {n} 月", "Month {n}";
    DAYS_LATE => "逾期天数", "Days late";
    ADD_MONTH => "增加一个月", "Add a month";
    REMOVE_MONTH => "减少一个月", "Remove a month";
    ALL_ON_TIME => "全部按时", "All on time";
    NOW => "当前", "Now";
    START => "起点", "Start";
    SCORE_CHART => "分数走势", "Score over time";
    LIMIT_CHART => "额度走势", "Limit over time";
    SCORE => "分数", "Score";
    DAILY_RATE => "日利率", "Daily rate";
    APR => "年化 APR", "APR";
    APR_CHART => "价格走势（APR）", "Price over time (APR)";
    APR_GAPS => "；断开处为当月不提供", "; where the line breaks, not offered that month";
    NOT_OFFERED => "不提供", "not offered";
    LIMIT => "额度", "Limit";
    BALANCE => "余额", "Balance";
    PENALTY => "罚息", "Penalty interest";
    TOTAL_PENALTY => "累计罚息", "Total penalty interest";
    EVENTS => "发生了什么", "What happened";
    WARNINGS => "预警", "Warnings";
    NO_WARNINGS => "无预警", "No warnings";
    MONTH => "月", "Month";
    MARK => "标记", "Mark";
    LENDER_TITLE => "放贷机构的视角", "The lender's view";
    LENDER_INTRO => "10,000 位与你分数相同的借款人，各借 ¥10,000：按违约概率模拟有多少人违约（固定随机种子，结果可复现），预期损失与模拟损失，以及这如何变成报价。", "10,000 borrowers with your score, ¥10,000 each: how many default in a simulation from the probability of default (a fixed seed, so it is repeatable), expected against simulated loss, and how that becomes the price.";
    LENDER_PD => "违约概率", "Probability of default";
    LENDER_DEFAULTS => "模拟违约人数", "Simulated defaults";
    LENDER_EXPECTED_DEFAULTS => "预期违约人数", "Expected defaults";
    LENDER_EXPECTED_LOSS => "预期损失（PD × LGD × 敞口）", "Expected loss (PD × LGD × exposure)";
    LENDER_SIMULATED_LOSS => "模拟损失", "Simulated loss";
    LENDER_CHART => "每组 1,000 人的违约人数与预期值", "Defaults per group of 1,000 against the expected number";
    LENDER_PRICE => "定价构成（年化）", "How the price is built (a year)";
    LENDER_FUNDING => "资金成本", "Funding cost";
    LENDER_LOSS_RATE => "预期损失", "Expected loss";
    LENDER_OPERATING => "运营成本", "Operating cost";
    LENDER_MARGIN => "利润", "Margin";
    LENDER_DAILY => "日利率（限定在产品区间内）", "Daily rate (clamped to the product's range)";
    LENDER_APR => "年化利率 APR", "APR";
    LENDER_CLAMPED => "已被产品利率区间限制", "clamped by the product's rate range";
}

/// The name of what happened in a month.
pub fn event(e: MonthEvent) -> Text {
    match e {
        MonthEvent::OnTime => Text::new("按时还款", "On time"),
        MonthEvent::Late => Text::new("逾期", "Late"),
        MonthEvent::Missed => Text::new("未还款", "Missed"),
        MonthEvent::PayOff => Text::new("提前还清", "Pay off"),
        MonthEvent::NewApplication => Text::new("新申请信贷", "New application"),
        MonthEvent::LimitRaised => Text::new("提额", "Limit raised"),
        MonthEvent::LimitFrozen => Text::new("额度冻结", "Limit frozen"),
        MonthEvent::LimitCut => Text::new("降额", "Limit cut"),
        MonthEvent::LoanRepaid => Text::new("贷款已还清", "Loan repaid"),
    }
}

/// A warning's sentence.
pub fn warning(w: Warning) -> Text {
    match w {
        Warning::Overdue => Text::new(
            "逾期：有一期还款未按时归还",
            "Overdue: a payment is past due",
        ),
        Warning::HighUtilization => Text::new("额度使用率超过 90%", "Utilisation above 90 %"),
        Warning::HighDebtService => {
            Text::new("月供超过收入的 50%", "Debt service above 50 % of income")
        }
        Warning::ScoreDrop => Text::new(
            "分数一个月内下降超过 30 分",
            "Score fell more than 30 points in a month",
        ),
        Warning::ManyApplications => Text::new(
            "三个月内多次申请信贷（多头借贷）",
            "Many credit applications in three months",
        ),
    }
}
