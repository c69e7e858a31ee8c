//! Checking a quote (核算真实年化, MONEY.md): whatever a lender, a shop or a card issuer says
//! ("0.6 % a month for 12 months", "8.8 % for 12 periods", "repay ¥888 a month", "月息 0.8 %",
//! a fee kept back at the start), the cash flows it stands for and their true APR, beside the
//! rate people work out in their heads.
//!
//! # Public API
//! - [`check_quote`]`(&QuoteInput) -> Result<QuoteCheck, ValidationErrors>` and
//!   [`check_quote_loose`]`(&Loose)` for API.md's `QuoteInput` (every problem at once, with
//!   paths such as `"quote.feeRate"`).
//! - [`QuoteInput`] with its [`QuoteKind`] ([`TotalFee`], [`FlatRate`]).
//! - [`QuoteCheck`]: `{ received, payments: [{ period, dueDate?, amount }], totalPayment,
//!   totalCost, apr, effectiveAnnualRate, naiveAnnualRate, legal }`.
//!
//! The borrower receives R = principal − upfrontFee at month 0 and pays each period's amount at
//! month k; the APR is that flow's monthly IRR × 12, as for loans, and is found for every quote
//! inside the limits (payments up to 100 × R: the monthly IRR is then at most 99, which the
//! solver's doubling bracket reaches in seven steps). The legal lines use the default LPR, as
//! `QuoteInput` carries no rules.
//!
//! ```
//! use credit_sim::input::Loose;
//! use credit_sim::quote::check_quote_loose;
//! // A card instalment: 12,000 in 12 periods at 0.6 % a month.
//! let input = Loose::object([
//!     ("principal", Loose::text("12000")),
//!     ("periods", Loose::Number(12.0)),
//!     ("quote", Loose::object([("kind", Loose::text("feePerPeriod")), ("feeRate", Loose::text("0.006"))])),
//! ]);
//! let check = check_quote_loose(&input).unwrap();
//! assert_eq!(check.total_cost.to_string(), "864.00");
//! assert_eq!(check.naive_annual_rate.to_string(), "0.0720");
//! assert_eq!(check.apr.to_string(), "0.1303"); // about 13.0 % a year
//! ```

pub mod input;
mod payments;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::serialize_fen;
use crate::error::{ErrorCode, ValidationErrors};
use crate::input::Loose;
use crate::money::arith::round4;
use crate::money::rates::apr_and_effective;
use crate::money::schedule::serialize_rate4;
use crate::money::{legal_lines, Date, LegalLines, DEFAULT_LPR};

pub use input::{FlatRate, QuoteInput, QuoteKind, TotalFee};

use payments::{payments, PaymentsError};

/// One payment of a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuotePayment {
    /// The period k, 1 for the first.
    pub period: u32,
    /// `startDate` plus k months, when the quote has a start date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<Date>,
    /// The amount paid, the fee per period included.
    #[serde(serialize_with = "serialize_fen")]
    pub amount: Decimal,
}

/// What a quote really costs (API.md's `QuoteCheck`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteCheck {
    /// R: the principal less the upfront fee, what the borrower actually gets.
    #[serde(serialize_with = "serialize_fen")]
    pub received: Decimal,
    /// Every payment, period 1 first.
    pub payments: Vec<QuotePayment>,
    /// Σ payments.
    #[serde(serialize_with = "serialize_fen")]
    pub total_payment: Decimal,
    /// totalPayment − R.
    #[serde(serialize_with = "serialize_fen")]
    pub total_cost: Decimal,
    /// The monthly IRR of −R at month 0 and the payments × 12, half-up to 4 places.
    #[serde(serialize_with = "serialize_rate4")]
    pub apr: Decimal,
    /// (1 + monthly IRR)^12 − 1, half-up to 4 places.
    #[serde(serialize_with = "serialize_rate4")]
    pub effective_annual_rate: Decimal,
    /// totalCost / R × 12 / n, half-up to 4 places: the rate people work out in their heads.
    #[serde(serialize_with = "serialize_rate4")]
    pub naive_annual_rate: Decimal,
    /// The legal lines of the APR (24 %, 36 %, 4 × the default LPR), as `Offers.legalNotes`.
    pub legal: LegalLines,
}

/// The most the payments may add up to: 100 × R.
pub const MAX_PAYMENT_MULTIPLE: Decimal = Decimal::ONE_HUNDRED;

