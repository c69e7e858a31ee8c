//! The Workbench tab: every product rule's label and unit, its groups, and the portfolio.

use super::{texts, Text};

texts! {
    TITLE => "产品规则工作台", "Product rules workbench";
    INTRO => "修改任何一条规则，整页（评分摘要、产品、还款计划、信用旅程）立即按新规则计算；改过的规则标为“已改”，并写入链接，分享链接即分享这套规则。", "Change any rule and the whole page (the headline, offers, loan plans, the journey) follows at once. Changed rules are marked and travel in the link, so a link shares the rule set.";
    RESET_ALL => "全部恢复默认", "Reset all rules";
    RESET_GROUP => "恢复本组默认", "Reset this group";
    CHANGED => "已改", "changed";
    DEFAULT => "默认", "default";
    RANGE => "范围", "range";
    STALE => "有规则需要修改；仍按上一组有效规则计算。", "A rule needs fixing; the last valid rules are still in force.";
    OUT_OF_ORDER => "不能高于对应的最高值。", "Must not be above the matching maximum.";
    GROUP_CREDIT_LOAN => "信用贷（借呗式）", "Credit loan (Jiebei-style)";
    GROUP_CREDIT_LINE => "先用后付额度与分期手续费", "Credit line and its instalment fees";
    GROUP_MICRO => "小微经营贷", "Micro-business loan";
    GROUP_DEPOSIT_FREE => "免押门槛", "Deposit-free thresholds";
    GROUP_PRICING => "风险定价", "Pricing";
    GROUP_PENALTY_LEGAL => "罚息与法定利率线", "Penalty and legal lines";
    GROUP_JOURNEY => "动态授信（信用旅程）", "Dynamic credit (the journey)";
    PORTFOLIO => "组合测试：一群申请人", "Portfolio: a whole population";
    PORTFOLIO_INTRO => "把规则套用到一整群申请人：按种子生成，或读取你自己的 CSV 文件（文件只在浏览器内读取，不会上传）。在后台线程中计算，页面始终可用。", "Run the rules over a whole population: generated from a seed, or your own CSV file (read in your browser only, never uploaded). It runs in background threads; the page stays usable.";
    SOURCE => "申请人来源", "Applicants";
    SOURCE_SYNTHETIC => "按种子生成", "Generated from a seed";
    SOURCE_CSV => "我的 CSV 文件", "My CSV file";
    SEED => "种子", "Seed";
    COUNT => "人数", "How many";
    FILE => "CSV 文件", "CSV file";
    NO_FILE => "请选择一个 CSV 文件。", "Choose a CSV file.";
    TEMPLATE => "下载 CSV 模板", "Download a CSV template";
    COLUMNS => "可用的列", "The columns";
    COLUMNS_HELP => "第一行为列名，逗号或制表符分隔，UTF-8（可带 BOM）。缺少的列取默认画像的值；monthsSinceOverdue 留空或填 never 表示从未逾期；是非列可填 true/false、1/0、yes/no、是/否；未知的列会被忽略并提示。", "The first row names the columns, comma or tab separated, UTF-8 (with or without a BOM). A missing column takes the default profile's value; monthsSinceOverdue empty or never means never overdue; yes/no columns take true/false, 1/0, yes/no or 是/否; an unknown column is ignored with a warning.";
    COMPARE_WITH => "对比规则 B", "Compare with rules B";
    B_DEFAULTS => "默认规则", "The default rules";
    B_PINNED => "已固定的规则", "The pinned rules";
    PIN_B => "把当前规则固定为 B", "Pin the current rules as B";
    UNPIN_B => "B 改回默认规则", "Make B the defaults again";
    SAME_RULES => "当前规则与 B 相同：只显示一列。修改上面的规则即可对比。", "The rules in force equal B: one column shown. Change a rule above to compare.";
    RUN => "运行", "Run";
    CANCEL => "取消", "Cancel";
    RUNNING => "正在计算…", "Counting…";
    PREPARING_ROWS => "正在生成逐人评分…", "Writing the scored rows…";
    CANCELLED => "已取消。", "Cancelled.";
    FAILED => "计算失败：", "The run failed:";
    WORKERS => "个后台线程", "background threads";
    APPLICANTS => "申请人", "applicants";
    RESULTS => "结果", "Results";
    OVERALL => "总体", "Overall";
    AS_TABLE => "以表格显示", "Show as a table";
    STALE_RESULTS => "规则在这次运行后已修改：再运行一次即可看到新规则的结果。", "The rules have changed since this run: run it again to see them.";
    NO_WORKERS => "浏览器无法启动后台线程。", "The browser could not start a background thread.";
    KEPT => "上一次的结果保持不变。", "The last results are kept.";
    NO_ROWS => "文件中没有可计算的行。", "The file has no row that could be counted.";
    MEANING => "含义", "Meaning";
    CELLS => "可填的值", "Cells";
    KIND_INTEGER => "整数", "a whole number";
    KIND_NULLABLE => "整数；留空或 never 表示从未", "a whole number; empty or never for none";
    KIND_AMOUNT => "金额（元，最多两位小数）", "an amount in yuan (at most two decimals)";
    KIND_BOOLEAN => "true/false、1/0、yes/no、是/否", "true/false, 1/0, yes/no, 是/否";
    APPLICANTS_COUNT => "申请人数", "Applicants";
    THRESHOLD => "门槛分", "threshold";
    DECLINED_FOR => "拒绝：", "Declined: ";
    POINTS_SUFFIX => " 个百分点", " pp";
    SECTION => "部分", "Section";
    MEASURE => "项目", "Measure";
    RULES_A => "A：当前规则", "A: rules in force";
    RULES_B => "B", "B";
    DIFF => "B − A", "B − A";
    AVERAGE_SCORE => "平均分", "Average score";
    HISTOGRAM => "分数分布", "Score distribution";
    BANDS => "等级分布", "Bands";
    PRODUCT_TABLE => "各产品", "By product";
    APPROVAL_RATE => "通过率", "Approval rate";
    ELIGIBLE_COUNT => "获批人数", "Approved";
    TOTAL_LIMIT => "总额度", "Total limit";
    AVERAGE_LIMIT => "平均额度", "Average limit";
    AVERAGE_APR => "平均年化利率", "Average APR";
    EXPECTED_LOSS => "预期损失", "Expected loss";
    DECLINES => "拒绝原因（人次）", "Decline reasons (times)";
    DEPOSIT_FREE_SHARES => "免押服务覆盖率", "Deposit-free shares";
    DOWNLOAD_RESULTS => "下载结果（CSV）", "Download the results (CSV)";
    DOWNLOAD_ROWS => "下载逐人评分（CSV）", "Download the scored rows (CSV)";
    PROBLEMS => "文件中的问题", "Problems in the file";
    SKIPPED => "行被跳过", "rows skipped";
    MORE_ROWS => "其余未列出", "more not listed";
    ROW => "行", "Row";
    COLUMN => "列", "Column";
    PROBLEM => "问题", "Problem";
    SEED_RANGE => "请输入 0 到 9,007,199,254,740,991 之间的整数。", "Enter a whole number from 0 to 9,007,199,254,740,991.";
    COUNT_RANGE => "请输入 1,000 到 1,000,000 之间的整数。", "Enter a whole number from 1,000 to 1,000,000.";
    NOT_A_FIELD_VALUE => "不是有效的值", "not a valid value";
    WRONG_FIELD_COUNT => "这一行的单元格数量与表头不符", "the row's cells do not match the header";
    ROW_NOT_UTF8 => "这一行不是 UTF-8 文本", "the row is not UTF-8 text";
}

