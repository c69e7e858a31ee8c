//! A [`Schedule`] as JSON text, byte for byte what `serde_json::to_string(&schedule)` writes
//! (API.md's `Schedule`: camelCase, amounts as two-place strings, rates with 4 places), without
//! serde and without formatting a `Decimal` per amount: amounts are written from whole fen with
//! integer digits. The JS `amortize` hands this text to `JSON.parse`, which builds the 360 row
//! objects far faster than one boundary crossing per property. tests/money_fast.rs checks the
//! text against serde_json over random schedules of every shape.

use std::io::Write as _;

use rust_decimal::Decimal;

use super::arith::round4;
use super::date::Date;
use super::fast::{fast_schedule, fen_of, FenSchedule};
use super::loan::Loan;
use super::methods::amortize;
use super::schedule::Schedule;
use crate::error::ValidationErrors;

/// Plans `loan` as [`amortize`] does and gives the schedule as JSON text (what the JS
/// `amortize` answers): straight from the integer columns when the fast path applies, so no
/// `Decimal` row is made at all.
///
/// ```
/// use credit_sim::money::{amortize, json::{amortize_json, schedule_json}, Loan, Method, Rate};
/// use rust_decimal::Decimal;
/// let loan = Loan::new(Decimal::from(1_000_000), 360, Method::EqualInstallment, Rate::Annual(Decimal::new(49, 3)));
/// assert_eq!(amortize_json(&loan), amortize(&loan).map(|s| schedule_json(&s)));
/// ```
pub fn amortize_json(loan: &Loan) -> Result<String, ValidationErrors> {
    loan.validate()?;
    match fast_schedule(loan) {
        Some(fen) => Ok(fen_schedule_json(&fen)),
        None => amortize(loan).map(|schedule| schedule_json(&schedule)),
    }
}

/// Plans `loan` as [`amortize`] does and gives the schedule as flat text for a JavaScript
/// builder (the JS `amortize`): fields separated by `,`, none of which holds a comma. Each row is
/// eight fields, `period,dueDate,payment,principal,interest,fee,balance,prepayment` (`dueDate`
/// and `prepayment` empty when the row has none); after the rows come seven,
/// `totalPayment,totalInterest,totalFee,apr,effectiveAnnualRate,simpleAnnualRate,interestSaved`
/// (`apr`, `effectiveAnnualRate` and `interestSaved` empty when absent). Every field is the very
/// text [`schedule_json`] quotes.
///
/// ```
/// use credit_sim::money::{json::amortize_fields, Loan, Method, Rate};
/// use rust_decimal::Decimal;
/// let loan = Loan::new(Decimal::from(1_200), 1, Method::EqualPrincipal, Rate::Annual(Decimal::new(12, 2)));
/// assert_eq!(
///     amortize_fields(&loan).unwrap(),
///     "1,,1212.00,1200.00,12.00,0.00,0.00,,1212.00,12.00,0.00,0.1200,0.1268,0.12,"
/// );
/// ```
pub fn amortize_fields(loan: &Loan) -> Result<String, ValidationErrors> {
    loan.validate()?;
    let mut out = Vec::new();
    match fast_schedule(loan) {
        Some(fen) => {
            out.reserve(64 + fen.period.len() * 64);
            for row in fen_rows(&fen) {
                push_row_fields(&mut out, &row);
            }
            push_totals_fields(&mut out, &fen.totals);
        }
        None => {
            let schedule = amortize(loan)?;
            out.reserve(64 + schedule.rows.len() * 64);
            for row in decimal_rows(&schedule) {
                push_row_fields(&mut out, &row);
            }
            push_totals_fields(&mut out, &schedule);
        }
    }
    Ok(text(out))
}

fn push_row_fields(out: &mut Vec<u8>, row: &RowFen) {
    // One row into a stack buffer, then one copy: at opt-level "z" every `Vec` call is out of
    // line. 8 fields of at most 22 bytes and their commas fit in 200 bytes.
    let mut line = Line {
        bytes: [0; 200],
        len: 0,
    };
    line.number(u64::from(row.period));
    line.byte(b',');
    if let Some(date) = row.due_date {
        line.date(date);
    }
    for amount in [
        row.payment,
        row.principal,
        row.interest,
        row.fee,
        row.balance,
    ] {
        line.byte(b',');
        line.amount(amount);
    }
    line.byte(b',');
    if let Some(prepaid) = row.prepayment {
        line.amount(prepaid);
    }
    line.byte(b',');
    out.extend_from_slice(line.bytes.get(..line.len).unwrap_or_default());
}

