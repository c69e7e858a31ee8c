//! The fast paths of [`amortize`], giving exactly what the reference planner
//! [`amortize_reference`] gives: integer fen on the hot path and a certified integer IRR for the
//! APR. Anything it cannot prove falls back to the `Decimal` code itself, so there is still one
//! set of money rules (tests/money_fast.rs checks it row by row against [`amortize_reference`]
//! over random loans of every shape).
//!
//! # When it applies
//! - The rows: `equalInstallment`, `equalPrincipal` and `interestFirst` with monthly accrual, no
//!   prepayment, and an annual rate of at most 12 decimal places. [`amortize`] plans every other
//!   loan's rows in `Decimal`, as the reference does.
//! - The APR: every loan ([`certified_rates_of`] for the `Decimal` rows); when the bracket does
//!   not certify the shown rates, the `Decimal` solver decides.
//!
//! # Why it is identical
//! - Interest. [`amortize_reference`] computes `round2(balance × annual × 1 / 12)` in `Decimal`. With a
//!   balance of at most 10^10 fen and a rate mantissa of at most 10^12, `balance × annual` is
//!   exact in `Decimal` (below 2^96, scale ≤ 14). Its quotient by 12 either terminates (then
//!   `Decimal` holds it exactly) or it does not, and then it lies at least 1 / (12 · 10^16) from
//!   any half-fen, far more than `Decimal`'s error at 28 digits (below 10^-19 for amounts below
//!   10^9). So rounding the exact rational half-up, as done here in integers, gives the same fen.
//!   Below 2^32 fen the integer rounding needs no division: a multiply by floor(2^32 × monthly
//!   rate) is at most one short, and one compare of the remainder corrects it (`Reciprocal`).
//! - `round2(P / n)` for equal principal: the same argument with the denominator 100 · n.
//! - The equal payment A is the fen of the very same `Decimal` formula as the reference: bounded
//!   in integers (fixed point, directed rounding) and widened by far more than that formula's
//!   rounding error, it is taken when both ends round to one fen (`certified_annuity`), else the
//!   formula is evaluated.
//! - APR and effective annual rate. The IRR i* is bracketed by integer interval arithmetic:
//!   every product is rounded down for a lower bound and up for an upper bound, so the signs of
//!   the net present value at `lo` and `hi` are certain and `lo ≤ i* ≤ hi`. Flows of one amount
//!   but the last (equal installments, interest first) are bounded in closed form,
//!   A × (1 − v^(n−1)) / i + L × v^n, with the powers of v bounded by squaring under the same
//!   directed rounding; other flows by a pass over them (Horner's rule). The reference's
//!   `Decimal` solver ends within far less than 10^-12 of i* (its steps stop below 10^-18, and
//!   its 28-digit NPV is off by less than 10^-14 fen against a slope of at least one fen per
//!   unit of rate); `apr_of` and `effective_annual_rate_of` are non-decreasing, so when they give
//!   the same value at `lo − 10^-12` and `hi + 10^-12` that is the value the reference shows.
//!   Both rates over that range are first decided in integers: 12x and (1 + x)^12 bounded below
//!   at the low end and above at the high end, widened by far more than `Decimal`'s error
//!   (`apr_between`, `effective_annual_rate_between`); the `Decimal` forms are evaluated only
//!   when those ends round apart. When the `Decimal` ends do not agree either (a rate within
//!   about 10^-11 of a rounding boundary), the `Decimal` solver decides.
//!   Where to put the bracket is found by Newton's method in floating point (a few cheap passes
//!   over the flows); it only steers, so its rounding can cost a fallback, never a wrong rate.
//!   The bracket needs no particular shape of the flows (gaps are zero flows), so it serves daily
//!   accrual, prepayments, bullets and fee plans alike.
//!
//! [`amortize_reference`]: super::amortize_reference

use rust_decimal::Decimal;

use crate::amount::round2;
use crate::error::ValidationErrors;

use super::apr::{apr_of, effective_annual_rate_of, monthly_irr};
use super::arith::div;
use super::loan::{Accrual, Loan, Method, Rate};
use super::methods::{amortize, annuity};
use super::schedule::{Row, Schedule};

/// A schedule with its rows as parallel columns of whole fen (`530727` is 5307.27 CNY).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FenSchedule {
    /// Period index k of each row, 1 for the first.
    pub period: Vec<u32>,
    /// Due date of each row, when the loan has a start date.
    pub due_date: Vec<Option<super::Date>>,
    /// Payment of each row, fen.
    pub payment: Vec<i64>,
    /// Principal of each row, fen.
    pub principal: Vec<i64>,
    /// Interest of each row, fen.
    pub interest: Vec<i64>,
    /// Fee of each row, fen.
    pub fee: Vec<i64>,
    /// Balance after each row, fen.
    pub balance: Vec<i64>,
    /// Prepayment of each row (0 where none), fen; `None` when the plan has no prepayment.
    pub prepayment: Option<Vec<i64>>,
    /// Totals and rates, exactly as [`amortize`] gives them, with `rows` left empty.
    pub totals: Schedule,
}

impl FenSchedule {
    /// The rows as [`Row`]s, as [`amortize`] gives them.
    pub fn rows(&self) -> Vec<Row> {
        (0..self.period.len())
            .map(|i| Row {
                period: self.period[i],
                due_date: self.due_date[i],
                payment: from_fen(self.payment[i]),
                principal: from_fen(self.principal[i]),
                interest: from_fen(self.interest[i]),
                fee: from_fen(self.fee[i]),
                balance: from_fen(self.balance[i]),
                prepayment: self
                    .prepayment
                    .as_ref()
                    .map(|p| p[i])
                    .filter(|&fen| fen != 0)
                    .map(from_fen),
            })
            .collect()
    }

    /// The same plan as a [`Schedule`] with [`Row`]s.
    pub fn into_schedule(self) -> Schedule {
        Schedule {
            rows: self.rows(),
            ..self.totals
        }
    }

    /// The columns of a schedule [`amortize`] made (whole fen by construction).
    fn of_schedule(schedule: Schedule) -> FenSchedule {
        let rows = &schedule.rows;
        let col = |pick: fn(&Row) -> Decimal| rows.iter().map(|r| fen_of(pick(r))).collect();
        FenSchedule {
            period: rows.iter().map(|r| r.period).collect(),
            due_date: rows.iter().map(|r| r.due_date).collect(),
            payment: col(|r| r.payment),
            principal: col(|r| r.principal),
            interest: col(|r| r.interest),
            fee: col(|r| r.fee),
            balance: col(|r| r.balance),
            prepayment: rows
                .iter()
                .any(|r| r.prepayment.is_some())
                .then(|| col(|r| r.prepayment.unwrap_or_default())),
            totals: Schedule {
                rows: Vec::new(),
                ..schedule
            },
        }
    }
}

/// [`amortize`] itself (which now takes the fast paths), kept under its earlier name.
///
/// ```
/// use credit_sim::money::{amortize_reference, fast::amortize_fast, Loan, Method, Rate};
/// use rust_decimal::Decimal;
/// let loan = Loan::new(Decimal::from(1_000_000), 360, Method::EqualInstallment, Rate::Annual(Decimal::new(49, 3)));
/// assert_eq!(amortize_fast(&loan), amortize_reference(&loan));
/// ```
pub fn amortize_fast(loan: &Loan) -> Result<Schedule, ValidationErrors> {
    amortize(loan)
}

/// Plans `loan` exactly as [`amortize`] does, with the rows as columns of whole fen: the integer
/// path when it applies, else [`amortize`]'s schedule converted.
pub fn amortize_fen(loan: &Loan) -> Result<FenSchedule, ValidationErrors> {
    loan.validate()?;
    match fast_schedule(loan) {
        Some(fen) => Ok(fen),
        None => amortize(loan).map(FenSchedule::of_schedule),
    }
}

/// True when [`amortize`] takes the integer path for `loan`'s rows (it is valid and eligible).
pub fn takes_fast_path(loan: &Loan) -> bool {
    loan.validate().is_ok() && fast_schedule(loan).is_some()
}

/// Whole fen of an amount (rounded to the fen first; every stored amount already is), saturating
/// far beyond MONEY.md's limits.
pub fn fen_of(amount: Decimal) -> i64 {
    let mut rounded = round2(amount);
    rounded.rescale(2);
    i64::try_from(rounded.mantissa()).unwrap_or(if rounded.is_sign_negative() {
        i64::MIN
    } else {
        i64::MAX
    })
}

/// The largest rate mantissa and scale the proof above covers.
const MAX_RATE_SCALE: u32 = 12;

/// Whole fen of an amount that is exactly whole fen, else `None`.
fn to_fen(amount: Decimal) -> Option<i64> {
    let mut scaled = amount;
    scaled.rescale(2);
    if scaled != amount {
        return None;
    }
    i64::try_from(scaled.mantissa()).ok()
}

fn from_fen(fen: i64) -> Decimal {
    Decimal::new(fen, 2)
}

