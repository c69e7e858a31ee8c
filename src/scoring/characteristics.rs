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
    /// The points of each bin, worst bin first (the model card names the bins).
    pub bins: &'static [u32],
    bin_of: fn(&Profile) -> usize,
}

impl Characteristic {
    /// The index of the bin `profile` falls in (into [`Characteristic::bins`]).
    pub fn bin_index(&self, profile: &Profile) -> usize {
        (self.bin_of)(profile).min(self.bins.len().saturating_sub(1))
    }

    /// The points `profile` earns here.
    pub fn points(&self, profile: &Profile) -> u32 {
        self.bins.get(self.bin_index(profile)).copied().unwrap_or(0)
    }

    /// The most points this characteristic can give.
    pub fn max_points(&self) -> u32 {
        self.bins.iter().copied().max().unwrap_or(0)
    }
}

/// Every characteristic of the scorecard, dimension by dimension.
pub static CHARACTERISTICS: [Characteristic; 30] = [
    // Credit history 信用历史: 210 points.
    Characteristic {
        id: "creditAge",
        dimension: Dimension::CreditHistory,
        fields: &["creditAgeMonths"],
        source: Source::Judgement,
        bins: &[0, 4, 8, 13, 20, 32, 50],
        bin_of: |p| at_least(p.credit_age_months, &[6, 12, 24, 48, 96, 180]),
    },
    Characteristic {
        id: "onTimeRepayment",
        dimension: Dimension::CreditHistory,
        fields: &["onTimeRatePct", "repaymentsLast24m"],
        source: Source::Judgement,
        bins: &[0, 5, 8, 10, 15, 20, 25],
        bin_of: on_time_bin,
    },
    Characteristic {
        id: "repaymentDepth",
        dimension: Dimension::CreditHistory,
        fields: &["repaymentsLast24m", "onTimeRatePct"],
        source: Source::Judgement,
        bins: &[0, 4, 8, 13, 20, 27, 35],
        bin_of: depth_bin,
    },
    Characteristic {
        id: "worstOverdue",
        dimension: Dimension::CreditHistory,
        fields: &["worstOverdueDays"],
        source: Source::Judgement,
        bins: &[0, 3, 7, 12, 20, 25],
        bin_of: |p| at_most(p.worst_overdue_days, &[90, 60, 30, 3, 0]),
    },
    Characteristic {
        id: "sinceOverdue",
        dimension: Dimension::CreditHistory,
        fields: &["monthsSinceOverdue"],
        source: Source::Judgement,
        bins: &[0, 2, 4, 7, 10, 12, 15],
        bin_of: since_overdue_bin,
    },
    Characteristic {
        id: "creditUtilization",
        dimension: Dimension::CreditHistory,
        fields: &["creditUtilizationPct"],
        source: Source::Judgement,
        bins: &[0, 3, 7, 11, 15],
        bin_of: |p| at_most(p.credit_utilization_pct, &[90, 70, 50, 30]),
    },
    Characteristic {
        id: "recentApplications",
        dimension: Dimension::CreditHistory,
        fields: &["recentApplications3m"],
        source: Source::Judgement,
        bins: &[0, 1, 3, 6, 8, 10],
        bin_of: |p| at_most(p.recent_applications3m, &[6, 4, 2, 1, 0]),
    },
    Characteristic {
        id: "depositFreeUses",
        dimension: Dimension::CreditHistory,
        fields: &["depositFreeUses12m"],
        source: Source::Judgement,
        bins: &[0, 4, 8, 12, 16, 20],
        bin_of: |p| at_least(p.deposit_free_uses12m, &[1, 3, 6, 12, 24]),
    },
    Characteristic {
        id: "brokenContracts",
        dimension: Dimension::CreditHistory,
        fields: &["brokenContracts24m"],
        source: Source::Judgement,
        bins: &[0, 1, 3, 8],
        bin_of: |p| at_most(p.broken_contracts24m, &[2, 1, 0]),
    },
    Characteristic {
        id: "dishonestDebtor",
        dimension: Dimension::CreditHistory,
        fields: &["dishonestDebtor"],
        source: Source::Judgement,
        bins: &[0, 7],
        bin_of: |p| flag(!p.dishonest_debtor),
    },
    // Behaviour 行为偏好: 150 points.
    Characteristic {
        id: "activeMonths",
        dimension: Dimension::Behaviour,
        fields: &["activeMonths12m"],
        source: Source::Judgement,
        bins: &[0, 5, 10, 15, 20, 25],
        bin_of: |p| at_least(p.active_months12m, &[1, 4, 7, 10, 12]),
    },
    Characteristic {
        id: "monthlySpend",
        dimension: Dimension::Behaviour,
        fields: &["monthlySpend"],
        source: Source::Judgement,
        bins: &[0, 4, 8, 12, 16, 20],
        bin_of: |p| amount_at_least(p.monthly_spend, &[500, 1500, 3000, 6000, 10000]),
    },
    Characteristic {
        id: "billsOnTime",
        dimension: Dimension::Behaviour,
        fields: &["billsOnTimePct"],
        source: Source::Judgement,
        bins: &[0, 10, 20, 32, 44, 60],
        bin_of: |p| at_least(p.bills_on_time_pct, &[60, 80, 90, 95, 99]),
    },
    Characteristic {
        id: "essentialSpend",
        dimension: Dimension::Behaviour,
        fields: &["essentialSpendPct"],
        source: Source::Judgement,
        bins: &[0, 7, 14, 20],
        bin_of: |p| at_least(p.essential_spend_pct, &[30, 50, 70]),
    },
    Characteristic {
        id: "savingsProducts",
        dimension: Dimension::Behaviour,
        fields: &["holdsSavingsProducts"],
        source: Source::Judgement,
        bins: &[0, 25],
        bin_of: |p| flag(p.holds_savings_products),
    },
    // Capacity 履约能力: 120 points.
    Characteristic {
        id: "monthlyIncome",
        dimension: Dimension::Capacity,
        fields: &["monthlyIncome"],
        source: Source::Judgement,
        bins: &[0, 4, 8, 12, 17, 23, 30],
        bin_of: |p| amount_at_least(p.monthly_income, &[3000, 5000, 8000, 12000, 20000, 50000]),
    },
    Characteristic {
        id: "debtToIncome",
        dimension: Dimension::Capacity,
        fields: &["monthlyDebtPayments", "monthlyIncome"],
        source: Source::GermanFit,
        bins: &[0, 10, 14, 18],
        bin_of: |p| debt_to_income_bin(p.monthly_debt_payments, p.monthly_income),
    },
    Characteristic {
        id: "liquidAssets",
        dimension: Dimension::Capacity,
        fields: &["liquidAssets"],
        source: Source::GermanFit,
        bins: &[0, 4, 27, 38],
        bin_of: |p| amount_at_least(p.liquid_assets, &[10_000, 50_000, 200_000]),
    },
    Characteristic {
        id: "ownsHome",
        dimension: Dimension::Capacity,
        fields: &["ownsHome"],
        source: Source::GermanFit,
        bins: &[0, 16],
        bin_of: |p| flag(p.owns_home),
    },
    Characteristic {
        id: "ownsCar",
        dimension: Dimension::Capacity,
        fields: &["ownsCar"],
        source: Source::Judgement,
        bins: &[0, 6],
        bin_of: |p| flag(p.owns_car),
    },
    Characteristic {
        id: "housingFund",
        dimension: Dimension::Capacity,
        fields: &["paysHousingFund"],
        source: Source::Judgement,
        bins: &[0, 8],
        bin_of: |p| flag(p.pays_housing_fund),
    },
    Characteristic {
        id: "business",
        dimension: Dimension::Capacity,
        fields: &["business"],
        source: Source::Judgement,
        bins: &[0, 2, 3, 4],
        bin_of: business_bin,
    },
    // Identity 身份特质: 90 points.
    Characteristic {
        id: "age",
        dimension: Dimension::Identity,
        fields: &["age"],
        source: Source::GermanFit,
        bins: &[0, 8, 16, 14],
        bin_of: age_bin,
    },
    Characteristic {
        id: "realNameVerified",
        dimension: Dimension::Identity,
        fields: &["realNameVerified"],
        source: Source::Judgement,
        bins: &[0, 10],
        bin_of: |p| flag(p.real_name_verified),
    },
    Characteristic {
        id: "education",
        dimension: Dimension::Identity,
        fields: &["education"],
        source: Source::Judgement,
        bins: &[0, 2, 5, 8, 12],
        bin_of: education_bin,
    },
    Characteristic {
        id: "occupation",
        dimension: Dimension::Identity,
        fields: &["occupation"],
        source: Source::Judgement,
        bins: &[0, 2, 5, 8, 10, 13, 15],
        bin_of: occupation_bin,
    },
    Characteristic {
        id: "yearsAtJob",
        dimension: Dimension::Identity,
        fields: &["yearsAtJob"],
        source: Source::GermanFit,
        bins: &[0, 8, 17, 17],
        bin_of: |p| at_least(p.years_at_job, &[1, 4, 7]),
    },
    Characteristic {
        id: "phoneYears",
        dimension: Dimension::Identity,
        fields: &["phoneYears"],
        source: Source::Judgement,
        bins: &[0, 3, 6, 10, 15, 20],
        bin_of: |p| at_least(p.phone_years, &[1, 3, 6, 10, 15]),
    },
    // Social 人脉关系: 30 points.
    Characteristic {
        id: "contactsGoodCredit",
        dimension: Dimension::Social,
        fields: &["contactsGoodCreditPct"],
        source: Source::Judgement,
        bins: &[0, 4, 8, 12, 18],
        bin_of: |p| at_least(p.contacts_good_credit_pct, &[50, 70, 85, 95]),
    },
    Characteristic {
        id: "verifiedContacts",
        dimension: Dimension::Social,
        fields: &["verifiedContacts"],
        source: Source::Judgement,
        bins: &[0, 2, 4, 7, 10, 12],
        bin_of: |p| at_least(p.verified_contacts, &[1, 20, 50, 150, 500]),
    },
];

/// The characteristic with this id.
pub fn characteristic(id: &str) -> Option<&'static Characteristic> {
    CHARACTERISTICS.iter().find(|c| c.id == id)
}