/// A fixed buffer with a cursor; a write past its end is dropped (it cannot happen for a row).
struct Line {
    bytes: [u8; 200],
    len: usize,
}

impl Line {
    #[inline(always)]
    fn byte(&mut self, b: u8) {
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = b;
            self.len += 1;
        }
    }

    #[inline(always)]
    fn number(&mut self, value: u64) {
        let mut buffer = [b'0'; 20];
        for &d in decimal_digits(value, &mut buffer) {
            self.byte(d);
        }
    }

    #[inline(always)]
    fn amount(&mut self, fen: i64) {
        if fen < 0 {
            self.byte(b'-');
        }
        let abs = fen.unsigned_abs();
        self.number(abs / 100);
        let cents = abs % 100;
        self.byte(b'.');
        self.byte(digit(cents / 10));
        self.byte(digit(cents));
    }

    fn date(&mut self, date: Date) {
        let text = date.to_string();
        for &b in text.as_bytes() {
            self.byte(b);
        }
    }
}

/// The totals and rates of `schedule` as the last seven fields of [`amortize_fields`]:
/// `totalPayment,totalInterest,totalFee,apr,effectiveAnnualRate,simpleAnnualRate,interestSaved`
/// (`apr`, `effectiveAnnualRate` and `interestSaved` empty when absent), each the very text
/// [`schedule_json`] quotes.
///
/// ```
/// use credit_sim::money::{amortize, json::totals_fields, Loan, Method, Rate};
/// use rust_decimal::Decimal;
/// let loan = Loan::new(Decimal::from(1_200), 1, Method::EqualPrincipal, Rate::Annual(Decimal::new(12, 2)));
/// assert_eq!(totals_fields(&amortize(&loan).unwrap()), "1212.00,12.00,0.00,0.1200,0.1268,0.12,");
/// ```
pub fn totals_fields(schedule: &Schedule) -> String {
    let mut out = Vec::with_capacity(64);
    push_totals_fields(&mut out, schedule);
    text(out)
}

fn push_totals_fields(out: &mut Vec<u8>, schedule: &Schedule) {
    for amount in [
        schedule.total_payment,
        schedule.total_interest,
        schedule.total_fee,
    ] {
        push_amount(out, fen_of(amount));
        out.push(b',');
    }
    // An absent APR (a plan paid off between due dates) is an empty field.
    for rate in [
        schedule.apr.map(rate4),
        schedule.effective_annual_rate.map(rate4),
        Some(schedule.simple_annual_rate.normalize()),
    ] {
        if let Some(rate) = rate {
            push_decimal(out, rate);
        }
        out.push(b',');
    }
    if let Some(saved) = schedule.interest_saved {
        push_amount(out, fen_of(saved));
    }
}

/// The rows of a fen schedule; a prepayment column's zeros are rows without a prepayment, as in
/// [`FenSchedule::rows`].
fn fen_rows(fen: &FenSchedule) -> impl Iterator<Item = RowFen> + '_ {
    (0..fen.period.len()).map(move |i| {
        let at = |column: &[i64]| column.get(i).copied().unwrap_or(0);
        RowFen {
            period: fen.period.get(i).copied().unwrap_or(0),
            due_date: fen.due_date.get(i).copied().flatten(),
            payment: at(&fen.payment),
            principal: at(&fen.principal),
            interest: at(&fen.interest),
            fee: at(&fen.fee),
            balance: at(&fen.balance),
            prepayment: fen
                .prepayment
                .as_deref()
                .map(at)
                .filter(|&prepaid| prepaid != 0),
        }
    })
}