/// `num / den` rounded half-up, for `num ≥ 0`, `den > 0`.
fn div_half_up(num: u128, den: u128) -> Option<u128> {
    let q = num.checked_div(den)?;
    let r = num.checked_rem(den)?;
    Some(if r.checked_mul(2)? >= den { q + 1 } else { q })
}

/// `round_half_up(balance × rate_mantissa / den)` for every balance of one loan, prepared once:
/// without a division when the balance is below 2^32 ([`Reciprocal`]), else in `u64` when the
/// product fits (wasm's `u128` arithmetic is a slow library call), else in `u128`.
struct InterestStep {
    rate: u128,
    den: u128,
    /// `rate` and `den` in `u64`, and the largest balance whose product with `rate` fits in `u64`;
    /// `None` when they do not fit.
    small: Option<(u64, u64, u64)>,
    reciprocal: Option<Reciprocal>,
}

/// `round_half_up(owed × rate / den)` by multiplying, for `owed ≤ largest` (below 2^32, and
/// `owed × rate + den / 2` fits in `u64`) and an even `den` above `rate`. With the monthly rate
/// c = rate / den < 1 and `scaled` = floor(c × 2^32), the quotient y = floor(owed × c + 1/2) is
/// approached by y' = floor((owed × scaled + 2^31) / 2^32): y' ≤ y because scaled / 2^32 ≤ c, and
/// y' > y − 1 because owed × (c − scaled / 2^32) < owed / 2^32 < 1 (the products fit in `u64` as
/// owed, scaled < 2^32). So x − y' × den, with x = owed × rate + den / 2, lies in [0, 2 den), and
/// one compare finds y. A division costs 10 to 40 cycles and each row waits for the one before.
#[derive(Clone, Copy)]
struct Reciprocal {
    rate: u64,
    den: u64,
    half: u64,
    scaled: u64,
    largest: u64,
}

impl Reciprocal {
    fn new(rate: u64, den: u64) -> Option<Reciprocal> {
        if den % 2 != 0 || rate >= den {
            return None;
        }
        let half = den / 2;
        let scaled = u64::try_from((u128::from(rate) << 32) / u128::from(den)).ok()?;
        let fits = (u64::MAX - half).checked_div(rate).unwrap_or(u64::MAX);
        Some(Reciprocal {
            rate,
            den,
            half,
            scaled,
            largest: fits.min(u64::from(u32::MAX)),
        })
    }

    /// The rounded interest on `owed`, for `owed ≤ self.largest`.
    #[inline(always)]
    fn interest(self, owed: u64) -> u64 {
        let exact = owed.wrapping_mul(self.rate).wrapping_add(self.half);
        let near = owed.wrapping_mul(self.scaled).wrapping_add(1 << 31) >> 32;
        let rest = exact.wrapping_sub(near.wrapping_mul(self.den));
        near + u64::from(rest >= self.den)
    }
}

impl InterestStep {
    fn new(rate: u128, den: u128) -> Option<InterestStep> {
        if den == 0 {
            return None;
        }
        let small = match (u64::try_from(rate), u64::try_from(den)) {
            (Ok(r), Ok(d)) => Some((r, d, u64::MAX.checked_div(r).unwrap_or(u64::MAX))),
            _ => None,
        };
        let reciprocal = small.and_then(|(r, d, _)| Reciprocal::new(r, d));
        Some(InterestStep {
            rate,
            den,
            small,
            reciprocal,
        })
    }

    #[inline(always)]
    fn interest(&self, balance: i64) -> Option<i64> {
        let owed = u64::try_from(balance).ok()?;
        if let Some(fast) = self.reciprocal {
            if owed <= fast.largest {
                return i64::try_from(fast.interest(owed)).ok();
            }
        }
        if let Some((rate, den, largest)) = self.small {
            // A compare instead of `checked_mul`: on wasm32 an overflow-checked `u64` multiply
            // is a call to the 128-bit multiply, the most expensive step of a row.
            if owed <= largest {
                let num = owed.wrapping_mul(rate);
                let q = num / den;
                let r = num - q * den;
                return i64::try_from(if r >= den - r { q + 1 } else { q }).ok();
            }
        }
        let q = div_half_up(u128::from(owed).checked_mul(self.rate)?, self.den)?;
        i64::try_from(q).ok()
    }
}

/// The integer plan of `loan` when it is eligible (see the module's doc); `None` otherwise. The
/// caller has validated `loan`.
pub(crate) fn fast_schedule(loan: &Loan) -> Option<FenSchedule> {
    let (mut out, principal, annual) = fast_rows(loan)?;
    let (apr, effective_annual_rate) = rates(principal, &out.payment, annual)?;
    out.totals.apr = Some(apr);
    out.totals.effective_annual_rate = Some(effective_annual_rate);
    Some(out)
}

/// The payment of every row of `loan`, planned on the fast path alone, without totals or rates:
/// for callers that need only the instalments, such as the offers' debt-service test (which
/// the page's headline runs on every keystroke). The same figures as [`amortize`]'s rows.
///
/// `None` when the loan is not valid or lies outside the fast path (see "When it applies");
/// [`amortize`] plans those.
///
/// ```
/// use credit_sim::money::{amortize, fast, Loan, Method, Rate};
/// use rust_decimal::Decimal;
/// let loan = Loan::new(Decimal::from(1_000_000), 360, Method::EqualInstallment, Rate::Annual(Decimal::new(49, 3)));
/// let payments = fast::payments(&loan).unwrap();
/// assert_eq!(payments[0].to_string(), "5307.27");
/// let rows = amortize(&loan).unwrap().rows;
/// assert!(rows.iter().zip(&payments).all(|(row, p)| row.payment == *p));
/// ```
pub fn payments(loan: &Loan) -> Option<Vec<Decimal>> {
    loan.validate().ok()?;
    let (rows, _, _) = fast_rows(loan)?;
    Some(rows.payment.into_iter().map(from_fen).collect())
}

/// [`payments`], and the APR [`amortize`] gives the same loan when the fast path also finds its
/// rates (`None` then means [`amortize`] would take the slow path for it): one plan where a
/// caller needs both, such as a portfolio testing a limit and then quoting its APR.
///
/// ```
/// use credit_sim::money::{amortize, fast, Loan, Method, Rate};
/// use rust_decimal::Decimal;
/// let loan = Loan::new(Decimal::from(30_000), 12, Method::EqualInstallment, Rate::Annual(Decimal::new(108, 3)));
/// let (payments, apr) = fast::payments_and_apr(&loan).unwrap();
/// assert_eq!(Some(payments), fast::payments(&loan));
/// assert_eq!(apr, amortize(&loan).unwrap().apr);
/// ```
pub fn payments_and_apr(loan: &Loan) -> Option<(Vec<Decimal>, Option<Decimal>)> {
    loan.validate().ok()?;
    let (rows, principal, annual) = fast_rows(loan)?;
    let apr = rates(principal, &rows.payment, annual).map(|(apr, _)| apr);
    Some((rows.payment.into_iter().map(from_fen).collect(), apr))
}

/// The rows and totals of a loan on the fast path, the rates left at zero: with the principal
/// in fen and the annual rate, which [`rates`] needs next.
fn fast_rows(loan: &Loan) -> Option<(FenSchedule, i64, Decimal)> {
    let Rate::Annual(annual) = loan.rate else {
        return None;
    };
    let eligible = matches!(
        loan.method,
        Method::EqualInstallment | Method::EqualPrincipal | Method::InterestFirst
    ) && loan.accrual == Accrual::Monthly
        && loan.prepayment.is_none()
        && loan.payoff_date.is_none()
        && loan.fee_rate.is_none()
        && annual.scale() <= MAX_RATE_SCALE
        && !annual.is_sign_negative();
    if !eligible {
        return None;
    }
    // Powers of ten in `u64` (the scale is at most 12): a `u128` multiply is a library call in wasm.
    let rate_mantissa = u128::try_from(annual.mantissa()).ok()?;
    if rate_mantissa > u128::from(10_u64.pow(MAX_RATE_SCALE)) {
        return None;
    }
    // interest = round_half_up(balance × rate_mantissa / (12 × 10^scale)).
    let step = InterestStep::new(rate_mantissa, u128::from(12 * 10_u64.pow(annual.scale())))?;
    let principal = to_fen(loan.principal)?;
    let n = loan.term_months;
    let level: i64 = match loan.method {
        Method::EqualInstallment => annuity_fen(principal, loan.principal, annual, n)?,
        Method::EqualPrincipal => {
            i64::try_from(div_half_up(u128::try_from(principal).ok()?, u128::from(n))?).ok()?
        }
        _ => 0,
    };
    let dates = match loan.start_date {
        None => None,
        Some(start) => Some(
            (0..=n)
                .map(|k| start.add_months(k))
                .collect::<Option<Vec<_>>>()?,
        ),
    };
    if level < 0 || principal < 0 {
        return None;
    }
    // Balances never rise, so when the principal is within the reciprocal's range every balance
    // is: then the interest of a row needs no range check.
    let reciprocal = step
        .reciprocal
        .filter(|fast| principal.unsigned_abs() <= fast.largest);
    let planned = match reciprocal {
        Some(fast) => rows_by_method(loan.method, principal, n, level, |balance| {
            i64::try_from(fast.interest(balance.unsigned_abs())).ok()
        }),
        None => rows_by_method(loan.method, principal, n, level, |balance| {
            step.interest(balance)
        }),
    };
    let (columns, total_interest) = planned?;
    let rows = columns.payment.len();
    let total_payment = principal.checked_add(total_interest)?;
    let count = u32::try_from(rows).ok()?;
    let mut out = FenSchedule {
        period: (1..=count).collect(),
        due_date: match dates {
            Some(dates) => dates.into_iter().skip(1).take(rows).map(Some).collect(),
            None => vec![None; rows],
        },
        payment: columns.payment,
        principal: columns.principal,
        interest: columns.interest,
        fee: vec![0; rows],
        balance: columns.balance,
        prepayment: None,
        totals: Schedule {
            rows: Vec::new(),
            total_payment: Decimal::ZERO,
            total_interest: Decimal::ZERO,
            total_fee: from_fen(0),
            apr: None,
            effective_annual_rate: None,
            simple_annual_rate: annual,
            interest_saved: None,
        },
    };
    out.totals.total_payment = from_fen(total_payment);
    out.totals.total_interest = from_fen(total_interest);
    Some((out, principal, annual))
}

