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

use crate::profile::{Education, Occupation, Profile};

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

/// One bin of a characteristic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Bin {
    /// The values the bin holds, as the model card shows them (`"31–50 %"`).
    pub label: &'static str,
    /// Points earned in the bin.
    pub points: u32,
}

/// A scorecard characteristic: which fields it reads, its bins and their points.
#[derive(Debug, Clone, Copy)]
pub struct Characteristic {
    /// Identifier, camelCase (`"creditUtilization"`); also its reason code.
    pub id: &'static str,
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

/// How many of `edges` (lower bounds, ascending) `value` reaches: the bin of a "higher is
/// better" value.
fn at_least(value: u32, edges: &[u32]) -> usize {
    edges.iter().filter(|&&e| value >= e).count()
}

/// How many of `edges` (upper bounds, descending) `value` stays within: the bin of a "lower
/// is better" value.
fn at_most(value: u32, edges: &[u32]) -> usize {
    edges.iter().filter(|&&e| value <= e).count()
}

/// How many of `edges` (whole yuan, ascending, all positive) `value` reaches. A positive amount
/// reaches a whole number exactly when its whole part does (and a negative one reaches none), so
/// one integer division replaces a `Decimal` comparison per edge: the score of a whole
/// population spends its time here, and `Decimal`'s floor would add half a KB to the app.
fn amount_at_least(value: Decimal, edges: &[i64]) -> usize {
    let whole = value.mantissa() / 10_i128.pow(value.scale());
    edges.iter().filter(|&&e| whole >= i128::from(e)).count()
}

fn flag(value: bool) -> usize {
    usize::from(value)
}

const fn bin(label: &'static str, points: u32) -> Bin {
    Bin { label, points }
}

/// The share of income that goes to debt service, as its bin (0 = above 35 %, 3 = at most
/// 20 %). No debt is the best bin whatever the income; debt with no income the worst. More
/// income or less debt never moves it to a worse bin.
pub fn debt_to_income_bin(debt: Decimal, income: Decimal) -> usize {
    if debt <= Decimal::ZERO {
        return 3;
    }
    if income <= Decimal::ZERO {
        return 0;
    }
    let pct = debt * Decimal::ONE_HUNDRED;
    [35, 25, 20]
        .iter()
        .filter(|&&limit| pct <= income * Decimal::from(limit))
        .count()
}

/// On-time rate bins: below 80 %, 80–89 %, thin file, 90–94 %, 95–97 %, 98–99 %, 100 %.
/// The thin-file bin is neutral-low: above a poor record, below any good one.
fn on_time_bin(p: &Profile) -> usize {
    if p.repayments_last24m == 0 {
        return 2;
    }
    match p.on_time_rate_pct {
        0..=79 => 0,
        80..=89 => 1,
        90..=94 => 3,
        95..=97 => 4,
        98..=99 => 5,
        _ => 6,
    }
}

/// Repayment depth counts only for a record at least 95 % on time.
fn depth_bin(p: &Profile) -> usize {
    if p.on_time_rate_pct < 95 {
        0
    } else {
        at_least(p.repayments_last24m, &[1, 6, 12, 24, 48, 96])
    }
}

fn since_overdue_bin(p: &Profile) -> usize {
    match p.months_since_overdue {
        None => 6,
        Some(m) => at_least(m, &[3, 6, 12, 24, 60]),
    }
}

fn education_bin(p: &Profile) -> usize {
    match p.education {
        Education::None => 0,
        Education::Secondary => 1,
        Education::Vocational => 2,
        Education::Bachelor => 3,
        Education::Postgraduate => 4,
    }
}

fn occupation_bin(p: &Profile) -> usize {
    match p.occupation {
        Occupation::Unemployed => 0,
        Occupation::Student => 1,
        Occupation::Freelancer => 2,
        Occupation::SelfEmployed => 3,
        Occupation::Retired => 4,
        Occupation::Employee => 5,
        Occupation::CivilServant => 6,
    }
}

/// Business standing: 0 young (under 12 months) or revenue falling more than 20 %; 1 no
/// business; 2 established 12–35 months; 3 established 36 months or more.
fn business_bin(p: &Profile) -> usize {
    match &p.business {
        None => 1,
        Some(b) if b.business_age_months < 12 || b.revenue_trend_pct < -20 => 0,
        Some(b) if b.business_age_months < 36 => 2,
        Some(_) => 3,
    }
}

fn age_bin(p: &Profile) -> usize {
    at_least(p.age, &[26, 35, 45])
}

/// Every characteristic of the scorecard, dimension by dimension.
pub static CHARACTERISTICS: [Characteristic; 30] = [
    // Credit history 信用历史: 210 points.
    Characteristic {
        id: "creditAge",
        dimension: Dimension::CreditHistory,
        fields: &["creditAgeMonths"],
        source: Source::Judgement,
        bins: &[
            bin("<6 months", 0),
            bin("6–11 months", 4),
            bin("12–23 months", 8),
            bin("24–47 months", 13),
            bin("48–95 months", 20),
            bin("96–179 months", 32),
            bin("180+ months", 50),
        ],
        bin_of: |p| at_least(p.credit_age_months, &[6, 12, 24, 48, 96, 180]),
    },
    Characteristic {
        id: "onTimeRepayment",
        dimension: Dimension::CreditHistory,
        fields: &["onTimeRatePct", "repaymentsLast24m"],
        source: Source::Judgement,
        bins: &[
            bin("<80 %", 0),
            bin("80–89 %", 5),
            bin("thin file (no repayment due)", 8),
            bin("90–94 %", 10),
            bin("95–97 %", 15),
            bin("98–99 %", 20),
            bin("100 %", 25),
        ],
        bin_of: on_time_bin,
    },
    Characteristic {
        id: "repaymentDepth",
        dimension: Dimension::CreditHistory,
        fields: &["repaymentsLast24m", "onTimeRatePct"],
        source: Source::Judgement,
        bins: &[
            bin("none, or <95 % on time", 0),
            bin("1–5 on time", 4),
            bin("6–11 on time", 8),
            bin("12–23 on time", 13),
            bin("24–47 on time", 20),
            bin("48–95 on time", 27),
            bin("96+ on time", 35),
        ],
        bin_of: depth_bin,
    },
    Characteristic {
        id: "worstOverdue",
        dimension: Dimension::CreditHistory,
        fields: &["worstOverdueDays"],
        source: Source::Judgement,
        bins: &[
            bin("91+ days", 0),
            bin("61–90 days", 3),
            bin("31–60 days", 7),
            bin("4–30 days", 12),
            bin("1–3 days", 20),
            bin("none", 25),
        ],
        bin_of: |p| at_most(p.worst_overdue_days, &[90, 60, 30, 3, 0]),
    },
    Characteristic {
        id: "sinceOverdue",
        dimension: Dimension::CreditHistory,
        fields: &["monthsSinceOverdue"],
        source: Source::Judgement,
        bins: &[
            bin("<3 months", 0),
            bin("3–5 months", 2),
            bin("6–11 months", 4),
            bin("12–23 months", 7),
            bin("24–59 months", 10),
            bin("60+ months", 12),
            bin("never overdue", 15),
        ],
        bin_of: since_overdue_bin,
    },
    Characteristic {
        id: "creditUtilization",
        dimension: Dimension::CreditHistory,
        fields: &["creditUtilizationPct"],
        source: Source::Judgement,
        bins: &[
            bin(">90 %", 0),
            bin("71–90 %", 3),
            bin("51–70 %", 7),
            bin("31–50 %", 11),
            bin("≤30 %", 15),
        ],
        bin_of: |p| at_most(p.credit_utilization_pct, &[90, 70, 50, 30]),
    },
    Characteristic {
        id: "recentApplications",
        dimension: Dimension::CreditHistory,
        fields: &["recentApplications3m"],
        source: Source::Judgement,
        bins: &[
            bin("7+", 0),
            bin("5–6", 1),
            bin("3–4", 3),
            bin("2", 6),
            bin("1", 8),
            bin("0", 10),
        ],
        bin_of: |p| at_most(p.recent_applications3m, &[6, 4, 2, 1, 0]),
    },
    Characteristic {
        id: "depositFreeUses",
        dimension: Dimension::CreditHistory,
        fields: &["depositFreeUses12m"],
        source: Source::Judgement,
        bins: &[
            bin("0", 0),
            bin("1–2", 4),
            bin("3–5", 8),
            bin("6–11", 12),
            bin("12–23", 16),
            bin("24+", 20),
        ],
        bin_of: |p| at_least(p.deposit_free_uses12m, &[1, 3, 6, 12, 24]),
    },
    Characteristic {
        id: "brokenContracts",
        dimension: Dimension::CreditHistory,
        fields: &["brokenContracts24m"],
        source: Source::Judgement,
        bins: &[bin("3+", 0), bin("2", 1), bin("1", 3), bin("0", 8)],
        bin_of: |p| at_most(p.broken_contracts24m, &[2, 1, 0]),
    },
    Characteristic {
        id: "dishonestDebtor",
        dimension: Dimension::CreditHistory,
        fields: &["dishonestDebtor"],
        source: Source::Judgement,
        bins: &[bin("on the list (knock-out)", 0), bin("not on the list", 7)],
        bin_of: |p| flag(!p.dishonest_debtor),
    },
    // Behaviour 行为偏好: 150 points.
    Characteristic {
        id: "activeMonths",
        dimension: Dimension::Behaviour,
        fields: &["activeMonths12m"],
        source: Source::Judgement,
        bins: &[
            bin("0", 0),
            bin("1–3", 5),
            bin("4–6", 10),
            bin("7–9", 15),
            bin("10–11", 20),
            bin("12", 25),
        ],
        bin_of: |p| at_least(p.active_months12m, &[1, 4, 7, 10, 12]),
    },
    Characteristic {
        id: "monthlySpend",
        dimension: Dimension::Behaviour,
        fields: &["monthlySpend"],
        source: Source::Judgement,
        bins: &[
            bin("<¥500", 0),
            bin("¥500–1,499", 4),
            bin("¥1,500–2,999", 8),
            bin("¥3,000–5,999", 12),
            bin("¥6,000–9,999", 16),
            bin("¥10,000+", 20),
        ],
        bin_of: |p| amount_at_least(p.monthly_spend, &[500, 1500, 3000, 6000, 10000]),
    },
    Characteristic {
        id: "billsOnTime",
        dimension: Dimension::Behaviour,
        fields: &["billsOnTimePct"],
        source: Source::Judgement,
        bins: &[
            bin("<60 %", 0),
            bin("60–79 %", 10),
            bin("80–89 %", 20),
            bin("90–94 %", 32),
            bin("95–98 %", 44),
            bin("99–100 %", 60),
        ],
        bin_of: |p| at_least(p.bills_on_time_pct, &[60, 80, 90, 95, 99]),
    },
    Characteristic {
        id: "essentialSpend",
        dimension: Dimension::Behaviour,
        fields: &["essentialSpendPct"],
        source: Source::Judgement,
        bins: &[
            bin("<30 %", 0),
            bin("30–49 %", 7),
            bin("50–69 %", 14),
            bin("70+ %", 20),
        ],
        bin_of: |p| at_least(p.essential_spend_pct, &[30, 50, 70]),
    },
    Characteristic {
        id: "savingsProducts",
        dimension: Dimension::Behaviour,
        fields: &["holdsSavingsProducts"],
        source: Source::Judgement,
        bins: &[bin("no", 0), bin("yes", 25)],
        bin_of: |p| flag(p.holds_savings_products),
    },
    // Capacity 履约能力: 120 points.
    Characteristic {
        id: "monthlyIncome",
        dimension: Dimension::Capacity,
        fields: &["monthlyIncome"],
        source: Source::Judgement,
        bins: &[
            bin("<¥3,000", 0),
            bin("¥3,000–4,999", 4),
            bin("¥5,000–7,999", 8),
            bin("¥8,000–11,999", 12),
            bin("¥12,000–19,999", 17),
            bin("¥20,000–49,999", 23),
            bin("¥50,000+", 30),
        ],
        bin_of: |p| amount_at_least(p.monthly_income, &[3000, 5000, 8000, 12000, 20000, 50000]),
    },
    Characteristic {
        id: "debtToIncome",
        dimension: Dimension::Capacity,
        fields: &["monthlyDebtPayments", "monthlyIncome"],
        source: Source::GermanFit,
        bins: &[
            bin(">35 %", 0),
            bin("25–35 %", 10),
            bin("20–25 %", 14),
            bin("≤20 % or no debt", 18),
        ],
        bin_of: |p| debt_to_income_bin(p.monthly_debt_payments, p.monthly_income),
    },
    Characteristic {
        id: "liquidAssets",
        dimension: Dimension::Capacity,
        fields: &["liquidAssets"],
        source: Source::GermanFit,
        bins: &[
            bin("<¥10,000", 0),
            bin("¥10,000–49,999", 4),
            bin("¥50,000–199,999", 27),
            bin("¥200,000+", 38),
        ],
        bin_of: |p| amount_at_least(p.liquid_assets, &[10_000, 50_000, 200_000]),
    },
    Characteristic {
        id: "ownsHome",
        dimension: Dimension::Capacity,
        fields: &["ownsHome"],
        source: Source::GermanFit,
        bins: &[bin("no", 0), bin("yes", 16)],
        bin_of: |p| flag(p.owns_home),
    },
    Characteristic {
        id: "ownsCar",
        dimension: Dimension::Capacity,
        fields: &["ownsCar"],
        source: Source::Judgement,
        bins: &[bin("no", 0), bin("yes", 6)],
        bin_of: |p| flag(p.owns_car),
    },
    Characteristic {
        id: "housingFund",
        dimension: Dimension::Capacity,
        fields: &["paysHousingFund"],
        source: Source::Judgement,
        bins: &[bin("no", 0), bin("yes", 8)],
        bin_of: |p| flag(p.pays_housing_fund),
    },
    Characteristic {
        id: "business",
        dimension: Dimension::Capacity,
        fields: &["business"],
        source: Source::Judgement,
        bins: &[
            bin("business <12 months or revenue falling >20 %", 0),
            bin("no business", 2),
            bin("business 12–35 months", 3),
            bin("business 36+ months", 4),
        ],
        bin_of: business_bin,
    },
    // Identity 身份特质: 90 points.
    Characteristic {
        id: "age",
        dimension: Dimension::Identity,
        fields: &["age"],
        source: Source::GermanFit,
        bins: &[
            bin("18–25", 0),
            bin("26–34", 8),
            bin("35–44", 16),
            bin("45+", 14),
        ],
        bin_of: age_bin,
    },
    Characteristic {
        id: "realNameVerified",
        dimension: Dimension::Identity,
        fields: &["realNameVerified"],
        source: Source::Judgement,
        bins: &[bin("no (knock-out)", 0), bin("yes", 10)],
        bin_of: |p| flag(p.real_name_verified),
    },
    Characteristic {
        id: "education",
        dimension: Dimension::Identity,
        fields: &["education"],
        source: Source::Judgement,
        bins: &[
            bin("none", 0),
            bin("secondary", 2),
            bin("vocational", 5),
            bin("bachelor", 8),
            bin("postgraduate", 12),
        ],
        bin_of: education_bin,
    },
    Characteristic {
        id: "occupation",
        dimension: Dimension::Identity,
        fields: &["occupation"],
        source: Source::Judgement,
        bins: &[
            bin("unemployed", 0),
            bin("student", 2),
            bin("freelancer", 5),
            bin("selfEmployed", 8),
            bin("retired", 10),
            bin("employee", 13),
            bin("civilServant", 15),
        ],
        bin_of: occupation_bin,
    },
    Characteristic {
        id: "yearsAtJob",
        dimension: Dimension::Identity,
        fields: &["yearsAtJob"],
        source: Source::GermanFit,
        bins: &[
            bin("0 (<1 year)", 0),
            bin("1–3 years", 8),
            bin("4–6 years", 17),
            bin("7+ years", 17),
        ],
        bin_of: |p| at_least(p.years_at_job, &[1, 4, 7]),
    },
    Characteristic {
        id: "phoneYears",
        dimension: Dimension::Identity,
        fields: &["phoneYears"],
        source: Source::Judgement,
        bins: &[
            bin("0", 0),
            bin("1–2", 3),
            bin("3–5", 6),
            bin("6–9", 10),
            bin("10–14", 15),
            bin("15+", 20),
        ],
        bin_of: |p| at_least(p.phone_years, &[1, 3, 6, 10, 15]),
    },
    // Social 人脉关系: 30 points.
    Characteristic {
        id: "contactsGoodCredit",
        dimension: Dimension::Social,
        fields: &["contactsGoodCreditPct"],
        source: Source::Judgement,
        bins: &[
            bin("<50 %", 0),
            bin("50–69 %", 4),
            bin("70–84 %", 8),
            bin("85–94 %", 12),
            bin("95+ %", 18),
        ],
        bin_of: |p| at_least(p.contacts_good_credit_pct, &[50, 70, 85, 95]),
    },
    Characteristic {
        id: "verifiedContacts",
        dimension: Dimension::Social,
        fields: &["verifiedContacts"],
        source: Source::Judgement,
        bins: &[
            bin("0", 0),
            bin("1–19", 2),
            bin("20–49", 4),
            bin("50–149", 7),
            bin("150–499", 10),
            bin("500+", 12),
        ],
        bin_of: |p| at_least(p.verified_contacts, &[1, 20, 50, 150, 500]),
    },
];

/// The characteristic with this id.
pub fn characteristic(id: &str) -> Option<&'static Characteristic> {
    CHARACTERISTICS.iter().find(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_reaches_an_edge_by_its_value_not_its_text() {
        let edges = [500, 1500, 3000];
        let cases = [
            ("0", 0),
            ("499.99", 0),
            ("500", 1),
            ("500.00", 1),
            ("500.01", 1),
            ("1499.999999", 1),
            ("3000.0000", 3),
            ("-1", 0),
            ("10000000000", 3),
        ];
        for (amount, bins) in cases {
            let value: Decimal = amount.parse().unwrap_or_default();
            assert_eq!(amount_at_least(value, &edges), bins, "{amount}");
        }
    }
}
