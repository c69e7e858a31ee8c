//! The repayment plan: its rows and totals, serialized exactly as API.md's `Schedule`
//! (amounts as two-place text, rates as plain decimal text, camelCase).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::{serialize_decimal_text, serialize_fen, serialize_fen_opt};
use serde::Serializer;

use super::arith::round4;

/// Writes a rate that MONEY.md rounds to 4 places with exactly 4 places: `"0.1586"`, `"0.0490"`.
pub fn serialize_rate4<S: Serializer>(rate: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    let mut shown = round4(*rate);
    shown.rescale(4);
    serializer.collect_str(&shown)
}

/// Writes an optional 4-place rate as [`serialize_rate4`] does, or `null`.
pub fn serialize_rate4_opt<S: Serializer>(
    rate: &Option<Decimal>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match rate {
        Some(r) => serialize_rate4(r, serializer),
        None => serializer.serialize_none(),
    }
}

use super::date::Date;

/// One period of the plan. Every amount is in whole fen and `payment = principal + interest + fee`
/// (a prepayment is carried beside it, not in `payment`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    /// The period index k, 1 for the first.
    pub period: u32,
    /// The due date: `startDate` + k months, when the loan has a start date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<Date>,
    /// The scheduled payment of this period.
    #[serde(serialize_with = "serialize_fen")]
    pub payment: Decimal,
    /// The principal repaid by `payment`.
    #[serde(serialize_with = "serialize_fen")]
    pub principal: Decimal,
    /// The interest paid.
    #[serde(serialize_with = "serialize_fen")]
    pub interest: Decimal,
    /// The instalment fee paid.
    #[serde(serialize_with = "serialize_fen")]
    pub fee: Decimal,
    /// The principal still owed after this row (and after its prepayment).
    #[serde(serialize_with = "serialize_fen")]
    pub balance: Decimal,
    /// The prepayment made right after this period's payment, on this row only.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_fen_opt"
    )]
    pub prepayment: Option<Decimal>,
}

/// A whole repayment plan with its totals and annualised rates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    /// The rows, period 1 first.
    pub rows: Vec<Row>,
    /// Σ payment + the prepayment.
    #[serde(serialize_with = "serialize_fen")]
    pub total_payment: Decimal,
    /// Σ interest.
    #[serde(serialize_with = "serialize_fen")]
    pub total_interest: Decimal,
    /// Σ fee.
    #[serde(serialize_with = "serialize_fen")]
    pub total_fee: Decimal,
    /// The APR of the 2021 disclosure rule: monthly IRR × 12, half-up to 4 places (`0.1586`),
    /// written with exactly 4 places (`"0.0490"`). `None` (`null`) when the plan does not run on
    /// whole months: a loan paid off between two due dates.
    #[serde(serialize_with = "serialize_rate4_opt")]
    pub apr: Option<Decimal>,
    /// (1 + monthly IRR)^12 − 1, half-up to 4 places, written with exactly 4 places; `None` when
    /// `apr` is.
    #[serde(serialize_with = "serialize_rate4_opt")]
    pub effective_annual_rate: Option<Decimal>,
    /// The nominal simple annual rate (单利): annual, or daily × 360; for a fee plan, the fee
    /// spread over a year (feeRate × 12 / n).
    #[serde(serialize_with = "serialize_decimal_text")]
    pub simple_annual_rate: Decimal,
    /// With a prepayment only: the interest of the same loan without it, minus this one's.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_fen_opt"
    )]
    pub interest_saved: Option<Decimal>,
}

impl Schedule {
    /// The payment of the first row (the headline "monthly payment"), 0 for an empty plan.
    pub fn first_payment(&self) -> Decimal {
        self.rows.first().map_or(Decimal::ZERO, |r| r.payment)
    }

    /// The cash the borrower pays at each period index: payment plus any prepayment. The IRR
    /// reads these.
    pub fn cash_flows(&self) -> Vec<(u32, Decimal)> {
        self.rows
            .iter()
            .map(|r| {
                let prepaid = r.prepayment.unwrap_or(Decimal::ZERO);
                (r.period, r.payment.saturating_add(prepaid))
            })
            .collect()
    }
}
