//! The planner: the rows of every method of MONEY.md, with monthly or daily accrual and an
//! optional prepayment, then the totals and annualised rates.
//!
//! Two edge rules go beyond MONEY.md's formulas, only so that no amount is ever negative:
//! a scheduled principal is never more than the balance (with a tiny principal the rounded
//! `A` or `round2(P / n)` can repay everything before period n, and the plan then ends there),
//! and never below 0 (with daily accrual a 31-day month's interest can exceed `A`; that row then
//! pays its interest only).

use rust_decimal::Decimal;

use crate::amount::round2;
use crate::error::{ErrorCode, ValidationErrors};

use super::apr::{apr_of, effective_annual_rate_of, monthly_irr};
use super::arith::{add, div, mul, pow, sub, Overflow};
use super::date::Date;
use super::loan::{Accrual, Loan, Method, Prepayment, PrepaymentAmount, PrepaymentMode};
use super::payoff::{pay_off_on, Payoff, PayoffError};
use super::schedule::{Row, Schedule};

/// Why a plan could not be made after validation passed.
enum PlanError {
    Overflow,
    PrepaymentAboveBalance {
        balance: Decimal,
        amount: Decimal,
    },
    /// The rounded level repaid everything before the prepayment's period.
    PrepaymentAfterEnd {
        last_period: u32,
    },
    /// The rounded level repaid everything before the payoff day.
    PayoffAfterEnd {
        last_period: u32,
    },
}

impl From<PayoffError> for PlanError {
    fn from(error: PayoffError) -> Self {
        match error {
            PayoffError::AfterEnd(last_period) => PlanError::PayoffAfterEnd { last_period },
            PayoffError::Overflow => PlanError::Overflow,
        }
    }
}

impl From<Overflow> for PlanError {
    fn from(_: Overflow) -> Self {
        PlanError::Overflow
    }
}

/// Plans `loan`: validates it ([`Loan::validate`]), then builds its schedule.
///
/// A prepayment above the balance after its period is refused as `prepayment.amount`. A loan
/// paid off between two due dates ([`Loan::payoff_date`]) has no `apr` or
/// `effective_annual_rate`; on a due date it is the prepayment of `"all"` after that period.
///
/// Loans that [`super::fast`] can plan in integer fen (equal installments, equal principal and
/// interest-first with monthly accrual and no prepayment) take that path; the others are planned
/// in `Decimal` with the APR's IRR certified by integer interval arithmetic when it can be. Either
/// way the schedule is exactly [`amortize_reference`]'s (see `fast.rs` for the proof and
/// tests/money_fast.rs for the row-by-row comparison).
///
/// ```
/// use credit_sim::money::{amortize, Loan, Method, Rate};
/// use rust_decimal::Decimal;
/// let mortgage = Loan::new(Decimal::from(1_000_000), 360, Method::EqualInstallment, Rate::Annual(Decimal::new(49, 3)));
/// let plan = amortize(&mortgage).unwrap();
/// assert_eq!(plan.rows[0].payment.to_string(), "5307.27");
/// assert_eq!(plan.apr.unwrap().to_string(), "0.0490");
/// ```
pub fn amortize(loan: &Loan) -> Result<Schedule, ValidationErrors> {
    loan.validate()?;
    if let Some(fen) = super::fast::fast_schedule(loan) {
        return Ok(fen.into_schedule());
    }
    plan(loan, Irr::Certified).map_err(plan_errors)
}

/// The fixed payment A of MONEY.md for `balance` over `periods` months at `annual` a year:
/// round2(P·m·(1 + m)^n / ((1 + m)^n − 1)) with m = annual / 12, each step in `Decimal`; P / n
/// when m is zero. The one formula the planner and `fast` (which decides it in integers when it
/// can prove the same fen) both use.
pub(super) fn annuity(
    balance: Decimal,
    annual: Decimal,
    periods: u32,
) -> Result<Decimal, Overflow> {
    let monthly = div(annual, Decimal::from(12))?;
    if monthly.is_zero() {
        return Ok(round2(div(balance, Decimal::from(periods))?));
    }
    let growth = pow(add(Decimal::ONE, monthly)?, periods)?;
    let exact = div(
        mul(mul(balance, monthly)?, growth)?,
        sub(growth, Decimal::ONE)?,
    )?;
    Ok(round2(exact))
}
/// The reference planner: MONEY.md's rules step by step in `Decimal`, the APR from the
/// `Decimal` IRR solver. [`amortize`] gives exactly the same result faster; this one stays as
/// the definition that the tests compare it with.
#[doc(hidden)]
pub fn amortize_reference(loan: &Loan) -> Result<Schedule, ValidationErrors> {
    loan.validate()?;
    plan(loan, Irr::Decimal).map_err(plan_errors)
}

