//! The behaviour profile: how a person handles money, in the five dimensions of the score, and
//! its validation from loose input (API.md, "Profile").

use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::serialize_fen;
use crate::error::ValidationErrors;
use crate::input::{check_range, Loose, ObjectReader};

/// Highest education completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Education {
    /// No formal schooling completed.
    None,
    /// Secondary school (高中).
    Secondary,
    /// Vocational college (大专 / 职业教育).
    Vocational,
    /// Bachelor's degree (本科).
    Bachelor,
    /// Master's or doctorate (研究生).
    Postgraduate,
}

impl Education {
    /// Every value with its API name, in order.
    pub const ALL: [(&'static str, Education); 5] = [
        ("none", Education::None),
        ("secondary", Education::Secondary),
        ("vocational", Education::Vocational),
        ("bachelor", Education::Bachelor),
        ("postgraduate", Education::Postgraduate),
    ];

    /// The API name (`"bachelor"`).
    pub fn api_name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, e)| *e == self)
            .map_or("none", |(n, _)| n)
    }
}

/// What the person does for a living.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Occupation {
    /// Civil servant or public institution (公务员 / 事业单位).
    CivilServant,
    /// Employee of a company.
    Employee,
    /// Runs their own business (个体经营者).
    SelfEmployed,
    /// Freelancer or gig worker.
    Freelancer,
    /// Student.
    Student,
    /// Retired.
    Retired,
    /// Not working.
    Unemployed,
}

impl Occupation {
    /// Every value with its API name, in order.
    pub const ALL: [(&'static str, Occupation); 7] = [
        ("civilServant", Occupation::CivilServant),
        ("employee", Occupation::Employee),
        ("selfEmployed", Occupation::SelfEmployed),
        ("freelancer", Occupation::Freelancer),
        ("student", Occupation::Student),
        ("retired", Occupation::Retired),
        ("unemployed", Occupation::Unemployed),
    ];

    /// The API name (`"civilServant"`).
    pub fn api_name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, o)| *o == self)
            .map_or("employee", |(n, _)| n)
    }
}

/// A small business that the person runs (for the micro-business loan).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Business {
    /// Average monthly revenue, CNY, 0–100,000,000.
    #[serde(serialize_with = "serialize_fen")]
    pub monthly_revenue: Decimal,
    /// Months since the business started, 0–600.
    pub business_age_months: u32,
    /// Revenue trend over the last year, percent, −100 to 100.
    pub revenue_trend_pct: i32,
}

/// The behaviour profile. Every field is required; see API.md for each one's meaning and range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    // Credit history 信用历史.
    /// Months since the first credit product, 0–600.
    pub credit_age_months: u32,
    /// Repayments that fell due in the last 24 months, 0–1000 (0 = thin file).
    pub repayments_last24m: u32,
    /// Share of those paid on time, 0–100.
    pub on_time_rate_pct: u32,
    /// Worst days past due in the last 24 months, 0–3650.
    pub worst_overdue_days: u32,
    /// Months since the latest overdue, 0–600; `None` = never overdue.
    pub months_since_overdue: Option<u32>,
    /// Revolving balance over revolving limits, percent, 0–200.
    pub credit_utilization_pct: u32,
    /// Credit applications in the last 3 months, 0–100.
    pub recent_applications3m: u32,
    /// Deposit-free rentals and services completed on time in 12 months, 0–1000.
    pub deposit_free_uses12m: u32,
    /// Unpaid rentals, fees or fines in 24 months, 0–100.
    pub broken_contracts24m: u32,
    /// On the court list of dishonest debtors (失信被执行人).
    pub dishonest_debtor: bool,
    // Behaviour 行为偏好.
    /// Months with regular payments in the last 12, 0–12.
    pub active_months12m: u32,
    /// Average monthly spending, CNY, 0–10,000,000.
    #[serde(serialize_with = "serialize_fen")]
    pub monthly_spend: Decimal,
    /// Utility, phone and rent bills paid on time, percent, 0–100.
    pub bills_on_time_pct: u32,
    /// Share of spending on essentials, percent, 0–100.
    pub essential_spend_pct: u32,
    /// Holds savings or wealth products.
    pub holds_savings_products: bool,
    // Capacity 履约能力.
    /// Monthly income, CNY, 0–100,000,000.
    #[serde(serialize_with = "serialize_fen")]
    pub monthly_income: Decimal,
    /// Existing debt service per month, CNY, 0–100,000,000.
    #[serde(serialize_with = "serialize_fen")]
    pub monthly_debt_payments: Decimal,
    /// Deposits and money-market funds, CNY, 0–10,000,000,000.
    #[serde(serialize_with = "serialize_fen")]
    pub liquid_assets: Decimal,
    /// Owns a home.
    pub owns_home: bool,
    /// Owns a car.
    pub owns_car: bool,
    /// Pays into the housing provident fund (公积金).
    pub pays_housing_fund: bool,
    // Identity 身份特质.
    /// Age in years, 18–100.
    pub age: u32,
    /// Real-name verified.
    pub real_name_verified: bool,
    /// Highest education.
    pub education: Education,
    /// Occupation.
    pub occupation: Occupation,
    /// Years with the current employer or business, 0–60.
    pub years_at_job: u32,
    /// Years using the same mobile number, 0–40.
    pub phone_years: u32,
    // Social 人脉关系.
    /// Share of contacts in good standing, percent, 0–100.
    pub contacts_good_credit_pct: u32,
    /// Verified contacts, 0–5000.
    pub verified_contacts: u32,
    /// The business the person runs, if any.
    pub business: Option<Business>,
}