/// The four amount columns of the rows a loop plans.
struct RowColumns {
    payment: Vec<i64>,
    principal: Vec<i64>,
    interest: Vec<i64>,
    balance: Vec<i64>,
}

/// The rows of `method` (level: A or the equal principal, both at least 0), one loop per method
/// so that no row asks which method it is.
#[inline(always)]
fn rows_by_method(
    method: Method,
    principal: i64,
    n: u32,
    level: i64,
    interest_of: impl Fn(i64) -> Option<i64>,
) -> Option<(RowColumns, i64)> {
    match method {
        // Both at least 0, so the difference cannot overflow.
        Method::EqualInstallment => {
            plan_rows(principal, n, interest_of, |interest| level - interest)
        }
        Method::EqualPrincipal => plan_rows(principal, n, interest_of, |_| level),
        _ => plan_rows(principal, n, interest_of, |_| 0),
    }
}

/// The rows from `principal` (at least 0) over at most `n` months, with each row's interest
/// `interest_of` its opening balance and its principal `scheduled` from its interest, made at
/// least 0 and at most the balance, the last row paying what is left; and the total interest.
/// So 0 ≤ paid ≤ balance: the balance never rises nor overflows. `None` on overflow or when the
/// loan is not paid off.
#[inline(always)]
fn plan_rows(
    principal: i64,
    n: u32,
    interest_of: impl Fn(i64) -> Option<i64>,
    scheduled: impl Fn(i64) -> i64,
) -> Option<(RowColumns, i64)> {
    // Pushed into room made once: no zeroing of columns that every row overwrites, and in wasm
    // cheaper than writing by index.
    let cap = usize::try_from(n).ok()?;
    let mut out = RowColumns {
        payment: Vec::with_capacity(cap),
        principal: Vec::with_capacity(cap),
        interest: Vec::with_capacity(cap),
        balance: Vec::with_capacity(cap),
    };
    let mut balance = principal;
    let mut total_interest = 0_i64;
    for k in 1..=n {
        let interest = interest_of(balance)?;
        let paid = if k == n {
            balance
        } else {
            scheduled(interest).max(0).min(balance)
        };
        balance -= paid;
        total_interest = total_interest.checked_add(interest)?;
        out.payment.push(paid.checked_add(interest)?);
        out.principal.push(paid);
        out.interest.push(interest);
        out.balance.push(balance);
        if balance == 0 {
            break;
        }
    }
    // Paid off (always, for a term of at least one month), so the principals add up to the
    // principal and the total payment is the principal plus the total interest.
    (balance == 0).then_some((out, total_interest))
}

/// MONEY.md's A in fen for a principal of `principal_fen` (= `balance`): what [`annuity`]
/// gives, decided in integers when they can (`certified_annuity`), else by [`annuity`] itself.
fn annuity_fen(principal_fen: i64, balance: Decimal, annual: Decimal, periods: u32) -> Option<i64> {
    let monthly = div(annual, Decimal::from(12)).ok()?;
    match certified_annuity(principal_fen, monthly, periods) {
        Some(fen) => Some(fen),
        None => to_fen(annuity(balance, annual, periods).ok()?),
    }
}

/// [`annuity`]'s fen when integer bounds decide it, for the `Decimal` monthly rate m it uses
/// (0 < m < 1) and n months; `None` when they may not (then [`annuity`] decides).
///
/// [`annuity`] rounds half-up A_d = P·m·g / (g − 1) with g = (1 + m)^n, each step in `Decimal`:
/// 1 + m and g − 1 are exact, and each product or quotient is the exact one rounded to 28
/// digits or to 10^-28 (error at most 1.3 × 10^-28 relatively plus 10^-28 CNY). Compounded over
/// the squarings of g (values ≥ 1) and amplified by K = g / (g − 1) in g − 1, A_d lies within
/// 4 × 10^-25 × K × A + 3 × 10^-26 × K fen of the exact A = P·m / (1 − v^n), v = 1 / (1 + m).
/// Here A is bounded below and above with m, v, v^n and 1 / (1 − v^n) in fixed point, each
/// rounded the way that keeps the bound, and widened by (A × 2^-70 + 2^-62) × K fen, thousands
/// of times that error; when both ends round to the same fen, so does A_d.
fn certified_annuity(principal_fen: i64, monthly: Decimal, periods: u32) -> Option<i64> {
    let (mantissa, den) = (
        u128::try_from(monthly.mantissa()).ok()?,
        10_u128.checked_pow(monthly.scale())?,
    );
    if mantissa == 0 || mantissa >= den {
        return None;
    }
    let principal = u128::try_from(principal_fen).ok()?;
    // m in Q64 and v = den / (den + mantissa) in Q63, each rounded down (and up by one).
    let (m_down, m_inexact) = fraction_q(mantissa, den, 64)?;
    let m_up = m_down + u128::from(m_inexact);
    let (v_down, _) = fraction_q(den, den.checked_add(mantissa)?, 63)?;
    let v_down = u64::try_from(v_down).ok()?;
    let v_up = Some(v_down + 1).filter(|&v| v < ONE_Q63)?;
    // u = A × 2^63 = P × m_q × R / 2^64 with R = 2^126 / (2^63 − v^n) (1 / (1 − v^n) in Q63).
    let bound = |m_q: u128, v: u64, up: bool| -> Option<(u128, u128)> {
        let power = power_q63(v, periods, up)?;
        let gap = u128::from(ONE_Q63.checked_sub(power).filter(|&g| g > 0)?);
        let reciprocal = (1_u128 << 126) / gap + u128::from(up && (1_u128 << 126) % gap != 0);
        Some((
            product_q64(principal.checked_mul(m_q)?, reciprocal, up)?,
            reciprocal,
        ))
    };
    let (low, _) = bound(m_down, v_down, false)?;
    let (high, reciprocal) = bound(m_up, v_up, true)?;
    // K ≤ R / 2^63 + 2; the widening in units of 2^-63 fen.
    let k = (reciprocal >> 63) + 2;
    let margin = ((high >> 70) + 2).checked_mul(k)?;
    let fen = |u: u128| -> Option<u128> { Some(u.checked_add(1 << 62)? >> 63) };
    let (fen_low, fen_high) = (
        fen(low.checked_sub(margin)?)?,
        fen(high.checked_add(margin)?)?,
    );
    (fen_low == fen_high)
        .then(|| i64::try_from(fen_low).ok())
        .flatten()
}

/// floor(num × 2^bits / den) and whether it left a remainder, for num < den < 2^94 and
/// bits ≤ 64: two steps of at most 32 bits, so every intermediate fits in `u128`.
fn fraction_q(num: u128, den: u128, bits: u32) -> Option<(u128, bool)> {
    if num >= den || den >= 1 << 94 || bits > 64 {
        return None;
    }
    let first = bits.min(32);
    let second = bits - first;
    let (q1, r1) = ((num << first) / den, (num << first) % den);
    let (q2, r2) = ((r1 << second) / den, (r1 << second) % den);
    Some(((q1 << second) | q2, r2 != 0))
}

/// `apr` and `effectiveAnnualRate` of the flows (payment of period k = `flows[k-1]`): certified
/// by the integer bracket when possible, else from the same `Decimal` solver as the reference.
fn rates(principal: i64, flows: &[i64], annual: Decimal) -> Option<(Decimal, Decimal)> {
    // Start at the nominal monthly rate, which the IRR of these plans is very close to.
    let start = u128::try_from(annual.mantissa())
        .ok()?
        .checked_mul(ONE_Q64)?
        / (12 * 10_u128.pow(annual.scale()));
    if let Some(found) = certified_rates(principal, flows, start, true) {
        return Some(found);
    }
    let cash: Vec<(u32, Decimal)> = (1..)
        .zip(flows)
        .map(|(k, &fen)| (k, from_fen(fen)))
        .collect();
    let monthly = monthly_irr(from_fen(principal), &cash)?;
    Some((apr_of(monthly), effective_annual_rate_of(monthly)?))
}