/// How the totals find the monthly IRR.
#[derive(Clone, Copy)]
enum Irr {
    /// None: the plan does not run on whole months (paid off between due dates).
    Absent,
    /// [`monthly_irr`] in `Decimal` only.
    Decimal,
    /// The integer bracket of [`super::fast`] when it certifies the shown rates, else
    /// [`monthly_irr`].
    Certified,
}

fn plan_errors(error: PlanError) -> ValidationErrors {
    let mut errors = ValidationErrors::new();
    match error {
        PlanError::PrepaymentAboveBalance { balance, amount } => errors.push(
            "prepayment.amount",
            ErrorCode::OutOfRange,
            format!(
                "prepayment.amount {amount} is more than the balance {balance} left after that period; use \"all\" to pay it off."
            ),
        ),
        PlanError::PrepaymentAfterEnd { last_period } => errors.push(
            "prepayment.afterPeriod",
            ErrorCode::OutOfRange,
            format!(
                "prepayment.afterPeriod is after the end of the plan, which is paid off at period {last_period}."
            ),
        ),
        PlanError::PayoffAfterEnd { last_period } => errors.push(
            "prepayment.onDate",
            ErrorCode::OutOfRange,
            format!(
                "prepayment.onDate is after the end of the plan, which is paid off at period {last_period}."
            ),
        ),
        PlanError::Overflow => errors.push(
            "(input)",
            ErrorCode::OutOfRange,
            "The loan's figures are too large to compute.",
        ),
    }
    errors
}

fn plan(loan: &Loan, irr: Irr) -> Result<Schedule, PlanError> {
    if let (Some(day), Some(start)) = (loan.payoff_date, loan.start_date) {
        return plan_payoff(loan, start, day, irr);
    }
    let planner = Planner::new(loan)?;
    let rows = planner.rows(loan.prepayment.is_some())?;
    let mut schedule = totals(loan, rows, irr)?;
    if loan.prepayment.is_some() {
        let without = totals(loan, planner.rows(false)?, irr)?;
        schedule.interest_saved = Some(sub(without.total_interest, schedule.total_interest)?);
    }
    Ok(schedule)
}

/// A loan paid off in full on `day`: on a due date the plan of a prepayment of `"all"` after
/// that period; between due dates the rows up to the payoff row, without rates.
fn plan_payoff(loan: &Loan, start: Date, day: Date, irr: Irr) -> Result<Schedule, PlanError> {
    let whole = Loan {
        payoff_date: None,
        prepayment: None,
        ..loan.clone()
    };
    let planner = Planner::new(&whole)?;
    let rows = planner.rows(false)?;
    match pay_off_on(&rows, loan.principal, start, day, loan.rate)? {
        Payoff::OnDueDate(k) => {
            let on_due_date = whole.with_prepayment(Prepayment {
                after_period: k,
                amount: PrepaymentAmount::All,
                mode: PrepaymentMode::ReducePayment,
            });
            plan(&on_due_date, irr)
        }
        Payoff::Between(kept) => {
            let full_interest = rows
                .iter()
                .try_fold(Decimal::ZERO, |sum, r| add(sum, r.interest))?;
            let mut schedule = totals(loan, kept, Irr::Absent)?;
            schedule.interest_saved = Some(sub(full_interest, schedule.total_interest)?);
            Ok(schedule)
        }
    }
}

/// What the planner needs, checked once.
struct Planner<'a> {
    loan: &'a Loan,
    n: u32,
    /// Due dates 0..=n (0 is the start date), when the loan has a start date.
    dates: Option<Vec<Date>>,
}

