//! Preset profiles for the form and the demo: student, new graduate, salaried, self-employed
//! shop owner, thin file and recovering from overdue, each a small change of the default.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::profile::{default_profile, Business, Education, Occupation, Profile};

/// A named preset profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Preset {
    /// Stable id (`"student"`).
    pub id: &'static str,
    /// English name.
    pub name_en: &'static str,
    /// Chinese name.
    pub name_zh: &'static str,
    /// The profile.
    pub profile: Profile,
}

fn amount(yuan: i64) -> Decimal {
    Decimal::from(yuan)
}

/// Every preset, in the order the form shows them.
///
/// ```
/// let presets = credit_sim::presets::presets();
/// assert_eq!(presets.len(), 6);
/// assert_eq!(presets[0].id, "student");
/// ```
pub fn presets() -> Vec<Preset> {
    let base = default_profile();
    let student = Profile {
        credit_age_months: 10,
        repayments_last24m: 8,
        on_time_rate_pct: 100,
        credit_utilization_pct: 55,
        recent_applications3m: 1,
        deposit_free_uses12m: 2,
        active_months12m: 10,
        monthly_spend: amount(1500),
        bills_on_time_pct: 90,
        essential_spend_pct: 50,
        holds_savings_products: false,
        monthly_income: amount(1500),
        monthly_debt_payments: amount(200),
        liquid_assets: amount(3000),
        pays_housing_fund: false,
        age: 20,
        education: Education::Secondary,
        occupation: Occupation::Student,
        years_at_job: 0,
        phone_years: 3,
        contacts_good_credit_pct: 75,
        verified_contacts: 60,
        ..base.clone()
    };
    let graduate = Profile {
        credit_age_months: 30,
        repayments_last24m: 18,
        on_time_rate_pct: 100,
        credit_utilization_pct: 45,
        recent_applications3m: 2,
        deposit_free_uses12m: 3,
        monthly_spend: amount(3500),
        bills_on_time_pct: 95,
        essential_spend_pct: 55,
        holds_savings_products: true,
        monthly_income: amount(7000),
        monthly_debt_payments: amount(800),
        liquid_assets: amount(12000),
        age: 23,
        years_at_job: 0,
        phone_years: 5,
        verified_contacts: 80,
        ..base.clone()
    };
    let shop_owner = Profile {
        credit_age_months: 96,
        repayments_last24m: 36,
        on_time_rate_pct: 97,
        worst_overdue_days: 3,
        months_since_overdue: Some(14),
        credit_utilization_pct: 60,
        recent_applications3m: 2,
        monthly_spend: amount(6000),
        essential_spend_pct: 55,
        monthly_income: amount(15000),
        monthly_debt_payments: amount(3500),
        liquid_assets: amount(80000),
        owns_home: true,
        owns_car: true,
        pays_housing_fund: false,
        age: 41,
        education: Education::Secondary,
        occupation: Occupation::SelfEmployed,
        years_at_job: 8,
        phone_years: 12,
        business: Some(Business {
            monthly_revenue: amount(60000),
            business_age_months: 96,
            revenue_trend_pct: 5,
        }),
        ..base.clone()
    };
    let thin_file = Profile {
        credit_age_months: 0,
        repayments_last24m: 0,
        on_time_rate_pct: 0,
        credit_utilization_pct: 0,
        recent_applications3m: 0,
        deposit_free_uses12m: 0,
        active_months12m: 6,
        monthly_spend: amount(2500),
        bills_on_time_pct: 90,
        holds_savings_products: false,
        monthly_income: amount(5000),
        monthly_debt_payments: amount(0),
        liquid_assets: amount(8000),
        pays_housing_fund: false,
        age: 26,
        education: Education::Vocational,
        years_at_job: 1,
        phone_years: 4,
        contacts_good_credit_pct: 70,
        verified_contacts: 40,
        ..base.clone()
    };
    let recovering = Profile {
        credit_age_months: 72,
        repayments_last24m: 24,
        on_time_rate_pct: 83,
        worst_overdue_days: 45,
        months_since_overdue: Some(4),
        credit_utilization_pct: 85,
        recent_applications3m: 4,
        deposit_free_uses12m: 0,
        broken_contracts24m: 1,
        bills_on_time_pct: 80,
        essential_spend_pct: 45,
        holds_savings_products: false,
        monthly_income: amount(8000),
        monthly_debt_payments: amount(3200),
        liquid_assets: amount(2000),
        age: 32,
        ..base.clone()
    };
    vec![
        Preset {
            id: "student",
            name_en: "Student",
            name_zh: "在校学生",
            profile: student,
        },
        Preset {
            id: "newGraduate",
            name_en: "New graduate",
            name_zh: "应届毕业生",
            profile: graduate,
        },
        Preset {
            id: "salaried",
            name_en: "Salaried employee",
            name_zh: "上班族",
            profile: base,
        },
        Preset {
            id: "shopOwner",
            name_en: "Self-employed shop owner",
            name_zh: "个体店主",
            profile: shop_owner,
        },
        Preset {
            id: "thinFile",
            name_en: "Thin file",
            name_zh: "信用白户",
            profile: thin_file,
        },
        Preset {
            id: "recovering",
            name_en: "Recovering from overdue",
            name_zh: "逾期后修复中",
            profile: recovering,
        },
    ]
}
