//! The micro-business loan (小微 / 个体经营者): the limit rests on the business's revenue, age
//! and trend as well as the owner's score band.

use rust_decimal::Decimal;

use super::credit_loan::{floor_hundred, knock_out_reasons, LoanOffer};
use super::pricing::{comparable_apr, daily_rate};
use super::rules::ProductRules;
use crate::profile::Profile;
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

/// The micro-business offer, `None` for a profile without a business.
pub fn micro_business_offer(
    profile: &Profile,
    report: &ScoreReport,
    rules: &ProductRules,
) -> Option<LoanOffer> {
    let business = profile.business.as_ref()?;
    let r = &rules.micro_business;
    let daily = daily_rate(
        report.probability_of_default,
        &rules.pricing,
        r.daily_rate_min,
        r.daily_rate_max,
    );
    let annual = daily * Decimal::from(360);
    let mut decline = knock_out_reasons(report);
    if report.score < r.min_score {
        decline.push("scoreBelowMinimum");
    }
    if business.business_age_months < r.min_business_age_months {
        decline.push("businessTooYoung");
    }
    let mut limit = Decimal::ZERO;
    if decline.is_empty() {
        let raw = business.monthly_revenue
            * Decimal::from(r.revenue_months)
            * age_factor(business.business_age_months)
            * trend_factor(business.revenue_trend_pct)
            * band_factor(report.band);
        limit = floor_hundred(raw.min(r.max_limit));
        if limit < r.min_limit || limit <= Decimal::ZERO {
            decline.push("limitBelowMinimum");
            limit = Decimal::ZERO;
        }
    }
    let apr_principal = if limit > Decimal::ZERO {
        limit
    } else {
        r.min_limit.max(Decimal::ONE_HUNDRED)
    };
    Some(LoanOffer {
        eligible: decline.is_empty(),
        decline_reasons: decline,
        limit,
        daily_rate: daily,
        simple_annual_rate: annual.normalize(),
        apr: comparable_apr(apr_principal, annual, Decimal::ZERO),
        terms: vec![3, 6, 12],
        methods: vec!["equalInstallment", "interestFirst"],
    })
}
