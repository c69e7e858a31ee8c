//! A faster planner for the common case, giving exactly what [`amortize`] gives: integer fen on
//! the hot path and a certified integer IRR for the APR. Anything it cannot prove falls back to
//! [`amortize`] itself, so there is still one set of money rules (tests/money_fast.rs checks it
//! row by row against [`amortize`] over random loans).
//!
//! # When it applies
//! `equalInstallment`, `equalPrincipal` and `interestFirst` with monthly accrual, no prepayment,
//! and an annual rate of at most 12 decimal places. Everything else goes to [`amortize`].
//!
//! # Why it is identical
//! - Interest. [`amortize`] computes `round2(balance × annual × 1 / 12)` in `Decimal`. With a
//!   balance of at most 10^10 fen and a rate mantissa of at most 10^12, `balance × annual` is
//!   exact in `Decimal` (below 2^96, scale ≤ 14). Its quotient by 12 either terminates (then
//!   `Decimal` holds it exactly) or it does not, and then it lies at least 1 / (12 · 10^16) from
//!   any half-fen, far more than `Decimal`'s error at 28 digits (below 10^-19 for amounts below
//!   10^9). So rounding the exact rational half-up, as done here in integers, gives the same fen.
//! - `round2(P / n)` for equal principal: the same argument with the denominator 100 · n.
//! - The equal payment A is computed by the very same `Decimal` formula as [`amortize`] (once).
//! - APR and effective annual rate. The IRR i* is bracketed by integer interval arithmetic:
//!   every product is rounded down for a lower bound and up for an upper bound, so the signs of
//!   the net present value at `lo` and `hi` are certain and `lo ≤ i* ≤ hi`. [`amortize`]'s
//!   `Decimal` solver ends within far less than 10^-12 of i*; `apr_of` and
//!   `effective_annual_rate_of` are non-decreasing, so when they give the same value at
//!   `lo − 10^-12` and `hi + 10^-12` that is the value [`amortize`] shows. When they do not
//!   (a rate within about 10^-11 of a rounding boundary), the fast path falls back.

use rust_decimal::Decimal;

use crate::amount::round2;
use crate::error::ValidationErrors;

use super::apr::{apr_of, effective_annual_rate_of, monthly_irr};
use super::arith::{add, div, mul, pow, sub};
use super::loan::{Accrual, Loan, Method, Rate};
use super::methods::amortize;
use super::schedule::{Row, Schedule};

/// Plans `loan` exactly as [`amortize`] does, faster in the common case.
///
/// ```
/// use credit_sim::money::{amortize, fast::amortize_fast, Loan, Method, Rate};
/// use rust_decimal::Decimal;
/// let loan = Loan::new(Decimal::from(1_000_000), 360, Method::EqualInstallment, Rate::Annual(Decimal::new(49, 3)));
/// assert_eq!(amortize_fast(&loan), amortize(&loan));
/// ```
pub fn amortize_fast(loan: &Loan) -> Result<Schedule, ValidationErrors> {
    loan.validate()?;
    match fast_schedule(loan) {
        Some(schedule) => Ok(schedule),
        None => amortize(loan),
    }
}

/// True when [`amortize_fast`] takes the integer path for `loan` (it is valid and eligible).
pub fn takes_fast_path(loan: &Loan) -> bool {
    loan.validate().is_ok() && fast_schedule(loan).is_some()
}

/// The largest rate mantissa and scale the proof above covers.
const MAX_RATE_SCALE: u32 = 12;

/// Whole fen of an amount that is exactly whole fen, else `None`.
fn to_fen(amount: Decimal) -> Option<i64> {
    let mut scaled = amount;
    scaled.rescale(2);
    if scaled != amount {
        return None;
    }
    i64::try_from(scaled.mantissa()).ok()
}

fn from_fen(fen: i64) -> Decimal {
    Decimal::new(fen, 2)
}

/// `num / den` rounded half-up, for `num ≥ 0`, `den > 0`.
fn div_half_up(num: u128, den: u128) -> Option<u128> {
    let q = num.checked_div(den)?;
    let r = num.checked_rem(den)?;
    Some(if r.checked_mul(2)? >= den { q + 1 } else { q })
}