/// The rows of a `Decimal` schedule in whole fen.
fn decimal_rows(schedule: &Schedule) -> impl Iterator<Item = RowFen> + '_ {
    schedule.rows.iter().map(|row| RowFen {
        period: row.period,
        due_date: row.due_date,
        payment: fen_of(row.payment),
        principal: fen_of(row.principal),
        interest: fen_of(row.interest),
        fee: fen_of(row.fee),
        balance: fen_of(row.balance),
        prepayment: row.prepayment.map(fen_of),
    })
}

/// The JSON text of `schedule`, as `serde_json::to_string` would write it.
///
/// ```
/// use credit_sim::money::{amortize, json::schedule_json, Loan, Method, Rate};
/// use rust_decimal::Decimal;
/// let loan = Loan::new(Decimal::from(1_200), 1, Method::EqualPrincipal, Rate::Annual(Decimal::new(12, 2)));
/// let text = schedule_json(&amortize(&loan).unwrap());
/// assert!(text.starts_with(r#"{"rows":[{"period":1,"payment":"1212.00","principal":"1200.00""#));
/// ```
pub fn schedule_json(schedule: &Schedule) -> String {
    let mut out = Vec::with_capacity(64 + schedule.rows.len() * 140);
    push_rows_json(&mut out, decimal_rows(schedule));
    push_totals(&mut out, schedule);
    text(out)
}

/// The JSON text of the schedule that `fen` holds (rows from its columns, totals from
/// `fen.totals`), as [`schedule_json`] writes the same schedule. A prepayment column's zeros are
/// rows without a prepayment, as in [`FenSchedule::rows`].
pub fn fen_schedule_json(fen: &FenSchedule) -> String {
    let mut out = Vec::with_capacity(64 + fen.period.len() * 140);
    push_rows_json(&mut out, fen_rows(fen));
    push_totals(&mut out, &fen.totals);
    text(out)
}

fn push_rows_json(out: &mut Vec<u8>, rows: impl Iterator<Item = RowFen>) {
    out.extend_from_slice(b"{\"rows\":[");
    for (i, row) in rows.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_row(out, row);
    }
    out.push(b']');
}

/// One row in whole fen.
struct RowFen {
    period: u32,
    due_date: Option<Date>,
    payment: i64,
    principal: i64,
    interest: i64,
    fee: i64,
    balance: i64,
    prepayment: Option<i64>,
}

fn push_row(out: &mut Vec<u8>, row: RowFen) {
    out.extend_from_slice(b"{\"period\":");
    push_u64(out, u64::from(row.period));
    if let Some(date) = row.due_date {
        // A `String` never refuses text.
        let _ = write!(out, ",\"dueDate\":\"{date}\"");
    }
    out.extend_from_slice(b",\"payment\":");
    push_fen(out, row.payment);
    out.extend_from_slice(b",\"principal\":");
    push_fen(out, row.principal);
    out.extend_from_slice(b",\"interest\":");
    push_fen(out, row.interest);
    out.extend_from_slice(b",\"fee\":");
    push_fen(out, row.fee);
    out.extend_from_slice(b",\"balance\":");
    push_fen(out, row.balance);
    if let Some(prepaid) = row.prepayment {
        out.extend_from_slice(b",\"prepayment\":");
        push_fen(out, prepaid);
    }
    out.push(b'}');
}

/// The totals and rates after `"rows":[...]`, then the closing brace.
fn push_totals(out: &mut Vec<u8>, schedule: &Schedule) {
    out.extend_from_slice(b",\"totalPayment\":");
    push_fen(out, fen_of(schedule.total_payment));
    out.extend_from_slice(b",\"totalInterest\":");
    push_fen(out, fen_of(schedule.total_interest));
    out.extend_from_slice(b",\"totalFee\":");
    push_fen(out, fen_of(schedule.total_fee));
    out.extend_from_slice(b",\"apr\":");
    push_rate4(out, schedule.apr);
    out.extend_from_slice(b",\"effectiveAnnualRate\":");
    push_rate4(out, schedule.effective_annual_rate);
    let _ = write!(
        out,
        ",\"simpleAnnualRate\":\"{}\"",
        schedule.simple_annual_rate.normalize()
    );
    if let Some(saved) = schedule.interest_saved {
        out.extend_from_slice(b",\"interestSaved\":");
        push_fen(out, fen_of(saved));
    }
    out.push(b'}');
}