/// A file's problem in words: what is wrong and what to do.
pub fn file_problem(code: credit_sim::portfolio::csv_codes::CsvWarningCode) -> Text {
    use credit_sim::portfolio::csv_codes::CsvWarningCode as C;
    match code {
        C::UnknownColumn => Text::new("未知的列，已忽略", "Unknown column, ignored"),
        C::DuplicateColumn => Text::new(
            "重复的列，读取了后一列",
            "Column given twice; the later one was read",
        ),
        C::Empty => Text::new("文件是空的。", "The file is empty."),
        C::Utf16 => Text::new(
            "这是 UTF-16（“Unicode 文本”）文件：请在 Excel 中另存为“CSV UTF-8”。",
            "This is UTF-16 (\"Unicode text\"): save it from Excel as \"CSV UTF-8\".",
        ),
        C::ExcelWorkbook => Text::new(
            "这是 Excel 工作簿，不是 CSV：请另存为“CSV UTF-8”。",
            "This is an Excel workbook, not a CSV: save it as \"CSV UTF-8\".",
        ),
        C::Binary => Text::new("这不是文本文件。", "This is not a text file."),
        C::NotUtf8 => Text::new(
            "文件不是 UTF-8 编码（多半是 Excel 保存的 GBK）：请另存为“CSV UTF-8”。",
            "The file is not UTF-8 (most often GBK saved by Excel): save it as \"CSV UTF-8\".",
        ),
        C::LineTooLong => Text::new(
            "有一行超过 64 KB：这不像申请人的 CSV。",
            "A line is over 64 KB: this is not a CSV of applicants.",
        ),
        C::WrongDelimiter => Text::new(
            "列用分号或竖线分隔：请用逗号或制表符。",
            "The columns are separated by semicolons or bars: use commas or tabs.",
        ),
        C::NoHeader => Text::new(
            "第一行没有可识别的列名：请看“可用的列”。",
            "The first row names no known column: see \"The columns\".",
        ),
        C::ReadFailed => Text::new("文件无法读取。", "The file could not be read."),
    }
}