fn fast_schedule(loan: &Loan) -> Option<Schedule> {
    let Rate::Annual(annual) = loan.rate else {
        return None;
    };
    let eligible = matches!(
        loan.method,
        Method::EqualInstallment | Method::EqualPrincipal | Method::InterestFirst
    ) && loan.accrual == Accrual::Monthly
        && loan.prepayment.is_none()
        && loan.fee_rate.is_none()
        && annual.scale() <= MAX_RATE_SCALE
        && !annual.is_sign_negative();
    if !eligible {
        return None;
    }
    let rate_mantissa = u128::try_from(annual.mantissa()).ok()?;
    if rate_mantissa > 10_u128.pow(MAX_RATE_SCALE) {
        return None;
    }
    // interest = round_half_up(balance × rate_mantissa / (12 × 10^scale)).
    let interest_den = 12 * 10_u128.pow(annual.scale());
    let principal = to_fen(loan.principal)?;
    let n = loan.term_months;
    let level: i64 = match loan.method {
        Method::EqualInstallment => to_fen(annuity(loan.principal, annual, n)?)?,
        Method::EqualPrincipal => {
            i64::try_from(div_half_up(u128::try_from(principal).ok()?, u128::from(n))?).ok()?
        }
        _ => 0,
    };
    let dates = match loan.start_date {
        None => None,
        Some(start) => Some(
            (0..=n)
                .map(|k| start.add_months(k))
                .collect::<Option<Vec<_>>>()?,
        ),
    };
    let mut rows = Vec::with_capacity(usize::try_from(n).ok()?);
    let mut flows: Vec<i64> = Vec::with_capacity(rows.capacity());
    let mut balance = principal;
    let (mut total_payment, mut total_interest) = (0_i64, 0_i64);
    for k in 1..=n {
        let owed = u128::try_from(balance).ok()?;
        let interest =
            i64::try_from(div_half_up(owed.checked_mul(rate_mantissa)?, interest_den)?).ok()?;
        let paid = if k == n {
            balance
        } else {
            let scheduled = match loan.method {
                Method::EqualInstallment => level.checked_sub(interest)?.max(0),
                Method::EqualPrincipal => level,
                _ => 0,
            };
            scheduled.min(balance)
        };
        balance = balance.checked_sub(paid)?;
        let payment = paid.checked_add(interest)?;
        total_payment = total_payment.checked_add(payment)?;
        total_interest = total_interest.checked_add(interest)?;
        flows.push(payment);
        rows.push(Row {
            period: k,
            due_date: dates
                .as_ref()
                .and_then(|d| d.get(usize::try_from(k).ok()?).copied()),
            payment: from_fen(payment),
            principal: from_fen(paid),
            interest: from_fen(interest),
            fee: Decimal::ZERO,
            balance: from_fen(balance),
            prepayment: None,
        });
        if balance == 0 {
            break;
        }
    }
    let (apr, effective_annual_rate) = rates(principal, &flows, annual, &rows)?;
    Some(Schedule {
        rows,
        total_payment: from_fen(total_payment),
        total_interest: from_fen(total_interest),
        total_fee: from_fen(0),
        apr,
        effective_annual_rate,
        simple_annual_rate: annual,
        interest_saved: None,
    })
}

/// MONEY.md's A, by the very same `Decimal` steps as the planner in `methods.rs`.
fn annuity(balance: Decimal, annual: Decimal, periods: u32) -> Option<Decimal> {
    let monthly = div(annual, Decimal::from(12)).ok()?;
    if monthly.is_zero() {
        return Some(round2(div(balance, Decimal::from(periods)).ok()?));
    }
    let growth = pow(add(Decimal::ONE, monthly).ok()?, periods).ok()?;
    let exact = div(
        mul(mul(balance, monthly).ok()?, growth).ok()?,
        sub(growth, Decimal::ONE).ok()?,
    )
    .ok()?;
    Some(round2(exact))
}

/// `apr` and `effectiveAnnualRate` of the flows (payment of period k = `flows[k-1]`): certified
/// by the integer bracket when possible, else from the same `Decimal` solver as [`amortize`].
fn rates(
    principal: i64,
    flows: &[i64],
    annual: Decimal,
    rows: &[Row],
) -> Option<(Decimal, Decimal)> {
    if let Some(found) = certified_rates(principal, flows, annual) {
        return Some(found);
    }
    let cash: Vec<(u32, Decimal)> = rows.iter().map(|r| (r.period, r.payment)).collect();
    let monthly = monthly_irr(from_fen(principal), &cash)?;
    Some((apr_of(monthly), effective_annual_rate_of(monthly)?))
}

/// Fixed point: a rate i is `i × 2^64`; amounts are fen × 2^24.
const ONE_Q64: u128 = 1 << 64;
const AMOUNT_SHIFT: u32 = 24;

