//! The total interest a bank's loan calculator (房贷计算器) shows, beside the schedule's own.
//!
//! The two differ by design. A lender posts every month's interest rounded to the fen, so the
//! schedule's total is the sum of rounded rows (MONEY.md); a calculator works the formula once,
//! unrounded, and rounds only its answer. For 1,000,000 at 4.9 % over 360 months in equal
//! installments the calculator shows 910,616.19 (its payment 5,307.2672… times 360, less the
//! principal) where the schedule adds up to 910,615.12: the fen-rounded payment 5,307.27 is
//! slightly more than the formula's, so principal goes back sooner and less interest accrues. In
//! equal principal the calculator's P·r·(n+1)/2 is 737,041.67 against the rows' 737,041.08.
//! A borrower who checks our plan against such a calculator sees both, and why.

use rust_decimal::Decimal;

use crate::amount::round2;
use crate::error::ValidationErrors;
use crate::input::Loose;

use super::arith::{add, div, mul, pow, sub, Overflow};
use super::loan::{Accrual, Loan, Method};
use super::loose::loan_from_loose;

/// The total interest a bank calculator shows for `loan`, rounded half-up to the fen once:
///
/// - `equalInstallment`: A × n − P with the unrounded payment A = P·r·(1+r)^n / ((1+r)^n − 1)
///   (P when r = 0, so no interest);
/// - `equalPrincipal`: the unrounded sum of the months' interest, P·r·(n+1)/2;
/// - `interestFirst` and `bullet`: P·r·n;
///
/// with r = the annual rate / 12. `None` for what calculators do not work out this way: daily
/// accrual, a fee plan, or a prepayment. The loan is not validated here (see
/// [`calculator_total_interest_loose`]).
///
/// ```
/// use credit_sim::money::{amortize, calculator::calculator_total_interest, Loan, Method, Rate};
/// use rust_decimal::Decimal;
/// let mortgage = Loan::new(Decimal::from(1_000_000), 360, Method::EqualInstallment, Rate::Annual(Decimal::new(49, 3)));
/// assert_eq!(calculator_total_interest(&mortgage).unwrap().to_string(), "910616.19");
/// assert_eq!(amortize(&mortgage).unwrap().total_interest.to_string(), "910615.12");
/// let even = Loan { method: Method::EqualPrincipal, ..mortgage };
/// assert_eq!(calculator_total_interest(&even).unwrap().to_string(), "737041.67");
/// ```
pub fn calculator_total_interest(loan: &Loan) -> Option<Decimal> {
    let plain = loan.accrual == Accrual::Monthly
        && loan.prepayment.is_none()
        && loan.payoff_date.is_none()
        && loan.fee_rate.is_none();
    if !plain {
        return None;
    }
    let n = Decimal::from(loan.term_months);
    let p = loan.principal;
    let annual = loan.rate.annual();
    let exact = match loan.method {
        Method::EqualInstallment => equal_installment_interest(p, annual, loan.term_months),
        // P·annual/12·(n+1)/2: multiplied first, divided once.
        Method::EqualPrincipal => mul(p, annual)
            .and_then(|x| mul(x, add(n, Decimal::ONE)?))
            .and_then(|x| div(x, Decimal::from(24))),
        Method::InterestFirst | Method::Bullet => mul(p, annual)
            .and_then(|x| mul(x, n))
            .and_then(|x| div(x, Decimal::from(12))),
        Method::FeeInstallment => return None,
    };
    exact.ok().map(round2)
}

/// A × n − P, A unrounded.
fn equal_installment_interest(p: Decimal, annual: Decimal, n: u32) -> Result<Decimal, Overflow> {
    let r = div(annual, Decimal::from(12))?;
    if r.is_zero() {
        return Ok(Decimal::ZERO);
    }
    let growth = pow(add(Decimal::ONE, r)?, n)?;
    // P·r·growth·n / (growth − 1), the division last.
    let paid = div(
        mul(mul(mul(p, r)?, growth)?, Decimal::from(n))?,
        sub(growth, Decimal::ONE)?,
    )?;
    sub(paid, p)
}

/// Validates a loose `LoanInput` (every problem at once, as `amortize` does) and gives
/// [`calculator_total_interest`]: the JS `calculatorTotalInterest`.
pub fn calculator_total_interest_loose(value: &Loose) -> Result<Option<Decimal>, ValidationErrors> {
    let loan = loan_from_loose(value)?;
    Ok(calculator_total_interest(&loan))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::{amortize, Date, Rate};
    use core::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test decimal")
    }

    #[test]
    fn calculator_figures_and_when_there_is_none() {
        let loan = |p: &str, n, method, annual: &str| {
            Loan::new(dec(p), n, method, Rate::Annual(dec(annual)))
        };
        let start = Date::new(2024, 1, 31).ok();
        let cases: Vec<(Loan, Option<&str>)> = vec![
            (
                loan("1000000", 360, Method::EqualInstallment, "0.049"),
                Some("910616.19"),
            ),
            (
                loan("1000000", 360, Method::EqualPrincipal, "0.049"),
                Some("737041.67"),
            ),
            // 12,000 at 12 %: 1 % a month, 120 a month for 12 months.
            (
                loan("12000", 12, Method::InterestFirst, "0.12"),
                Some("1440.00"),
            ),
            (loan("12000", 12, Method::Bullet, "0.12"), Some("1440.00")),
            (
                loan("12000", 12, Method::EqualInstallment, "0"),
                Some("0.00"),
            ),
            // 0.01 at 0.49 %: a fraction of a fen, rounded once.
            (
                loan("0.01", 360, Method::EqualInstallment, "0.0049"),
                Some("0.00"),
            ),
            (
                Loan::new(
                    dec("10000"),
                    12,
                    Method::EqualInstallment,
                    Rate::Daily(dec("0.0005")),
                )
                .starting(Date::new(2024, 1, 31).unwrap_or_else(|_| unreachable!())),
                None,
            ),
            (Loan::fee_installment(dec("6000"), 12, dec("0.088")), None),
            (
                Loan {
                    start_date: start,
                    ..loan("10000", 12, Method::EqualInstallment, "0.12")
                }
                .with_prepayment(crate::money::Prepayment {
                    after_period: 3,
                    amount: crate::money::PrepaymentAmount::All,
                    mode: crate::money::PrepaymentMode::ShortenTerm,
                }),
                None,
            ),
        ];
        for (loan, want) in cases {
            assert_eq!(calculator_total_interest(&loan), want.map(dec), "{loan:?}");
        }
    }

    #[test]
    fn the_schedule_and_the_calculator_differ_by_rounding_only() {
        // The rows' total rounds each month's interest; the calculator's rounds once. They stay
        // within a fen per row of each other.
        for (n, annual) in [(12, "0.0435"), (120, "0.049"), (360, "0.031")] {
            for method in [Method::EqualInstallment, Method::EqualPrincipal] {
                let loan = Loan::new(dec("876543.21"), n, method, Rate::Annual(dec(annual)));
                let rows = amortize(&loan).expect("plans").total_interest;
                let calculator = calculator_total_interest(&loan).expect("a figure");
                let gap = (rows - calculator).abs();
                assert!(
                    gap <= Decimal::new(i64::from(n), 2),
                    "{method:?} {n}: {rows} against {calculator}"
                );
            }
        }
    }
}
