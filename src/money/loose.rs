//! Reading API.md's `LoanInput` from loose, JSON-shaped input: every problem at once, each with
//! its field path (`"prepayment.amount"`), unknown fields refused.

use rust_decimal::Decimal;

use crate::error::{ErrorCode, ValidationErrors};
use crate::input::{decimal_of, Loose, ObjectReader, Recorded};

use super::date::Date;
use super::loan::{
    check_accrual_date, check_fee_rate, check_method_rate, check_payoff, check_prepayment,
    check_principal, check_rate, check_start_date, Accrual, Loan, Method, Prepayment,
    PrepaymentAmount, PrepaymentMode, Rate,
};
use super::methods::amortize;
use super::schedule::Schedule;

/// Validates a loose `LoanInput` and plans it: the entry point of the JS `amortize` and of the
/// fuzz tests.
///
/// ```
/// use credit_sim::input::Loose;
/// use credit_sim::money::amortize_loose;
/// let input = Loose::object([
///     ("principal", Loose::text("1000000")),
///     ("termMonths", Loose::Number(360.0)),
///     ("method", Loose::text("equalPrincipal")),
///     ("annualRate", Loose::text("0.049")),
/// ]);
/// assert_eq!(amortize_loose(&input).unwrap().rows[0].payment.to_string(), "6861.11");
///
/// let bad = Loose::object([("principal", Loose::text("-1")), ("colour", Loose::text("red"))]);
/// let fields: Vec<String> = amortize_loose(&bad).unwrap_err().errors().iter().map(|e| e.field.clone()).collect();
/// assert_eq!(fields, ["principal", "termMonths", "method", "annualRate", "colour"]);
/// ```
pub fn amortize_loose(value: &Loose) -> Result<Schedule, ValidationErrors> {
    let loan = loan_from_loose(value)?;
    amortize(&loan)
}

/// Validates a loose `LoanInput` into a [`Loan`], reporting every problem at once.
pub fn loan_from_loose(value: &Loose) -> Result<Loan, ValidationErrors> {
    let mut e = ValidationErrors::new();
    let Some(mut r) = ObjectReader::open(value, "", &mut e) else {
        return Err(e);
    };
    let principal = r.decimal("principal", &mut e).filter(|p| {
        let before = e.errors().len();
        check_principal(*p, &mut e);
        e.errors().len() == before
    });
    // The range check bounds it to 1..=360, so it fits in u32.
    let term_months = r
        .integer("termMonths", 1, 360, &mut e)
        .and_then(|t| u32::try_from(t).ok());
    let method = r.choice("method", &Method::ALL, &mut e);
    let rate = read_rate(&mut r, method, &mut e);
    let fee_rate = r.optional_decimal("feeRate", &mut e);
    let accrual = if r.has("accrual") {
        r.choice("accrual", &Accrual::ALL, &mut e)
    } else {
        // Still mark an explicit `null` as read.
        let _ = r.raw("accrual");
        rate.map(Rate::default_accrual)
    };
    let start_date = read_start_date(&mut r, &mut e);
    let prepayment = match r.get("prepayment") {
        None => Ok(None),
        Some(value) => read_prepayment(value, &r.path_of("prepayment"), &mut e)
            .map(Some)
            .ok_or(()),
    };
    r.finish(&mut e);

    // The rules between fields, wherever their parts could be read.
    if let (Some(m), Some(rt)) = (method, rate) {
        check_method_rate(m, rt, &mut e);
    }
    if let (Some(m), Ok(fee)) = (method, fee_rate) {
        check_fee_rate(m, fee, &mut e);
    }
    if let (Some(a), Ok(start)) = (accrual, start_date) {
        check_accrual_date(a, start.is_some(), &mut e);
    }
    if let (Ok(Some(start)), Some(t)) = (start_date, term_months) {
        check_start_date(start, t, &mut e);
    }
    if let (Ok(Some(Early::OnDueDate(p))), Some(m), Some(t)) = (prepayment, method, term_months) {
        check_prepayment(m, t, p, &mut e);
    }
    if let (Ok(Some(Early::OnDate(day))), Some(m), Some(a), Some(t), Ok(start)) =
        (prepayment, method, accrual, term_months, start_date)
    {
        check_payoff((m, a, t), start, day, &mut e);
    }

    e.into_result(|| {
        let early = prepayment.ok()?;
        Some(Loan {
            principal: principal?,
            term_months: term_months?,
            method: method?,
            rate: rate?,
            accrual: accrual?,
            fee_rate: fee_rate.ok()?,
            start_date: start_date.ok()?,
            prepayment: match early {
                Some(Early::OnDueDate(p)) => Some(p),
                _ => None,
            },
            payoff_date: match early {
                Some(Early::OnDate(day)) => Some(day),
                _ => None,
            },
        })
    })
}

/// The two forms of `prepayment`.
#[derive(Clone, Copy)]
enum Early {
    /// `{ afterPeriod, amount, mode }`.
    OnDueDate(Prepayment),
    /// `{ onDate, amount: "all" }`.
    OnDate(Date),
}

