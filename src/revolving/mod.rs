//! Revolving credit and the minimum payment (最低还款, MONEY.md): a credit line's statement paid
//! by the minimum or by a fixed amount, month by month, until it is paid off, can never fall, or
//! the months run out. An illustrative model, the same for every issuer here.
//!
//! # Public API
//! - [`revolve`]`(&RevolvingInput) -> Result<Revolving, ValidationErrors>` and
//!   [`revolve_loose`]`(&Loose)` for API.md's `RevolvingInput`.
//! - [`RevolvingInput`] with its [`Repayment`] (the minimum rule or a fixed payment).
//! - [`Revolving`]: `{ rows: [{ month, statementDate, statement, payment, interest, unpaid }],
//!   months, totalPaid, totalInterest, paidOff, neverRepaid, apr, effectiveAnnualRate }`.
//!
//! ```
//! use credit_sim::money::Date;
//! use credit_sim::revolving::{revolve, RevolvingInput};
//! use rust_decimal::Decimal;
//! // 10,000 paid by the minimum (10 %, at least 100) at 0.05 % a day.
//! let start = Date::new(2024, 1, 10).unwrap();
//! let minimum = revolve(&RevolvingInput::minimum(Decimal::from(10_000), start)).unwrap();
//! assert!(minimum.paid_off);
//! assert_eq!(minimum.months, 37);
//! assert_eq!(minimum.total_interest.to_string(), "1502.69");
//! assert_eq!(minimum.apr.unwrap().to_string(), "0.1637");
//! ```

pub mod input;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::{round2, serialize_fen};
use crate::error::{ErrorCode, ValidationErrors};
use crate::input::Loose;
use crate::money::rates::apr_and_effective;
use crate::money::schedule::serialize_rate4_opt;
use crate::money::Date;

pub use input::{Repayment, RevolvingInput};

/// One month of the statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RevolvingRow {
    /// 1 for the first.
    pub month: u32,
    /// `startDate` plus month − 1 months; the payment is made that day.
    pub statement_date: Date,
    /// What the statement asks for: last month's unpaid part plus its interest.
    #[serde(serialize_with = "serialize_fen")]
    pub statement: Decimal,
    /// What is paid: the minimum (or the fixed amount), or the whole statement when less.
    #[serde(serialize_with = "serialize_fen")]
    pub payment: Decimal,
    /// The interest added to this month's statement (0.00 in month 1).
    #[serde(serialize_with = "serialize_fen")]
    pub interest: Decimal,
    /// The statement less the payment.
    #[serde(serialize_with = "serialize_fen")]
    pub unpaid: Decimal,
}

/// A statement repaid month by month (API.md's `Revolving`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Revolving {
    /// One row a month.
    pub rows: Vec<RevolvingRow>,
    /// The number of rows.
    pub months: u32,
    /// Σ payment.
    #[serde(serialize_with = "serialize_fen")]
    pub total_paid: Decimal,
    /// Σ interest of the rows.
    #[serde(serialize_with = "serialize_fen")]
    pub total_interest: Decimal,
    /// Nothing is left unpaid after the last month.
    pub paid_off: bool,
    /// The next month's interest would be at least the last payment: the balance can never fall.
    pub never_repaid: bool,
    /// When paid off: the monthly IRR of −S₁ at month 0 and payment j at month j, × 12, 4 places.
    #[serde(serialize_with = "serialize_rate4_opt")]
    pub apr: Option<Decimal>,
    /// When paid off: (1 + monthly IRR)^12 − 1, 4 places.
    #[serde(serialize_with = "serialize_rate4_opt")]
    pub effective_annual_rate: Option<Decimal>,
}

/// Repays a statement month by month (MONEY.md, "Revolving credit and the minimum payment").
///
/// Month j pays min(S_j, due_j) on its statement date D_j, where due_j is max(round2(share ×
/// S_j), floor) or the fixed payment; what is left accrues round2(unpaid_j × daily × the days
/// to D_{j+1}) into S_{j+1}. It ends when nothing is left (paid off), when the next interest
/// would be at least the payment (never repaid), or after `max_months` months.
///
/// ```
/// use credit_sim::money::Date;
/// use credit_sim::revolving::{revolve, Repayment, RevolvingInput};
/// use rust_decimal::Decimal;
/// let start = Date::new(2024, 1, 10).unwrap();
/// // 50 a month on 10,000 at 0.05 % a day: the interest is already about 150 a month.
/// let trap = RevolvingInput { repayment: Repayment::Fixed(Decimal::from(50)), ..RevolvingInput::minimum(Decimal::from(10_000), start) };
/// let out = revolve(&trap).unwrap();
/// assert!(out.never_repaid && !out.paid_off && out.apr.is_none());
/// assert_eq!(out.months, 1);
/// ```
pub fn revolve(input: &RevolvingInput) -> Result<Revolving, ValidationErrors> {
    input.validate()?;
    simulate(input).ok_or_else(|| {
        let mut errors = ValidationErrors::new();
        errors.push(
            "(input)",
            ErrorCode::OutOfRange,
            "The statement's figures are too large to compute.",
        );
        errors
    })
}

