//! `amortizeColumns(loan)`: the same schedule as `amortize`, as parallel typed arrays of whole
//! fen instead of an array of row objects. For embedding pages that chart or page through long
//! plans: one copy per column instead of seven JS properties (and seven strings) per row.
//!
//! It reads the same `LoanInput` through the core's own validation (`money::loan_from_loose`)
//! and plans it with `money::fast::amortize_fen`, which gives exactly what `money::amortize`
//! gives; only the shape of the answer differs. Amounts are whole fen as JS numbers, exact
//! (every amount is far below 2^53 fen): `530727` is 5307.27 CNY.

use wasm_bindgen::prelude::*;

use super::{errors_to_js, loose_from_js, to_js};
use crate::money::fast::{amortize_fen, FenSchedule};
use crate::money::loan_from_loose;

#[wasm_bindgen(typescript_custom_section)]
const TS_COLUMNS: &'static str = r#"
/** A schedule as parallel columns: row i of the plan is index i of every array; the totals and
 * rates exactly as `amortize` writes them (the same serializer). */
export interface ScheduleColumns extends ScheduleTotals {
  /** Number of rows. */
  length: number;
  /** Period index k, 1 for the first. */
  period: Uint32Array;
  /** Due dates "YYYY-MM-DD", when the loan has a startDate. */
  dueDate?: string[];
  /** Amounts in whole fen (530727 = 5307.27 CNY), exact. */
  payment: Float64Array;
  principal: Float64Array;
  interest: Float64Array;
  fee: Float64Array;
  balance: Float64Array;
  /** Prepayment in fen on its row, 0 elsewhere; only when the loan has a prepayment. */
  prepayment?: Float64Array;
}
"#;

/// Plans `loan` (API.md's `LoanInput`) like `amortize`, answering in columns of whole fen.
/// Bad input throws the same `Error` with `errors` as `amortize`.
#[wasm_bindgen(js_name = amortizeColumns, unchecked_return_type = "ScheduleColumns")]
pub fn amortize_columns(
    #[wasm_bindgen(unchecked_param_type = "LoanInput")] loan: JsValue,
) -> Result<JsValue, JsValue> {
    let loose = loose_from_js(loan)?;
    let plan = loan_from_loose(&loose)
        .and_then(|loan| amortize_fen(&loan))
        .map_err(|errors| errors_to_js(&errors))?;
    columns_to_js(&plan)
}

fn set(target: &js_sys::Object, key: &str, value: &JsValue) -> Result<(), JsValue> {
    js_sys::Reflect::set(target, &JsValue::from_str(key), value).map(|_| ())
}

/// Whole fen as exact JS numbers (every amount is far below 2^53 fen).
#[allow(clippy::cast_precision_loss)]
fn column(fen: &[i64]) -> JsValue {
    let values: Vec<f64> = fen.iter().map(|&f| f as f64).collect();
    js_sys::Float64Array::from(values.as_slice()).into()
}

fn columns_to_js(plan: &FenSchedule) -> Result<JsValue, JsValue> {
    // Totals and rates through the very serializer `amortize` uses, so their text is identical;
    // only the rows are given as columns.
    let out: js_sys::Object = to_js(&plan.totals)?.unchecked_into();
    let _ = js_sys::Reflect::delete_property(&out, &JsValue::from_str("rows"));
    set(&out, "length", &JsValue::from(plan.period.len()))?;
    set(
        &out,
        "period",
        &js_sys::Uint32Array::from(plan.period.as_slice()).into(),
    )?;
    if plan.due_date.iter().any(Option::is_some) {
        let dates = js_sys::Array::new();
        for date in &plan.due_date {
            let text = date.map(|d| d.to_string()).unwrap_or_default();
            dates.push(&JsValue::from_str(&text));
        }
        set(&out, "dueDate", &dates.into())?;
    }
    set(&out, "payment", &column(&plan.payment))?;
    set(&out, "principal", &column(&plan.principal))?;
    set(&out, "interest", &column(&plan.interest))?;
    set(&out, "fee", &column(&plan.fee))?;
    set(&out, "balance", &column(&plan.balance))?;
    if let Some(prepayment) = &plan.prepayment {
        set(&out, "prepayment", &column(prepayment))?;
    }
    Ok(out.into())
}
