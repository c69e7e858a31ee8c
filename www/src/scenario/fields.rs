//! The profile form's fields: API path, group, input kind and label, in API order; and the two
//! ways between a `Profile` and the form's raw texts.
//!
//! Presentation only: which control, the slider's end, the step. Validation and every number
//! shown come from the core (`Profile::from_loose` reads [`loose_profile`]).

use credit_sim::input::Loose;
use credit_sim::profile::Profile;
use credit_sim::scoring::Dimension;

use crate::format::{amount_text, number_of};
use crate::i18n::Text;

/// The group a field is shown in: one of the five scored dimensions, or the business block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dim {
    /// A dimension of the score.
    Scored(Dimension),
    /// The optional small-business block.
    Business,
}

impl Dim {
    /// The group's id in element ids (`"creditHistory"`, `"business"`).
    pub fn id(self) -> &'static str {
        match self {
            Dim::Scored(d) => d.api_name(),
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
    /// The education select.
    Education,
    /// The occupation select.
    Occupation,
}

/// One field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// API path (`"monthlyIncome"`, `"business.monthlyRevenue"`).
    pub key: &'static str,
    /// Its group.
    pub dim: Dim,
    /// Its control.
    pub kind: Kind,
    /// Its label.
    pub label: Text,
}

const HISTORY: Dim = Dim::Scored(Dimension::CreditHistory);
const BEHAVIOUR: Dim = Dim::Scored(Dimension::Behaviour);
const CAPACITY: Dim = Dim::Scored(Dimension::Capacity);
const IDENTITY: Dim = Dim::Scored(Dimension::Identity);
const SOCIAL: Dim = Dim::Scored(Dimension::Social);

const fn int(key: &'static str, dim: Dim, range: (i64, i64, i64), label: Text) -> Field {
    Field {
        key,
        dim,
        kind: Kind::Int {
            min: range.0,
            max: range.1,
            slider_max: range.2,
        },
        label,
    }
}

const fn amount(key: &'static str, dim: Dim, range: (i64, i64, i64), label: Text) -> Field {
    Field {
        key,
        dim,
        kind: Kind::Amount {
            max: range.0,
            slider_max: range.1,
            step: range.2,
        },
        label,
    }
}

const fn other(key: &'static str, dim: Dim, kind: Kind, label: Text) -> Field {
    Field {
        key,
        dim,
        kind,
        label,
    }
}

const fn t(zh: &'static str, en: &'static str) -> Text {
    Text::new(zh, en)
}

/// Every field, in API order.
pub const FIELDS: &[Field] = &[
    int(
        "creditAgeMonths",
        HISTORY,
        (0, 600, 240),
        t("信用账龄（月）", "Credit age (months)"),
    ),
    int(
        "repaymentsLast24m",
        HISTORY,
        (0, 1000, 120),
        t("近 24 个月应还笔数", "Repayments due, last 24 months"),
    ),
    int(
        "onTimeRatePct",
        HISTORY,
        (0, 100, 100),
        t("按时还款比例（%）", "Paid on time (%)"),
    ),
    int(
        "worstOverdueDays",
        HISTORY,
        (0, 3650, 180),
        t("最长逾期天数", "Worst days overdue"),
    ),
    other(
        "monthsSinceOverdue",
        HISTORY,
        Kind::NullableInt {
            max: 600,
            slider_max: 120,
        },
        t("距上次逾期（月）", "Months since last overdue"),
    ),
    int(
        "creditUtilizationPct",
        HISTORY,
        (0, 200, 150),
        t("额度使用率（%）", "Credit utilisation (%)"),
    ),
    int(
        "recentApplications3m",
        HISTORY,
        (0, 100, 20),
        t("近 3 个月申请次数", "Applications, last 3 months"),
    ),
    int(
        "depositFreeUses12m",
        HISTORY,
        (0, 1000, 50),
        t("近 12 个月免押使用次数", "Deposit-free uses, 12 months"),
    ),
    int(
        "brokenContracts24m",
        HISTORY,
        (0, 100, 10),
        t("近 24 个月违约次数", "Broken contracts, 24 months"),
    ),
    other(
        "dishonestDebtor",
        HISTORY,
        Kind::Bool,
        t("被列为失信被执行人", "On the dishonest-debtor list"),
    ),
    int(
        "activeMonths12m",
        BEHAVIOUR,
        (0, 12, 12),
        t("近 12 个月活跃月数", "Active months of 12"),
    ),
    amount(
        "monthlySpend",
        BEHAVIOUR,
        (10_000_000, 50_000, 100),
        t("月均消费（元）", "Monthly spending (¥)"),
    ),
    int(
        "billsOnTimePct",
        BEHAVIOUR,
        (0, 100, 100),
        t("账单按时缴费（%）", "Bills paid on time (%)"),
    ),
    int(
        "essentialSpendPct",
        BEHAVIOUR,
        (0, 100, 100),
        t("必需品消费占比（%）", "Spending on essentials (%)"),
    ),
    other(
        "holdsSavingsProducts",
        BEHAVIOUR,
        Kind::Bool,
        t("持有理财 / 储蓄产品", "Holds savings products"),
    ),
    amount(
        "monthlyIncome",
        CAPACITY,
        (100_000_000, 100_000, 500),
        t("月收入（元）", "Monthly income (¥)"),
    ),
    amount(
        "monthlyDebtPayments",
        CAPACITY,
        (100_000_000, 50_000, 100),
        t("每月已有还款（元）", "Existing debt payments (¥/month)"),
    ),
    amount(
        "liquidAssets",
        CAPACITY,
        (10_000_000_000, 1_000_000, 1000),
        t("存款与货币基金（元）", "Liquid assets (¥)"),
    ),
    other("ownsHome", CAPACITY, Kind::Bool, t("有房产", "Owns a home")),
    other("ownsCar", CAPACITY, Kind::Bool, t("有车", "Owns a car")),
    other(
        "paysHousingFund",
        CAPACITY,
        Kind::Bool,
        t("缴纳公积金", "Pays into the housing fund"),
    ),
    int("age", IDENTITY, (18, 100, 100), t("年龄", "Age")),
    other(
        "realNameVerified",
        IDENTITY,
        Kind::Bool,
        t("已实名认证", "Real-name verified"),
    ),
    other(
        "education",
        IDENTITY,
        Kind::Education,
        t("学历", "Education"),
    ),
    other(
        "occupation",
        IDENTITY,
        Kind::Occupation,
        t("职业", "Occupation"),
    ),
    int(
        "yearsAtJob",
        IDENTITY,
        (0, 60, 40),
        t("现单位 / 经营年限", "Years at current job"),
    ),
    int(
        "phoneYears",
        IDENTITY,
        (0, 40, 40),
        t("手机号使用年限", "Years with this phone number"),
    ),
    int(
        "contactsGoodCreditPct",
        SOCIAL,
        (0, 100, 100),
        t("联系人信用良好比例（%）", "Contacts in good standing (%)"),
    ),
    int(
        "verifiedContacts",
        SOCIAL,
        (0, 5000, 1000),
        t("已验证联系人数", "Verified contacts"),
    ),
    amount(
        "business.monthlyRevenue",
        Dim::Business,
        (100_000_000, 500_000, 1000),
        t("月营业额（元）", "Monthly revenue (¥)"),
    ),
    int(
        "business.businessAgeMonths",
        Dim::Business,
        (0, 600, 240),
        t("经营时长（月）", "Business age (months)"),
    ),
    int(
        "business.revenueTrendPct",
        Dim::Business,
        (-100, 100, 100),
        t("营业额年增长（%）", "Revenue trend (%/year)"),
    ),
];

