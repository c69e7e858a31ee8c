//! The Minimum-payment trap tab (最低还款): a credit line's statement paid in full, by the
//! minimum, by a fixed amount or in instalments.

use super::texts;

texts! {
    TITLE => "最低还款的陷阱", "The minimum-payment trap";
    INTRO => "同一张账单的几种还法并排：全额还款、只还最低还款额、每月固定金额，以及先用后付额度按现行规则分 3、6、9、12 期。看要还多少个月、付多少利息或手续费、真实年化多少，以及欠款怎样下降。", "One statement repaid several ways side by side: in full, by the minimum, by a fixed amount each month, or in the credit line's 3, 6, 9 and 12 instalments under the rules in force. See how many months it takes, the interest or fees paid, the true APR and how the balance falls.";
    NOTE => "这是示意模型：每个账单日只还当期应还额，未还部分按日计息、计入下期账单。各发卡机构的实际规则（免息期、最低还款额的算法、利息与违约金）各不相同。", "An illustrative model: each statement date pays only what is asked, and what is left accrues daily interest into the next statement. Real issuers' rules (interest-free periods, how the minimum is worked out, interest and late fees) differ.";
    FORM => "账单", "The statement";
    AMOUNT => "账单金额（元）", "Statement (¥)";
    DAILY => "未还部分日利率（%）", "Daily rate on what is left (%)";
    SHARE => "最低还款比例（%）", "Minimum payment (% of the statement)";
    FLOOR => "最低还款下限（元）", "Least minimum payment (¥)";
    FIXED => "每月固定还款（元）", "Fixed payment each month (¥)";
    AMOUNT_RANGE => "请输入大于 0、不超过 10,000,000 的金额（精确到分）。", "Enter an amount above 0 and at most 10,000,000, to the fen.";
    DAILY_RANGE => "请输入 0 到 0.2777（即年 100%）之间的日利率（%）。", "Enter a daily rate from 0 to 0.2777 (100% a year).";
    SHARE_RANGE => "请输入大于 0、不超过 100 的比例（%）。", "Enter a share above 0 and at most 100 (%).";
    FLOOR_RANGE => "请输入 0 或以上的金额（精确到分）。", "Enter 0 or more, to the fen.";
    FIXED_RANGE => "请输入大于 0 的金额（精确到分）。", "Enter an amount above 0, to the fen.";
    STALE => "请修改标红的输入；仍显示上一次有效的结果。", "Fix the marked input; the last valid result is still shown.";
    WAYS => "几种还法", "Ways to repay";
    WAY => "还法", "Way";
    MONTHS => "还清用时", "Months to repay";
    PAID => "还款合计", "Total paid";
    COST => "利息或手续费", "Interest or fees";
    APR => "真实年化", "APR";
    FULL => "全额还款", "Pay in full";
    NEVER => "永远还不完：利息不低于还款", "Never: the interest is at least the payment";
    CHART => "还款后仍欠多少", "Still owed after each payment";
    CHART_HELP => "分期一栏含已约定的手续费。", "Instalments include the fees already agreed.";
    MONTH_ZERO => "第 0 月", "Month 0";
}