/// Fixed point: a rate i is `i × 2^64`; a discount factor v ≤ 1 is `v × 2^63`; amounts are
/// fen × 2^24.
const ONE_Q64: u128 = 1 << 64;
const ONE_Q63: u64 = 1 << 63;
const AMOUNT_SHIFT: u32 = 24;

/// `floor(a × v / 2^63)` for `v < 2^63`, and whether the division left a remainder, with
/// 32-bit limbs: wasm has no 64 × 64 → 128 multiply, and `u128` products go through a slow
/// library call. (At 2^64, with both factors split in halves, LLVM sees the pattern and calls
/// that library function again; splitting v at bit 31 keeps the four multiplies inline.)
#[cfg_attr(not(any(target_arch = "wasm32", test)), allow(dead_code))]
#[inline(always)]
fn mul_q63_limbs(a: u64, v: u64) -> (u64, bool) {
    const LOW: u64 = 0xffff_ffff;
    const LOW31: u64 = LOW >> 1;
    // a × v = p11 × 2^63 + p10 × 2^32 + p01 × 2^31 + p00, each product below 2^64.
    let (a1, a0, v1, v0) = (a >> 32, a & LOW, v >> 31, v & LOW31);
    let (p00, p01, p10, p11) = (a0 * v0, a0 * v1, a1 * v0, a1 * v1);
    // The terms below 2^63, in units of 2^31; `mid` is below 3 × 2^32.
    let mid = (p00 >> 31) + (p01 & LOW) + ((p10 & LOW31) << 1);
    let high = p11 + (p01 >> 32) + (p10 >> 31) + (mid >> 32);
    (high, mid & LOW != 0 || p00 & LOW31 != 0)
}

/// The same as [`mul_q63_limbs`] with one 64 × 64 → 128 multiply, where the machine has it.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
#[inline(always)]
#[allow(clippy::cast_possible_truncation)]
fn mul_q63_wide(a: u64, v: u64) -> (u64, bool) {
    let product = u128::from(a) * u128::from(v);
    (
        (product >> 63) as u64,
        product & u128::from(ONE_Q63 - 1) != 0,
    )
}

#[cfg(target_arch = "wasm32")]
use mul_q63_limbs as mul_q63;
#[cfg(not(target_arch = "wasm32"))]
use mul_q63_wide as mul_q63;

/// A lower and an upper bound of `a × v / 2^63` for `v < 2^63`, at most 3 apart, from three
/// 32-bit-limb products: the lowest one and the low halves of the middle ones, left out, are
/// worth less than 3 units together. For the pass over the flows in wasm, where a fourth
/// multiply and its carries cost a fifth of each step; 3 units of 2^-24 fen per flow are far
/// below what the bracket's signs need.
#[cfg_attr(not(any(target_arch = "wasm32", test)), allow(dead_code))]
#[inline(always)]
fn mul_q63_bounds_limbs(a: u64, v: u64) -> (u64, u64) {
    const LOW: u64 = 0xffff_ffff;
    const LOW31: u64 = LOW >> 1;
    let (a1, a0, v1, v0) = (a >> 32, a & LOW, v >> 31, v & LOW31);
    // a × v / 2^63 = a1·v1 + a1·v0 / 2^31 + a0·v1 / 2^32 + a0·v0 / 2^63, the last below 1.
    let low = a1 * v1 + ((a1 * v0) >> 31) + ((a0 * v1) >> 32);
    // Below a (as v < 1), so `a` caps the upper bound where adding 3 would overflow.
    (low, low.saturating_add(3).min(a))
}

/// The same bounds as [`mul_q63_bounds_limbs`], exact (floor and ceiling), where the machine
/// has a 64 × 64 → 128 multiply.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
#[inline(always)]
fn mul_q63_bounds_wide(a: u64, v: u64) -> (u64, u64) {
    let (q, rest) = mul_q63_wide(a, v);
    (q, q + u64::from(rest))
}

#[cfg(target_arch = "wasm32")]
use mul_q63_bounds_limbs as mul_q63_bounds;
#[cfg(not(target_arch = "wasm32"))]
use mul_q63_bounds_wide as mul_q63_bounds;

/// v = 1/(1+i) in Q63 for `i_q = i × 2^64`, rounded down: floor(2^127 / (2^64 + i_q)).
fn discount_q63(i_q: u128) -> Option<u64> {
    let one_plus = ONE_Q64.checked_add(i_q)?;
    u64::try_from((1_u128 << 127) / one_plus).ok()
}

/// Fen × 2^24 of a flow or the principal. A compare and a shift: on wasm32 an overflow-checked
/// `u64` multiply is a call to the 128-bit multiply.
#[inline(always)]
fn scaled(fen: i64) -> Option<u64> {
    let fen = u64::try_from(fen).ok()?;
    (fen <= u64::MAX >> AMOUNT_SHIFT).then_some(fen << AMOUNT_SHIFT)
}

/// Certain bounds of NPV(i) = Σ flows[k-1] / (1+i)^k − principal, in fen × 2^24: a lower
/// bound at `lo_q` (every product and v rounded down) and an upper bound at `hi_q` (rounded up).
/// By Horner's rule over each half of the flows, NPV = front + v^h × back for the first h
/// flows: the four chains (two halves, two ends) are independent, so they run side by side.
fn npv_bounds(principal: i64, flows: &[i64], lo_q: u128, hi_q: u128) -> Option<(i128, i128)> {
    // Below 2^63 for the multiply; only i = 0 gives 2^63, where any lower bound will do.
    let v_lo = discount_q63(lo_q)?.min(ONE_Q63 - 1);
    // floor(2^127 / (2^64 + hi_q)) + 1 ≥ v × 2^63; when that is 2^63 itself (i within 2^-63 of
    // 0), multiplying by 1 (leaving the sum as it is) is still an upper bound.
    let v_hi = Some(discount_q63(hi_q)? + 1).filter(|&v| v < ONE_Q63);
    let times_up = |t: u64, v: Option<u64>| match v {
        Some(v) => {
            let (q, rest) = mul_q63(t, v);
            q + u64::from(rest)
        }
        None => t,
    };
    // One Horner step of both ends; saturating keeps a lower bound a lower bound.
    let step = |(low, high): (u64, u64), amount: i64| -> Option<(u64, u64)> {
        let a = scaled(amount)?;
        let t = high.checked_add(a)?;
        Some((
            mul_q63_bounds(low.saturating_add(a), v_lo).0,
            v_hi.map_or(t, |v| mul_q63_bounds(t, v).1),
        ))
    };
    let (front, back) = flows.split_at(flows.len() / 2);
    let (back_head, back_tail) = back.split_at(front.len());
    let mut back_sum = (0, 0);
    for &amount in back_tail.iter().rev() {
        back_sum = step(back_sum, amount)?;
    }
    let mut front_sum = (0, 0);
    for (&first, &second) in front.iter().rev().zip(back_head.iter().rev()) {
        front_sum = step(front_sum, first)?;
        back_sum = step(back_sum, second)?;
    }
    let h = u32::try_from(front.len()).ok()?;
    let low = front_sum
        .0
        .saturating_add(mul_q63(back_sum.0, power_q63(v_lo, h, false)?).0);
    let v_hi_h = match v_hi {
        Some(v) => Some(power_q63(v, h, true)?).filter(|&p| p < ONE_Q63),
        None => None,
    };
    let high = front_sum.1.checked_add(times_up(back_sum.1, v_hi_h))?;
    let owed = i128::from(scaled(principal)?);
    Some((i128::from(low) - owed, i128::from(high) - owed))
}

/// The same bounds as [`npv_bounds`] for flows of one amount A but the last, L (equal
/// installments; interest first), in closed form: NPV(i) = A × G − P + L × v^n with
/// G = v + … + v^(n−1) = (1 − v^(n−1)) / i, since 1 − v = i × v. The powers of v are bounded
/// below and above by squaring with products rounded down, resp. up, so about 40 products
/// instead of one per flow. `None` for other flows or when it does not fit (i = 0, or within
/// 2^-62 of it); [`npv_bounds`] then decides.
fn level_bounds(principal: i64, flows: &[i64], lo_q: u128, hi_q: u128) -> Option<(i128, i128)> {
    let (&last, level) = flows.split_last()?;
    let amount = level.first().copied().unwrap_or(0);
    if level.iter().any(|&a| a != amount) {
        return None;
    }
    let (amount, last, owed) = (
        scaled(amount)?,
        scaled(last)?,
        i128::from(scaled(principal)?),
    );
    let m = u32::try_from(level.len()).ok()?;
    // G is bounded below with v^m bounded above, and the other way round.
    let sum_and_last = |i_q: u128, upper: bool| -> Option<u128> {
        let v_down = discount_q63(i_q)?;
        let v_up = Some(v_down + 1).filter(|&v| v < ONE_Q63)?;
        let (power_m, v) = if upper {
            (power_q63(v_down, m, false)?, v_up)
        } else {
            (power_q63(v_up, m, true)?, v_down)
        };
        // The other bound of v^m, for the last flow's v^n = v^m × v.
        let last_m = power_q63(v, m, upper)?;
        let (last_n, rest) = mul_q63(last_m, v);
        let last_n = last_n + u64::from(upper && rest);
        // A × G in fen × 2^24 is A_s × (2^63 − V) × 2 / i_q (V = v^m in Q63, i = i_q / 2^64).
        let top = u128::from(amount).checked_mul(u128::from(ONE_Q63 - power_m) * 2)?;
        let level_part = if upper {
            top.checked_div(i_q)? + u128::from(top % i_q != 0)
        } else {
            top.checked_div(i_q)?
        };
        let (last_part, rest) = mul_q63(last, last_n);
        level_part.checked_add(u128::from(last_part) + u128::from(upper && rest))
    };
    let below = i128::try_from(sum_and_last(lo_q, false)?).ok()? - owed;
    let above = i128::try_from(sum_and_last(hi_q, true)?).ok()? - owed;
    Some((below, above))
}

