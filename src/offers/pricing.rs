//! Risk-based pricing: funding cost + expected loss (PD × LGD) + operating cost + margin, a
//! year, turned into a quoted daily rate clamped onto the product's range; and the APR of an
//! offer, always from the money module's schedule code (`amortize`, `monthly_irr`).

use rust_decimal::{Decimal, RoundingStrategy};

use super::rules::PricingRules;
use crate::money::apr::{apr_of, monthly_irr};
use crate::money::{amortize, Loan, Method, Rate};

/// Decimal places of a quoted daily rate (0.000319 = 0.0319 % a day).
pub const DAILY_RATE_DECIMALS: u32 = 6;

/// The quoted daily rate for a probability of default: the annual build-up / 360, rounded
/// half-up to six places (a quote, as lenders show it), then clamped onto `min..=max`.
///
/// ```
/// use credit_sim::offers::{default_rules, pricing::daily_rate};
/// use rust_decimal::Decimal;
/// let r = default_rules();
/// let rate = daily_rate(Decimal::new(5, 2), &r.pricing, r.credit_loan.daily_rate_min, r.credit_loan.daily_rate_max);
/// assert_eq!(rate.to_string(), "0.000319");
/// ```
pub fn daily_rate(pd: Decimal, pricing: &PricingRules, min: Decimal, max: Decimal) -> Decimal {
    let annual = pricing.funding_cost
        + pd.saturating_mul(pricing.loss_given_default)
        + pricing.operating_cost
        + pricing.margin;
    let daily = (annual / Decimal::from(360))
        .round_dp_with_strategy(DAILY_RATE_DECIMALS, RoundingStrategy::MidpointAwayFromZero);
    let (lo, hi) = if min <= max { (min, max) } else { (max, min) };
    daily.clamp(lo, hi).normalize()
}

/// The APR of `principal` borrowed over 12 months in equal instalments with monthly accrual at
/// `simple_annual_rate`, plus a credit insurance fee of `insurance_fee_rate` a year on the
/// principal paid with each instalment (round2 of principal × rate / 12). Zero when the loan
/// cannot be planned (never for valid rules).
pub fn comparable_apr(
    principal: Decimal,
    simple_annual_rate: Decimal,
    insurance_fee_rate: Decimal,
) -> Decimal {
    let loan = Loan::new(
        principal,
        12,
        Method::EqualInstallment,
        Rate::Annual(simple_annual_rate),
    );
    // A plan of whole months always has an APR.
    let Some((schedule, apr)) = amortize(&loan).ok().and_then(|s| s.apr.map(|a| (s, a))) else {
        return Decimal::ZERO;
    };
    if insurance_fee_rate.is_zero() {
        return apr;
    }
    let fee = crate::amount::round2(principal * insurance_fee_rate / Decimal::from(12));
    let flows: Vec<(u32, Decimal)> = schedule
        .cash_flows()
        .into_iter()
        .map(|(k, a)| (k, a + fee))
        .collect();
    monthly_irr(principal, &flows).map_or(apr, apr_of)
}

/// [`twelve_month_payment`] with no insurance fee and, when the fast path finds it, the APR that
/// [`comparable_apr`] gives the same principal with no insurance fee, from one plan.
pub fn twelve_month_payment_and_apr(
    principal: Decimal,
    simple_annual_rate: Decimal,
) -> Option<(Decimal, Option<Decimal>)> {
    let loan = Loan::new(
        principal,
        12,
        Method::EqualInstallment,
        Rate::Annual(simple_annual_rate),
    );
    let (payments, apr) = crate::money::fast::payments_and_apr(&loan)?;
    payments.into_iter().max().map(|largest| (largest, apr))
}

/// The largest payment of the 12-month equal-instalment plan of `principal` (the last row can
/// differ by a few fen), or `None` when it cannot be planned.
///
/// Only the rows are planned, on the fast path that [`amortize`] itself takes for this loan
/// (`money::fast::payments`): the page's headline runs this on every keystroke and needs no APR.
/// Rule values keep every rate inside that path (a quoted daily rate has at most
/// [`super::rules::MAX_DAILY_RATE_DECIMALS`] places, so the annual rate has at most that many).
pub fn twelve_month_payment(
    principal: Decimal,
    simple_annual_rate: Decimal,
    insurance_fee_rate: Decimal,
) -> Option<Decimal> {
    let loan = Loan::new(
        principal,
        12,
        Method::EqualInstallment,
        Rate::Annual(simple_annual_rate),
    );
    let payments = crate::money::fast::payments(&loan)?;
    let fee = crate::amount::round2(principal * insurance_fee_rate / Decimal::from(12));
    payments.into_iter().map(|p| p + fee).max()
}
