//! The profile form's fields: API path, dimension and input kind, in the order of API.md.
//!
//! This is presentation metadata only (which control, slider bounds, step). Validation and every
//! number shown come from the core: the form hands raw text to `Profile::from_loose`.

use credit_sim::input::Loose;
use credit_sim::profile::{Education, Occupation, Profile};

use crate::format::amount_plain;

/// The five dimensions of the score, plus the optional business block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dim {
    /// 信用历史.
    CreditHistory,
    /// 行为偏好.
    Behaviour,
    /// 履约能力.
    Capacity,
    /// 身份特质.
    Identity,
    /// 人脉关系.
    Social,
    /// 小微经营.
    Business,
}

impl Dim {
    /// The five scored dimensions, in API order.
    pub const SCORED: [Dim; 5] = [
        Dim::CreditHistory,
        Dim::Behaviour,
        Dim::Capacity,
        Dim::Identity,
        Dim::Social,
    ];

    /// The dimension's API id (`"creditHistory"`).
    pub fn id(self) -> &'static str {
        match self {
            Dim::CreditHistory => "creditHistory",
            Dim::Behaviour => "behaviour",
            Dim::Capacity => "capacity",
            Dim::Identity => "identity",
            Dim::Social => "social",
            Dim::Business => "business",
        }
    }
}

/// How a field is entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A whole number `min..=max`; the slider stops at `slider_max`.
    Int {
        /// Smallest allowed.
        min: i64,
        /// Largest allowed.
        max: i64,
        /// The slider's end (the number box takes up to `max`).
        slider_max: i64,
    },
    /// A whole number or empty (`null`, "never").
    NullableInt {
        /// Largest allowed.
        max: i64,
        /// The slider's end.
        slider_max: i64,
    },
    /// An amount in CNY, 0..=max.
    Amount {
        /// Largest allowed.
        max: i64,
        /// The slider's end.
        slider_max: i64,
        /// The slider's step.
        step: i64,
    },
    /// A checkbox.
    Bool,
    /// Education select.
    Education,
    /// Occupation select.
    Occupation,
}

/// One field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// API path (`"monthlyIncome"`, `"business.monthlyRevenue"`).
    pub key: &'static str,
    /// Its dimension.
    pub dim: Dim,
    /// Its control.
    pub kind: Kind,
}

const fn int(key: &'static str, dim: Dim, min: i64, max: i64, slider_max: i64) -> Field {
    Field {
        key,
        dim,
        kind: Kind::Int {
            min,
            max,
            slider_max,
        },
    }
}

const fn amount(key: &'static str, dim: Dim, max: i64, slider_max: i64, step: i64) -> Field {
    Field {
        key,
        dim,
        kind: Kind::Amount {
            max,
            slider_max,
            step,
        },
    }
}

const fn boolean(key: &'static str, dim: Dim) -> Field {
    Field {
        key,
        dim,
        kind: Kind::Bool,
    }
}

