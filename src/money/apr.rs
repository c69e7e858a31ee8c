//! The annualised rate (APR, 年化利率) of the 2021 disclosure rule: the monthly internal rate of
//! return of the borrower's cash flows, times 12.
//!
//! The solver works in `Decimal` like the rest of the money code: a safeguarded Newton iteration
//! inside a bracket that always holds the root, falling back to bisection whenever a Newton step
//! would leave the bracket. For the schedules the planner makes (every payment ≥ 0 and their
//! sum ≥ the principal) the net present value falls strictly as the rate rises, so the root is
//! unique, lies at or above 0, and the bracket search below always finds it.

use rust_decimal::Decimal;

use super::arith::{add, div, mul, pow, round4, sub, Overflow};

/// Stop when a step or the bracket is narrower than this (monthly rate): far below the 4 decimal
/// places the APR is shown with.
const TOLERANCE: Decimal = Decimal::from_parts(1, 0, 0, false, 18);
const MAX_ITERATIONS: u32 = 200;

/// Net present value at monthly rate `i` of −principal now and `flows` (period, amount), with its
/// derivative in `i`.
fn npv_and_slope(
    principal: Decimal,
    flows: &[(u32, Decimal)],
    i: Decimal,
) -> Result<(Decimal, Decimal), Overflow> {
    let discount = div(Decimal::ONE, add(Decimal::ONE, i)?)?;
    let mut value = -principal;
    let mut slope = Decimal::ZERO;
    let mut factor = Decimal::ONE;
    let mut at = 0_u32;
    for &(period, amount) in flows {
        // Periods are increasing; step the discount factor forward to this one.
        factor = mul(factor, pow(discount, period.saturating_sub(at))?)?;
        at = period;
        let present = mul(amount, factor)?;
        value = add(value, present)?;
        slope = sub(slope, mul(present, Decimal::from(period))?)?;
    }
    Ok((value, mul(slope, discount)?))
}

/// The monthly IRR `i` of borrowing `principal` at month 0 and paying `flows` (period index,
/// amount; increasing periods, amounts ≥ 0). `None` when no rate ≥ 0 solves it, that is when the
/// payments add up to less than the principal, or when the inputs overflow.
///
/// ```
/// use credit_sim::money::apr::monthly_irr;
/// use rust_decimal::Decimal;
/// // Borrow 100, pay back 110 after one month: 10 % a month.
/// let i = monthly_irr(Decimal::from(100), &[(1, Decimal::from(110))]).unwrap();
/// assert_eq!(i.round_dp(12), Decimal::new(1, 1));
/// ```
pub fn monthly_irr(principal: Decimal, flows: &[(u32, Decimal)]) -> Option<Decimal> {
    if principal <= Decimal::ZERO
        || flows.iter().any(|&(_, a)| a < Decimal::ZERO)
        || flows.windows(2).any(|w| matches!(w, [a, b] if a.0 >= b.0))
    {
        return None;
    }
    let total = flows
        .iter()
        .try_fold(Decimal::ZERO, |sum, &(_, a)| sum.checked_add(a))?;
    if total < principal {
        return None;
    }
    if total == principal {
        return Some(Decimal::ZERO);
    }
    solve(principal, flows, total).ok().flatten()
}

fn solve(
    principal: Decimal,
    flows: &[(u32, Decimal)],
    total: Decimal,
) -> Result<Option<Decimal>, Overflow> {
    // NPV(0) = total − principal > 0; find a rate where it is below 0.
    let mut low = Decimal::ZERO;
    let mut high = Decimal::ONE;
    let mut widenings = 0;
    while npv_and_slope(principal, flows, high)?.0 > Decimal::ZERO {
        low = high;
        high = mul(high, Decimal::TWO)?;
        widenings += 1;
        if widenings > 60 {
            return Ok(None);
        }
    }
    // Start from the simple-interest rate: the gain per month over the payments' mean time.
    let weighted = flows.iter().try_fold(Decimal::ZERO, |sum, &(k, a)| {
        add(sum, mul(a, Decimal::from(k))?)
    })?;
    let mean_time = div(weighted, total)?;
    let mut rate = div(sub(div(total, principal)?, Decimal::ONE)?, mean_time)?;
    if rate <= low || rate >= high {
        rate = div(add(low, high)?, Decimal::TWO)?;
    }
    for _ in 0..MAX_ITERATIONS {
        let (value, slope) = npv_and_slope(principal, flows, rate)?;
        if value.is_zero() {
            return Ok(Some(rate));
        }
        if value > Decimal::ZERO {
            low = rate;
        } else {
            high = rate;
        }
        let newton = if slope.is_zero() {
            None
        } else {
            rate.checked_sub(div(value, slope)?)
        };
        let next = match newton {
            Some(x) if x > low && x < high => x,
            _ => div(add(low, high)?, Decimal::TWO)?,
        };
        let step = (next - rate).abs();
        rate = next;
        if step < TOLERANCE || high - low < TOLERANCE {
            return Ok(Some(rate));
        }
    }
    Ok(Some(rate))
}

/// The APR shown first: monthly IRR × 12, half-up to 4 decimal places.
pub fn apr_of(monthly: Decimal) -> Decimal {
    round4(monthly.saturating_mul(Decimal::from(12)))
}

/// The effective annual rate: (1 + monthly)^12 − 1, half-up to 4 decimal places.
pub fn effective_annual_rate_of(monthly: Decimal) -> Option<Decimal> {
    let grown = pow(Decimal::ONE.checked_add(monthly)?, 12).ok()?;
    Some(round4(grown.checked_sub(Decimal::ONE)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test decimal")
    }

    #[test]
    fn known_rates_are_found() {
        // (principal, flows, want monthly IRR to 10 places)
        let level = |n: u32, a: &str| (1..=n).map(|k| (k, dec(a))).collect::<Vec<_>>();
        type Case<'a> = (Decimal, Vec<(u32, Decimal)>, &'a str);
        let cases: Vec<Case> = vec![
            (dec("100"), vec![(1, dec("110"))], "0.1"),
            (dec("100"), vec![(2, dec("121"))], "0.1"),
            (dec("100"), vec![(1, dec("100"))], "0"),
            (dec("1200"), level(12, "100"), "0"),
            // An annuity of 1000 at 1 %/month over 12 months pays 88.85 (rounded), so about 1 %.
            (dec("1000"), level(12, "88.85"), "0.0100"),
            // A huge rate: 1 now, 1000 next month.
            (dec("1"), vec![(1, dec("1000"))], "999"),
        ];
        for (principal, flows, want) in cases {
            let i = monthly_irr(principal, &flows).expect("converges");
            let places = dec(want).scale();
            assert_eq!(i.round_dp(places), dec(want), "{flows:?}");
        }
    }

    #[test]
    fn impossible_flows_have_no_rate() {
        assert_eq!(monthly_irr(dec("100"), &[(1, dec("99"))]), None);
        assert_eq!(monthly_irr(dec("0"), &[(1, dec("99"))]), None);
        assert_eq!(
            monthly_irr(dec("100"), &[(1, dec("-1")), (2, dec("200"))]),
            None
        );
        assert_eq!(
            monthly_irr(dec("100"), &[(2, dec("60")), (1, dec("60"))]),
            None
        );
        assert_eq!(monthly_irr(dec("100"), &[]), None);
    }

    #[test]
    fn annualised_forms() {
        assert_eq!(apr_of(dec("0.0132168")), dec("0.1586"));
        assert_eq!(apr_of(Decimal::ZERO), Decimal::ZERO);
        assert_eq!(effective_annual_rate_of(dec("0.01")), Some(dec("0.1268")));
    }
}