impl<'a> Planner<'a> {
    fn new(loan: &'a Loan) -> Result<Self, Overflow> {
        let dates = match loan.start_date {
            None => None,
            Some(start) => Some(
                (0..=loan.term_months)
                    .map(|k| start.add_months(k))
                    .collect::<Option<Vec<Date>>>()
                    .ok_or(Overflow)?,
            ),
        };
        Ok(Planner {
            loan,
            n: loan.term_months,
            dates,
        })
    }

    fn due_date(&self, k: u32) -> Option<Date> {
        self.dates
            .as_ref()
            .and_then(|d| d.get(usize::try_from(k).ok()?).copied())
    }

    /// Actual days from due date `from` to due date `to`.
    fn days(&self, from: u32, to: u32) -> Result<i64, Overflow> {
        match (self.due_date(from), self.due_date(to)) {
            (Some(a), Some(b)) => Ok(a.days_until(b)),
            // Validation makes daily accrual carry a start date.
            _ => Err(Overflow),
        }
    }

    /// Interest on `balance` from due date `from` to due date `to` (`to − from` months).
    fn interest(&self, balance: Decimal, from: u32, to: u32) -> Result<Decimal, Overflow> {
        // Multiply first and divide once, so the only inexact step is the last one before round2.
        let exact = match self.loan.accrual {
            Accrual::Monthly => {
                let months = Decimal::from(to.saturating_sub(from));
                div(
                    mul(mul(balance, self.loan.rate.annual())?, months)?,
                    Decimal::from(12),
                )?
            }
            Accrual::Daily => self
                .loan
                .rate
                .interest_for_days(balance, self.days(from, to)?)?,
        };
        Ok(round2(exact))
    }

    fn row(
        &self,
        period: u32,
        principal: Decimal,
        interest: Decimal,
        fee: Decimal,
        balance: Decimal,
    ) -> Result<Row, Overflow> {
        Ok(Row {
            period,
            due_date: self.due_date(period),
            payment: add(add(principal, interest)?, fee)?,
            principal,
            interest,
            fee,
            balance,
            prepayment: None,
        })
    }

    fn rows(&self, with_prepayment: bool) -> Result<Vec<Row>, PlanError> {
        match self.loan.method {
            Method::Bullet => Ok(vec![self.bullet()?]),
            Method::FeeInstallment => Ok(self.fee_installment()?),
            Method::EqualInstallment | Method::EqualPrincipal | Method::InterestFirst => {
                self.amortizing(with_prepayment)
            }
        }
    }

    fn bullet(&self) -> Result<Row, Overflow> {
        let principal = self.loan.principal;
        let interest = self.interest(principal, 0, self.n)?;
        self.row(self.n, principal, interest, Decimal::ZERO, Decimal::ZERO)
    }

    fn fee_installment(&self) -> Result<Vec<Row>, Overflow> {
        let n = Decimal::from(self.n);
        let total_fee = round2(mul(
            self.loan.principal,
            self.loan.fee_rate.unwrap_or_default(),
        )?);
        let principal_part = round2(div(self.loan.principal, n)?);
        let fee_part = round2(div(total_fee, n)?);
        let mut balance = self.loan.principal;
        let mut fee_left = total_fee;
        let mut rows = Vec::new();
        for k in 1..=self.n {
            let last = k == self.n;
            let principal = if last {
                balance
            } else {
                principal_part.min(balance)
            };
            let fee = if last {
                fee_left
            } else {
                fee_part.min(fee_left)
            };
            balance = sub(balance, principal)?;
            fee_left = sub(fee_left, fee)?;
            rows.push(self.row(k, principal, interest_free(), fee, balance)?);
            if balance.is_zero() && fee_left.is_zero() {
                break;
            }
        }
        Ok(rows)
    }

    /// The fixed payment A of MONEY.md for `balance` over `periods` months.
    fn annuity(&self, balance: Decimal, periods: u32) -> Result<Decimal, Overflow> {
        annuity(balance, self.loan.rate.annual(), periods)
    }