/// What a rule's number means, shown beside its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A score, 350–950.
    Score,
    /// Yuan.
    Yuan,
    /// A fraction of something (0.5 is 50 %).
    Share,
    /// A fraction a year.
    PerYear,
    /// A fraction a day.
    PerDay,
    /// A multiple.
    Times,
    /// Months.
    Months,
    /// Days.
    Days,
    /// Periods of a plan.
    Periods,
    /// Points.
    Points,
    /// Percent.
    Percent,
    /// A count.
    Count,
}

impl Unit {
    /// The unit's words.
    pub fn text(self) -> Text {
        match self {
            Unit::Score => Text::new("分", "points"),
            Unit::Yuan => Text::new("元", "yuan"),
            Unit::Share => Text::new("比例（0.5 = 50%）", "share (0.5 = 50%)"),
            Unit::PerYear => Text::new("年化比例", "a year, as a fraction"),
            Unit::PerDay => Text::new("每日比例", "a day, as a fraction"),
            Unit::Times => Text::new("倍", "times"),
            Unit::Months => Text::new("个月", "months"),
            Unit::Days => Text::new("天", "days"),
            Unit::Periods => Text::new("期", "periods"),
            Unit::Points => Text::new("分", "points"),
            Unit::Percent => Text::new("%", "%"),
            Unit::Count => Text::new("次", "times"),
        }
    }
}

const fn t(zh: &'static str, en: &'static str) -> Text {
    Text::new(zh, en)
}

