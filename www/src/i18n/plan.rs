//! The Loan plan and Compare tabs: the loan form, the summary, the chart, the schedule and its
//! CSV file.

use super::texts;

texts! {
    PLANNER => "还款计划", "Repayment plan";
    PRODUCT => "产品", "Product";
    AMOUNT => "借款金额", "Amount";
    UP_TO_LIMIT => "最多", "up to";
    TERM => "期限（月）", "Term (months)";
    METHOD => "还款方式", "Method";
    ANNUAL_RATE => "年利率（%）", "Annual rate (%)";
    START_DATE => "放款日", "Start date";
    PREPAY => "提前还款", "Prepay early";
    PREPAY_AFTER => "在第几期之后", "After period";
    PREPAY_AMOUNT => "提前还款金额", "Prepayment amount";
    PREPAY_ALL => "全部结清", "Pay off everything";
    PREPAY_MODE => "提前还款后", "After prepaying";
    REDUCE_PAYMENT => "月供减少，期限不变", "Lower payment, same end date";
    SHORTEN_TERM => "月供不变，期限缩短", "Same payment, end sooner";
    NOT_ELIGIBLE_FOR_PRODUCT => "你目前无法获得该产品，以下为示意计算。", "You are not eligible for this product now; the plan below is illustrative.";
    SUMMARY => "概要", "Summary";
    MONTHLY_PAYMENT => "每期还款", "Payment";
    FIRST_PAYMENT => "首期还款", "First payment";
    TOTAL_INTEREST => "总利息", "Total interest";
    TOTAL_FEE => "总手续费", "Total fees";
    TOTAL_PAYMENT => "还款总额", "Total repaid";
    INTEREST_SAVED => "节省利息", "Interest saved";
    CHART => "余额与本息构成", "Balance, principal and interest";
    CHART_BALANCE => "剩余本金", "Balance";
    CHART_PRINCIPAL => "本金", "Principal";
    CHART_COST => "利息与费用", "Interest and fees";
    CHART_BY_YEAR => "按年汇总（图表的文字版）", "By year (the chart as text)";
    BY_YEAR => "（按年）", " (by year)";
    YEAR => "年", "Year";
    SCHEDULE => "还款明细", "Schedule";
    PERIOD => "期", "Period";
    DUE_DATE => "还款日", "Due date";
    PAYMENT => "还款额", "Payment";
    PRINCIPAL => "本金", "Principal";
    INTEREST => "利息", "Interest";
    FEE => "手续费", "Fee";
    PREPAYMENT => "提前还款", "Prepayment";
    BALANCE => "剩余本金", "Balance";
    PREV_PAGE => "上一页", "Previous";
    NEXT_PAGE => "下一页", "Next";
    SCROLL_HINT => "左右滑动查看全部列", "Swipe sideways for every column";
    DOWNLOAD_CSV => "下载 CSV", "Download CSV";
    PRINT => "打印", "Print";
    PLAN_INVALID => "请修改标红的输入；仍显示上一次有效的计划。", "Fix the marked input; the last valid plan is still shown.";
    NO_PLAN => "还没有可显示的还款计划。", "No plan to show yet.";
    COMPARE => "两个方案并排对比", "Two plans side by side";
    PLAN_A => "方案 A", "Plan A";
    PLAN_B => "方案 B", "Plan B";
    DIFFERENCE => "差额（B − A）", "Difference (B − A)";
    SAME_AS_PLANNER => "方案 A 即“还款计划”页的设置。", "Plan A is the loan plan tab's settings.";
    ABOVE_LIMIT => "超过你的额度", "Above your limit of";
    AMOUNT_RANGE => "请输入大于 0、不超过 100,000,000 的金额。", "Enter an amount above 0 and at most 100,000,000.";
    TERM_CHOICE => "请选择该产品提供的期数。", "Choose one of the product's terms.";
    TERM_RANGE => "请输入 1 到 360 之间的整数。", "Enter a whole number from 1 to 360.";
    RATE_RANGE => "请输入 0 到 100 之间的年利率（%）。", "Enter an annual rate from 0 to 100 (%).";
    PREPAY_AFTER_RANGE => "须在第 1 期之后、最后一期之前。", "Must be after period 1 and before the last period.";
    PREPAY_AMOUNT_RANGE => "请输入大于 0、不超过当期剩余本金的金额。", "Enter an amount above 0 and at most the balance left.";
}
