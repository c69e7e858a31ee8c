//! The cash loan (借呗 / 信用贷 style): eligibility, the band limit capped by affordability and
//! rounded down to ¥100, the risk price and its comparable APR.

use rust_decimal::Decimal;
use serde::Serialize;

use super::decline::DeclineReason;
use super::pricing::{comparable_apr, daily_rate, twelve_month_payment};
use super::rules::{BandLimits, ProductRules};
use super::screen::{Applicant, Declines};
use crate::amount::{serialize_decimal_text, serialize_fen};
use crate::profile::Profile;
use crate::scoring::{Band, ScoreReport};

/// A loan offer (cash loan or micro-business loan), API.md's shape plus `aprPrincipal`.
///
/// The price fields are always present. When `eligible` is true they are the offer: the quoted
/// daily rate and the APR of the limit. When it is false nothing is offered (`limit` is
/// `"0.00"`) and they are *indicative*: the price this score's risk would be quoted at, its APR
/// computed on `aprPrincipal`, the product's minimum limit, so a declined person still sees what
/// their risk costs. Nothing in them is an offer; the page labels them as such.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LoanOffer {
    /// Offered at all.
    pub eligible: bool,
    /// Why not (codes: `dishonestDebtor`, `notRealNameVerified`, `scoreBelowMinimum`,
    /// `affordability`, `businessTooYoung`, `limitBelowMinimum`); empty when eligible.
    pub decline_reasons: Vec<DeclineReason>,
    /// The limit, `"0.00"` when not eligible.
    #[serde(serialize_with = "serialize_fen")]
    pub limit: Decimal,
    /// The daily rate this score is priced at: the quote when eligible, indicative otherwise.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub daily_rate: Decimal,
    /// daily × 360.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub simple_annual_rate: Decimal,
    /// APR of `apr_principal` over 12 equal monthly instalments at `simple_annual_rate`.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub apr: Decimal,
    /// The amount the APR is computed on: the limit when eligible, the product's minimum limit
    /// (at least ¥100) when not.
    #[serde(serialize_with = "serialize_fen")]
    pub apr_principal: Decimal,
    /// Terms offered, months.
    pub terms: Vec<u32>,
    /// Repayment methods offered (API names).
    pub methods: Vec<&'static str>,
}

/// The amount an offer's APR is computed on: the limit, or when there is none the product's
/// minimum limit (at least ¥100, so a rule set with a zero minimum still prices something).
pub fn apr_principal(limit: Decimal, min_limit: Decimal) -> Decimal {
    if limit > Decimal::ZERO {
        limit
    } else {
        min_limit.max(Decimal::ONE_HUNDRED)
    }
}

/// Rounds down to a whole ¥100.
pub fn floor_hundred(amount: Decimal) -> Decimal {
    if amount <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    (amount / Decimal::ONE_HUNDRED).floor() * Decimal::ONE_HUNDRED
}

/// The band's limit from a table (poor gets nothing).
pub fn band_limit(limits: &BandLimits, band: Band) -> Decimal {
    match band {
        Band::Poor => Decimal::ZERO,
        Band::Fair => limits.fair,
        Band::Good => limits.good,
        Band::VeryGood => limits.very_good,
        Band::Excellent => limits.excellent,
    }
}

/// Knock-out decline codes.
pub fn knock_out_reasons(report: &ScoreReport) -> Vec<DeclineReason> {
    Applicant::of(report).knock_outs.to_vec()
}

/// The debt-service rule of every loan offered: the largest limit, a multiple of ¥100 and at
/// most `ceiling`, whose 12-month equal-instalment payment (at `annual`, plus the insurance fee)
/// keeps `existing_debt` plus that payment within `ratio` of `income`. Zero when nothing fits.
/// The cash loan passes the profile's income; the micro-business loan its own measure of it
/// (see [`super::micro_business::debt_service_income`]).
///
/// ```
/// use credit_sim::offers::credit_loan::affordable_limit;
/// use rust_decimal::Decimal;
/// // Room of 10,000 × 0.5 − 2,000 = 3,000 a month at 10.8 % a year: ¥34,000 would cost
/// // 3,001.80 a month, ¥33,900 costs 2,992.97.
/// let limit = affordable_limit(Decimal::from(10_000), Decimal::from(2_000), Decimal::new(5, 1),
///     Decimal::new(108, 3), Decimal::ZERO, Decimal::from(300_000));
/// assert_eq!(limit, Decimal::from(33_900));
/// ```
pub fn affordable_limit(
    income: Decimal,
    existing_debt: Decimal,
    ratio: Decimal,
    annual: Decimal,
    insurance: Decimal,
    ceiling: Decimal,
) -> Decimal {
    affordable_limit_by(income, existing_debt, ratio, ceiling, |principal| {
        twelve_month_payment(principal, annual, insurance)
    })
}