/// Every field, in API order.
pub const FIELDS: &[Field] = &[
    int("creditAgeMonths", Dim::CreditHistory, 0, 600, 240),
    int("repaymentsLast24m", Dim::CreditHistory, 0, 1000, 120),
    int("onTimeRatePct", Dim::CreditHistory, 0, 100, 100),
    int("worstOverdueDays", Dim::CreditHistory, 0, 3650, 180),
    Field {
        key: "monthsSinceOverdue",
        dim: Dim::CreditHistory,
        kind: Kind::NullableInt {
            max: 600,
            slider_max: 120,
        },
    },
    int("creditUtilizationPct", Dim::CreditHistory, 0, 200, 150),
    int("recentApplications3m", Dim::CreditHistory, 0, 100, 20),
    int("depositFreeUses12m", Dim::CreditHistory, 0, 1000, 50),
    int("brokenContracts24m", Dim::CreditHistory, 0, 100, 10),
    boolean("dishonestDebtor", Dim::CreditHistory),
    int("activeMonths12m", Dim::Behaviour, 0, 12, 12),
    amount("monthlySpend", Dim::Behaviour, 10_000_000, 50_000, 100),
    int("billsOnTimePct", Dim::Behaviour, 0, 100, 100),
    int("essentialSpendPct", Dim::Behaviour, 0, 100, 100),
    boolean("holdsSavingsProducts", Dim::Behaviour),
    amount("monthlyIncome", Dim::Capacity, 100_000_000, 100_000, 500),
    amount(
        "monthlyDebtPayments",
        Dim::Capacity,
        100_000_000,
        50_000,
        100,
    ),
    amount(
        "liquidAssets",
        Dim::Capacity,
        10_000_000_000,
        1_000_000,
        1000,
    ),
    boolean("ownsHome", Dim::Capacity),
    boolean("ownsCar", Dim::Capacity),
    boolean("paysHousingFund", Dim::Capacity),
    int("age", Dim::Identity, 18, 100, 100),
    boolean("realNameVerified", Dim::Identity),
    Field {
        key: "education",
        dim: Dim::Identity,
        kind: Kind::Education,
    },
    Field {
        key: "occupation",
        dim: Dim::Identity,
        kind: Kind::Occupation,
    },
    int("yearsAtJob", Dim::Identity, 0, 60, 40),
    int("phoneYears", Dim::Identity, 0, 40, 40),
    int("contactsGoodCreditPct", Dim::Social, 0, 100, 100),
    int("verifiedContacts", Dim::Social, 0, 5000, 1000),
    amount(
        "business.monthlyRevenue",
        Dim::Business,
        100_000_000,
        500_000,
        1000,
    ),
    int("business.businessAgeMonths", Dim::Business, 0, 600, 240),
    int("business.revenueTrendPct", Dim::Business, -100, 100, 100),
];

/// The field with this API path.
pub fn field(key: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.key == key)
}