/// A rate as `serialize_rate4_opt` writes it: half-up to 4 places, exactly 4 places; `null`
/// when absent.
fn push_rate4(out: &mut Vec<u8>, rate: Option<Decimal>) {
    let Some(rate) = rate else {
        out.extend_from_slice(b"null");
        return;
    };
    out.push(b'"');
    push_decimal(out, rate4(rate));
    out.push(b'"');
}

/// A `Decimal` as its `Display` writes it (every place of its scale kept), with integer digits
/// instead of the formatting machinery, which is slow in wasm; negative values go through
/// `Display` itself.
fn push_decimal(out: &mut Vec<u8>, value: Decimal) {
    let mantissa = value.mantissa();
    let (Ok(digits), false) = (u64::try_from(mantissa), value.is_sign_negative()) else {
        let _ = write!(out, "{value}");
        return;
    };
    let scale = usize::try_from(value.scale()).unwrap_or(0);
    let mut buffer = [b'0'; 20];
    let text = decimal_digits(digits, &mut buffer);
    if scale == 0 {
        out.extend_from_slice(text);
        return;
    }
    // At least one digit before the point: 0.0490 is "0" then "0490".
    let whole = text.len().saturating_sub(scale);
    out.extend_from_slice(text.get(..whole).filter(|w| !w.is_empty()).unwrap_or(b"0"));
    out.push(b'.');
    out.extend(core::iter::repeat_n(b'0', scale.saturating_sub(text.len())));
    out.extend_from_slice(text.get(whole..).unwrap_or_default());
}

/// Half-up to 4 places, with exactly 4 places.
fn rate4(rate: Decimal) -> Decimal {
    let mut shown = round4(rate);
    shown.rescale(4);
    shown
}

/// Whole fen as a quoted two-place amount: `530727` → `"5307.27"`.
fn push_fen(out: &mut Vec<u8>, fen: i64) {
    out.push(b'"');
    push_amount(out, fen);
    out.push(b'"');
}

/// Whole fen as a two-place amount: `530727` → `5307.27`.
fn push_amount(out: &mut Vec<u8>, fen: i64) {
    if fen < 0 {
        out.push(b'-');
    }
    let abs = fen.unsigned_abs();
    push_u64(out, abs / 100);
    let cents = abs % 100;
    out.extend_from_slice(&[b'.', digit(cents / 10), digit(cents)]);
}

/// The ASCII digit of `value % 10`.
fn digit(value: u64) -> u8 {
    b'0' + u8::try_from(value % 10).unwrap_or(0)
}

/// The decimal digits of `value`, written at the end of `buffer` (20 digits hold any u64).
#[inline(always)]
fn decimal_digits(value: u64, buffer: &mut [u8; 20]) -> &[u8] {
    let mut start = buffer.len();
    let mut rest = value;
    for slot in buffer.iter_mut().rev() {
        *slot = digit(rest);
        start -= 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    buffer.get(start..).unwrap_or_default()
}

/// The decimal digits of `value`, written in one copy.
fn push_u64(out: &mut Vec<u8>, value: u64) {
    let mut buffer = [b'0'; 20];
    out.extend_from_slice(decimal_digits(value, &mut buffer));
}

/// The text of a buffer that holds ASCII only (digits, signs, dates, field names).
fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_decimal_writes_what_display_writes() {
        let cases = [
            Decimal::new(490, 4),
            Decimal::new(0, 4),
            Decimal::ZERO,
            Decimal::new(49, 3),
            Decimal::new(12, 2),
            Decimal::new(1_268, 4),
            Decimal::new(123_456_789, 4),
            Decimal::new(5, 28),
            Decimal::new(i64::MAX, 0),
            Decimal::new(i64::MAX, 28),
            Decimal::MAX,
            Decimal::new(-490, 4),
            Decimal::new(-1, 28),
            Decimal::new(15, 1),
        ];
        for value in cases {
            let mut out = Vec::new();
            push_decimal(&mut out, value);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                value.to_string(),
                "{value:?}"
            );
        }
    }
}