fn simulate(input: &RevolvingInput) -> Option<Revolving> {
    let mut rows = Vec::new();
    let mut statement = input.statement;
    let mut interest = Decimal::ZERO;
    let mut date = input.start_date;
    let (mut paid_off, mut never_repaid) = (false, false);
    for month in 1..=input.max_months {
        let due = match input.repayment {
            Repayment::Minimum { share, floor } => round2(share.checked_mul(statement)?).max(floor),
            Repayment::Fixed(amount) => amount,
        };
        let payment = statement.min(due);
        let unpaid = statement.checked_sub(payment)?;
        rows.push(RevolvingRow {
            month,
            statement_date: date,
            statement,
            payment,
            interest,
            unpaid,
        });
        if unpaid.is_zero() {
            paid_off = true;
            break;
        }
        let next = input.start_date.add_months(month)?;
        let days = Decimal::from(date.days_until(next));
        let next_interest = round2(unpaid.checked_mul(input.daily_rate)?.checked_mul(days)?);
        if next_interest >= payment {
            never_repaid = true;
            break;
        }
        statement = unpaid.checked_add(next_interest)?;
        interest = next_interest;
        date = next;
    }
    let total_paid = rows
        .iter()
        .try_fold(Decimal::ZERO, |s, r| s.checked_add(r.payment))?;
    let total_interest = rows
        .iter()
        .try_fold(Decimal::ZERO, |s, r| s.checked_add(r.interest))?;
    let rates = if paid_off {
        let flows: Vec<(u32, Decimal)> = rows.iter().map(|r| (r.month, r.payment)).collect();
        Some(apr_and_effective(input.statement, &flows)?)
    } else {
        None
    };
    Some(Revolving {
        months: u32::try_from(rows.len()).ok()?,
        rows,
        total_paid,
        total_interest,
        paid_off,
        never_repaid,
        apr: rates.map(|r| r.0),
        effective_annual_rate: rates.map(|r| r.1),
    })
}

/// Validates a loose `RevolvingInput` and repays it: the entry point of `revolve()` and of the
/// fuzz tests. Never panics.
pub fn revolve_loose(value: &Loose) -> Result<Revolving, ValidationErrors> {
    let input = RevolvingInput::from_loose(value)?;
    revolve(&input)
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test decimal")
    }

    fn start() -> Date {
        Date::new(2024, 1, 31).unwrap_or_else(|_| unreachable!("a real day"))
    }

    #[test]
    fn each_ending_and_its_figures() {
        // (statement, repayment, daily, max months) → (months, paid off, never repaid, last unpaid)
        let fixed = |a: &str| Repayment::Fixed(dec(a));
        let minimum = |share: &str, floor: &str| Repayment::Minimum {
            share: dec(share),
            floor: dec(floor),
        };
        let cases = [
            // Paid in full at once.
            ("500", fixed("500"), "0.0005", 360, (1, true, false, "0")),
            (
                "500",
                minimum("1", "0"),
                "0.0005",
                360,
                (1, true, false, "0"),
            ),
            // The floor pays a small statement off.
            (
                "80",
                minimum("0.1", "100"),
                "0.0005",
                360,
                (1, true, false, "0"),
            ),
            // 1,000 at no interest, 300 a month: 300, 300, 300, 100.
            ("1000", fixed("300"), "0", 360, (4, true, false, "0")),
            // The interest of the first month (about 145 on 9,950) is more than 50.
            (
                "10000",
                fixed("50"),
                "0.0005",
                360,
                (1, false, true, "9950"),
            ),
            // Cut short by maxMonths.
            ("1000", fixed("300"), "0", 2, (2, false, false, "400")),
            // A zero floor on a tiny share pays nothing: never repaid at once.
            (
                "1",
                minimum("0.001", "0"),
                "0.0005",
                360,
                (1, false, true, "1"),
            ),
        ];
        for (s, repayment, daily, max_months, want) in cases {
            let input = RevolvingInput {
                statement: dec(s),
                start_date: start(),
                daily_rate: dec(daily),
                repayment,
                max_months,
            };
            let out = revolve(&input).expect("valid");
            let last = out.rows.last().map(|r| r.unpaid);
            assert_eq!(
                (out.months, out.paid_off, out.never_repaid, last),
                (want.0, want.1, want.2, Some(dec(want.3))),
                "{s} {repayment:?}"
            );
            assert_eq!(out.apr.is_some(), out.paid_off);
            assert_eq!(
                out.total_paid,
                out.rows.iter().map(|r| r.payment).sum::<Decimal>()
            );
            if out.paid_off {
                assert_eq!(out.total_paid, input.statement + out.total_interest);
            }
        }
    }

    #[test]
    fn statements_follow_the_month_ends() {
        let input = RevolvingInput {
            repayment: Repayment::Fixed(dec("1000")),
            ..RevolvingInput::minimum(dec("3000"), start())
        };
        let out = revolve(&input).expect("valid");
        let dates: Vec<String> = out
            .rows
            .iter()
            .map(|r| r.statement_date.to_string())
            .collect();
        assert_eq!(dates[..3], ["2024-01-31", "2024-02-29", "2024-03-31"]);
        // 2,000 unpaid for the 29 days of February at 0.05 %: 29.00.
        assert_eq!(out.rows[1].interest, dec("29.00"));
        assert_eq!(out.rows[1].statement, dec("2029.00"));
    }
}