/// [`affordable_limit`] with the 12-month payment of a principal given by `payment`: the same
/// search, so a caller that remembers payments (a portfolio asks for the same ones again and
/// again) gets the very same limit.
pub fn affordable_limit_by(
    income: Decimal,
    existing_debt: Decimal,
    ratio: Decimal,
    ceiling: Decimal,
    mut payment: impl FnMut(Decimal) -> Option<Decimal>,
) -> Decimal {
    let room = income.saturating_mul(ratio) - existing_debt;
    if room <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    let reference = Decimal::from(100_000);
    let Some(per_reference) = payment(reference) else {
        return Decimal::ZERO;
    };
    if per_reference <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    // A first estimate from the reference loan, then checked with the real schedule.
    let mut limit = floor_hundred((room * reference / per_reference).min(ceiling));
    for _ in 0..50 {
        if limit <= Decimal::ZERO {
            return Decimal::ZERO;
        }
        match payment(limit) {
            Some(p) if p <= room => return limit,
            _ => limit -= Decimal::ONE_HUNDRED,
        }
    }
    Decimal::ZERO
}

/// The quoted daily rate of the cash loan for a probability of default.
pub fn credit_loan_daily_rate(pd: Decimal, rules: &ProductRules) -> Decimal {
    let r = &rules.credit_loan;
    daily_rate(pd, &rules.pricing, r.daily_rate_min, r.daily_rate_max)
}

/// Whether the cash loan is offered, up to what limit and at what daily rate: everything of
/// [`credit_loan_offer`] but the APR. The page's headline shows this on every keystroke, so it
/// plans no schedule beyond the debt-service test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditLoanDecision {
    /// True when nothing declines the loan.
    pub eligible: bool,
    /// Why not, as reason codes (empty when eligible).
    pub decline_reasons: Vec<DeclineReason>,
    /// The limit, rounded down to ¥100; zero when declined.
    pub limit: Decimal,
    /// The quoted daily rate for this score's risk.
    pub daily_rate: Decimal,
}

/// The cash loan's decision for a profile and its score report.
///
/// ```
/// use credit_sim::offers::{credit_loan::credit_loan_decision, default_rules, offers};
/// use credit_sim::scoring::score_profile;
/// let profile = credit_sim::default_profile();
/// let decision = credit_loan_decision(&profile, &score_profile(&profile), &default_rules());
/// let offer = offers(&profile, &default_rules()).credit_loan;
/// assert_eq!((decision.eligible, decision.limit), (offer.eligible, offer.limit));
/// ```
pub fn credit_loan_decision(
    profile: &Profile,
    report: &ScoreReport,
    rules: &ProductRules,
) -> CreditLoanDecision {
    let applicant = Applicant::of(report);
    let daily = credit_loan_daily_rate(applicant.probability_of_default, rules);
    let annual = daily * Decimal::from(360);
    let insurance = rules.credit_loan.insurance_fee_rate;
    let (decline, limit) = credit_loan_limit(profile, &applicant, rules, |principal| {
        twelve_month_payment(principal, annual, insurance)
    });
    CreditLoanDecision {
        eligible: decline.is_empty(),
        decline_reasons: decline.to_vec(),
        limit,
        daily_rate: daily,
    }
}

/// The cash loan's decline reasons and limit (zero when declined), the 12-month payment at the
/// applicant's price given by `payment` (see [`affordable_limit_by`]).
pub fn credit_loan_limit(
    profile: &Profile,
    applicant: &Applicant,
    rules: &ProductRules,
    payment: impl FnMut(Decimal) -> Option<Decimal>,
) -> (Declines, Decimal) {
    let r = &rules.credit_loan;
    let mut decline = applicant.screen(r.min_score);
    let mut limit = Decimal::ZERO;
    if decline.is_empty() {
        limit = affordable_limit_by(
            profile.monthly_income,
            profile.monthly_debt_payments,
            r.max_debt_service_ratio,
            wanted_limit(&r.limits_by_band, applicant.band, r.min_limit, r.max_limit),
            payment,
        );
        if limit < r.min_limit || limit <= Decimal::ZERO {
            decline.insert(DeclineReason::Affordability);
            limit = Decimal::ZERO;
        }
    }
    (decline, limit)
}

/// The band's limit within `min..=max` (the minimum yields to a lower maximum), rounded down to
/// ¥100: what a product would give before the debt-service rule.
pub fn wanted_limit(limits: &BandLimits, band: Band, min: Decimal, max: Decimal) -> Decimal {
    floor_hundred(band_limit(limits, band).clamp(min.min(max), max))
}

/// The cash-loan offer.
pub fn credit_loan_offer(
    profile: &Profile,
    report: &ScoreReport,
    rules: &ProductRules,
) -> LoanOffer {
    let r = &rules.credit_loan;
    let decision = credit_loan_decision(profile, report, rules);
    let annual = decision.daily_rate * Decimal::from(360);
    let principal = apr_principal(decision.limit, r.min_limit);
    LoanOffer {
        eligible: decision.eligible,
        decline_reasons: decision.decline_reasons,
        limit: decision.limit,
        daily_rate: decision.daily_rate,
        simple_annual_rate: annual.normalize(),
        apr: comparable_apr(principal, annual, r.insurance_fee_rate),
        apr_principal: principal,
        terms: vec![3, 6, 12],
        methods: vec!["equalInstallment", "interestFirst"],
    }
}