/// The field with this API path.
pub fn field(key: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.key == key)
}

/// The raw text of every field of `p` (what the inputs show), in [`FIELDS`] order, and whether
/// it has a business. Without one, the business fields hold the block's starting values.
pub fn raw_of(p: &Profile) -> (Vec<String>, bool) {
    let n = |v: u32| v.to_string();
    let b = |v: bool| if v { "true" } else { "false" }.to_owned();
    let biz = p.business.as_ref();
    let values = FIELDS
        .iter()
        .map(|f| match f.key {
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
            "monthlySpend" => amount_text(p.monthly_spend),
            "billsOnTimePct" => n(p.bills_on_time_pct),
            "essentialSpendPct" => n(p.essential_spend_pct),
            "holdsSavingsProducts" => b(p.holds_savings_products),
            "monthlyIncome" => amount_text(p.monthly_income),
            "monthlyDebtPayments" => amount_text(p.monthly_debt_payments),
            "liquidAssets" => amount_text(p.liquid_assets),
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
                biz.map_or_else(|| "50000".to_owned(), |x| amount_text(x.monthly_revenue))
            }
            "business.businessAgeMonths" => {
                biz.map_or_else(|| "24".to_owned(), |x| n(x.business_age_months))
            }
            "business.revenueTrendPct" => {
                biz.map_or_else(|| "0".to_owned(), |x| x.revenue_trend_pct.to_string())
            }
            _ => String::new(),
        })
        .collect();
    (values, biz.is_some())
}

/// One raw text as the loose value the core reads: numbers for whole-number fields (text that is
/// not a number stays text, so the core names the problem), text for amounts and choices.
fn loose_of(f: &Field, raw: &str) -> Loose {
    let raw = raw.trim();
    match f.kind {
        Kind::Bool => Loose::Bool(raw == "true"),
        _ if raw.is_empty() => Loose::Null,
        Kind::Amount { .. } | Kind::Education | Kind::Occupation => Loose::text(raw),
        Kind::NullableInt { .. } | Kind::Int { .. } => {
            number_of(raw).map_or_else(|| Loose::text(raw), Loose::Number)
        }
    }
}

/// The loose profile that `Profile::from_loose` validates, from raw texts in [`FIELDS`] order.
pub fn loose_profile(raw: &[String], has_business: bool) -> Loose {
    let mut top: Vec<(String, Loose)> = Vec::new();
    let mut biz: Vec<(String, Loose)> = Vec::new();
    for (f, text) in FIELDS.iter().zip(raw) {
        let v = loose_of(f, text);
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
        for (f, v) in FIELDS.iter().zip(raw.iter_mut()) {
            if f.key == "age" {
                *v = "abc".into();
            }
            if f.key == "monthlyIncome" {
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
