//! The scorecard's characteristics: for every Profile field, the bins a value falls in and the
//! points each bin earns, grouped in the five dimensions.
//!
//! Bins are listed worst first; for every characteristic whose field has a "better" direction
//! the points never fall from one bin to the next, which is what makes the score monotone
//! (better behaviour never lowers it). Points marked [`Source::GermanFit`] are the output of
//! `scripts/fit_scorecard.py` (committed as `tests/data/german_fit.json`) times
//! [`FIT_SCALE`], rounded half-up; the rest are stated judgement (see MODEL.md).

use rust_decimal::Decimal;
use serde::Serialize;

use super::bins::{
    age_bin, amount_at_least, at_least, at_most, business_bin, debt_to_income_bin, depth_bin,
    education_bin, flag, occupation_bin, on_time_bin, since_overdue_bin,
};
use crate::profile::Profile;

/// The fitted German-credit points are multiplied by this (0.4) so that the five fitted
/// characteristics fit within their dimensions' weights; the shape is the fit's.
pub const FIT_SCALE: Decimal = Decimal::from_parts(4, 0, 0, false, 1);

/// The five dimensions of the score, in API.md's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Dimension {
    /// 信用历史, about 35 %.
    CreditHistory,
    /// 行为偏好, about 25 %.
    Behaviour,
    /// 履约能力, about 20 %.
    Capacity,
    /// 身份特质, about 15 %.
    Identity,
    /// 人脉关系, about 5 %.
    Social,
}

impl Dimension {
    /// Every dimension in API.md's order.
    pub const ALL: [Dimension; 5] = [
        Dimension::CreditHistory,
        Dimension::Behaviour,
        Dimension::Capacity,
        Dimension::Identity,
        Dimension::Social,
    ];

    /// The API name (`"creditHistory"`).
    pub fn api_name(self) -> &'static str {
        match self {
            Dimension::CreditHistory => "creditHistory",
            Dimension::Behaviour => "behaviour",
            Dimension::Capacity => "capacity",
            Dimension::Identity => "identity",
            Dimension::Social => "social",
        }
    }

    /// The Chinese name (`"信用历史"`).
    pub fn name_zh(self) -> &'static str {
        match self {
            Dimension::CreditHistory => "信用历史",
            Dimension::Behaviour => "行为偏好",
            Dimension::Capacity => "履约能力",
            Dimension::Identity => "身份特质",
            Dimension::Social => "人脉关系",
        }
    }
}

/// Where a characteristic's points come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Source {
    /// Fitted on the German credit data (`scripts/fit_scorecard.py`), scaled by [`FIT_SCALE`].
    GermanFit,
    /// Stated judgement, informed by public descriptions of score-based lending.
    Judgement,
}

/// A name in Chinese and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Name {
    /// Chinese.
    pub zh: &'static str,
    /// English.
    pub en: &'static str,
}

impl Name {
    const fn new(zh: &'static str, en: &'static str) -> Name {
        Name { zh, en }
    }
}

/// One bin of a characteristic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bin {
    /// The values the bin holds, as the model card shows them in English (`"31–50 %"`).
    pub label: &'static str,
    /// The same in Chinese (`"31–50 %"`, `"6–11 个月"`).
    pub label_zh: &'static str,
    /// Points earned in the bin.
    pub points: u32,
}

/// A scorecard characteristic: which fields it reads, its bins and their points.
#[derive(Debug, Clone, Copy)]
pub struct Characteristic {
    /// Identifier, camelCase (`"creditUtilization"`); also its reason code.
    pub id: &'static str,
    /// Its name in Chinese and English (`"额度使用率"`, `"Credit utilisation"`).
    pub name: Name,
    /// The dimension it counts in.
    pub dimension: Dimension,
    /// The Profile fields it reads (API names).
    pub fields: &'static [&'static str],
    /// Where its points come from.
    pub source: Source,
    /// The bins, worst first.
    pub bins: &'static [Bin],
    bin_of: fn(&Profile) -> usize,
}

impl Characteristic {
    /// The index of the bin `profile` falls in (into [`Characteristic::bins`]).
    pub fn bin_index(&self, profile: &Profile) -> usize {
        (self.bin_of)(profile).min(self.bins.len().saturating_sub(1))
    }

    /// The points `profile` earns here.
    pub fn points(&self, profile: &Profile) -> u32 {
        self.bins
            .get(self.bin_index(profile))
            .map_or(0, |b| b.points)
    }

