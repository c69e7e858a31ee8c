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