/// Checks a quote: validates it, rebuilds its payments and gives their true cost. Payments that
/// add up to less than R (a negative APR), or to more than 100 × R, are refused on `quote`.
///
/// ```
/// use credit_sim::quote::{check_quote, QuoteInput, QuoteKind, TotalFee};
/// use rust_decimal::Decimal;
/// // 8.8 % for 12 periods: about 15.9 % a year, not 8.8 %.
/// let quote = QuoteInput {
///     principal: Decimal::from(6_000),
///     periods: 12,
///     start_date: None,
///     upfront_fee: Decimal::ZERO,
///     fee_per_period: Decimal::ZERO,
///     kind: QuoteKind::TotalFee(TotalFee::Rate(Decimal::new(88, 3))),
/// };
/// let check = check_quote(&quote).unwrap();
/// assert_eq!(check.apr.to_string(), "0.1586");
/// assert_eq!(check.naive_annual_rate.to_string(), "0.0880");
/// ```
pub fn check_quote(quote: &QuoteInput) -> Result<QuoteCheck, ValidationErrors> {
    quote.validate()?;
    let received = quote.principal - quote.upfront_fee;
    let flows = payments(quote).map_err(|why| match why {
        PaymentsError::Overflow => too_much(received),
        PaymentsError::Plan(errors) => errors,
    })?;
    let total_payment = flows
        .iter()
        .try_fold(Decimal::ZERO, |sum, &(_, a)| sum.checked_add(a))
        .ok_or_else(|| too_much(received))?;
    if total_payment < received {
        return Err(refused(format!(
            "The quote's payments add up to {total_payment}, less than the {received} received: its APR would be negative."
        )));
    }
    if total_payment > received.saturating_mul(MAX_PAYMENT_MULTIPLE) {
        return Err(too_much(received));
    }
    let (apr, effective_annual_rate) = apr_and_effective(received, &flows)
        .ok_or_else(|| refused("The quote's APR could not be computed.".to_owned()))?;
    let total_cost = total_payment - received;
    let naive_annual_rate = round4(
        (total_cost * Decimal::from(12))
            .checked_div(received * Decimal::from(quote.periods))
            .unwrap_or_default(),
    );
    let payments = flows
        .into_iter()
        .map(|(period, amount)| QuotePayment {
            period,
            due_date: quote.start_date.and_then(|s| s.add_months(period)),
            amount,
        })
        .collect();
    Ok(QuoteCheck {
        received,
        payments,
        total_payment,
        total_cost,
        apr,
        effective_annual_rate,
        naive_annual_rate,
        legal: legal_lines(apr, DEFAULT_LPR),
    })
}

fn refused(message: String) -> ValidationErrors {
    let mut errors = ValidationErrors::new();
    errors.push("quote", ErrorCode::OutOfRange, message);
    errors
}

fn too_much(received: Decimal) -> ValidationErrors {
    refused(format!(
        "The quote's payments add up to more than 100 times the {received} received."
    ))
}

/// Validates a loose `QuoteInput` and checks it: the entry point of `checkQuote()` and of the
/// fuzz tests. Never panics.
pub fn check_quote_loose(value: &Loose) -> Result<QuoteCheck, ValidationErrors> {
    let quote = QuoteInput::from_loose(value)?;
    check_quote(&quote)
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test decimal")
    }

    /// 1,000 over two periods, paid `each` twice.
    fn twice(each: &str, upfront: &str) -> QuoteInput {
        QuoteInput {
            principal: dec("1000"),
            periods: 2,
            start_date: None,
            upfront_fee: dec(upfront),
            fee_per_period: Decimal::ZERO,
            kind: QuoteKind::Installment {
                payment: dec(each),
                last_payment: None,
            },
        }
    }

    #[test]
    fn what_a_quote_costs_and_when_it_is_refused() {
        // (quote, Ok((received, total cost, naive rate)) or the field refused)
        type Want<'a> = Result<(&'a str, &'a str, &'a str), &'a str>;
        let cases: [(QuoteInput, Want); 6] = [
            (twice("500", "0"), Ok(("1000", "0", "0"))),
            // 100 on 1,000 over two months: 10 % for two months is 60 % a year, naively.
            (twice("550", "0"), Ok(("1000", "100", "0.6"))),
            // 100 kept back of 1,000: 900 received, 1,000 repaid.
            (twice("500", "100"), Ok(("900", "100", "0.6667"))),
            (twice("499.99", "0"), Err("quote")),
            (twice("50000", "0"), Ok(("1000", "99000", "594"))),
            (twice("50000.01", "0"), Err("quote")),
        ];
        for (quote, want) in cases {
            let got = check_quote(&quote)
                .map(|c| (c.received, c.total_cost, c.naive_annual_rate))
                .map_err(|e| e.errors()[0].field.clone());
            let want = want
                .map(|(r, c, n)| (dec(r), dec(c), dec(n)))
                .map_err(str::to_owned);
            assert_eq!(got, want, "{quote:?}");
        }
        let free = check_quote(&twice("500", "0")).expect("a free loan");
        assert!(free.apr.is_zero() && free.legal.is_clear());
    }
}
