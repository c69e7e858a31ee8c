//! The micro-business loan (小微 / 个体经营者): the limit rests on the business's revenue, age
//! and trend as well as the owner's score band, and is then capped by the same debt-service rule
//! as the cash loan ([`affordable_limit`]), with the owner's income measured by
//! [`debt_service_income`].

use rust_decimal::Decimal;

use super::credit_loan::{affordable_limit_by, apr_principal, floor_hundred, LoanOffer};
use super::decline::DeclineReason;
use super::pricing::{comparable_apr, daily_rate, twelve_month_payment};
use super::rules::MicroBusinessRules;
use super::rules::ProductRules;
use super::screen::{Applicant, Declines};
use crate::profile::{Business, Profile};
use crate::scoring::{Band, ScoreReport};

/// The business-age factor: under 12 months 0.5, 12–35 months 0.8, 36+ months 1.
pub fn age_factor(months: u32) -> Decimal {
    match months {
        0..=11 => Decimal::new(5, 1),
        12..=35 => Decimal::new(8, 1),
        _ => Decimal::ONE,
    }
}

/// The trend factor: 1 + trend / 200, within 0.5–1.25.
pub fn trend_factor(trend_pct: i32) -> Decimal {
    (Decimal::ONE + Decimal::from(trend_pct) / Decimal::from(200))
        .clamp(Decimal::new(5, 1), Decimal::new(125, 2))
}

/// The owner's band factor: good 0.8, very good 1, excellent 1.2, below good 0.
pub fn band_factor(band: Band) -> Decimal {
    match band {
        Band::Poor | Band::Fair => Decimal::ZERO,
        Band::Good => Decimal::new(8, 1),
        Band::VeryGood => Decimal::ONE,
        Band::Excellent => Decimal::new(12, 1),
    }
}

/// The monthly income the debt-service rule counts for a business owner: the greater of the
/// owner's monthly income and monthly revenue × `revenueIncomeShare` (a net margin, 0.2 by
/// default). Revenue is turnover, not income, so only a margin of it counts; and a sole
/// proprietor's income *is* what the business makes, so the two are not added (that would count
/// the same money twice). A business whose cash flow is larger than the declared income still
/// counts that cash flow.
///
/// ```
/// use credit_sim::offers::{default_rules, micro_business::debt_service_income};
/// use credit_sim::profile::{default_profile, Business};
/// use rust_decimal::Decimal;
/// let mut p = default_profile();
/// p.monthly_income = Decimal::from(5_000);
/// let business = Business { monthly_revenue: Decimal::from(60_000), business_age_months: 24, revenue_trend_pct: 0 };
/// let r = default_rules().micro_business;
/// assert_eq!(debt_service_income(&p, &business, &r), Decimal::from(12_000));
/// p.monthly_income = Decimal::from(15_000);
/// assert_eq!(debt_service_income(&p, &business, &r), Decimal::from(15_000));
/// ```
pub fn debt_service_income(
    profile: &Profile,
    business: &Business,
    rules: &MicroBusinessRules,
) -> Decimal {
    let from_revenue = business
        .monthly_revenue
        .saturating_mul(rules.revenue_income_share);
    profile.monthly_income.max(from_revenue)
}

/// The quoted daily rate of the micro-business loan for a probability of default.
pub fn micro_business_daily_rate(pd: Decimal, rules: &ProductRules) -> Decimal {
    let r = &rules.micro_business;
    daily_rate(pd, &rules.pricing, r.daily_rate_min, r.daily_rate_max)
}

/// The micro-business loan's decline reasons and limit (zero when declined) for an owner with
/// `business`, the 12-month payment at the applicant's price (no insurance fee) given by
/// `payment` (see [`affordable_limit_by`]).
pub fn micro_business_limit(
    profile: &Profile,
    business: &Business,
    applicant: &Applicant,
    rules: &ProductRules,
    payment: impl FnMut(Decimal) -> Option<Decimal>,
) -> (Declines, Decimal) {
    let r = &rules.micro_business;
    let mut decline = applicant.screen(r.min_score);
    if business.business_age_months < r.min_business_age_months {
        decline.insert(DeclineReason::BusinessTooYoung);
    }
    let mut limit = Decimal::ZERO;
    if decline.is_empty() {
        let raw = business.monthly_revenue
            * Decimal::from(r.revenue_months)
            * age_factor(business.business_age_months)
            * trend_factor(business.revenue_trend_pct)
            * band_factor(applicant.band);
        let wanted = floor_hundred(raw.min(r.max_limit));
        if wanted < r.min_limit || wanted <= Decimal::ZERO {
            decline.insert(DeclineReason::LimitBelowMinimum);
        } else {
            limit = affordable_limit_by(
                debt_service_income(profile, business, r),
                profile.monthly_debt_payments,
                rules.credit_loan.max_debt_service_ratio,
                wanted,
                payment,
            );
            if limit < r.min_limit || limit <= Decimal::ZERO {
                decline.insert(DeclineReason::Affordability);
            }
        }
        if !decline.is_empty() {
            limit = Decimal::ZERO;
        }
    }
    (decline, limit)
}

/// The micro-business offer, `None` for a profile without a business.
pub fn micro_business_offer(
    profile: &Profile,
    report: &ScoreReport,
    rules: &ProductRules,
) -> Option<LoanOffer> {
    let business = profile.business.as_ref()?;
    let r = &rules.micro_business;
    let applicant = Applicant::of(report);
    let daily = micro_business_daily_rate(applicant.probability_of_default, rules);
    let annual = daily * Decimal::from(360);
    let (decline, limit) = micro_business_limit(profile, business, &applicant, rules, |p| {
        twelve_month_payment(p, annual, Decimal::ZERO)
    });
    let principal = apr_principal(limit, r.min_limit);
    Some(LoanOffer {
        eligible: decline.is_empty(),
        decline_reasons: decline.to_vec(),
        limit,
        daily_rate: daily,
        simple_annual_rate: annual.normalize(),
        apr: comparable_apr(principal, annual, Decimal::ZERO),
        apr_principal: principal,
        terms: vec![3, 6, 12],
        methods: vec!["equalInstallment", "interestFirst"],
    })
}
