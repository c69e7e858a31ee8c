//! `amortizeColumns(loan)`: the same schedule as `amortize`, as parallel typed arrays of whole
//! fen instead of an array of row objects. For embedding pages that chart or page through long
//! plans: one copy per column instead of seven JS properties (and seven strings) per row.
//!
//! It reads the same `LoanInput` through the core's own validation (`money::loan_from_loose`)
//! and plans it with `money::fast::amortize_fast`, which gives exactly what `money::amortize`
//! gives; only the shape of the answer differs. Amounts are whole fen as JS numbers, exact
//! (every amount is far below 2^53 fen): `530727` is 5307.27 CNY.

use rust_decimal::Decimal;
use wasm_bindgen::prelude::*;

use super::{errors_to_js, loose_from_js};
use crate::amount::{fen_text, round2};
use crate::money::{fast::amortize_fast, loan_from_loose, Schedule};

#[wasm_bindgen(typescript_custom_section)]
const TS_COLUMNS: &'static str = r#"
/** A schedule as parallel columns: row i of the plan is index i of every array. */
export interface ScheduleColumns {
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
  /** Totals and rates exactly as in `Schedule`: two-place amounts, decimal-fraction rates. */
  totalPayment: string;
  totalInterest: string;
  totalFee: string;
  apr: string;
  effectiveAnnualRate: string;
  simpleAnnualRate: string;
  interestSaved?: string;
}
"#;

/// Plans `loan` (API.md's `LoanInput`) like `amortize`, answering in columns of whole fen.
/// Bad input throws the same `Error` with `errors` as `amortize`.
#[wasm_bindgen(js_name = amortizeColumns, unchecked_return_type = "ScheduleColumns")]
pub fn amortize_columns(
    #[wasm_bindgen(unchecked_param_type = "LoanInput")] loan: JsValue,
) -> Result<JsValue, JsValue> {
    let loose = loose_from_js(loan)?;
    let schedule = loan_from_loose(&loose)
        .and_then(|loan| amortize_fast(&loan))
        .map_err(|errors| errors_to_js(&errors))?;
    columns_to_js(&schedule)
}

/// Whole fen of an amount as an exact JS number.
#[allow(clippy::cast_precision_loss)] // every amount is below 2^53 fen (MONEY.md's limits)
fn fen(amount: Decimal) -> f64 {
    let mut rounded = round2(amount);
    rounded.rescale(2);
    rounded.mantissa() as f64
}

fn set(target: &js_sys::Object, key: &str, value: &JsValue) -> Result<(), JsValue> {
    js_sys::Reflect::set(target, &JsValue::from_str(key), value).map(|_| ())
}

fn column(schedule: &Schedule, pick: impl Fn(&crate::money::Row) -> Decimal) -> JsValue {
    let values: Vec<f64> = schedule.rows.iter().map(|r| fen(pick(r))).collect();
    js_sys::Float64Array::from(values.as_slice()).into()
}

fn columns_to_js(schedule: &Schedule) -> Result<JsValue, JsValue> {
    let out = js_sys::Object::new();
    let rows = &schedule.rows;
    set(&out, "length", &JsValue::from(rows.len()))?;
    let periods: Vec<u32> = rows.iter().map(|r| r.period).collect();
    set(
        &out,
        "period",
        &js_sys::Uint32Array::from(periods.as_slice()).into(),
    )?;
    if rows.iter().any(|r| r.due_date.is_some()) {
        let dates = js_sys::Array::new();
        for row in rows {
            let text = row.due_date.map(|d| d.to_string()).unwrap_or_default();
            dates.push(&JsValue::from_str(&text));
        }
        set(&out, "dueDate", &dates.into())?;
    }
    set(&out, "payment", &column(schedule, |r| r.payment))?;
    set(&out, "principal", &column(schedule, |r| r.principal))?;
    set(&out, "interest", &column(schedule, |r| r.interest))?;
    set(&out, "fee", &column(schedule, |r| r.fee))?;
    set(&out, "balance", &column(schedule, |r| r.balance))?;
    if rows.iter().any(|r| r.prepayment.is_some()) {
        set(
            &out,
            "prepayment",
            &column(schedule, |r| r.prepayment.unwrap_or_default()),
        )?;
    }
    let text = |value: Decimal| JsValue::from_str(&fen_text(value));
    let rate = |value: Decimal| JsValue::from_str(&value.normalize().to_string());
    set(&out, "totalPayment", &text(schedule.total_payment))?;
    set(&out, "totalInterest", &text(schedule.total_interest))?;
    set(&out, "totalFee", &text(schedule.total_fee))?;
    set(&out, "apr", &rate(schedule.apr))?;
    set(
        &out,
        "effectiveAnnualRate",
        &rate(schedule.effective_annual_rate),
    )?;
    set(&out, "simpleAnnualRate", &rate(schedule.simple_annual_rate))?;
    if let Some(saved) = schedule.interest_saved {
        set(&out, "interestSaved", &text(saved))?;
    }
    Ok(out.into())
}
