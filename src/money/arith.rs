//! Checked decimal arithmetic for the planner: every operation that could overflow returns
//! [`Overflow`] instead of panicking. Within MONEY.md's limits none does (the largest
//! intermediate, (1 + 1/12)^360 ≈ 3.2e12 times 1e8, is far below Decimal's 7.9e28), so the error
//! only guards against a future change of limits.

use rust_decimal::{Decimal, RoundingStrategy};

/// A computation left the range of `Decimal` (about ±7.9e28).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overflow;

/// `a × b`.
pub(crate) fn mul(a: Decimal, b: Decimal) -> Result<Decimal, Overflow> {
    a.checked_mul(b).ok_or(Overflow)
}

/// `a / b`; dividing by zero is an [`Overflow`] too.
pub(crate) fn div(a: Decimal, b: Decimal) -> Result<Decimal, Overflow> {
    a.checked_div(b).ok_or(Overflow)
}

/// `a + b`.
pub(crate) fn add(a: Decimal, b: Decimal) -> Result<Decimal, Overflow> {
    a.checked_add(b).ok_or(Overflow)
}

/// `a − b`.
pub(crate) fn sub(a: Decimal, b: Decimal) -> Result<Decimal, Overflow> {
    a.checked_sub(b).ok_or(Overflow)
}

/// `base^exponent` by repeated squaring (rust_decimal's own `powi` needs a feature we do not
/// enable). Each product keeps 28 significant digits.
///
/// ```
/// use credit_sim::money::arith::pow;
/// use rust_decimal::Decimal;
/// assert_eq!(pow(Decimal::new(11, 1), 2), Ok(Decimal::new(121, 2)));
/// assert_eq!(pow(Decimal::TWO, 0), Ok(Decimal::ONE));
/// ```
pub fn pow(base: Decimal, exponent: u32) -> Result<Decimal, Overflow> {
    let mut result = Decimal::ONE;
    let mut square = base;
    let mut rest = exponent;
    while rest > 0 {
        if rest & 1 == 1 {
            result = mul(result, square)?;
        }
        rest >>= 1;
        if rest > 0 {
            square = mul(square, square)?;
        }
    }
    Ok(result)
}

/// Rounds a rate half-up to 4 decimal places, as `apr` and `effectiveAnnualRate` are shown.
pub(crate) fn round4(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_match_repeated_multiplication() {
        let base = Decimal::new(1_004_083, 6);
        for exponent in [0_u32, 1, 2, 3, 7, 12, 13, 100] {
            let mut want = Decimal::ONE;
            for _ in 0..exponent {
                want *= base;
            }
            let got = pow(base, exponent).expect("small");
            assert!((got - want).abs() < Decimal::new(1, 20), "{exponent}");
        }
        assert_eq!(pow(Decimal::from(10), 40), Err(Overflow));
    }

    #[test]
    fn checked_operations_report_overflow() {
        assert_eq!(div(Decimal::ONE, Decimal::ZERO), Err(Overflow));
        assert_eq!(mul(Decimal::MAX, Decimal::TWO), Err(Overflow));
        assert_eq!(add(Decimal::MAX, Decimal::ONE), Err(Overflow));
        assert_eq!(sub(Decimal::MIN, Decimal::ONE), Err(Overflow));
        assert_eq!(round4(Decimal::new(15_865, 5)).to_string(), "0.1587");
    }
}