/// The default profile of API.md: an average 30-year-old salaried borrower.
///
/// ```
/// let p = credit_sim::profile::default_profile();
/// assert_eq!(p.age, 30);
/// assert!(p.business.is_none());
/// ```
pub fn default_profile() -> Profile {
    Profile {
        credit_age_months: 60,
        repayments_last24m: 24,
        on_time_rate_pct: 100,
        worst_overdue_days: 0,
        months_since_overdue: None,
        credit_utilization_pct: 35,
        recent_applications3m: 1,
        deposit_free_uses12m: 3,
        broken_contracts24m: 0,
        dishonest_debtor: false,
        active_months12m: 12,
        monthly_spend: Decimal::new(4000, 0),
        bills_on_time_pct: 95,
        essential_spend_pct: 60,
        holds_savings_products: true,
        monthly_income: Decimal::new(9000, 0),
        monthly_debt_payments: Decimal::new(1500, 0),
        liquid_assets: Decimal::new(30000, 0),
        owns_home: false,
        owns_car: false,
        pays_housing_fund: true,
        age: 30,
        real_name_verified: true,
        education: Education::Bachelor,
        occupation: Occupation::Employee,
        years_at_job: 3,
        phone_years: 6,
        contacts_good_credit_pct: 85,
        verified_contacts: 150,
        business: None,
    }
}

const MAX_INCOME: i64 = 100_000_000;
const MAX_SPEND: i64 = 10_000_000;
const MAX_ASSETS: i64 = 10_000_000_000;

fn amount_in(
    r: &mut ObjectReader<'_>,
    name: &str,
    max: i64,
    errors: &mut ValidationErrors,
) -> Option<Decimal> {
    let value = r.decimal(name, errors)?;
    check_range(
        value,
        Decimal::ZERO,
        Decimal::from(max),
        &r.path_of(name),
        errors,
    )
}

fn count(
    r: &mut ObjectReader<'_>,
    name: &str,
    max: i64,
    errors: &mut ValidationErrors,
) -> Option<u32> {
    // The range check bounds the value to 0..=max, which fits in u32.
    r.integer(name, 0, max, errors)
        .and_then(|v| u32::try_from(v).ok())
}