    /// The level that the method keeps for `balance` over `periods` months: A for equal
    /// installments, the monthly principal for equal principal, nothing for interest-first.
    fn level(&self, balance: Decimal, periods: u32) -> Result<Decimal, Overflow> {
        match self.loan.method {
            Method::EqualInstallment => self.annuity(balance, periods),
            Method::EqualPrincipal => Ok(round2(div(balance, Decimal::from(periods))?)),
            _ => Ok(Decimal::ZERO),
        }
    }

    fn amortizing(&self, with_prepayment: bool) -> Result<Vec<Row>, PlanError> {
        let prepayment = self.loan.prepayment.filter(|_| with_prepayment);
        let mut balance = self.loan.principal;
        let mut level = self.level(balance, self.n)?;
        let mut rows = Vec::new();
        for k in 1..=self.n {
            let interest = self.interest(balance, k - 1, k)?;
            let principal = if k == self.n {
                balance
            } else {
                let scheduled = match self.loan.method {
                    Method::EqualInstallment => sub(level, interest)?.max(Decimal::ZERO),
                    Method::EqualPrincipal => level,
                    _ => Decimal::ZERO,
                };
                // "The first period whose balance (plus interest) is at most the level pays off
                // what is left": the same as never repaying more than the balance.
                scheduled.min(balance)
            };
            balance = sub(balance, principal)?;
            let mut row = self.row(k, principal, interest, Decimal::ZERO, balance)?;
            if let Some(p) = prepayment.filter(|p| p.after_period == k) {
                let amount = match p.amount {
                    PrepaymentAmount::All => balance,
                    PrepaymentAmount::Amount(a) if a > balance => {
                        return Err(PlanError::PrepaymentAboveBalance { balance, amount: a })
                    }
                    PrepaymentAmount::Amount(a) => a,
                };
                balance = sub(balance, amount)?;
                row.prepayment = Some(amount);
                row.balance = balance;
                if p.mode == PrepaymentMode::ReducePayment && !balance.is_zero() {
                    level = self.level(balance, self.n - k)?;
                }
            }
            rows.push(row);
            if balance.is_zero() {
                break;
            }
        }
        let last_period = rows.last().map_or(0, |r| r.period);
        if prepayment.is_some_and(|p| p.after_period > last_period) {
            return Err(PlanError::PrepaymentAfterEnd { last_period });
        }
        Ok(rows)
    }
}

fn interest_free() -> Decimal {
    Decimal::ZERO
}

fn totals(loan: &Loan, rows: Vec<Row>, irr: Irr) -> Result<Schedule, PlanError> {
    let mut total_payment = Decimal::ZERO;
    let mut total_interest = Decimal::ZERO;
    let mut total_fee = Decimal::ZERO;
    for row in &rows {
        total_payment = add(total_payment, row.payment)?;
        total_payment = add(total_payment, row.prepayment.unwrap_or_default())?;
        total_interest = add(total_interest, row.interest)?;
        total_fee = add(total_fee, row.fee)?;
    }
    let simple_annual_rate = match (loan.method, loan.fee_rate) {
        // A fee for n months, spread over a year: what "8.8 %" looks like as a simple rate.
        (Method::FeeInstallment, Some(fee)) => div(
            mul(fee, Decimal::from(12))?,
            Decimal::from(loan.term_months),
        )?,
        _ => loan.rate.annual(),
    };
    let mut schedule = Schedule {
        rows,
        total_payment,
        total_interest,
        total_fee,
        apr: None,
        effective_annual_rate: None,
        simple_annual_rate,
        interest_saved: None,
    };
    let flows = schedule.cash_flows();
    let certified = match irr {
        Irr::Absent => return Ok(schedule),
        Irr::Certified => super::fast::certified_rates_of(loan.principal, &flows),
        Irr::Decimal => None,
    };
    let (apr, effective_annual_rate) = match certified {
        Some(rates) => rates,
        None => {
            let monthly = monthly_irr(loan.principal, &flows).ok_or(Overflow)?;
            (
                apr_of(monthly),
                effective_annual_rate_of(monthly).ok_or(Overflow)?,
            )
        }
    };
    schedule.apr = Some(apr);
    schedule.effective_annual_rate = Some(effective_annual_rate);
    Ok(schedule)
}
