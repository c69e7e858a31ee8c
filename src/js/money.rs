//! JavaScript face of the loan mathematics: `amortize(loan)`, a thin wrapper over the core's
//! [`crate::money::loan_from_loose`] and [`crate::money::json::amortize_json`] (together what
//! [`crate::money::amortize_loose`] does), with the TypeScript types of API.md's `LoanInput` and
//! `Schedule`.
//!
//! The schedule crosses into JavaScript as one flat text of comma-separated fields
//! ([`crate::money::json::amortize_fields`], amounts written from whole fen), which a few lines
//! of JavaScript split and assemble into API.md's plain object: one crossing instead of one
//! `Reflect.set` per property (about 2,500 for 360 rows). Measured in Node for a 360-row plan:
//! the split and the object literals take about 100 µs, `JSON.parse` of the same schedule as
//! JSON text about 300 µs, serde-wasm-bindgen about 800 µs.

use wasm_bindgen::prelude::*;

use super::{errors_to_js, loose_from_js};

#[wasm_bindgen(typescript_custom_section)]
const TS_MONEY: &'static str = r#"
export type LoanMethod = "equalInstallment" | "equalPrincipal" | "interestFirst" | "bullet" | "feeInstallment";
export type LoanAccrual = "monthly" | "daily";
/** A prepayment on the due date of `afterPeriod`, right after that period's payment. */
export interface Prepayment {
  afterPeriod: number;
  amount: string | number | "all";
  mode?: "reducePayment" | "shortenTerm";
}
/**
 * Paying everything off on any day (随借随还), daily accrual only: `onDate` after `startDate`
 * and before the last due date. Between two due dates the plan's `apr` and
 * `effectiveAnnualRate` are null; on a due date it is `{ afterPeriod, amount: "all" }`.
 */
export interface PayoffOnDate {
  onDate: string;
  amount: "all";
  /** Accepted and ignored: paying everything off leaves nothing for a mode to change. */
  mode?: "reducePayment" | "shortenTerm";
}
export interface LoanInput {
  principal: string | number;
  termMonths: number;
  method: LoanMethod;
  annualRate?: string | number;
  dailyRate?: string | number;
  feeRate?: string | number;
  accrual?: LoanAccrual;
  startDate?: string;
  prepayment?: Prepayment | PayoffOnDate | null;
}
export interface ScheduleRow {
  period: number;
  dueDate?: string;
  payment: string;
  principal: string;
  interest: string;
  fee: string;
  balance: string;
  prepayment?: string;
}
/** The totals and rates of a plan, as `amortize` and `amortizeColumns` both write them. */
export interface ScheduleTotals {
  totalPayment: string;
  totalInterest: string;
  totalFee: string;
  /** The APR, 4 places; null for a plan paid off between two due dates. */
  apr: string | null;
  /** null when `apr` is. */
  effectiveAnnualRate: string | null;
  simpleAnnualRate: string;
  interestSaved?: string;
}
export interface Schedule extends ScheduleTotals {
  rows: ScheduleRow[];
}
export interface FieldError {
  field: string;
  code: "missing" | "wrongType" | "notANumber" | "notFinite" | "outOfRange" | "notAnInteger"
    | "unknownValue" | "badDate" | "conflict" | "unknownField" | "notAllowed";
  message: string;
}
"#;

#[wasm_bindgen(inline_js = r#"
export function scheduleFromFields(text) {
  const f = text.split(",");
  const n = (f.length - 7) >> 3;
  const rows = [];
  for (let i = 0, j = 0; i < n; i++, j += 8) {
    const d = f[j + 1];
    const row = d === ""
      ? { period: +f[j], payment: f[j + 2], principal: f[j + 3], interest: f[j + 4],
          fee: f[j + 5], balance: f[j + 6] }
      : { period: +f[j], dueDate: d, payment: f[j + 2], principal: f[j + 3],
          interest: f[j + 4], fee: f[j + 5], balance: f[j + 6] };
    if (f[j + 7] !== "") row.prepayment = f[j + 7];
    rows.push(row);
  }
  const t = n * 8;
  const schedule = { rows, totalPayment: f[t], totalInterest: f[t + 1], totalFee: f[t + 2],
    apr: f[t + 3] === "" ? null : f[t + 3],
    effectiveAnnualRate: f[t + 4] === "" ? null : f[t + 4], simpleAnnualRate: f[t + 5] };
  if (f[t + 6] !== "") schedule.interestSaved = f[t + 6];
  return schedule;
}
"#)]
extern "C" {
    /// API.md's `Schedule` object from the text of `money::json::amortize_fields`.
    #[wasm_bindgen(js_name = scheduleFromFields)]
    fn schedule_from_fields(text: &str) -> JsValue;
}

/// Plans a loan (API.md `amortize`): `LoanInput` in, `Schedule` out; bad input throws an `Error`
/// carrying `errors: FieldError[]`.
#[wasm_bindgen(js_name = amortize, unchecked_return_type = "Schedule")]
pub fn amortize(
    #[wasm_bindgen(unchecked_param_type = "LoanInput")] loan: JsValue,
) -> Result<JsValue, JsValue> {
    let input = loose_from_js(loan)?;
    let text = crate::money::loan_from_loose(&input)
        .and_then(|loan| crate::money::json::amortize_fields(&loan))
        .map_err(|errors| errors_to_js(&errors))?;
    Ok(schedule_from_fields(&text))
}
