//! API.md's `JourneyInput` — `{ profile, rules?, loan, months: [{ event, daysLate? }] }` — as a
//! typed value, and its validation from loose input: every problem at once, each with its full
//! path (`"profile.age"`, `"loan.termMonths"`, `"months[3].daysLate"`).

use crate::error::{ErrorCode, ValidationErrors};
use crate::input::{choice_of, integer_of, join_path, Loose, ObjectReader};
use crate::money::{amortize, loan_from_loose, Loan};
use crate::offers::{default_rules, ProductRules};
use crate::profile::Profile;

/// The most months a journey may have (30 years, the longest loan term).
pub const MAX_MONTHS: usize = 360;

/// The most days a late payment may be late (as `worstOverdueDays` allows).
pub const MAX_DAYS_LATE: u32 = 3650;

/// What the person did in one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Event {
    /// Paid the month's instalment (and any arrears) on the due date.
    OnTime,
    /// Paid the month's instalment (and any arrears) this many days late (1–3650).
    Late(u32),
    /// Did not pay this month: the instalment joins the arrears.
    Missed,
    /// Repaid the whole loan on the due date (提前还清).
    PayOff,
    /// Paid on time and applied for new credit elsewhere (counts in the 3-month window).
    NewApplication,
}

/// The event names of API.md, without the days of a late payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    OnTime,
    Late,
    Missed,
    PayOff,
    NewApplication,
}

const KINDS: [(&str, Kind); 5] = [
    ("onTime", Kind::OnTime),
    ("late", Kind::Late),
    ("missed", Kind::Missed),
    ("payOff", Kind::PayOff),
    ("newApplication", Kind::NewApplication),
];

impl Event {
    /// The API name (`"late"`).
    pub fn api_name(self) -> &'static str {
        match self {
            Event::OnTime => "onTime",
            Event::Late(_) => "late",
            Event::Missed => "missed",
            Event::PayOff => "payOff",
            Event::NewApplication => "newApplication",
        }
    }

    /// True for the events that pay the month's instalment on time.
    pub fn is_on_time(self) -> bool {
        matches!(self, Event::OnTime | Event::PayOff | Event::NewApplication)
    }
}

/// A validated journey: the person, the rules, the loan and one event a month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JourneyInput {
    /// The person at the start.
    pub profile: Profile,
    /// The lender's rules.
    pub rules: ProductRules,
    /// The loan being repaid (MONEY.md's limits apply).
    pub loan: Loan,
    /// One event a month, month 1 first (at most [`MAX_MONTHS`]).
    pub months: Vec<Event>,
}

impl JourneyInput {
    /// A journey under the default rules.
    pub fn new(profile: Profile, loan: Loan, months: Vec<Event>) -> JourneyInput {
        JourneyInput {
            profile,
            rules: default_rules(),
            loan,
            months,
        }
    }

    /// Validates a loose `JourneyInput`, reporting every problem at once with its full path.
    ///
    /// ```
    /// use credit_sim::input::Loose;
    /// use credit_sim::journey::JourneyInput;
    /// let bad = Loose::object([
    ///     ("loan", Loose::object([("principal", Loose::text("-5"))])),
    ///     ("months", Loose::List(vec![Loose::object([("event", Loose::text("late")), ("daysLate", Loose::Number(-3.0))])])),
    /// ]);
    /// let fields: Vec<String> = JourneyInput::from_loose(&bad).unwrap_err().errors().iter().map(|e| e.field.clone()).collect();
    /// assert!(fields.contains(&"profile".to_string()));
    /// assert!(fields.contains(&"loan.principal".to_string()));
    /// assert!(fields.contains(&"loan.termMonths".to_string()));
    /// assert!(fields.contains(&"months[0].daysLate".to_string()));
    /// ```
    pub fn from_loose(value: &Loose) -> Result<JourneyInput, ValidationErrors> {
        let mut e = ValidationErrors::new();
        let Some(mut r) = ObjectReader::open(value, "", &mut e) else {
            return Err(e);
        };
        let profile = match r.raw("profile") {
            None | Some(Loose::Null) => {
                e.push(
                    "profile",
                    ErrorCode::Missing,
                    "profile is required (an object; start from defaultProfile()).",
                );
                None
            }
            Some(v) => Profile::from_loose(v)
                .map_err(|errs| prefixed(errs, "profile", &mut e))
                .ok(),
        };
        let rules = match r.raw("rules") {
            None | Some(Loose::Null) => Some(default_rules()),
            Some(v) => ProductRules::from_loose(v)
                .map_err(|errs| prefixed(errs, "rules", &mut e))
                .ok(),
        };
        let loan = match r.raw("loan") {
            None | Some(Loose::Null) => {
                e.push(
                    "loan",
                    ErrorCode::Missing,
                    "loan is required (a LoanInput object).",
                );
                None
            }
            Some(v) => read_loan(v, &mut e),
        };
        let months = read_months(r.raw("months"), &mut e);
        r.finish(&mut e);
        e.into_result(|| {
            Some(JourneyInput {
                profile: profile?,
                rules: rules?,
                loan: loan?,
                months: months?,
            })
        })
    }
}

