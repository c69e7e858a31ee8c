//! The loan's account month by month: what falls due (the schedule's row, from the money
//! module), what is paid, the arrears a missed month leaves, the days past due, and the
//! penalty interest (罚息) charged with the money module's [`penalty_interest`].
//!
//! A journey month is 30 days. Month k's instalment falls due at its start: paid on time, paid
//! `d` days late (penalty on what was due, for `d` days), or missed (it joins the arrears, and
//! the arrears cost penalty for the whole 30 days). The next paying month pays the arrears too.

use rust_decimal::Decimal;

use crate::money::{penalty_interest, Row, Schedule};

use super::input::Event;

/// Days in a journey month.
pub const DAYS_PER_MONTH: u32 = 30;

/// What one month did to the account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthMoney {
    /// Everything that fell due this month: the instalment plus the arrears carried in.
    pub due: Decimal,
    /// Penalty interest charged this month.
    pub penalty: Decimal,
    /// Days past due at the end of the month (0 when paid on time).
    pub days_past_due: u32,
    /// The loan was fully repaid this month.
    pub repaid_now: bool,
}

/// The loan's account.
#[derive(Debug, Clone)]
pub struct Ledger {
    rows: Vec<Row>,
    principal: Decimal,
    daily_rate: Decimal,
    multiplier: Decimal,
    obligation: Decimal,
    arrears: Decimal,
    arrears_principal: Decimal,
    missed_run: u32,
    month: usize,
    repaid: bool,
}

impl Ledger {
    /// Opens the account of a planned loan; penalty at `multiplier` × the loan's daily rate (its
    /// simple annual rate / 360, so a fee plan is charged on its fee spread over a year).
    pub fn open(schedule: &Schedule, principal: Decimal, multiplier: Decimal) -> Ledger {
        let periods = schedule.rows.last().map_or(1, |r| r.period.max(1));
        let obligation = crate::amount::round2(schedule.total_payment / Decimal::from(periods));
        Ledger {
            rows: schedule.rows.clone(),
            principal,
            daily_rate: schedule.simple_annual_rate / Decimal::from(360),
            multiplier,
            obligation,
            arrears: Decimal::ZERO,
            arrears_principal: Decimal::ZERO,
            missed_run: 0,
            month: 0,
            repaid: false,
        }
    }

    /// The regular monthly obligation of the loan (its total payment over its months) while
    /// anything is owed; zero after.
    pub fn obligation(&self) -> Decimal {
        if self.balance() > Decimal::ZERO || self.arrears > Decimal::ZERO {
            self.obligation
        } else {
            Decimal::ZERO
        }
    }

    /// The principal still owed, arrears included.
    pub fn balance(&self) -> Decimal {
        if self.repaid {
            return Decimal::ZERO;
        }
        let scheduled = if self.month == 0 {
            self.principal
        } else {
            self.rows
                .get(self.month - 1)
                .map_or(Decimal::ZERO, |r| r.balance)
        };
        scheduled + self.arrears_principal
    }

    /// Unpaid instalments (principal and interest).
    pub fn arrears(&self) -> Decimal {
        self.arrears
    }

    fn penalty(&self, amount: Decimal, days: u32) -> Decimal {
        penalty_interest(amount, self.daily_rate, days, self.multiplier).unwrap_or(Decimal::ZERO)
    }

    /// Runs one month's event.
    pub fn step(&mut self, event: Event) -> MonthMoney {
        let before = self.balance() + self.arrears;
        self.month += 1;
        let row = if self.repaid {
            None
        } else {
            self.rows.get(self.month - 1)
        };
        let instalment = row.map_or(Decimal::ZERO, |r| {
            r.payment + r.prepayment.unwrap_or_default()
        });
        let row_principal = row.map_or(Decimal::ZERO, |r| {
            r.principal + r.prepayment.unwrap_or_default()
        });
        let due = instalment + self.arrears;
        let (penalty, days_past_due) = match event {
            Event::OnTime | Event::NewApplication | Event::PayOff => {
                self.clear_arrears();
                (Decimal::ZERO, 0)
            }
            Event::Late(days) => {
                let dpd = DAYS_PER_MONTH
                    .saturating_mul(self.missed_run)
                    .saturating_add(days);
                let penalty = self.penalty(due, days);
                self.clear_arrears();
                (penalty, dpd)
            }
            Event::Missed => {
                self.arrears = due;
                self.arrears_principal += row_principal;
                self.missed_run = self.missed_run.saturating_add(1);
                let penalty = self.penalty(self.arrears, DAYS_PER_MONTH);
                (penalty, DAYS_PER_MONTH.saturating_mul(self.missed_run))
            }
        };
        if matches!(event, Event::PayOff) {
            self.repaid = true;
        }
        let after = self.balance() + self.arrears;
        MonthMoney {
            due,
            penalty,
            days_past_due,
            repaid_now: before > Decimal::ZERO && after.is_zero(),
        }
    }

    fn clear_arrears(&mut self) {
        self.arrears = Decimal::ZERO;
        self.arrears_principal = Decimal::ZERO;
        self.missed_run = 0;
    }
}
