//! `amortizeColumns(loan)`: the same schedule as `amortize`, as parallel arrays of whole fen
//! instead of an array of row objects. For embedding pages that chart or page through long plans,
//! or plan on every keystroke: numbers, not seven properties and five strings per row.
//!
//! It reads the same `LoanInput` through the core's own validation (`money::loan_from_loose`)
//! and plans it with `money::fast::amortize_fen`, which gives exactly what `money::amortize`
//! gives; only the shape of the answer differs. Amounts are whole fen as JS numbers, exact
//! (every amount is far below 2^53 fen): `530727` is 5307.27 CNY.

use wasm_bindgen::prelude::*;

use super::{errors_to_js, loose_from_js};
use crate::money::fast::{amortize_fen, FenSchedule};
use crate::money::json::totals_fields;
use crate::money::loan_from_loose;

#[wasm_bindgen(typescript_custom_section)]
const TS_COLUMNS: &'static str = r#"
/** A schedule as parallel columns: row i of the plan is index i of every array; the totals and
 * rates exactly as `amortize` writes them (the same serializer). */
export interface ScheduleColumns extends ScheduleTotals {
  /** Number of rows. */
  length: number;
  /** Period index k, 1 for the first. */
  period: number[];
  /** Due dates "YYYY-MM-DD", when the loan has a startDate. */
  dueDate?: string[];
  /** Amounts in whole fen (530727 = 5307.27 CNY), exact. */
  payment: number[];
  principal: number[];
  interest: number[];
  fee: number[];
  balance: number[];
  /** Prepayment in fen on its row, 0 elsewhere; only when the loan has a prepayment. */
  prepayment?: number[];
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
    Ok(columns_to_js(&plan))
}

#[wasm_bindgen(inline_js = r#"
export function columnsFromFen(values, n, prepaid, text) {
  const f = text.split(",");
  const out = { totalPayment: f[0], totalInterest: f[1], totalFee: f[2],
    apr: f[3] === "" ? null : f[3], effectiveAnnualRate: f[4] === "" ? null : f[4],
    simpleAnnualRate: f[5] };
  if (f[6] !== "") out.interestSaved = f[6];
  out.length = n;
  // Plain arrays, not typed arrays: in Chromium a typed array copied out of wasm memory costs
  // about 2 µs per column of 360, a plain array a fifth of that.
  const column = (c) => {
    const a = new Array(n);
    for (let i = 0, j = c * n; i < n; i++, j++) a[i] = values[j];
    return a;
  };
  out.period = column(0);
  if (f.length > 7) out.dueDate = f.slice(7);
  out.payment = column(1);
  out.principal = column(2);
  out.interest = column(3);
  out.fee = column(4);
  out.balance = column(5);
  if (prepaid) out.prepayment = column(6);
  return out;
}
"#)]
extern "C" {
    /// API's `ScheduleColumns` from the columns laid end to end in `values` (a view of wasm
    /// memory, read into plain arrays) and `text`: the seven totals fields of
    /// `money::json::totals_fields`, then the due dates, if any.
    #[wasm_bindgen(js_name = columnsFromFen)]
    fn columns_from_fen(values: &[f64], n: usize, prepaid: bool, text: &str) -> JsValue;
}

/// Hands `plan` to JavaScript in two crossings: every column in one `f64` buffer (period,
/// payment, principal, interest, fee, balance, then prepayment if any) and one text.
#[allow(clippy::cast_precision_loss)]
fn columns_to_js(plan: &FenSchedule) -> JsValue {
    let n = plan.period.len();
    let columns = [
        &plan.payment,
        &plan.principal,
        &plan.interest,
        &plan.fee,
        &plan.balance,
    ];
    let count = 1 + columns.len() + usize::from(plan.prepayment.is_some());
    // Written by index into a zeroed buffer: at opt-level "z" an iterator chain or a `push` per
    // value is an out-of-line call per value.
    let mut values = vec![0.0_f64; n * count];
    for (slot, &k) in values.iter_mut().zip(&plan.period) {
        *slot = f64::from(k);
    }
    for (c, column) in columns
        .into_iter()
        .chain(plan.prepayment.as_ref())
        .enumerate()
    {
        let start = (c + 1) * n;
        let Some(out) = values.get_mut(start..start + n) else {
            continue;
        };
        // Whole fen as exact JS numbers: every amount is far below 2^53 fen.
        for (slot, &fen) in out.iter_mut().zip(column.iter()) {
            *slot = fen as f64;
        }
    }
    let mut text = totals_fields(&plan.totals);
    if plan.due_date.iter().any(Option::is_some) {
        text.reserve(n * 11);
        for date in &plan.due_date {
            text.push(',');
            if let Some(date) = date {
                text.push_str(&date.to_string());
            }
        }
    }
    columns_from_fen(&values, n, plan.prepayment.is_some(), &text)
}