/// v^k in Q63 for `v < 2^63`, by squaring, every product rounded down or (`up`) up; 1 is 2^63.
fn power_q63(v: u64, k: u32, up: bool) -> Option<u64> {
    let product = |a: u64, b: u64| {
        let (q, rest) = mul_q63(a, b);
        q + u64::from(up && rest)
    };
    // `None` stands for 1 (2^63 is not a valid second factor).
    let mut result: Option<u64> = None;
    let (mut square, mut rest) = (v, k);
    while rest > 0 {
        if rest & 1 == 1 {
            result = Some(result.map_or(square, |r| product(r, square)));
        }
        rest >>= 1;
        if rest > 0 {
            square = product(square, square);
        }
    }
    Some(result.unwrap_or(ONE_Q63))
}

/// An approximate NPV (fen) and dNPV/di (fen per unit of rate) at the monthly rate `i`, in
/// floating point: only to steer Newton's method, never to decide (the bracket does that, in
/// integers), so no amount is ever computed with it.
#[allow(clippy::cast_precision_loss)]
fn npv_and_slope(principal: i64, flows: &[i64], i: f64) -> (f64, f64) {
    let v = 1.0 / (1.0 + i);
    // Horner: s ← (s + a)·v, and dS/dv by d ← d·v + (s + a).
    let (mut s, mut d) = (0.0_f64, 0.0_f64);
    for &amount in flows.iter().rev() {
        let t = s + amount as f64;
        d = d * v + t;
        s = t * v;
    }
    // dNPV/di = −v² · dS/dv; the loop's last step multiplied d by one v less than s.
    (s - principal as f64, -(d * v * v))
}

/// `apr` and `effectiveAnnualRate` of borrowing `principal` and paying `flows` (period index,
/// amount; increasing periods, whole fen), when the integer bracket certifies them: then they
/// are exactly what [`monthly_irr`] with [`apr_of`] and [`effective_annual_rate_of`] give.
/// `None` when it cannot (the caller then uses the `Decimal` solver).
pub(crate) fn certified_rates_of(
    principal: Decimal,
    flows: &[(u32, Decimal)],
) -> Option<(Decimal, Decimal)> {
    let principal = to_fen(principal)?;
    let last = flows.last()?.0;
    let mut dense = vec![0_i64; usize::try_from(last).ok()?];
    let mut at = 0_u32;
    for &(period, amount) in flows {
        if period <= at {
            return None;
        }
        at = period;
        *dense.get_mut(usize::try_from(period).ok()?.checked_sub(1)?)? = to_fen(amount)?;
    }
    certified_rates(
        principal,
        &dense,
        simple_rate_q64(principal, &dense)?,
        false,
    )
}

/// A first guess of the monthly IRR in Q64: the simple-interest rate, the gain per month over
/// the payments' mean time, (total − P) · total / (P · Σ k · a_k); 0 if it does not fit.
fn simple_rate_q64(principal: i64, flows: &[i64]) -> Option<u128> {
    let (mut total, mut weighted) = (0_u128, 0_u128);
    for (k, &amount) in (1_u128..).zip(flows) {
        let amount = u128::try_from(amount).ok()?;
        total = total.checked_add(amount)?;
        weighted = weighted.checked_add(amount.checked_mul(k)?)?;
    }
    let principal = u128::try_from(principal).ok()?;
    let guess = total
        .checked_sub(principal)
        .and_then(|gain| gain.checked_mul(ONE_Q64))
        .and_then(|gain| gain.checked_div(principal))
        .and_then(|ratio| ratio.checked_mul(total))
        .and_then(|scaled| scaled.checked_div(weighted));
    Some(guess.unwrap_or(0))
}

