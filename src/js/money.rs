//! JavaScript face of the loan mathematics: `amortize(loan)`, a thin wrapper over
//! [`crate::money::amortize_loose`], with the TypeScript types of API.md's `LoanInput` and
//! `Schedule`.

use wasm_bindgen::prelude::*;

use super::{errors_to_js, loose_from_js, to_js};

#[wasm_bindgen(typescript_custom_section)]
const TS_MONEY: &'static str = r#"
export type LoanMethod = "equalInstallment" | "equalPrincipal" | "interestFirst" | "bullet" | "feeInstallment";
export type LoanAccrual = "monthly" | "daily";
export interface Prepayment {
  afterPeriod: number;
  amount: string | number | "all";
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
  prepayment?: Prepayment | null;
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
export interface Schedule {
  rows: ScheduleRow[];
  totalPayment: string;
  totalInterest: string;
  totalFee: string;
  apr: string;
  effectiveAnnualRate: string;
  simpleAnnualRate: string;
  interestSaved?: string;
}
export interface FieldError {
  field: string;
  code: "missing" | "wrongType" | "notANumber" | "notFinite" | "outOfRange" | "notAnInteger"
    | "unknownValue" | "badDate" | "conflict" | "unknownField" | "notAllowed";
  message: string;
}
"#;

/// Plans a loan (API.md `amortize`): `LoanInput` in, `Schedule` out; bad input throws an `Error`
/// carrying `errors: FieldError[]`.
#[wasm_bindgen(js_name = amortize, unchecked_return_type = "Schedule")]
pub fn amortize(
    #[wasm_bindgen(unchecked_param_type = "LoanInput")] loan: JsValue,
) -> Result<JsValue, JsValue> {
    let input = loose_from_js(loan)?;
    match crate::money::amortize_loose(&input) {
        Ok(schedule) => to_js(&schedule),
        Err(errors) => Err(errors_to_js(&errors)),
    }
}