/// Lower and upper bounds of NPV(i) = Σ flows[k-1] / (1+i)^k − principal (fen × 2^24), and an
/// approximate dNPV/di (fen × 2^24 per unit of rate), for `i_q = i × 2^64`.
fn npv_bounds(principal: i64, flows: &[i64], i_q: u128) -> Option<(i128, i128, i128)> {
    let one_plus = ONE_Q64.checked_add(i_q)?;
    // v = 1/(1+i) in Q64: v_lo ≤ v × 2^64 ≤ v_hi.
    let v_lo = u128::MAX / one_plus;
    let v_hi = v_lo + 1;
    let (mut s_lo, mut s_hi, mut d) = (0_u128, 0_u128, 0_u128);
    for &amount in flows.iter().rev() {
        let a = u128::try_from(amount)
            .ok()?
            .checked_mul(1 << AMOUNT_SHIFT)?;
        let (t_lo, t_hi) = (s_lo.checked_add(a)?, s_hi.checked_add(a)?);
        // dS/dv by Horner: d ← d·v + (s + a), approximately (only steers Newton).
        d = ((d >> 16).checked_mul(v_lo)? >> 48).checked_add(t_lo)?;
        s_lo = t_lo.checked_mul(v_lo)? >> 64;
        s_hi = t_hi.checked_mul(v_hi)?.div_ceil(ONE_Q64);
    }
    let p = i128::try_from(
        u128::try_from(principal)
            .ok()?
            .checked_mul(1 << AMOUNT_SHIFT)?,
    )
    .ok()?;
    // dNPV/di = −v² · dS/dv (the last Horner step already multiplied by v once).
    let slope = (d >> 16).checked_mul(v_lo)? >> 48;
    let slope = (slope >> 16).checked_mul(v_lo)? >> 48;
    Some((
        i128::try_from(s_lo).ok()? - p,
        i128::try_from(s_hi).ok()? - p,
        -i128::try_from(slope).ok()?,
    ))
}

/// Rates when the integer bracket certifies them; `None` to fall back.
fn certified_rates(principal: i64, flows: &[i64], annual: Decimal) -> Option<(Decimal, Decimal)> {
    let total = flows.iter().try_fold(0_i64, |s, &a| s.checked_add(a))?;
    if total <= principal || flows.iter().any(|&a| a < 0) {
        return None;
    }
    // Start at the nominal monthly rate, which the IRR of these plans is very close to.
    let mut x = u128::try_from(annual.mantissa())
        .ok()?
        .checked_mul(ONE_Q64)?
        / (12 * 10_u128.pow(annual.scale()));
    let mut converged = false;
    for _ in 0..40 {
        let (lo, hi, slope) = npv_bounds(principal, flows, x)?;
        if slope >= 0 {
            return None;
        }
        let mid = (lo + hi) / 2;
        // Δi_q = −NPV / slope × 2^64, kept in range by shifting both.
        let step = mid.checked_mul(1 << 32)? / (slope >> 32).min(-1);
        let next = i128::try_from(x).ok()?.checked_sub(step)?;
        x = u128::try_from(next.max(0)).ok()?;
        if step.unsigned_abs() < 1 << 16 {
            converged = true;
            break;
        }
    }
    if !converged {
        return None;
    }
    for width in [1_u128 << 20, 1 << 30, 1 << 36] {
        let (lo_q, hi_q) = (x.saturating_sub(width), x.checked_add(width)?);
        let positive_below = lo_q == 0 || npv_bounds(principal, flows, lo_q)?.0 > 0;
        let negative_above = npv_bounds(principal, flows, hi_q)?.1 < 0;
        if positive_below && negative_above {
            return rates_between(lo_q, hi_q);
        }
    }
    None
}

/// The shown rates if they are the same everywhere in [lo − 10^-12, hi + 10^-12].
fn rates_between(lo_q: u128, hi_q: u128) -> Option<(Decimal, Decimal)> {
    const SCALE: u32 = 19;
    let ten = 10_u128.pow(SCALE);
    let margin = Decimal::new(1, 12);
    let lo = Decimal::try_from_i128_with_scale(
        i128::try_from(lo_q.checked_mul(ten)? >> 64).ok()?,
        SCALE,
    )
    .ok()?
    .checked_sub(margin)?
    .max(Decimal::ZERO);
    let hi = Decimal::try_from_i128_with_scale(
        i128::try_from(hi_q.checked_mul(ten)?.div_ceil(ONE_Q64)).ok()?,
        SCALE,
    )
    .ok()?
    .checked_add(margin)?;
    let (apr_lo, apr_hi) = (apr_of(lo), apr_of(hi));
    let (ear_lo, ear_hi) = (effective_annual_rate_of(lo)?, effective_annual_rate_of(hi)?);
    (apr_lo == apr_hi && ear_lo == ear_hi).then_some((apr_lo, ear_lo))
}
