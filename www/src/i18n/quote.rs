//! The Check a quote tab (核算真实年化): the ways a quote is said, its examples, its fields and
//! their problems, and the figures.

use super::{texts, Text};

texts! {
    TITLE => "核算真实年化", "Check a quote";
    INTRO => "按广告或合同上的说法输入报价，看它的真实年化利率（APR，按现金流的内部收益率计算）、报价利率与“心算”利率、总成本、法定红线和每期现金流。最多四份报价并排对比。", "Enter a quote the way it was advertised and see its true annual rate (the APR, from the cash flows' internal rate of return) beside the quoted rate and the rate people work out in their heads, the total cost, the legal lines and every payment. Up to four quotes side by side.";
    EXAMPLES => "示例（点击添加一份报价）", "Examples (each adds a quote)";
    OUR_OFFERS => "本页给你的产品（点击作为一份报价）", "Our offers to you (each adds a quote)";
    ADD => "添加一份报价", "Add a quote";
    RESET => "恢复默认示例", "Back to the examples";
    REMOVE => "移除", "Remove";
    QUOTE_N => "报价 {n}", "Quote {n}";
    FROM_OFFER => "本页产品", "our offer";
    KIND => "报价方式", "How it is quoted";
    AMOUNT => "借款金额（元）", "Amount (¥)";
    PERIODS => "期数（月）", "Periods (months)";
    UPFRONT => "放款时先扣（元，砍头息）", "Kept back at the start (¥)";
    FEE => "每期另收服务费（元）", "Service fee each period (¥)";
    OPTIONAL => "选填", "optional";
    APR => "真实年化（APR）", "True APR";
    QUOTED => "报价说法", "As quoted";
    NAIVE => "心算年化", "Rate in one's head";
    EFFECTIVE => "实际年化（复利）", "Effective annual rate";
    RECEIVED => "实际到手", "Money received";
    TOTAL_PAYMENT => "还款合计", "Total repaid";
    TOTAL_COST => "总成本", "Total cost";
    STALE => "请修改标红的输入；仍显示上一次有效的结果。", "Fix the marked input; the last valid result is still shown.";
    NO_RESULT => "还没有可显示的结果。", "No result yet.";
    FLOWS => "并排对比与现金流", "Side by side, and the cash flows";
    FLOWS_HELP => "心算年化 = 总成本 ÷ 实际到手 × 12 ÷ 期数：它忽略了本金在逐月归还，所以通常远低于真实年化。现金流第 0 期为实际到手的金额，之后为每期还款（含每期服务费）。", "The rate in one's head is total cost ÷ money received × 12 ÷ periods: it forgets that the principal is repaid month by month, so it is usually well below the true APR. In the cash flows, period 0 is the money received; then each payment, fees included.";
    PERIOD => "期", "Period";
    EXAMPLE_MONTHLY_FEE => "0.6%/月 × 12 期", "0.6% a month × 12";
    EXAMPLE_TOTAL_FEE => "分 12 期，手续费 8.8%", "12 periods, 8.8% fee";
    EXAMPLE_PAYMENT => "每月还 888", "Repay ¥888 a month";
    EXAMPLE_FLAT => "月息 0.8%", "0.8% a month (月息)";
    EXAMPLE_DAILY => "日利率 0.05%", "0.05% a day";
    EXAMPLE_KEPT_BACK => "年利率 7.2%，先扣 1,000", "7.2% a year, ¥1,000 kept back";
    EXAMPLE_SERVICE_FEE => "年利率 6% + 每月服务费 50", "6% a year + ¥50 a month";
    AMOUNT_RANGE => "请输入大于 0、不超过 100,000,000 的金额（精确到分）。", "Enter an amount above 0 and at most 100,000,000, to the fen.";
    PERIODS_RANGE => "请输入 1 到 360 之间的整数。", "Enter a whole number from 1 to 360.";
    UPFRONT_RANGE => "请输入 0 或以上、低于借款金额的金额（精确到分）。", "Enter 0 or more, below the amount, to the fen.";
    FEE_RANGE => "请输入 0 或以上的金额（精确到分）。", "Enter 0 or more, to the fen.";
    KIND_CHOICE => "请选择一种报价方式。", "Choose how it is quoted.";
    QUOTE_RANGE => "这份报价的还款合计少于实际到手的金额（年化为负），或超过它的 100 倍。", "This quote's payments add up to less than the money received (a negative APR) or to more than 100 times it.";
}

/// A way of quoting: its name in the select, the label of its rate box and that box's problem.
pub fn said(code: &str) -> (Text, Text, Text) {
    match code {
        "feePerPeriod" => (
            Text::new(
                "每期手续费率（信用卡分期）",
                "A fee each period (card instalments)",
            ),
            Text::new("每期手续费率（%）", "Fee each period (% of the amount)"),
            Text::new(
                "请输入 0 到 10 之间的费率（%）。",
                "Enter a rate from 0 to 10 (%).",
            ),
        ),
        "totalFee" => (
            Text::new(
                "总手续费（花呗式分期）",
                "One fee for the term (Huabei-style)",
            ),
            Text::new("总手续费率（%）", "Total fee (% of the amount)"),
            Text::new(
                "请输入 0 到 100（不含）之间的费率（%）。",
                "Enter a rate from 0 to below 100 (%).",
            ),
        ),
        "installment" => (
            Text::new("每期还款额", "A payment each period"),
            Text::new("每期还款（元）", "Payment each period (¥)"),
            Text::new(
                "请输入 0 或以上的金额（精确到分）。",
                "Enter 0 or more, to the fen.",
            ),
        ),
        "flatRate" => (
            Text::new(
                "月息（按原始本金计息）",
                "Monthly rate on the original amount (月息)",
            ),
            Text::new("月息（%）", "Monthly rate (%)"),
            Text::new(
                "请输入 0 到 8.33（即年 100%）之间的月利率（%）。",
                "Enter a monthly rate from 0 to 8.33 (100% a year).",
            ),
        ),
        "daily" => (
            Text::new(
                "日利率（按剩余本金，等额本息）",
                "Daily rate on the balance (equal instalments)",
            ),
            Text::new("日利率（%）", "Daily rate (%)"),
            Text::new(
                "请输入 0 到 0.2777（即年 100%）之间的日利率（%）。",
                "Enter a daily rate from 0 to 0.2777 (100% a year).",
            ),
        ),
        _ => (
            Text::new(
                "年利率（按剩余本金，等额本息）",
                "Annual rate on the balance (equal instalments)",
            ),
            Text::new("年利率（%）", "Annual rate (%)"),
            Text::new(
                "请输入 0 到 100 之间的年利率（%）。",
                "Enter an annual rate from 0 to 100 (%).",
            ),
        ),
    }
}

/// The name of one of our products a quote was taken from.
pub fn offer(of: &str) -> Text {
    match of {
        "creditLine" => Text::new("先用后付额度", "credit line"),
        "microBusiness" => Text::new("小微经营贷", "micro-business loan"),
        _ => Text::new("信用贷", "credit loan"),
    }
}