/// The form's raw text of every field of `p` (what the inputs show), plus whether it has a business.
pub fn raw_of(p: &Profile) -> (Vec<(&'static str, String)>, bool) {
    let n = |v: u32| v.to_string();
    let b = |v: bool| if v { "true" } else { "false" }.to_owned();
    let biz = p.business.as_ref();
    let values: Vec<(&'static str, String)> = FIELDS
        .iter()
        .map(|f| {
            let v = match f.key {
                "creditAgeMonths" => n(p.credit_age_months),
                "repaymentsLast24m" => n(p.repayments_last24m),
                "onTimeRatePct" => n(p.on_time_rate_pct),
                "worstOverdueDays" => n(p.worst_overdue_days),
                "monthsSinceOverdue" => p.months_since_overdue.map(n).unwrap_or_default(),
                "creditUtilizationPct" => n(p.credit_utilization_pct),
                "recentApplications3m" => n(p.recent_applications3m),
                "depositFreeUses12m" => n(p.deposit_free_uses12m),
                "brokenContracts24m" => n(p.broken_contracts24m),
                "dishonestDebtor" => b(p.dishonest_debtor),
                "activeMonths12m" => n(p.active_months12m),
                "monthlySpend" => amount_plain(p.monthly_spend),
                "billsOnTimePct" => n(p.bills_on_time_pct),
                "essentialSpendPct" => n(p.essential_spend_pct),
                "holdsSavingsProducts" => b(p.holds_savings_products),
                "monthlyIncome" => amount_plain(p.monthly_income),
                "monthlyDebtPayments" => amount_plain(p.monthly_debt_payments),
                "liquidAssets" => amount_plain(p.liquid_assets),
                "ownsHome" => b(p.owns_home),
                "ownsCar" => b(p.owns_car),
                "paysHousingFund" => b(p.pays_housing_fund),
                "age" => n(p.age),
                "realNameVerified" => b(p.real_name_verified),
                "education" => p.education.api_name().to_owned(),
                "occupation" => p.occupation.api_name().to_owned(),
                "yearsAtJob" => n(p.years_at_job),
                "phoneYears" => n(p.phone_years),
                "contactsGoodCreditPct" => n(p.contacts_good_credit_pct),
                "verifiedContacts" => n(p.verified_contacts),
                "business.monthlyRevenue" => {
                    biz.map_or_else(|| "50000".to_owned(), |x| amount_plain(x.monthly_revenue))
                }
                "business.businessAgeMonths" => {
                    biz.map_or_else(|| "24".to_owned(), |x| n(x.business_age_months))
                }
                "business.revenueTrendPct" => {
                    biz.map_or_else(|| "0".to_owned(), |x| x.revenue_trend_pct.to_string())
                }
                _ => String::new(),
            };
            (f.key, v)
        })
        .collect();
    (values, biz.is_some())
}

/// One raw text as the loose value the core reads: numbers for whole-number fields (text that
/// is not a number stays text, so the core names the problem), text for amounts and choices.
fn loose_of(f: &Field, raw: &str) -> Loose {
    let raw = raw.trim();
    match f.kind {
        Kind::Bool => Loose::Bool(raw == "true"),
        Kind::Amount { .. } | Kind::Education | Kind::Occupation => {
            if raw.is_empty() {
                Loose::Null
            } else {
                Loose::text(raw)
            }
        }
        Kind::NullableInt { .. } | Kind::Int { .. } => {
            if raw.is_empty() {
                Loose::Null
            } else {
                crate::format::number_of(raw).map_or_else(|| Loose::text(raw), Loose::Number)
            }
        }
    }
}

/// Builds the loose profile that `Profile::from_loose` validates, from the form's raw texts.
pub fn loose_profile(raw: &[(&'static str, String)], has_business: bool) -> Loose {
    let get = |key: &str| {
        raw.iter()
            .find(|(k, _)| *k == key)
            .map_or("", |(_, v)| v.as_str())
    };
    let mut top: Vec<(String, Loose)> = Vec::new();
    let mut biz: Vec<(String, Loose)> = Vec::new();
    for f in FIELDS {
        let v = loose_of(f, get(f.key));
        match f.key.strip_prefix("business.") {
            Some(sub) => biz.push((sub.to_owned(), v)),
            None => top.push((f.key.to_owned(), v)),
        }
    }
    let business = if has_business {
        Loose::Object(biz)
    } else {
        Loose::Null
    };
    top.push(("business".to_owned(), business));
    Loose::Object(top)
}

/// The education choices for the select.
pub fn education_names() -> impl Iterator<Item = &'static str> {
    Education::ALL.iter().map(|(n, _)| *n)
}

/// The occupation choices for the select.
pub fn occupation_names() -> impl Iterator<Item = &'static str> {
    Occupation::ALL.iter().map(|(n, _)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use credit_sim::profile::default_profile;

    #[test]
    fn the_form_round_trips_the_default_profile() {
        let p = default_profile();
        let (raw, biz) = raw_of(&p);
        assert!(!biz);
        assert_eq!(Profile::from_loose(&loose_profile(&raw, biz)), Ok(p));
    }

    #[test]
    fn a_business_round_trips() {
        let (raw, _) = raw_of(&default_profile());
        let p = Profile::from_loose(&loose_profile(&raw, true)).expect("valid");
        let b = p.business.clone().expect("business");
        assert_eq!(b.business_age_months, 24);
        let (raw2, biz2) = raw_of(&p);
        assert!(biz2);
        assert_eq!(Profile::from_loose(&loose_profile(&raw2, biz2)), Ok(p));
    }

    #[test]
    fn bad_text_is_named_by_the_core() {
        let (mut raw, _) = raw_of(&default_profile());
        for (k, v) in &mut raw {
            if *k == "age" {
                *v = "abc".into();
            }
            if *k == "monthlyIncome" {
                *v = "-5".into();
            }
        }
        let errors = Profile::from_loose(&loose_profile(&raw, false)).unwrap_err();
        let fields: Vec<&str> = errors.errors().iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["monthlyIncome", "age"]);
    }

    #[test]
    fn every_field_is_in_the_core_profile() {
        let Loose::Object(pairs) = credit_sim::default_profile().to_loose() else {
            panic!("object")
        };
        for f in FIELDS.iter().filter(|f| !f.key.starts_with("business.")) {
            assert!(pairs.iter().any(|(k, _)| k == f.key), "{}", f.key);
        }
    }
}