impl Profile {
    /// Validates a loose, JSON-shaped profile, reporting every problem at once with its field
    /// path (`"age"`, `"business.monthlyRevenue"`). Unknown fields are refused, to catch typos.
    ///
    /// ```
    /// use credit_sim::input::Loose;
    /// use credit_sim::profile::Profile;
    /// let errors = Profile::from_loose(&Loose::object([("age", Loose::Number(17.0))])).unwrap_err();
    /// assert!(errors.errors().iter().any(|e| e.field == "age"));
    /// assert!(errors.errors().len() > 20); // every missing field too
    /// ```
    pub fn from_loose(value: &Loose) -> Result<Profile, ValidationErrors> {
        let mut e = ValidationErrors::new();
        let Some(mut r) = ObjectReader::open(value, "", &mut e) else {
            return Err(e);
        };
        let credit_age_months = count(&mut r, "creditAgeMonths", 600, &mut e);
        let repayments_last24m = count(&mut r, "repaymentsLast24m", 1000, &mut e);
        let on_time_rate_pct = count(&mut r, "onTimeRatePct", 100, &mut e);
        let worst_overdue_days = count(&mut r, "worstOverdueDays", 3650, &mut e);
        let months_since_overdue = r
            .nullable_integer("monthsSinceOverdue", 0, 600, &mut e)
            .map(|v| v.and_then(|m| u32::try_from(m).ok()));
        let credit_utilization_pct = count(&mut r, "creditUtilizationPct", 200, &mut e);
        let recent_applications3m = count(&mut r, "recentApplications3m", 100, &mut e);
        let deposit_free_uses12m = count(&mut r, "depositFreeUses12m", 1000, &mut e);
        let broken_contracts24m = count(&mut r, "brokenContracts24m", 100, &mut e);
        let dishonest_debtor = r.boolean("dishonestDebtor", &mut e);
        let active_months12m = count(&mut r, "activeMonths12m", 12, &mut e);
        let monthly_spend = amount_in(&mut r, "monthlySpend", MAX_SPEND, &mut e);
        let bills_on_time_pct = count(&mut r, "billsOnTimePct", 100, &mut e);
        let essential_spend_pct = count(&mut r, "essentialSpendPct", 100, &mut e);
        let holds_savings_products = r.boolean("holdsSavingsProducts", &mut e);
        let monthly_income = amount_in(&mut r, "monthlyIncome", MAX_INCOME, &mut e);
        let monthly_debt_payments = amount_in(&mut r, "monthlyDebtPayments", MAX_INCOME, &mut e);
        let liquid_assets = amount_in(&mut r, "liquidAssets", MAX_ASSETS, &mut e);
        let owns_home = r.boolean("ownsHome", &mut e);
        let owns_car = r.boolean("ownsCar", &mut e);
        let pays_housing_fund = r.boolean("paysHousingFund", &mut e);
        let age = count_from(&mut r, "age", 18, 100, &mut e);
        let real_name_verified = r.boolean("realNameVerified", &mut e);
        let education = r.choice("education", &Education::ALL, &mut e);
        let occupation = r.choice("occupation", &Occupation::ALL, &mut e);
        let years_at_job = count(&mut r, "yearsAtJob", 60, &mut e);
        let phone_years = count(&mut r, "phoneYears", 40, &mut e);
        let contacts_good_credit_pct = count(&mut r, "contactsGoodCreditPct", 100, &mut e);
        let verified_contacts = count(&mut r, "verifiedContacts", 5000, &mut e);
        let business = match r.raw("business") {
            None => {
                let field = r.path_of("business");
                e.push(
                    &field,
                    crate::error::ErrorCode::Missing,
                    "business is required: null, or { monthlyRevenue, businessAgeMonths, revenueTrendPct }.",
                );
                None
            }
            Some(Loose::Null) => Some(None),
            Some(value) => business_from_loose(value, &r.path_of("business"), &mut e).map(Some),
        };
        r.finish(&mut e);
        e.into_result(|| {
            Some(Profile {
                credit_age_months: credit_age_months?,
                repayments_last24m: repayments_last24m?,
                on_time_rate_pct: on_time_rate_pct?,
                worst_overdue_days: worst_overdue_days?,
                months_since_overdue: months_since_overdue?,
                credit_utilization_pct: credit_utilization_pct?,
                recent_applications3m: recent_applications3m?,
                deposit_free_uses12m: deposit_free_uses12m?,
                broken_contracts24m: broken_contracts24m?,
                dishonest_debtor: dishonest_debtor?,
                active_months12m: active_months12m?,
                monthly_spend: monthly_spend?,
                bills_on_time_pct: bills_on_time_pct?,
                essential_spend_pct: essential_spend_pct?,
                holds_savings_products: holds_savings_products?,
                monthly_income: monthly_income?,
                monthly_debt_payments: monthly_debt_payments?,
                liquid_assets: liquid_assets?,
                owns_home: owns_home?,
                owns_car: owns_car?,
                pays_housing_fund: pays_housing_fund?,
                age: age?,
                real_name_verified: real_name_verified?,
                education: education?,
                occupation: occupation?,
                years_at_job: years_at_job?,
                phone_years: phone_years?,
                contacts_good_credit_pct: contacts_good_credit_pct?,
                verified_contacts: verified_contacts?,
                business: business?,
            })
        })
    }

