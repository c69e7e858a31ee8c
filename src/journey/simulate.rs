//! The month-by-month loop: run the month's event on the loan's account, move the history,
//! re-score with the scoring module, review the limit, raise the warnings, and price the credit
//! loan at the new score. Output rows are API.md's `{ month, score, band, limit, balance,
//! penaltyInterest, events, warnings, dailyRate, apr }`.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::{serialize_decimal_text_opt, serialize_fen};
use crate::error::ValidationErrors;
use crate::money::amortize;
use crate::offers::credit_loan::credit_loan_offer;
use crate::scoring::{score_of, score_profile, Band};

use super::history::History;
use super::input::{Event, JourneyInput};
use super::ledger::Ledger;
use super::limit::{CreditLimit, Review};
use super::price::Pricer;
use super::warnings::{warnings, Signals, Warning};

/// What happened in a month: the person's event, then what the lender did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum MonthEvent {
    /// Paid on time.
    OnTime,
    /// Paid late.
    Late,
    /// Did not pay.
    Missed,
    /// Repaid the whole loan.
    PayOff,
    /// Applied for new credit (and paid on time).
    NewApplication,
    /// The limit was raised (提额).
    LimitRaised,
    /// The limit was frozen after an overdue.
    LimitFrozen,
    /// The limit was cut (降额).
    LimitCut,
    /// Nothing is owed on the loan any more.
    LoanRepaid,
}

impl MonthEvent {
    fn of(event: Event) -> MonthEvent {
        match event {
            Event::OnTime => MonthEvent::OnTime,
            Event::Late(_) => MonthEvent::Late,
            Event::Missed => MonthEvent::Missed,
            Event::PayOff => MonthEvent::PayOff,
            Event::NewApplication => MonthEvent::NewApplication,
        }
    }
}

/// One month of a journey: the state after that month's event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JourneyMonth {
    /// 1 for the first month (0 for the starting point).
    pub month: u32,
    /// The score after the month.
    pub score: u32,
    /// Its band.
    pub band: Band,
    /// The credit limit after the review.
    #[serde(serialize_with = "serialize_fen")]
    pub limit: Decimal,
    /// The principal still owed, arrears included.
    #[serde(serialize_with = "serialize_fen")]
    pub balance: Decimal,
    /// Penalty interest (罚息) charged this month.
    #[serde(serialize_with = "serialize_fen")]
    pub penalty_interest: Decimal,
    /// Days past due at the end of the month (0 when paid on time).
    pub days_past_due: u32,
    /// The month's event, then the lender's actions.
    pub events: Vec<MonthEvent>,
    /// Early-warning signals raised this month.
    pub warnings: Vec<Warning>,
    /// The daily rate a new draw of the credit loan would be quoted at this month's score;
    /// `None` (`null`) while the credit loan is not offered (see [`super::price`]).
    #[serde(serialize_with = "serialize_decimal_text_opt")]
    pub daily_rate: Option<Decimal>,
    /// That draw's comparable APR (as `Offers.creditLoan.apr`); `None` while not offered.
    #[serde(serialize_with = "serialize_decimal_text_opt")]
    pub apr: Option<Decimal>,
}

/// A whole journey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Journey {
    /// Month 0: the person with the loan just drawn, before any event.
    pub start: JourneyMonth,
    /// One row per event, in order.
    pub months: Vec<JourneyMonth>,
    /// Σ penalty interest.
    #[serde(serialize_with = "serialize_fen")]
    pub total_penalty_interest: Decimal,
}

/// Runs a journey. Errors only if the loan cannot be planned (a [`JourneyInput`] from
/// [`JourneyInput::from_loose`] always can).
///
/// ```
/// use credit_sim::journey::{simulate_journey, Event, JourneyInput};
/// use credit_sim::money::{Loan, Method, Rate};
/// use rust_decimal::Decimal;
/// let loan = Loan::new(Decimal::from(10_000), 12, Method::EqualInstallment, Rate::Annual(Decimal::new(108, 3)));
/// let mut months = vec![Event::OnTime; 3];
/// months.push(Event::Late(30));
/// let j = simulate_journey(&JourneyInput::new(credit_sim::default_profile(), loan, months)).unwrap();
/// assert_eq!(j.months.len(), 4);
/// assert!(j.months[3].score < j.months[2].score);
/// assert!(j.months[3].penalty_interest > Decimal::ZERO);
/// ```
pub fn simulate_journey(input: &JourneyInput) -> Result<Journey, ValidationErrors> {
    let rules = &input.rules;
    let j = &rules.journey;
    let schedule = amortize(&input.loan)?;
    let mut ledger = Ledger::open(&schedule, input.loan.principal, rules.penalty_multiplier);

    let report = score_profile(&input.profile);
    let offered = credit_loan_offer(&input.profile, &report, rules).limit;
    let mut limit = CreditLimit::new(offered.max(input.loan.principal));

    let mut history = History::start(
        &input.profile,
        ledger.obligation(),
        ledger.balance(),
        limit.limit,
    );
    let mut score = score_of(history.profile());
    let mut pricer = Pricer::new(rules, input.loan.principal);
    let price = pricer.price(history.profile(), score);
    let start = JourneyMonth {
        month: 0,
        score,
        band: Band::of(score),
        limit: limit.limit,
        balance: ledger.balance(),
        penalty_interest: Decimal::ZERO,
        days_past_due: 0,
        events: Vec::new(),
        warnings: Vec::new(),
        daily_rate: price.daily_rate,
        apr: price.apr,
    };

    let mut months = Vec::with_capacity(input.months.len());
    let mut total_penalty = Decimal::ZERO;
    for (i, &event) in input.months.iter().enumerate() {
        let month = i64::try_from(i).unwrap_or(i64::MAX - 1) + 1;
        let money = ledger.step(event);
        history.advance(month, event, money.days_past_due);
        history.set_debt(ledger.obligation());
        history.set_utilization(ledger.balance(), limit.limit);
        let first = score_of(history.profile());

        let review = limit.review(
            money.days_past_due,
            matches!(event, Event::Missed),
            first,
            rules,
            j,
        );
        history.set_utilization(ledger.balance(), limit.limit);
        let after = score_of(history.profile());

        let mut events = vec![MonthEvent::of(event)];
        match review {
            Review::Raised => events.push(MonthEvent::LimitRaised),
            Review::Frozen => events.push(MonthEvent::LimitFrozen),
            Review::Cut => events.push(MonthEvent::LimitCut),
            Review::Kept => {}
        }
        if money.repaid_now {
            events.push(MonthEvent::LoanRepaid);
        }
        let signals = Signals {
            profile: history.profile(),
            other_debt: input.profile.monthly_debt_payments,
            due: money.due,
            days_past_due: money.days_past_due,
            score_before: score,
            score_after: after,
        };
        let found = warnings(&signals, rules, j);
        let price = pricer.price(history.profile(), after);
        total_penalty += money.penalty;
        months.push(JourneyMonth {
            month: u32::try_from(month).unwrap_or(u32::MAX),
            score: after,
            band: Band::of(after),
            limit: limit.limit,
            balance: ledger.balance(),
            penalty_interest: money.penalty,
            days_past_due: money.days_past_due,
            events,
            warnings: found,
            daily_rate: price.daily_rate,
            apr: price.apr,
        });
        score = after;
    }
    Ok(Journey {
        start,
        months,
        total_penalty_interest: total_penalty,
    })
}