/// Moves every error of `errors` under `parent` (`"termMonths"` → `"loan.termMonths"`), the
/// field name in its message too.
pub fn prefixed(errors: ValidationErrors, parent: &str, into: &mut ValidationErrors) {
    for err in errors.errors() {
        let field = if err.field == "(input)" {
            parent.to_owned()
        } else {
            join_path(parent, &err.field)
        };
        let message = if err.field == "(input)" {
            format!("{parent}: {}", err.message)
        } else if err.message.starts_with(err.field.as_str()) {
            format!("{parent}.{}", err.message)
        } else {
            err.message.clone()
        };
        into.push(field, err.code, message);
    }
}

/// The loan, validated and planned once (a prepayment above the balance is only found by
/// planning), its errors under `loan.`.
fn read_loan(value: &Loose, e: &mut ValidationErrors) -> Option<Loan> {
    match loan_from_loose(value) {
        Err(errs) => {
            prefixed(errs, "loan", e);
            None
        }
        Ok(loan) => match amortize(&loan) {
            Ok(_) => Some(loan),
            Err(errs) => {
                prefixed(errs, "loan", e);
                None
            }
        },
    }
}

fn read_months(value: Option<&Loose>, e: &mut ValidationErrors) -> Option<Vec<Event>> {
    let items = match value {
        None | Some(Loose::Null) => {
            e.push(
                "months",
                ErrorCode::Missing,
                "months is required (a list of { event, daysLate? }).",
            );
            return None;
        }
        Some(Loose::List(items)) => items,
        Some(_) => {
            e.push(
                "months",
                ErrorCode::WrongType,
                "months must be a list of { event, daysLate? }.",
            );
            return None;
        }
    };
    if items.len() > MAX_MONTHS {
        e.push(
            "months",
            ErrorCode::OutOfRange,
            format!(
                "months may list at most {MAX_MONTHS} months, not {}.",
                items.len()
            ),
        );
        return None;
    }
    let mut events = Vec::with_capacity(items.len());
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        match read_month(item, &format!("months[{i}]"), e) {
            Some(ev) => events.push(ev),
            None => ok = false,
        }
    }
    ok.then_some(events)
}

fn read_month(item: &Loose, path: &str, e: &mut ValidationErrors) -> Option<Event> {
    let mut r = ObjectReader::open(item, path, e)?;
    let kind = r
        .text("event", e)
        .and_then(|t| choice_of(t, &KINDS, &r.path_of("event"), e));
    let days_path = r.path_of("daysLate");
    let days = r.get("daysLate");
    r.finish(e);
    let days = days.map(|v| {
        integer_of(v, 1, i64::from(MAX_DAYS_LATE), &days_path, e)
            .and_then(|d| u32::try_from(d).ok())
    });
    match (kind?, days) {
        (Kind::Late, Some(d)) => d.map(Event::Late),
        (Kind::Late, None) => {
            e.push(
                &days_path,
                ErrorCode::Missing,
                format!("{days_path} is required for a late month (a whole number from 1 to {MAX_DAYS_LATE})."),
            );
            None
        }
        (_, Some(_)) => {
            e.push(
                &days_path,
                ErrorCode::NotAllowed,
                format!("{days_path} is only for a late month."),
            );
            None
        }
        (Kind::OnTime, None) => Some(Event::OnTime),
        (Kind::Missed, None) => Some(Event::Missed),
        (Kind::PayOff, None) => Some(Event::PayOff),
        (Kind::NewApplication, None) => Some(Event::NewApplication),
    }
}