    /// The profile as a loose value, exactly as `from_loose` reads it (used by the app's URL and
    /// storage, and by tests that change one field).
    pub fn to_loose(&self) -> Loose {
        let n = |v: u32| Loose::Number(f64::from(v));
        let amount = |d: Decimal| Loose::Text(crate::amount::fen_text(d));
        let business = match &self.business {
            None => Loose::Null,
            Some(b) => Loose::object([
                ("monthlyRevenue", amount(b.monthly_revenue)),
                ("businessAgeMonths", n(b.business_age_months)),
                (
                    "revenueTrendPct",
                    Loose::Number(f64::from(b.revenue_trend_pct)),
                ),
            ]),
        };
        Loose::object([
            ("creditAgeMonths", n(self.credit_age_months)),
            ("repaymentsLast24m", n(self.repayments_last24m)),
            ("onTimeRatePct", n(self.on_time_rate_pct)),
            ("worstOverdueDays", n(self.worst_overdue_days)),
            (
                "monthsSinceOverdue",
                self.months_since_overdue.map_or(Loose::Null, n),
            ),
            ("creditUtilizationPct", n(self.credit_utilization_pct)),
            ("recentApplications3m", n(self.recent_applications3m)),
            ("depositFreeUses12m", n(self.deposit_free_uses12m)),
            ("brokenContracts24m", n(self.broken_contracts24m)),
            ("dishonestDebtor", Loose::Bool(self.dishonest_debtor)),
            ("activeMonths12m", n(self.active_months12m)),
            ("monthlySpend", amount(self.monthly_spend)),
            ("billsOnTimePct", n(self.bills_on_time_pct)),
            ("essentialSpendPct", n(self.essential_spend_pct)),
            (
                "holdsSavingsProducts",
                Loose::Bool(self.holds_savings_products),
            ),
            ("monthlyIncome", amount(self.monthly_income)),
            ("monthlyDebtPayments", amount(self.monthly_debt_payments)),
            ("liquidAssets", amount(self.liquid_assets)),
            ("ownsHome", Loose::Bool(self.owns_home)),
            ("ownsCar", Loose::Bool(self.owns_car)),
            ("paysHousingFund", Loose::Bool(self.pays_housing_fund)),
            ("age", n(self.age)),
            ("realNameVerified", Loose::Bool(self.real_name_verified)),
            ("education", Loose::text(self.education.api_name())),
            ("occupation", Loose::text(self.occupation.api_name())),
            ("yearsAtJob", n(self.years_at_job)),
            ("phoneYears", n(self.phone_years)),
            ("contactsGoodCreditPct", n(self.contacts_good_credit_pct)),
            ("verifiedContacts", n(self.verified_contacts)),
            ("business", business),
        ])
    }
}

fn count_from(
    r: &mut ObjectReader<'_>,
    name: &str,
    min: i64,
    max: i64,
    errors: &mut ValidationErrors,
) -> Option<u32> {
    r.integer(name, min, max, errors)
        .and_then(|v| u32::try_from(v).ok())
}

fn business_from_loose(value: &Loose, path: &str, e: &mut ValidationErrors) -> Option<Business> {
    let mut r = ObjectReader::open(value, path, e)?;
    let monthly_revenue = amount_in(&mut r, "monthlyRevenue", MAX_INCOME, e);
    let business_age_months = count(&mut r, "businessAgeMonths", 600, e);
    let revenue_trend_pct = r
        .integer("revenueTrendPct", -100, 100, e)
        .and_then(|v| i32::try_from(v).ok());
    r.finish(e);
    Some(Business {
        monthly_revenue: monthly_revenue?,
        business_age_months: business_age_months?,
        revenue_trend_pct: revenue_trend_pct?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    fn with(field: &str, value: Loose) -> Loose {
        let Loose::Object(mut pairs) = default_profile().to_loose() else {
            unreachable!()
        };
        for pair in &mut pairs {
            if pair.0 == field {
                pair.1 = value.clone();
            }
        }
        Loose::Object(pairs)
    }

    #[test]
    fn the_default_profile_round_trips() {
        let p = default_profile();
        assert_eq!(Profile::from_loose(&p.to_loose()), Ok(p));
    }

    #[test]
    fn bad_fields_are_refused_with_their_path() {
        let cases = [
            ("age", Loose::Number(17.0), "age", ErrorCode::OutOfRange),
            (
                "onTimeRatePct",
                Loose::Number(101.0),
                "onTimeRatePct",
                ErrorCode::OutOfRange,
            ),
            (
                "monthlyIncome",
                Loose::text("-1"),
                "monthlyIncome",
                ErrorCode::OutOfRange,
            ),
            (
                "monthlyIncome",
                Loose::text("lots"),
                "monthlyIncome",
                ErrorCode::NotANumber,
            ),
            (
                "education",
                Loose::text("phd"),
                "education",
                ErrorCode::UnknownValue,
            ),
            (
                "occupation",
                Loose::Number(1.0),
                "occupation",
                ErrorCode::WrongType,
            ),
            ("age", Loose::Null, "age", ErrorCode::Missing),
            (
                "business",
                Loose::object([("monthlyRevenue", Loose::text("x"))]),
                "business.monthlyRevenue",
                ErrorCode::NotANumber,
            ),
        ];
        for (field, value, path, code) in cases {
            let errors = Profile::from_loose(&with(field, value)).unwrap_err();
            assert_eq!(errors.errors()[0].field, path, "{field}");
            assert_eq!(errors.errors()[0].code, code, "{field}");
        }
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let v = with("age", Loose::Number(10.0));
        let Loose::Object(mut pairs) = v else {
            unreachable!()
        };
        pairs.retain(|(k, _)| k != "phoneYears");
        pairs.push(("typo".into(), Loose::Bool(true)));
        let errors = Profile::from_loose(&Loose::Object(pairs)).unwrap_err();
        let fields: Vec<&str> = errors.errors().iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["age", "phoneYears", "typo"]);
    }
}