/// Exactly one of `annualRate` and `dailyRate`; neither only for feeInstallment (no interest).
fn read_rate(
    r: &mut ObjectReader<'_>,
    method: Option<Method>,
    e: &mut ValidationErrors,
) -> Option<Rate> {
    let both = r.has("annualRate") && r.has("dailyRate");
    let annual = r.optional_decimal("annualRate", e);
    let daily = r.optional_decimal("dailyRate", e);
    if both {
        e.push(
            "dailyRate",
            ErrorCode::Conflict,
            "Give annualRate or dailyRate, not both.",
        );
        return None;
    }
    let rate = match (annual, daily) {
        (Ok(Some(a)), _) => Rate::Annual(a),
        (_, Ok(Some(d))) => Rate::Daily(d),
        (Ok(None), Ok(None)) if method == Some(Method::FeeInstallment) => {
            return Some(Rate::Annual(Decimal::ZERO))
        }
        (Ok(None), Ok(None)) => {
            e.push(
                "annualRate",
                ErrorCode::Missing,
                "annualRate or dailyRate is required (a decimal fraction such as \"0.049\").",
            );
            return None;
        }
        // A bad value, already recorded.
        _ => return None,
    };
    let before = e.errors().len();
    check_rate(rate, e);
    (e.errors().len() == before).then_some(rate)
}

/// `Ok(None)` when absent; `Err(())` when a problem was recorded.
fn read_start_date(r: &mut ObjectReader<'_>, e: &mut ValidationErrors) -> Result<Option<Date>, ()> {
    optional_date(r, "startDate", e).map_err(|_| ())
}

/// An optional date field written `YYYY-MM-DD`: `Ok(None)` when absent or `null`,
/// `Err(Recorded)` when its problem (`wrongType`, `badDate`) was recorded.
pub fn optional_date(
    r: &mut ObjectReader<'_>,
    name: &str,
    e: &mut ValidationErrors,
) -> Result<Option<Date>, Recorded> {
    if !r.has(name) {
        let _ = r.raw(name);
        return Ok(None);
    }
    let field = r.path_of(name);
    let text = r.text(name, e).ok_or(Recorded)?;
    match text.parse::<Date>() {
        Ok(date) => Ok(Some(date)),
        Err(why) => {
            e.push(
                &field,
                ErrorCode::BadDate,
                format!(
                    "{field} must be a real calendar day written YYYY-MM-DD ({why}), not {}.",
                    crate::input::quoted(text)
                ),
            );
            Err(Recorded)
        }
    }
}

/// `{ afterPeriod, amount, mode }` or `{ onDate, amount: "all", mode? }`.
fn read_prepayment(value: &Loose, path: &str, e: &mut ValidationErrors) -> Option<Early> {
    let mut r = ObjectReader::open(value, path, e)?;
    if r.has("onDate") {
        return read_payoff(r, e).map(Early::OnDate);
    }
    // An explicit `null` is the field left out.
    let _ = r.raw("onDate");
    let after_period = r
        .integer("afterPeriod", 1, 360, e)
        .and_then(|k| u32::try_from(k).ok());
    let amount = match r.get("amount") {
        None => {
            let field = r.path_of("amount");
            e.push(
                &field,
                ErrorCode::Missing,
                format!("{field} is required (an amount such as \"5000.00\", or \"all\")."),
            );
            None
        }
        Some(Loose::Text(t)) if t == "all" => Some(PrepaymentAmount::All),
        Some(v) => decimal_of(v, &r.path_of("amount"), e).map(PrepaymentAmount::Amount),
    };
    let mode = if amount == Some(PrepaymentAmount::All) && !r.has("mode") {
        // Paying everything off ends the plan; there is nothing for a mode to change.
        let _ = r.raw("mode");
        Some(PrepaymentMode::ReducePayment)
    } else {
        r.choice("mode", &PrepaymentMode::ALL, e)
    };
    r.finish(e);
    Some(Early::OnDueDate(Prepayment {
        after_period: after_period?,
        amount: amount?,
        mode: mode?,
    }))
}

/// `{ onDate, amount: "all", mode? }`: only `"all"`, and no `afterPeriod` beside it.
fn read_payoff(mut r: ObjectReader<'_>, e: &mut ValidationErrors) -> Option<Date> {
    let day_field = r.path_of("onDate");
    // Present (the caller checked), so `Ok` holds a day.
    let day = optional_date(&mut r, "onDate", e).ok().flatten();
    let conflict = r.get("afterPeriod").is_some();
    if conflict {
        e.push(
            &day_field,
            ErrorCode::Conflict,
            format!(
                "Give {} or {day_field}, not both.",
                r.path_of("afterPeriod")
            ),
        );
    }
    let amount_field = r.path_of("amount");
    let all = match r.get("amount") {
        Some(Loose::Text(t)) if t == "all" => true,
        None => {
            e.push(
                &amount_field,
                ErrorCode::Missing,
                format!("{amount_field} is required: \"all\" with onDate."),
            );
            false
        }
        Some(_) => {
            e.push(
                &amount_field,
                ErrorCode::NotAllowed,
                format!("{amount_field} must be \"all\" with onDate: a payoff on any day repays everything."),
            );
            false
        }
    };
    // A mode changes nothing when everything is repaid, but a given one must still be a mode.
    let mode = if r.has("mode") {
        r.choice("mode", &PrepaymentMode::ALL, e).map(|_| ())
    } else {
        let _ = r.raw("mode");
        Some(())
    };
    r.finish(e);
    mode?;
    (all && !conflict).then_some(day?)
}