/// Rates when the integer bracket certifies them, Newton's method starting at `start` (Q64);
/// `None` to fall back. `close` says the start is the nominal rate of a plan without fees, which
/// is usually within 2^-28 of the IRR (only the rounding of each row to the fen moves it): then a
/// bracket around the start is tried first, two passes over the flows and no search.
fn certified_rates(
    principal: i64,
    flows: &[i64],
    start: u128,
    close: bool,
) -> Option<(Decimal, Decimal)> {
    // One pass: no negative flow, and the total.
    let total = flows
        .iter()
        .try_fold(0_i64, |s, &a| (a >= 0).then(|| s.checked_add(a)).flatten())?;
    if total <= principal {
        return None;
    }
    if close {
        if let Some(found) = certify(principal, flows, start, &[1 << 36])? {
            return Some(found);
        }
    }
    // Newton's method on the floating-point NPV, from the start, until its steps are far below
    // the narrowest bracket; then the integer bracket around where it ends decides.
    #[allow(clippy::cast_precision_loss)]
    let mut x = start as f64 / ONE_Q64 as f64;
    for _ in 0..40 {
        let (npv, slope) = npv_and_slope(principal, flows, x);
        if slope.is_nan() || slope >= 0.0 || !npv.is_finite() {
            return None;
        }
        let step = npv / slope;
        x = (x - step).max(0.0);
        // 2^-50 of a unit of rate is 2^14 in Q64, against the narrowest bracket's 2^20.
        if step.abs() < 1.0 / (1_u64 << 50) as f64 {
            break;
        }
    }
    if !x.is_finite() || x >= 1e6 {
        return None;
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let x_q = (x * ONE_Q64 as f64) as u128;
    certify(principal, flows, x_q, &[1 << 20, 1 << 30, 1 << 36])?
}

/// The rates if NPV is certainly positive at `x − width` and negative at `x + width` for one of
/// `widths` and the rates agree over that bracket; `Some(None)` when not; `None` on overflow.
fn certify(
    principal: i64,
    flows: &[i64],
    x: u128,
    widths: &[u128],
) -> Option<Option<(Decimal, Decimal)>> {
    for &width in widths {
        let (lo_q, hi_q) = (x.saturating_sub(width), x.checked_add(width)?);
        // NPV(0) = total − principal > 0 (checked by the caller), so a bracket from 0 needs no
        // lower bound.
        let level = level_bounds(principal, flows, lo_q, hi_q);
        let (below, above) = match level {
            Some(found) => found,
            None => npv_bounds(principal, flows, lo_q, hi_q)?,
        };
        if (lo_q == 0 || below > 0) && above < 0 {
            return Some(rates_between(lo_q, hi_q));
        }
    }
    Some(None)
}

/// The shown rates if they are the same everywhere in [lo − 10^-12, hi + 10^-12].
fn rates_between(lo_q: u128, hi_q: u128) -> Option<(Decimal, Decimal)> {
    const SCALE: u32 = 19;
    let ten = 10_u128.pow(SCALE);
    let lo_digits = lo_q.checked_mul(ten)? >> 64;
    // Integer bounds decide both rates first, where the `Decimal` low end below is above zero
    // (at zero its rates keep scale 0, "0" and not "0.0000": that form decides those).
    if lo_digits > 10_u128.pow(SCALE - 12) {
        let apr = apr_between(lo_q, hi_q);
        if let (Some(apr), Some(ear)) = (apr, effective_annual_rate_between(lo_q, hi_q)) {
            return Some((apr, ear));
        }
    }
    let margin = Decimal::new(1, 12);
    let lo = Decimal::try_from_i128_with_scale(i128::try_from(lo_digits).ok()?, SCALE)
        .ok()?
        .checked_sub(margin)?
        .max(Decimal::ZERO);
    let hi = Decimal::try_from_i128_with_scale(
        i128::try_from(hi_q.checked_mul(ten)?.div_ceil(ONE_Q64)).ok()?,
        SCALE,
    )
    .ok()?
    .checked_add(margin)?;
    let (apr_lo, apr_hi) = (apr_of(lo), apr_of(hi));
    let (ear_lo, ear_hi) = (effective_annual_rate_of(lo)?, effective_annual_rate_of(hi)?);
    (apr_lo == apr_hi && ear_lo == ear_hi).then_some((apr_lo, ear_lo))
}

/// [`apr_of`] of every monthly rate in [lo − 10^-12, hi + 10^-12] (Q64), when it is one value.
/// That function shows round_half_up(10^4 × 12x), with 12x a `Decimal` product (exact to 28
/// digits, so within 10^-27 of exact for these rates); here 12x is bounded at both ends widened
/// by 2^26 / 2^64 (about 3.6 × 10^-12, the 10^-12 and far more than that error).
fn apr_between(lo_q: u128, hi_q: u128) -> Option<Decimal> {
    const MARGIN: u128 = 1 << 26;
    let (x_lo, x_hi) = (lo_q.saturating_sub(MARGIN), hi_q.checked_add(MARGIN)?);
    // round_half_up(10^4 × 12 × x), for x = x_q / 2^64.
    shown_if_equal(x_lo, x_hi, 120_000)
}

/// [`effective_annual_rate_of`] of every monthly rate in [lo − 10^-12, hi + 10^-12] (Q64), when
/// it is one value; `None` when it may not be, or for rates of 1 and more a month (the `Decimal`
/// form then decides).
///
/// That function shows round_half_up(10^4 × (y − 1)) with y = (1 + x)^12 by four `Decimal`
/// products; 1 + x and each product are within 1.3 × 10^-28 of exact relatively (28 digits,
/// values ≥ 1), so y is within 4 × 10^-27 × y of the exact power. Here the exact power is
/// bounded below at the bracket's low end and above at its high end in Q64 (products rounded
/// down, resp. up), widened by 2^-50 × y (far more than the `Decimal` error); when both ends
/// round to the same 10^-4 no rate in between rounds otherwise. Four `u128` products instead of
/// eight `Decimal` ones.
fn effective_annual_rate_between(lo_q: u128, hi_q: u128) -> Option<Decimal> {
    // 2^25 > (10^-12 + 10^-19) × 2^64: the bracket's margin and the conversion's last digit.
    const MARGIN: u128 = 1 << 25;
    let (x_lo, x_hi) = (lo_q.saturating_sub(MARGIN), hi_q.checked_add(MARGIN)?);
    if x_hi >= ONE_Q64 {
        return None;
    }
    let power = |x: u128, up: bool| -> Option<u128> {
        let base = ONE_Q64 + x;
        let square = product_q64(base, base, up)?;
        let fourth = product_q64(square, square, up)?;
        let eighth = product_q64(fourth, fourth, up)?;
        product_q64(eighth, fourth, up)
    };
    let (y_lo, y_hi) = (power(x_lo, false)?, power(x_hi, true)?);
    let low = y_lo.saturating_sub(ONE_Q64 + (y_lo >> 50) + 2);
    let high = y_hi.checked_sub(ONE_Q64)?.checked_add((y_hi >> 50) + 2)?;
    // round_half_up(10^4 × e), for e = e_q / 2^64.
    shown_if_equal(low, high, 10_000)
}

/// round_half_up(`times` × q / 2^64) = floor((`times` × q + 2^63) / 2^64) at `low_q` and at
/// `high_q`, as a rate of four places when both ends show the same; `None` when they do not.
fn shown_if_equal(low_q: u128, high_q: u128, times: u128) -> Option<Decimal> {
    let shown = |q: u128| Some(q.checked_mul(times)?.checked_add(1 << 63)? >> 64);
    let (shown_lo, shown_hi) = (shown(low_q)?, shown(high_q)?);
    (shown_lo == shown_hi)
        .then(|| Decimal::try_from_i128_with_scale(i128::try_from(shown_lo).ok()?, 4).ok())
        .flatten()
}

/// `a × b / 2^64` rounded down, or up when `up`, for Q64 numbers `a`, `b` (exact in `u128`
/// limbs); `None` when it does not fit.
fn product_q64(a: u128, b: u128, up: bool) -> Option<u128> {
    const LOW: u128 = (1 << 64) - 1;
    let (a1, a0, b1, b0) = (a >> 64, a & LOW, b >> 64, b & LOW);
    // a × b / 2^64 = a1·b1·2^64 + a1·b0 + a0·b1 + a0·b0 / 2^64; the last product is below 2^128.
    let low = a0 * b0;
    let whole = a1
        .checked_mul(b1)?
        .checked_mul(ONE_Q64)?
        .checked_add(a1.checked_mul(b0)?)?
        .checked_add(a0.checked_mul(b1)?)?
        .checked_add(low >> 64)?;
    whole.checked_add(u128::from(up && low & LOW != 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A seeded xorshift stream for table-free random cases.
    fn stream(seed: u64) -> impl FnMut() -> u64 {
        let mut state = seed;
        move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        }
    }

    /// Products to check in Q63, v < 1 as a discount factor is: every pair of edge values (these
    /// and `extra`), then `count` seeded random pairs.
    fn q63_cases(extra: &[u64], seed: u64, count: usize) -> impl Iterator<Item = (u64, u64)> {
        let edges = [
            0,
            1,
            2,
            0x7fff_ffff,
            1 << 31,
            0xffff_ffff,
            1 << 32,
            ONE_Q63 - 1,
            ONE_Q63,
        ];
        let edges: Vec<u64> = edges.into_iter().chain(extra.iter().copied()).collect();
        let pairs: Vec<(u64, u64)> = edges
            .iter()
            .flat_map(|&a| edges.iter().map(move |&v| (a, v)))
            .collect();
        let mut next = stream(seed);
        let random =
            (0..count).map(move |_| (next() >> (next() % 64), next() >> (1 + next() % 63)));
        pairs
            .into_iter()
            .chain(random)
            .filter(|&(_, v)| v < ONE_Q63)
    }

    #[test]
    fn both_q63_products_are_the_exact_floor() {
        let extra = [ONE_Q63 + 1, u64::MAX - 1, u64::MAX];
        for (a, v) in q63_cases(&extra, 0x9E37_79B9_7F4A_7C15, 20_000) {
            let exact = u128::from(a) * u128::from(v);
            let want = (u64::try_from(exact >> 63).unwrap(), exact % (1 << 63) != 0);
            assert_eq!(mul_q63_limbs(a, v), want, "{a} × {v}");
            assert_eq!(mul_q63_wide(a, v), want, "{a} × {v}");
        }
    }

    #[test]
    fn q63_bounds_hold_the_exact_product() {
        let extra = [u64::MAX - 3, u64::MAX];
        for (a, v) in q63_cases(&extra, 0xC2B2_AE3D_27D4_EB4F, 50_000) {
            let exact = u128::from(a) * u128::from(v);
            for (low, high) in [mul_q63_bounds_limbs(a, v), mul_q63_bounds_wide(a, v)] {
                let (low, high) = (u128::from(low) << 63, u128::from(high) << 63);
                assert!(low <= exact && exact <= high, "{a} × {v}");
                assert!(high - low <= 3 << 63, "{a} × {v}");
            }
        }
    }

    #[test]
    fn the_reciprocal_rounds_like_the_division() {
        let mut next = stream(0xD1B5_4A32_D192_ED03);
        let mut dens: Vec<u64> = (0..=12).map(|s| 12 * 10_u64.pow(s)).collect();
        dens.extend([2, 4, 6, u64::from(u32::MAX) + 1, (1 << 62) + 2]);
        dens.extend(
            (0..40)
                .map(|_| (next() >> (next() % 63)) & !1)
                .filter(|&d| d > 0),
        );
        for den in dens {
            let mut rates = vec![
                0,
                1,
                den / 2 - 1,
                den / 2,
                den / 2 + 1,
                den - 1,
                den,
                den + 1,
            ];
            rates.extend((0..20).map(|_| next() % den));
            for rate in rates {
                let Some(step) = Reciprocal::new(rate, den) else {
                    assert!(rate >= den || den % 2 == 1, "{rate} / {den}");
                    continue;
                };
                let top = step.largest;
                let mut owed = vec![0, 1, 2, top / 2, top.saturating_sub(1), top];
                owed.extend((0..200).map(|_| next() % (top + 1)));
                for owed in owed {
                    let exact = u128::from(owed) * u128::from(rate);
                    let want = div_half_up(exact, u128::from(den)).unwrap();
                    assert_eq!(
                        u128::from(step.interest(owed)),
                        want,
                        "{owed} × {rate} / {den}"
                    );
                }
            }
        }
    }

    #[test]
    fn amounts_scale_to_fen_times_2_to_the_24_or_not_at_all() {
        let top = i64::try_from(u64::MAX >> AMOUNT_SHIFT).unwrap();
        for (fen, want) in [
            (0, Some(0)),
            (1, Some(1 << 24)),
            (top, Some(u64::try_from(top).unwrap() << 24)),
            (top + 1, None),
            (i64::MAX, None),
            (-1, None),
            (i64::MIN, None),
        ] {
            assert_eq!(scaled(fen), want, "{fen}");
        }
    }

    #[test]
    fn q64_products_round_down_and_up_exactly() {
        let mut next = stream(0xA076_1D64_78BD_642F);
        for _ in 0..20_000 {
            // Below 2^64 the exact product fits in `u128`.
            let (a, b) = (next() >> (next() % 64), next() >> (next() % 64));
            let exact = u128::from(a) * u128::from(b);
            let (down, up) = (
                exact >> 64,
                (exact >> 64) + u128::from(exact % ONE_Q64 != 0),
            );
            let (a, b) = (u128::from(a), u128::from(b));
            assert_eq!(product_q64(a, b, false), Some(down), "{a} × {b}");
            assert_eq!(product_q64(a, b, true), Some(up), "{a} × {b}");
            // A whole factor w × 2^64 multiplies exactly.
            let w = u128::from(next() % 5_000);
            assert_eq!(product_q64(w << 64, b, true), Some(w * b), "{w} × {b}");
            assert_eq!(product_q64(a, w << 64, false), Some(w * a), "{a} × {w}");
        }
        assert_eq!(product_q64(u128::MAX, u128::MAX, false), None);
    }

    /// Where the integer bounds decide the effective annual rate, it is exactly (value and
    /// scale) what the `Decimal` form gives at both ends of the bracket; and they decide almost
    /// every bracket the certification makes.
    #[test]
    fn the_integer_effective_rate_is_the_decimal_one() {
        let mut next = stream(0x2D35_8DCC_AA6C_78A5);
        let (mut tried, mut decided) = (0, 0);
        let to_decimal = |q: u128| {
            let scaled = i128::try_from((q * 10_u128.pow(19)) >> 64).unwrap();
            Decimal::try_from_i128_with_scale(scaled, 19).unwrap()
        };
        for i in 0..4_000 {
            // Monthly rates up to about 6 %, brackets 2^21 to 2^37 wide (the certification's),
            // and every 10th a wide one.
            let x = u128::from(next() >> 4);
            let width = if i % 10 == 0 {
                u128::from(next() >> 20)
            } else {
                1 << (21 + next() % 17)
            };
            let (lo_q, hi_q) = (x.saturating_sub(width), x + width);
            tried += 1;
            if let Some(ear) = effective_annual_rate_between(lo_q, hi_q) {
                decided += 1;
                let margin = Decimal::new(1, 12);
                for end in [to_decimal(lo_q) - margin, to_decimal(hi_q) + margin] {
                    let want = effective_annual_rate_of(end).unwrap();
                    assert_eq!((ear, ear.to_string()), (want, want.to_string()), "{end}");
                }
            }
        }
        assert!(
            decided * 100 >= tried * 85,
            "only {decided} of {tried} decided"
        );
    }

    #[test]
    fn powers_bound_the_exact_power() {
        let mut next = stream(0x1F83_D9AB_FB41_BD6B);
        for _ in 0..2_000 {
            let v = ONE_Q63 - 1 - (next() >> (1 + next() % 63));
            let k = u32::try_from(next() % 400).unwrap();
            let (down, up) = (
                power_q63(v, k, false).unwrap(),
                power_q63(v, k, true).unwrap(),
            );
            // In f64 the power is good to about 10^-13 relatively; the bounds are far closer.
            #[allow(clippy::cast_precision_loss)]
            let exact =
                (v as f64 / ONE_Q63 as f64).powi(i32::try_from(k).unwrap()) * ONE_Q63 as f64;
            #[allow(clippy::cast_precision_loss)]
            let (d, u) = (down as f64, up as f64);
            assert!(
                down <= up && up - down <= 2 * u64::from(k) + 1,
                "{v}^{k}: {down} {up}"
            );
            assert!(
                (d - exact).abs() <= exact * 1e-12 + 2.0 * f64::from(k) + 1.0,
                "{v}^{k}"
            );
            assert!(
                (u - exact).abs() <= exact * 1e-12 + 2.0 * f64::from(k) + 1.0,
                "{v}^{k}"
            );
        }
        assert_eq!(power_q63(12_345, 0, true), Some(ONE_Q63));
        assert_eq!(power_q63(ONE_Q63 / 2, 3, false), Some(ONE_Q63 / 8));
    }

    /// A non-negative whole number in 64-bit limbs, least first: just enough to check the NPV
    /// bounds exactly.
    #[derive(Clone)]
    struct Big(Vec<u64>);

    impl Big {
        fn of(value: u128) -> Big {
            Big(vec![
                u64::try_from(value % ONE_Q64).unwrap(),
                u64::try_from(value >> 64).unwrap(),
            ])
        }

        fn times(&self, factor: u64) -> Big {
            let mut carry = 0_u128;
            let mut out: Vec<u64> = self
                .0
                .iter()
                .map(|&limb| {
                    let t = u128::from(limb) * u128::from(factor) + carry;
                    carry = t >> 64;
                    u64::try_from(t % ONE_Q64).unwrap()
                })
                .collect();
            out.push(u64::try_from(carry).unwrap());
            Big(out)
        }

        /// × (2^64 + i_q), the denominator of v.
        fn times_one_plus(&self, i_q: u64) -> Big {
            let mut shifted = vec![0];
            shifted.extend(&self.0);
            Big(shifted).plus(&self.times(i_q))
        }

        fn plus(&self, other: &Big) -> Big {
            let len = self.0.len().max(other.0.len()) + 1;
            let mut carry = 0_u128;
            let out = (0..len)
                .map(|k| {
                    let at = |b: &Big| u128::from(b.0.get(k).copied().unwrap_or(0));
                    let t = at(self) + at(other) + carry;
                    carry = t >> 64;
                    u64::try_from(t % ONE_Q64).unwrap()
                })
                .collect();
            Big(out)
        }

        fn cmp(&self, other: &Big) -> core::cmp::Ordering {
            let len = self.0.len().max(other.0.len());
            let at = |b: &Big, k: usize| b.0.get(k).copied().unwrap_or(0);
            (0..len)
                .rev()
                .map(|k| at(self, k).cmp(&at(other, k)))
                .find(|o| o.is_ne())
                .unwrap_or(core::cmp::Ordering::Equal)
        }
    }

    /// Whether `bound` (fen × 2^24, over the principal) is at most (`upper` false) or at least
    /// the exact NPV at i = i_q / 2^64: Σ a_k × 2^24 × 2^(64k) × D^(n−k) against
    /// (bound + principal × 2^24) × D^n, with D = 2^64 + i_q.
    fn holds(principal: i64, flows: &[i64], i_q: u64, bound: i128, upper: bool) -> bool {
        let n = flows.len();
        let total = bound + i128::from(principal) * (1 << AMOUNT_SHIFT);
        let Ok(total) = u128::try_from(total) else {
            return !upper;
        };
        let mut side = Big::of(total);
        for _ in 0..n {
            side = side.times_one_plus(i_q);
        }
        let mut exact = Big::of(0);
        for (k, &a) in flows.iter().enumerate() {
            let mut term = Big::of(u128::try_from(a).unwrap() << AMOUNT_SHIFT);
            for _ in 0..=k {
                term = Big(core::iter::once(0).chain(term.0).collect());
            }
            for _ in k + 1..n {
                term = term.times_one_plus(i_q);
            }
            exact = exact.plus(&term);
        }
        let order = side.cmp(&exact);
        if upper {
            order.is_ge()
        } else {
            order.is_le()
        }
    }

    /// Both kinds of bounds checked exactly against the NPV, over short plans.
    #[test]
    fn every_bound_holds_exactly() {
        let mut next = stream(0x3C6E_F372_FE94_F82B);
        for _ in 0..3_000 {
            let n = 1 + usize::try_from(next() % 12).unwrap();
            let amount = i64::try_from(next() % 1_000_000_000).unwrap();
            let mut flows = vec![amount; n];
            flows[n - 1] += i64::try_from(next() % 1_000).unwrap();
            let principal = i64::try_from(next() % 10_000_000_000).unwrap();
            let i_q = (next() >> (1 + next() % 40)) + 1;
            let i = u128::from(i_q);
            let brackets = |flows: &[i64], (below, above): (i128, i128)| {
                assert!(
                    holds(principal, flows, i_q, below, false),
                    "{flows:?} {i_q} below"
                );
                assert!(
                    holds(principal, flows, i_q, above, true),
                    "{flows:?} {i_q} above"
                );
            };
            if let Some(bounds) = level_bounds(principal, &flows, i, i) {
                brackets(&flows, bounds);
            }
            let uneven: Vec<i64> = flows
                .iter()
                .map(|&a| a + i64::try_from(next() % 99).unwrap())
                .collect();
            brackets(&uneven, npv_bounds(principal, &uneven, i, i).unwrap());
        }
    }

    /// The closed form and the pass over the flows bound the same NPV: their bounds overlap and
    /// lie within a few fen × 2^-24 of each other.
    #[test]
    fn level_bounds_agree_with_the_pass_over_the_flows() {
        let mut next = stream(0x5851_F42D_4C95_7F2D);
        let mut tried = 0;
        for _ in 0..3_000 {
            let n = 1 + usize::try_from(next() % 480).unwrap();
            let amount = i64::try_from(next() % 100_000_000).unwrap();
            let last = amount + i64::try_from(next() % 1_000).unwrap();
            let mut flows = vec![amount; n];
            flows[n - 1] = last;
            let principal = i64::try_from(next() % 10_000_000_000).unwrap() + 1;
            let (lo_q, hi_q) = (
                u128::from(next() >> (5 + next() % 24)) + 1,
                u128::from(next() >> (5 + next() % 24)) + 1,
            );
            let Some((below, above)) = level_bounds(principal, &flows, lo_q, hi_q) else {
                continue;
            };
            tried += 1;
            let (low, high) = npv_bounds(principal, &flows, lo_q, hi_q).unwrap();
            let (close_below, close_above) = (low.abs_diff(below), high.abs_diff(above));
            // The closed form's error is a few units of v^n in Q63, times A / i.
            let n_u = u128::try_from(n).unwrap();
            let amount_s = u128::try_from(amount).unwrap() << AMOUNT_SHIFT;
            let slack = |i_q: u128| 4 * n_u + 1_000 + amount_s * 8 * n_u / i_q;
            let (below_ok, above_ok) = (close_below <= slack(lo_q), close_above <= slack(hi_q));
            assert!(below_ok && above_ok, "{below} {low} {above} {high}");
            // The same rate for both ends: the bounds of one NPV must overlap.
            let (below, _) = level_bounds(principal, &flows, lo_q, lo_q).unwrap();
            let (_, high) = npv_bounds(principal, &flows, lo_q, lo_q).unwrap();
            assert!(below <= high, "{below} > {high}");
        }
        assert!(tried > 2_500, "only {tried} fitted");
        // Not level: left to the pass.
        assert_eq!(level_bounds(100, &[60, 50, 70], 1 << 40, 1 << 41), None);
    }

    #[test]
    fn fractions_are_exact_floors() {
        let mut next = stream(0x6A09_E667_F3BC_C909);
        for _ in 0..20_000 {
            let den = u128::from(next() >> (next() % 64)) * u128::from(next() % (1 << 30)) + 1;
            let num = u128::from(next()) % den;
            let bits = u32::try_from(next() % 65).unwrap();
            let (q, inexact) = fraction_q(num, den, bits).unwrap();
            // q × den ≤ num × 2^bits < q × den + den, exactly.
            let below = Big::of(den).times(u64::try_from(q).unwrap());
            let scaled = if bits == 64 {
                Big(core::iter::once(0).chain(Big::of(num).0).collect())
            } else {
                Big::of(num).times(1 << bits)
            };
            let above = below.plus(&Big::of(den));
            assert!(
                below.cmp(&scaled).is_le() && scaled.cmp(&above).is_lt(),
                "{num} {den} {bits}"
            );
            assert_eq!(inexact, below.cmp(&scaled).is_ne(), "{num} {den} {bits}");
        }
        assert_eq!(fraction_q(1, 3, 64), Some((u128::from(u64::MAX / 3), true)));
        assert_eq!(fraction_q(1, 4, 63), Some((1 << 61, false)));
        assert_eq!(fraction_q(3, 3, 8), None);
        assert_eq!(fraction_q(1, 1 << 94, 8), None);
    }

    /// Where the integer bounds decide A, it is the `Decimal` formula's fen; and they decide
    /// nearly every loan of the limits (the hardest: tiny rates, where 1 − v^n is tiny).
    #[test]
    fn the_certified_annuity_is_the_decimal_one() {
        let mut next = stream(0xBB67_AE85_84CA_A73B);
        let (mut tried, mut decided) = (0, 0);
        for i in 0..6_000 {
            let principal_fen = i64::try_from(1 + next() % 10_000_000_000).unwrap();
            let principal = Decimal::new(principal_fen, 2);
            let n = u32::try_from(1 + next() % 360).unwrap();
            let scale = u32::try_from(next() % 13).unwrap();
            let top = 10_u64.pow(scale);
            let mantissa = if i % 7 == 0 {
                1 + next() % 100
            } else {
                1 + next() % top.max(1)
            };
            let annual = Decimal::new(i64::try_from(mantissa.min(top)).unwrap(), scale);
            let monthly = div(annual, Decimal::from(12)).unwrap();
            let want = to_fen(annuity(principal, annual, n).unwrap()).unwrap();
            tried += 1;
            if let Some(fen) = certified_annuity(principal_fen, monthly, n) {
                decided += 1;
                assert_eq!(fen, want, "{principal} {annual} {n}");
            }
        }
        assert!(
            decided * 100 >= tried * 95,
            "only {decided} of {tried} decided"
        );
    }

    /// The rates over a bracket, in integers where they decide, are exactly (value and scale)
    /// what the `Decimal` forms give at its ends, the only way before: over brackets of every
    /// width the certification makes, around rates from 0 to about 6 % a month.
    #[test]
    fn rates_between_equal_the_decimal_forms() {
        let decimal_only = |lo_q: u128, hi_q: u128| -> Option<(Decimal, Decimal)> {
            let ten = 10_u128.pow(19);
            let margin = Decimal::new(1, 12);
            let lo =
                Decimal::try_from_i128_with_scale(i128::try_from((lo_q * ten) >> 64).ok()?, 19)
                    .ok()?
                    .checked_sub(margin)?
                    .max(Decimal::ZERO);
            let hi = Decimal::try_from_i128_with_scale(
                i128::try_from((hi_q * ten).div_ceil(ONE_Q64)).ok()?,
                19,
            )
            .ok()?
            .checked_add(margin)?;
            let (apr_lo, apr_hi) = (apr_of(lo), apr_of(hi));
            let (ear_lo, ear_hi) = (effective_annual_rate_of(lo)?, effective_annual_rate_of(hi)?);
            (apr_lo == apr_hi && ear_lo == ear_hi).then_some((apr_lo, ear_lo))
        };
        let mut next = stream(0x510E_527F_ADE6_82D1);
        let (mut tried, mut decided) = (0, 0);
        for i in 0..6_000 {
            let x = match i % 5 {
                0 => u128::from(next() >> 40),
                _ => u128::from(next() >> 4),
            };
            let width = 1 << (20 + next() % 17);
            let (lo_q, hi_q) = (x.saturating_sub(width), x + width);
            let got = rates_between(lo_q, hi_q);
            let want = decimal_only(lo_q, hi_q);
            let text = |r: Option<(Decimal, Decimal)>| r.map(|(a, e)| format!("{a} {e}"));
            assert_eq!((got, text(got)), (want, text(want)), "{lo_q} {hi_q}");
            tried += 1;
            decided += usize::from(apr_between(lo_q, hi_q).is_some());
        }
        assert!(
            decided * 100 >= tried * 90,
            "only {decided} of {tried} decided"
        );
    }

    #[test]
    fn npv_bounds_hold_the_known_rate_between_them() {
        // Borrow 100.00, pay 110.00 after a month: the IRR is exactly 10 % a month.
        let tenth = ONE_Q64 / 10;
        let (below, _) = npv_bounds(10_000, &[11_000], tenth - (1 << 40), tenth).unwrap();
        let (_, above) = npv_bounds(10_000, &[11_000], tenth, tenth + (1 << 40)).unwrap();
        assert!(below > 0 && above < 0, "{below} {above}");
        // At one rate the bounds are ordered and a few units of 2^-24 fen apart per flow.
        let mut next = stream(7);
        for _ in 0..2_000 {
            let n = 1 + next() % 360;
            let flows: Vec<i64> = (0..n)
                .map(|_| i64::try_from(next() % 10_000_000).unwrap())
                .collect();
            let rate = u128::from(next() >> 4);
            let (low, high) = npv_bounds(1_000_000, &flows, rate, rate).unwrap();
            assert!(
                low <= high && high - low <= 2 * i128::from(n) + 2,
                "{low} {high}"
            );
        }
    }

    /// The integer bracket should decide almost every plan on its own: the `Decimal` solver it
    /// falls back to is a hundred times slower. Over a spread of seeded loans of the fast path,
    /// count how often it does not certify (a rate within about 10^-11 of a rounding boundary
    /// is rare).
    #[test]
    fn the_bracket_certifies_nearly_every_plan() {
        let mut raw = stream(0x2545_F491_4F6C_DD1D);
        let mut next = |below: u64| raw() % below;
        let (mut tried, mut fell_back) = (0, 0);
        for i in 0..600 {
            let method = [
                Method::EqualInstallment,
                Method::EqualPrincipal,
                Method::InterestFirst,
            ][i % 3];
            let principal = Decimal::new(i64::try_from(10_000 + next(10_000_000_000)).unwrap(), 2);
            let term = u32::try_from(1 + next(360)).unwrap();
            let annual = Decimal::new(i64::try_from(1 + next(3_600)).unwrap(), 4);
            let loan = Loan::new(principal, term, method, Rate::Annual(annual));
            let Some((rows, principal, annual)) = fast_rows(&loan) else {
                continue;
            };
            tried += 1;
            let start = u128::try_from(annual.mantissa()).unwrap() * ONE_Q64
                / (12 * 10_u128.pow(annual.scale()));
            // With the bracket at the nominal rate first, and by Newton's method alone.
            for close in [true, false] {
                if certified_rates(principal, &rows.payment, start, close).is_none() {
                    fell_back += 1;
                }
            }
        }
        assert!(tried > 500, "only {tried} loans on the fast path");
        assert!(
            fell_back * 100 <= tried * 2,
            "{fell_back} of {tried} × 2 fell back"
        );
    }
}