/// Every rule's label and unit, in the order of the core's `RULE_PATHS`.
pub const RULES: [(&str, Text, Unit); 50] = [
    (
        "creditLoan.minScore",
        t("最低分数", "Lowest score"),
        Unit::Score,
    ),
    (
        "creditLoan.minLimit",
        t("最低额度", "Smallest limit"),
        Unit::Yuan,
    ),
    (
        "creditLoan.maxLimit",
        t("最高额度", "Largest limit"),
        Unit::Yuan,
    ),
    (
        "creditLoan.limitsByBand.fair",
        t("中等（550–599）的额度", "Limit, fair (550–599)"),
        Unit::Yuan,
    ),
    (
        "creditLoan.limitsByBand.good",
        t("良好（600–649）的额度", "Limit, good (600–649)"),
        Unit::Yuan,
    ),
    (
        "creditLoan.limitsByBand.veryGood",
        t("优秀（650–699）的额度", "Limit, very good (650–699)"),
        Unit::Yuan,
    ),
    (
        "creditLoan.limitsByBand.excellent",
        t("极好（700–950）的额度", "Limit, excellent (700–950)"),
        Unit::Yuan,
    ),
    (
        "creditLoan.maxDebtServiceRatio",
        t("月供占收入上限", "Debt service cap, of income"),
        Unit::Share,
    ),
    (
        "creditLoan.dailyRateMin",
        t("最低日利率", "Lowest daily rate"),
        Unit::PerDay,
    ),
    (
        "creditLoan.dailyRateMax",
        t("最高日利率", "Highest daily rate"),
        Unit::PerDay,
    ),
    (
        "creditLoan.insuranceFeeRate",
        t("信用保证保险费率", "Credit insurance fee"),
        Unit::PerYear,
    ),
    (
        "creditLine.minScore",
        t("最低分数", "Lowest score"),
        Unit::Score,
    ),
    (
        "creditLine.minLimit",
        t("最低额度", "Smallest limit"),
        Unit::Yuan,
    ),
    (
        "creditLine.maxLimit",
        t("最高额度", "Largest limit"),
        Unit::Yuan,
    ),
    (
        "creditLine.limitsByBand.fair",
        t("中等（550–599）的额度", "Limit, fair (550–599)"),
        Unit::Yuan,
    ),
    (
        "creditLine.limitsByBand.good",
        t("良好（600–649）的额度", "Limit, good (600–649)"),
        Unit::Yuan,
    ),
    (
        "creditLine.limitsByBand.veryGood",
        t("优秀（650–699）的额度", "Limit, very good (650–699)"),
        Unit::Yuan,
    ),
    (
        "creditLine.limitsByBand.excellent",
        t("极好（700–950）的额度", "Limit, excellent (700–950)"),
        Unit::Yuan,
    ),
    (
        "creditLine.installmentFees.0.periods",
        t("分期方案 1：期数", "Plan 1: periods"),
        Unit::Periods,
    ),
    (
        "creditLine.installmentFees.0.feeRate",
        t("分期方案 1：总手续费率", "Plan 1: total fee"),
        Unit::Share,
    ),
    (
        "creditLine.installmentFees.1.periods",
        t("分期方案 2：期数", "Plan 2: periods"),
        Unit::Periods,
    ),
    (
        "creditLine.installmentFees.1.feeRate",
        t("分期方案 2：总手续费率", "Plan 2: total fee"),
        Unit::Share,
    ),
    (
        "creditLine.installmentFees.2.periods",
        t("分期方案 3：期数", "Plan 3: periods"),
        Unit::Periods,
    ),
    (
        "creditLine.installmentFees.2.feeRate",
        t("分期方案 3：总手续费率", "Plan 3: total fee"),
        Unit::Share,
    ),
    (
        "creditLine.installmentFees.3.periods",
        t("分期方案 4：期数", "Plan 4: periods"),
        Unit::Periods,
    ),
    (
        "creditLine.installmentFees.3.feeRate",
        t("分期方案 4：总手续费率", "Plan 4: total fee"),
        Unit::Share,
    ),
    (
        "microBusiness.minScore",
        t("经营者最低分数", "Owner's lowest score"),
        Unit::Score,
    ),
    (
        "microBusiness.minBusinessAgeMonths",
        t("最短经营时长", "Youngest business"),
        Unit::Months,
    ),
    (
        "microBusiness.revenueMonths",
        t("额度按几个月营业额", "Months of revenue in the limit"),
        Unit::Months,
    ),
    (
        "microBusiness.minLimit",
        t("最低额度", "Smallest limit"),
        Unit::Yuan,
    ),
    (
        "microBusiness.maxLimit",
        t("最高额度", "Largest limit"),
        Unit::Yuan,
    ),
    (
        "microBusiness.dailyRateMin",
        t("最低日利率", "Lowest daily rate"),
        Unit::PerDay,
    ),
    (
        "microBusiness.dailyRateMax",
        t("最高日利率", "Highest daily rate"),
        Unit::PerDay,
    ),
    (
        "microBusiness.revenueIncomeShare",
        t("营业额计作收入的比例", "Revenue counted as income"),
        Unit::Share,
    ),
    (
        "depositFree.hotel",
        t("酒店免押门槛", "Hotel, no deposit"),
        Unit::Score,
    ),
    (
        "depositFree.rental",
        t("租物免押门槛", "Rentals, no deposit"),
        Unit::Score,
    ),
    (
        "depositFree.carHire",
        t("租车免押门槛", "Car hire, no deposit"),
        Unit::Score,
    ),
    (
        "pricing.fundingCost",
        t("资金成本", "Funding cost"),
        Unit::PerYear,
    ),
    (
        "pricing.lossGivenDefault",
        t("违约损失率（LGD）", "Loss given default (LGD)"),
        Unit::Share,
    ),
    (
        "pricing.operatingCost",
        t("运营成本", "Operating cost"),
        Unit::PerYear,
    ),
    ("pricing.margin", t("利润", "Margin"), Unit::PerYear),
    (
        "penaltyMultiplier",
        t(
            "罚息倍数（× 日利率）",
            "Penalty interest (× the daily rate)",
        ),
        Unit::Times,
    ),
    ("lpr", t("一年期 LPR", "One-year LPR"), Unit::PerYear),
    (
        "journey.raiseAfterCleanMonths",
        t("连续按时几个月后提额", "Clean months before a raise"),
        Unit::Months,
    ),
    (
        "journey.raiseShare",
        t("提额幅度（占额度）", "Raise, of the limit"),
        Unit::Share,
    ),
    (
        "journey.freezeMaxDays",
        t("只冻结额度的最长逾期", "Longest delay that only freezes"),
        Unit::Days,
    ),
    (
        "journey.cutShare",
        t("降额幅度（占额度）", "Cut, of the limit"),
        Unit::Share,
    ),
    (
        "journey.utilizationWarningPct",
        t("额度使用率预警线", "Utilisation warning above"),
        Unit::Percent,
    ),
    (
        "journey.scoreDropWarning",
        t("一个月内降分预警", "Score fall warning, in a month"),
        Unit::Points,
    ),
    (
        "journey.applicationsWarning",
        t("三个月内申请次数预警", "Applications warning, in 3 months"),
        Unit::Count,
    ),
];

/// The workbench's groups: a title and the path prefixes of its rules.
pub const GROUPS: [(&str, Text, &[&str]); 7] = [
    ("creditLoan", GROUP_CREDIT_LOAN, &["creditLoan."]),
    ("creditLine", GROUP_CREDIT_LINE, &["creditLine."]),
    ("microBusiness", GROUP_MICRO, &["microBusiness."]),
    ("depositFree", GROUP_DEPOSIT_FREE, &["depositFree."]),
    ("pricing", GROUP_PRICING, &["pricing."]),
    (
        "penaltyLegal",
        GROUP_PENALTY_LEGAL,
        &["penaltyMultiplier", "lpr"],
    ),
    ("journey", GROUP_JOURNEY, &["journey."]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_words_and_one_group() {
        let paths: Vec<&str> = RULES.iter().map(|(p, _, _)| *p).collect();
        assert_eq!(paths, credit_sim::offers::RULE_PATHS);
        for path in paths {
            let groups = GROUPS
                .iter()
                .filter(|(_, _, prefixes)| prefixes.iter().any(|p| path.starts_with(p)))
                .count();
            assert_eq!(groups, 1, "{path}");
        }
    }
}