    /// The most points this characteristic can give.
    pub fn max_points(&self) -> u32 {
        self.bins.iter().map(|b| b.points).max().unwrap_or(0)
    }
}

const fn bin(label: &'static str, label_zh: &'static str, points: u32) -> Bin {
    Bin {
        label,
        label_zh,
        points,
    }
}

/// Every characteristic of the scorecard, dimension by dimension.
pub static CHARACTERISTICS: [Characteristic; 30] = [
    // Credit history 信用历史: 210 points.
    Characteristic {
        id: "creditAge",
        name: Name::new("信用账龄", "Credit age"),
        dimension: Dimension::CreditHistory,
        fields: &["creditAgeMonths"],
        source: Source::Judgement,
        bins: &[
            bin("<6 months", "<6 个月", 0),
            bin("6–11 months", "6–11 个月", 4),
            bin("12–23 months", "12–23 个月", 8),
            bin("24–47 months", "24–47 个月", 13),
            bin("48–95 months", "48–95 个月", 20),
            bin("96–179 months", "96–179 个月", 32),
            bin("180+ months", "180 个月以上", 50),
        ],
        bin_of: |p| at_least(p.credit_age_months, &[6, 12, 24, 48, 96, 180]),
    },
    Characteristic {
        id: "onTimeRepayment",
        name: Name::new("按时还款", "On-time repayment"),
        dimension: Dimension::CreditHistory,
        fields: &["onTimeRatePct", "repaymentsLast24m"],
        source: Source::Judgement,
        bins: &[
            bin("<80 %", "<80 %", 0),
            bin("80–89 %", "80–89 %", 5),
            bin("thin file (no repayment due)", "薄档案（无应还款）", 8),
            bin("90–94 %", "90–94 %", 10),
            bin("95–97 %", "95–97 %", 15),
            bin("98–99 %", "98–99 %", 20),
            bin("100 %", "100 %", 25),
        ],
        bin_of: on_time_bin,
    },
    Characteristic {
        id: "repaymentDepth",
        name: Name::new("按时还款笔数", "Repayment depth"),
        dimension: Dimension::CreditHistory,
        fields: &["repaymentsLast24m", "onTimeRatePct"],
        source: Source::Judgement,
        bins: &[
            bin("none, or <95 % on time", "无，或按时率 <95 %", 0),
            bin("1–5 on time", "按时 1–5 笔", 4),
            bin("6–11 on time", "按时 6–11 笔", 8),
            bin("12–23 on time", "按时 12–23 笔", 13),
            bin("24–47 on time", "按时 24–47 笔", 20),
            bin("48–95 on time", "按时 48–95 笔", 27),
            bin("96+ on time", "按时 96+ 笔", 35),
        ],
        bin_of: depth_bin,
    },
    Characteristic {
        id: "worstOverdue",
        name: Name::new("最长逾期", "Worst overdue"),
        dimension: Dimension::CreditHistory,
        fields: &["worstOverdueDays"],
        source: Source::Judgement,
        bins: &[
            bin("91+ days", "91 天以上", 0),
            bin("61–90 days", "61–90 天", 3),
            bin("31–60 days", "31–60 天", 7),
            bin("4–30 days", "4–30 天", 12),
            bin("1–3 days", "1–3 天", 20),
            bin("none", "无逾期", 25),
        ],
        bin_of: |p| at_most(p.worst_overdue_days, &[90, 60, 30, 3, 0]),
    },
    Characteristic {
        id: "sinceOverdue",
        name: Name::new("距上次逾期", "Time since overdue"),
        dimension: Dimension::CreditHistory,
        fields: &["monthsSinceOverdue"],
        source: Source::Judgement,
        bins: &[
            bin("<3 months", "<3 个月", 0),
            bin("3–5 months", "3–5 个月", 2),
            bin("6–11 months", "6–11 个月", 4),
            bin("12–23 months", "12–23 个月", 7),
            bin("24–59 months", "24–59 个月", 10),
            bin("60+ months", "60 个月以上", 12),
            bin("never overdue", "从未逾期", 15),
        ],
        bin_of: since_overdue_bin,
    },
    Characteristic {
        id: "creditUtilization",
        name: Name::new("额度使用率", "Credit utilisation"),
        dimension: Dimension::CreditHistory,
        fields: &["creditUtilizationPct"],
        source: Source::Judgement,
        bins: &[
            bin(">90 %", ">90 %", 0),
            bin("71–90 %", "71–90 %", 3),
            bin("51–70 %", "51–70 %", 7),
            bin("31–50 %", "31–50 %", 11),
            bin("≤30 %", "≤30 %", 15),
        ],
        bin_of: |p| at_most(p.credit_utilization_pct, &[90, 70, 50, 30]),
    },
    Characteristic {
        id: "recentApplications",
        name: Name::new("近期申请次数", "Recent applications"),
        dimension: Dimension::CreditHistory,
        fields: &["recentApplications3m"],
        source: Source::Judgement,
        bins: &[
            bin("7+", "7+", 0),
            bin("5–6", "5–6", 1),
            bin("3–4", "3–4", 3),
            bin("2", "2", 6),
            bin("1", "1", 8),
            bin("0", "0", 10),
        ],
        bin_of: |p| at_most(p.recent_applications3m, &[6, 4, 2, 1, 0]),
    },
    Characteristic {
        id: "depositFreeUses",
        name: Name::new("免押使用次数", "Deposit-free uses"),
        dimension: Dimension::CreditHistory,
        fields: &["depositFreeUses12m"],
        source: Source::Judgement,
        bins: &[
            bin("0", "0", 0),
            bin("1–2", "1–2", 4),
            bin("3–5", "3–5", 8),
            bin("6–11", "6–11", 12),
            bin("12–23", "12–23", 16),
            bin("24+", "24+", 20),
        ],
        bin_of: |p| at_least(p.deposit_free_uses12m, &[1, 3, 6, 12, 24]),
    },
    Characteristic {
        id: "brokenContracts",
        name: Name::new("违约记录", "Broken contracts"),
        dimension: Dimension::CreditHistory,
        fields: &["brokenContracts24m"],
        source: Source::Judgement,
        bins: &[
            bin("3+", "3+", 0),
            bin("2", "2", 1),
            bin("1", "1", 3),
            bin("0", "0", 8),
        ],
        bin_of: |p| at_most(p.broken_contracts24m, &[2, 1, 0]),
    },
    Characteristic {
        id: "dishonestDebtor",
        name: Name::new("失信被执行人", "Dishonest-debtor list"),
        dimension: Dimension::CreditHistory,
        fields: &["dishonestDebtor"],
        source: Source::Judgement,
        bins: &[
            bin("on the list (knock-out)", "在名单上（一票否决）", 0),
            bin("not on the list", "不在名单上", 7),
        ],
        bin_of: |p| flag(!p.dishonest_debtor),
    },
    // Behaviour 行为偏好: 150 points.
    Characteristic {
        id: "activeMonths",
        name: Name::new("活跃月数", "Active months"),
        dimension: Dimension::Behaviour,
        fields: &["activeMonths12m"],
        source: Source::Judgement,
        bins: &[
            bin("0", "0", 0),
            bin("1–3", "1–3", 5),
            bin("4–6", "4–6", 10),
            bin("7–9", "7–9", 15),
            bin("10–11", "10–11", 20),
            bin("12", "12", 25),
        ],
        bin_of: |p| at_least(p.active_months12m, &[1, 4, 7, 10, 12]),
    },
    Characteristic {
        id: "monthlySpend",
        name: Name::new("月均消费", "Monthly spending"),
        dimension: Dimension::Behaviour,
        fields: &["monthlySpend"],
        source: Source::Judgement,
        bins: &[
            bin("<¥500", "<¥500", 0),
            bin("¥500–1,499", "¥500–1,499", 4),
            bin("¥1,500–2,999", "¥1,500–2,999", 8),
            bin("¥3,000–5,999", "¥3,000–5,999", 12),
            bin("¥6,000–9,999", "¥6,000–9,999", 16),
            bin("¥10,000+", "¥10,000+", 20),
        ],
        bin_of: |p| amount_at_least(p.monthly_spend, &[500, 1500, 3000, 6000, 10000]),
    },
    Characteristic {
        id: "billsOnTime",
        name: Name::new("账单按时缴费", "Bills on time"),
        dimension: Dimension::Behaviour,
        fields: &["billsOnTimePct"],
        source: Source::Judgement,
        bins: &[
            bin("<60 %", "<60 %", 0),
            bin("60–79 %", "60–79 %", 10),
            bin("80–89 %", "80–89 %", 20),
            bin("90–94 %", "90–94 %", 32),
            bin("95–98 %", "95–98 %", 44),
            bin("99–100 %", "99–100 %", 60),
        ],
        bin_of: |p| at_least(p.bills_on_time_pct, &[60, 80, 90, 95, 99]),
    },
    Characteristic {
        id: "essentialSpend",
        name: Name::new("必需品消费占比", "Essential spending"),
        dimension: Dimension::Behaviour,
        fields: &["essentialSpendPct"],
        source: Source::Judgement,
        bins: &[
            bin("<30 %", "<30 %", 0),
            bin("30–49 %", "30–49 %", 7),
            bin("50–69 %", "50–69 %", 14),
            bin("70+ %", "70+ %", 20),
        ],
        bin_of: |p| at_least(p.essential_spend_pct, &[30, 50, 70]),
    },
    Characteristic {
        id: "savingsProducts",
        name: Name::new("理财产品", "Savings products"),
        dimension: Dimension::Behaviour,
        fields: &["holdsSavingsProducts"],
        source: Source::Judgement,
        bins: &[bin("no", "否", 0), bin("yes", "是", 25)],
        bin_of: |p| flag(p.holds_savings_products),
    },
    // Capacity 履约能力: 120 points.
    Characteristic {
        id: "monthlyIncome",
        name: Name::new("月收入", "Monthly income"),
        dimension: Dimension::Capacity,
        fields: &["monthlyIncome"],
        source: Source::Judgement,
        bins: &[
            bin("<¥3,000", "<¥3,000", 0),
            bin("¥3,000–4,999", "¥3,000–4,999", 4),
            bin("¥5,000–7,999", "¥5,000–7,999", 8),
            bin("¥8,000–11,999", "¥8,000–11,999", 12),
            bin("¥12,000–19,999", "¥12,000–19,999", 17),
            bin("¥20,000–49,999", "¥20,000–49,999", 23),
            bin("¥50,000+", "¥50,000+", 30),
        ],
        bin_of: |p| amount_at_least(p.monthly_income, &[3000, 5000, 8000, 12000, 20000, 50000]),
    },
    Characteristic {
        id: "debtToIncome",
        name: Name::new("负债收入比", "Debt to income"),
        dimension: Dimension::Capacity,
        fields: &["monthlyDebtPayments", "monthlyIncome"],
        source: Source::GermanFit,
        bins: &[
            bin(">35 %", ">35 %", 0),
            bin("25–35 %", "25–35 %", 10),
            bin("20–25 %", "20–25 %", 14),
            bin("≤20 % or no debt", "≤20 % 或无负债", 18),
        ],
        bin_of: |p| debt_to_income_bin(p.monthly_debt_payments, p.monthly_income),
    },
    Characteristic {
        id: "liquidAssets",
        name: Name::new("流动资产", "Liquid assets"),
        dimension: Dimension::Capacity,
        fields: &["liquidAssets"],
        source: Source::GermanFit,
        bins: &[
            bin("<¥10,000", "<¥10,000", 0),
            bin("¥10,000–49,999", "¥10,000–49,999", 4),
            bin("¥50,000–199,999", "¥50,000–199,999", 27),
            bin("¥200,000+", "¥200,000+", 38),
        ],
        bin_of: |p| amount_at_least(p.liquid_assets, &[10_000, 50_000, 200_000]),
    },
    Characteristic {
        id: "ownsHome",
        name: Name::new("房产", "Home ownership"),
        dimension: Dimension::Capacity,
        fields: &["ownsHome"],
        source: Source::GermanFit,
        bins: &[bin("no", "否", 0), bin("yes", "是", 16)],
        bin_of: |p| flag(p.owns_home),
    },
    Characteristic {
        id: "ownsCar",
        name: Name::new("车辆", "Car ownership"),
        dimension: Dimension::Capacity,
        fields: &["ownsCar"],
        source: Source::Judgement,
        bins: &[bin("no", "否", 0), bin("yes", "是", 6)],
        bin_of: |p| flag(p.owns_car),
    },
    Characteristic {
        id: "housingFund",
        name: Name::new("公积金", "Housing fund"),
        dimension: Dimension::Capacity,
        fields: &["paysHousingFund"],
        source: Source::Judgement,
        bins: &[bin("no", "否", 0), bin("yes", "是", 8)],
        bin_of: |p| flag(p.pays_housing_fund),
    },
    Characteristic {
        id: "business",
        name: Name::new("经营状况", "Business standing"),
        dimension: Dimension::Capacity,
        fields: &["business"],
        source: Source::Judgement,
        bins: &[
            bin(
                "business <12 months or revenue falling >20 %",
                "经营不足 12 个月或营收下滑超 20 %",
                0,
            ),
            bin("no business", "无经营", 2),
            bin("business 12–35 months", "经营 12–35 个月", 3),
            bin("business 36+ months", "经营 36 个月以上", 4),
        ],
        bin_of: business_bin,
    },
    // Identity 身份特质: 90 points.
    Characteristic {
        id: "age",
        name: Name::new("年龄", "Age"),
        dimension: Dimension::Identity,
        fields: &["age"],
        source: Source::GermanFit,
        bins: &[
            bin("18–25", "18–25", 0),
            bin("26–34", "26–34", 8),
            bin("35–44", "35–44", 16),
            bin("45+", "45+", 14),
        ],
        bin_of: age_bin,
    },
    Characteristic {
        id: "realNameVerified",
        name: Name::new("实名认证", "Real-name verification"),
        dimension: Dimension::Identity,
        fields: &["realNameVerified"],
        source: Source::Judgement,
        bins: &[
            bin("no (knock-out)", "否（一票否决）", 0),
            bin("yes", "是", 10),
        ],
        bin_of: |p| flag(p.real_name_verified),
    },
    Characteristic {
        id: "education",
        name: Name::new("学历", "Education"),
        dimension: Dimension::Identity,
        fields: &["education"],
        source: Source::Judgement,
        bins: &[
            bin("none", "无", 0),
            bin("secondary school", "高中 / 中专", 2),
            bin("vocational college", "大专", 5),
            bin("bachelor's degree", "本科", 8),
            bin("postgraduate", "研究生", 12),
        ],
        bin_of: education_bin,
    },
    Characteristic {
        id: "occupation",
        name: Name::new("职业", "Occupation"),
        dimension: Dimension::Identity,
        fields: &["occupation"],
        source: Source::Judgement,
        bins: &[
            bin("not working", "待业", 0),
            bin("student", "学生", 2),
            bin("freelancer", "自由职业", 5),
            bin("self-employed", "个体经营", 8),
            bin("retired", "退休", 10),
            bin("employee", "企业员工", 13),
            bin("civil servant", "公务员 / 事业单位", 15),
        ],
        bin_of: occupation_bin,
    },
    Characteristic {
        id: "yearsAtJob",
        name: Name::new("工作年限", "Years at the job"),
        dimension: Dimension::Identity,
        fields: &["yearsAtJob"],
        source: Source::GermanFit,
        bins: &[
            bin("0 (<1 year)", "0（不足 1 年）", 0),
            bin("1–3 years", "1–3 年", 8),
            bin("4–6 years", "4–6 年", 17),
            bin("7+ years", "7 年以上", 17),
        ],
        bin_of: |p| at_least(p.years_at_job, &[1, 4, 7]),
    },
    Characteristic {
        id: "phoneYears",
        name: Name::new("手机号使用年限", "Years with the phone number"),
        dimension: Dimension::Identity,
        fields: &["phoneYears"],
        source: Source::Judgement,
        bins: &[
            bin("0", "0", 0),
            bin("1–2", "1–2", 3),
            bin("3–5", "3–5", 6),
            bin("6–9", "6–9", 10),
            bin("10–14", "10–14", 15),
            bin("15+", "15+", 20),
        ],
        bin_of: |p| at_least(p.phone_years, &[1, 3, 6, 10, 15]),
    },
    // Social 人脉关系: 30 points.
    Characteristic {
        id: "contactsGoodCredit",
        name: Name::new("联系人信用", "Contacts in good standing"),
        dimension: Dimension::Social,
        fields: &["contactsGoodCreditPct"],
        source: Source::Judgement,
        bins: &[
            bin("<50 %", "<50 %", 0),
            bin("50–69 %", "50–69 %", 4),
            bin("70–84 %", "70–84 %", 8),
            bin("85–94 %", "85–94 %", 12),
            bin("95+ %", "95+ %", 18),
        ],
        bin_of: |p| at_least(p.contacts_good_credit_pct, &[50, 70, 85, 95]),
    },
    Characteristic {
        id: "verifiedContacts",
        name: Name::new("已验证联系人", "Verified contacts"),
        dimension: Dimension::Social,
        fields: &["verifiedContacts"],
        source: Source::Judgement,
        bins: &[
            bin("0", "0", 0),
            bin("1–19", "1–19", 2),
            bin("20–49", "20–49", 4),
            bin("50–149", "50–149", 7),
            bin("150–499", "150–499", 10),
            bin("500+", "500+", 12),
        ],
        bin_of: |p| at_least(p.verified_contacts, &[1, 20, 50, 150, 500]),
    },
];

/// The characteristic with this id.
pub fn characteristic(id: &str) -> Option<&'static Characteristic> {
    CHARACTERISTICS.iter().find(|c| c.id == id)
}
