//! JavaScript face of the borrower's money tools: `checkQuote`, `revolve` and
//! `calculatorTotalInterest`, thin wrappers over [`crate::quote::check_quote_loose`],
//! [`crate::revolving::revolve_loose`] and
//! [`crate::money::calculator::calculator_total_interest_loose`], with the TypeScript types of
//! their inputs and outputs. (Paying off on any day is `amortize`'s `prepayment: { onDate }`.)

use wasm_bindgen::prelude::*;

use super::{errors_to_js, loose_from_js, to_js};
use crate::amount::fen_text;

#[wasm_bindgen(typescript_custom_section)]
const TS_BORROWER: &'static str = r#"
/** How a quote states its payments (MONEY.md, "Checking a quote"). */
export type Quote =
  | { kind: "installment"; payment: string | number; lastPayment?: string | number }
  | { kind: "feePerPeriod"; feeRate: string | number }
  | { kind: "totalFee"; fee: string | number }
  | { kind: "totalFee"; feeRate: string | number }
  | { kind: "flatRate"; monthlyRate: string | number }
  | { kind: "flatRate"; annualRate: string | number }
  | ({ kind: "decliningRate"; method?: "equalInstallment" | "equalPrincipal" | "interestFirst" | "bullet"; accrual?: LoanAccrual }
      & ({ annualRate: string | number } | { monthlyRate: string | number } | { dailyRate: string | number }));
export interface QuoteInput {
  principal: string | number;
  /** 1–360. */
  periods: number;
  /** When given, the payments carry due dates. */
  startDate?: string;
  /** Kept back when the money is paid out (砍头息); below the principal. */
  upfrontFee?: string | number;
  /** Added to every payment (insurance, service fees). */
  feePerPeriod?: string | number;
  quote: Quote;
}
export interface QuotePayment { period: number; dueDate?: string; amount: string; }
/** The legal lines of a rate: above 24 %, above 36 %, above 4 × LPR (3.0 % by default). */
export interface LegalLines { rate: string; above24Pct: boolean; above36Pct: boolean; fourLpr: string; aboveFourLpr: boolean; }
export interface QuoteCheck {
  /** What the borrower actually receives: principal − upfrontFee. */
  received: string;
  payments: QuotePayment[];
  totalPayment: string;
  /** totalPayment − received. */
  totalCost: string;
  /** The true annualised rate, 4 places. */
  apr: string;
  effectiveAnnualRate: string;
  /** totalCost / received × 12 / periods: the rate people work out in their heads. */
  naiveAnnualRate: string;
  legal: LegalLines;
}
/** A credit line's first statement, repaid by the minimum rule or a fixed payment (not both). */
export interface RevolvingInput {
  statement: string | number;
  startDate: string;
  /** 0.0005 (0.05 % a day) when left out. */
  dailyRate?: string | number;
  /** 0.10 when left out. */
  minimumShare?: string | number;
  /** 100.00 when left out. */
  minimumFloor?: string | number;
  monthlyPayment?: string | number;
  /** 1–600; 360 when left out. */
  maxMonths?: number;
}
export interface RevolvingRow { month: number; statementDate: string; statement: string; payment: string; interest: string; unpaid: string; }
export interface Revolving {
  rows: RevolvingRow[]; months: number; totalPaid: string; totalInterest: string;
  paidOff: boolean;
  /** The next month's interest would be at least the payment: the balance can never fall. */
  neverRepaid: boolean;
  /** Only when paid off. */
  apr: string | null;
  effectiveAnnualRate: string | null;
}
"#;

/// Checks a quote's true cost (API.md `checkQuote`): `QuoteInput` in, `QuoteCheck` out. Throws an
/// `Error` with `errors` (paths such as `"quote.feeRate"`) on bad input or a quote that pays out
/// more than it asks back.
#[wasm_bindgen(js_name = checkQuote, unchecked_return_type = "QuoteCheck")]
pub fn check_quote(
    #[wasm_bindgen(unchecked_param_type = "QuoteInput")] quote: JsValue,
) -> Result<JsValue, JsValue> {
    let loose = loose_from_js(quote)?;
    let check = crate::quote::check_quote_loose(&loose).map_err(|e| errors_to_js(&e))?;
    to_js(&check)
}

/// Repays a statement month by month (API.md `revolve`). Throws an `Error` with `errors` on bad
/// input.
#[wasm_bindgen(js_name = revolve, unchecked_return_type = "Revolving")]
pub fn revolve(
    #[wasm_bindgen(unchecked_param_type = "RevolvingInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let loose = loose_from_js(input)?;
    let out = crate::revolving::revolve_loose(&loose).map_err(|e| errors_to_js(&e))?;
    to_js(&out)
}

/// The total interest a bank's calculator shows for a loan (the formula unrounded, rounded once),
/// beside `amortize`'s sum of rounded rows: a two-place amount, or `null` for a loan calculators
/// do not work out that way (daily accrual, a fee plan, a prepayment). Bad input throws the same
/// `Error` as `amortize`.
#[wasm_bindgen(js_name = calculatorTotalInterest, unchecked_return_type = "string | null")]
pub fn calculator_total_interest(
    #[wasm_bindgen(unchecked_param_type = "LoanInput")] loan: JsValue,
) -> Result<JsValue, JsValue> {
    let loose = loose_from_js(loan)?;
    let total = crate::money::calculator::calculator_total_interest_loose(&loose)
        .map_err(|e| errors_to_js(&e))?;
    Ok(total.map_or(JsValue::NULL, |t| JsValue::from_str(&fen_text(t))))
}
