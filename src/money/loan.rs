//! The loan to plan: its validated Rust type and the limits of MONEY.md ("Limits of input").

use rust_decimal::Decimal;

use crate::amount::round2;
use crate::error::{ErrorCode, ValidationErrors};

use super::arith::{div, mul, Overflow};
use super::date::Date;

/// The largest principal, CNY: 100,000,000.
pub const MAX_PRINCIPAL: Decimal = Decimal::from_parts(100_000_000, 0, 0, false, 0);
/// The longest term, months.
pub const MAX_TERM_MONTHS: u32 = 360;

/// How the loan is paid back (MONEY.md, "Methods").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// 等额本息: a fixed payment every month.
    EqualInstallment,
    /// 等额本金: a fixed share of principal every month, plus that month's interest.
    EqualPrincipal,
    /// 先息后本 / 按月付息到期还本: interest every month, the principal at the end.
    InterestFirst,
    /// 一次性还本付息: everything at the end, in one row.
    Bullet,
    /// 分期手续费: no interest, a fee for the whole term paid in equal parts (credit lines).
    FeeInstallment,
}

impl Method {
    /// Every method with its API name.
    pub const ALL: [(&'static str, Method); 5] = [
        ("equalInstallment", Method::EqualInstallment),
        ("equalPrincipal", Method::EqualPrincipal),
        ("interestFirst", Method::InterestFirst),
        ("bullet", Method::Bullet),
        ("feeInstallment", Method::FeeInstallment),
    ];

    /// The API name (`"equalInstallment"`).
    pub fn api_name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, m)| *m == self)
            .map_or("equalInstallment", |(n, _)| n)
    }

    /// True for the methods that allow a prepayment.
    pub fn allows_prepayment(self) -> bool {
        matches!(
            self,
            Method::EqualInstallment | Method::EqualPrincipal | Method::InterestFirst
        )
    }
}

/// How interest accrues between due dates (MONEY.md, "Accrual").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Accrual {
    /// Balance × annual / 12 each month (mortgage style).
    Monthly,
    /// Balance × daily × the actual days of the period (credit-loan style); needs a start date.
    Daily,
}

impl Accrual {
    /// Every accrual with its API name.
    pub const ALL: [(&'static str, Accrual); 2] =
        [("monthly", Accrual::Monthly), ("daily", Accrual::Daily)];
}

/// The interest rate, as a decimal fraction, never rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rate {
    /// A nominal annual rate: `0.049` is 4.9 % a year. 0 to 1.
    Annual(Decimal),
    /// A daily rate: `0.0005` is 0.05 % a day (18 % a year simple). 0 to 1/360.
    Daily(Decimal),
}

impl Rate {
    /// The simple annual rate (年利率(单利)): annual, or daily × 360.
    pub fn annual(self) -> Decimal {
        match self {
            Rate::Annual(a) => a,
            // Within the limits (≤ 1/360) this cannot overflow; saturate for anything else.
            Rate::Daily(d) => d.checked_mul(Decimal::from(360)).unwrap_or(Decimal::MAX),
        }
    }

    /// The exact interest of `days` days of daily accrual on `balance`, before `round2`:
    /// balance × daily × days, or balance × annual × days / 360 (multiplied first and divided
    /// once, so the only inexact step is the last).
    pub fn interest_for_days(self, balance: Decimal, days: i64) -> Result<Decimal, Overflow> {
        let days = Decimal::from(days);
        match self {
            Rate::Daily(daily) => mul(mul(balance, daily)?, days),
            Rate::Annual(annual) => div(mul(mul(balance, annual)?, days)?, Decimal::from(360)),
        }
    }

    /// The accrual a loan uses when it does not say: monthly with an annual rate, daily with a
    /// daily rate.
    pub fn default_accrual(self) -> Accrual {
        match self {
            Rate::Annual(_) => Accrual::Monthly,
            Rate::Daily(_) => Accrual::Daily,
        }
    }
}

/// How much is prepaid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PrepaymentAmount {
    /// This much, in whole fen, more than 0 and at most the balance after that period.
    Amount(Decimal),
    /// Everything that is left (`"all"`): the schedule ends there.
    All,
}

/// What a partial prepayment changes (MONEY.md, "Prepayment").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PrepaymentMode {
    /// Keep the end date; lower the payment.
    ReducePayment,
    /// Keep the payment; end sooner.
    ShortenTerm,
}

impl PrepaymentMode {
    /// Every mode with its API name.
    pub const ALL: [(&'static str, PrepaymentMode); 2] = [
        ("reducePayment", PrepaymentMode::ReducePayment),
        ("shortenTerm", PrepaymentMode::ShortenTerm),
    ];
}

/// An early repayment (提前还款), made on the due date of `after_period`, right after that
/// period's payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Prepayment {
    /// The period after whose payment the prepayment is made: 1 ≤ k < termMonths.
    pub after_period: u32,
    /// The amount, or all of what is left.
    pub amount: PrepaymentAmount,
    /// Lower the payment or end sooner (ignored with [`PrepaymentAmount::All`]).
    pub mode: PrepaymentMode,
}

/// A loan to plan. Build one directly and call [`super::amortize`], which checks it against
/// MONEY.md's limits first.
///
/// ```
/// use credit_sim::money::{amortize, Loan, Method, Rate};
/// use rust_decimal::Decimal;
/// let loan = Loan::new(Decimal::from(10_000), 12, Method::EqualInstallment, Rate::Annual(Decimal::new(12, 2)));
/// let schedule = amortize(&loan).unwrap();
/// assert_eq!(schedule.rows.len(), 12);
/// assert_eq!(schedule.rows[0].payment.to_string(), "888.49");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Loan {
    /// The amount borrowed, CNY, in whole fen: more than 0, at most 100,000,000.
    pub principal: Decimal,
    /// The term n in months, 1–360.
    pub term_months: u32,
    /// The repayment method.
    pub method: Method,
    /// The interest rate. Must be zero for [`Method::FeeInstallment`], which charges no interest.
    pub rate: Rate,
    /// How interest accrues. [`Accrual::Daily`] needs `start_date`.
    pub accrual: Accrual,
    /// The total fee for the whole term as a fraction (`0.088`): 0 to below 1. Required with
    /// [`Method::FeeInstallment`], refused with the other methods.
    pub fee_rate: Option<Decimal>,
    /// The day the money is drawn; rows carry due dates when it is given.
    pub start_date: Option<Date>,
    /// An optional early repayment on a due date.
    pub prepayment: Option<Prepayment>,
    /// Paying everything off on this day (随借随还, API.md's `prepayment: { onDate, amount:
    /// "all" }`): daily accrual only, after `start_date` and before the last due date. Not with
    /// `prepayment`.
    pub payoff_date: Option<Date>,
}

impl Loan {
    /// A loan with the rate's default accrual, no fee, no start date and no prepayment.
    pub fn new(principal: Decimal, term_months: u32, method: Method, rate: Rate) -> Loan {
        Loan {
            principal,
            term_months,
            method,
            rate,
            accrual: rate.default_accrual(),
            fee_rate: None,
            start_date: None,
            prepayment: None,
            payoff_date: None,
        }
    }

    /// A credit-line instalment plan: `fee_rate` for the whole term, no interest, monthly.
    ///
    /// ```
    /// use credit_sim::money::{amortize, Loan};
    /// use rust_decimal::Decimal;
    /// let plan = Loan::fee_installment(Decimal::from(12_000), 12, Decimal::new(88, 3));
    /// assert_eq!(amortize(&plan).unwrap().total_fee.to_string(), "1056.00");
    /// ```
    pub fn fee_installment(principal: Decimal, term_months: u32, fee_rate: Decimal) -> Loan {
        Loan {
            fee_rate: Some(fee_rate),
            ..Loan::new(
                principal,
                term_months,
                Method::FeeInstallment,
                Rate::Annual(Decimal::ZERO),
            )
        }
    }

    /// The same loan starting on `date`.
    pub fn starting(self, date: Date) -> Loan {
        Loan {
            start_date: Some(date),
            ..self
        }
    }

    /// The same loan with `accrual`.
    pub fn with_accrual(self, accrual: Accrual) -> Loan {
        Loan { accrual, ..self }
    }

    /// The same loan with `prepayment`.
    pub fn with_prepayment(self, prepayment: Prepayment) -> Loan {
        Loan {
            prepayment: Some(prepayment),
            ..self
        }
    }

    /// The same loan paid off in full on `date` (随借随还).
    ///
    /// ```
    /// use credit_sim::money::{amortize, Date, Loan, Method, Rate};
    /// use rust_decimal::Decimal;
    /// let start = Date::new(2024, 1, 31).unwrap();
    /// let loan = Loan::new(Decimal::from(10_000), 12, Method::EqualInstallment, Rate::Daily(Decimal::new(5, 4)))
    ///     .starting(start)
    ///     .paid_off_on(Date::new(2024, 3, 15).unwrap());
    /// let plan = amortize(&loan).unwrap();
    /// let last = plan.rows.last().unwrap();
    /// assert_eq!((last.period, last.due_date.unwrap().to_string()), (2, "2024-03-15".to_owned()));
    /// assert_eq!(plan.apr, None);
    /// ```
    pub fn paid_off_on(self, date: Date) -> Loan {
        Loan {
            payoff_date: Some(date),
            ..self
        }
    }

    /// Checks every limit of MONEY.md, reporting each problem with its API field path. (A
    /// prepayment above the balance can only be found while planning; [`super::amortize`]
    /// reports it as `prepayment.amount`.)
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut e = ValidationErrors::new();
        check_principal(self.principal, &mut e);
        if !(1..=MAX_TERM_MONTHS).contains(&self.term_months) {
            e.push(
                "termMonths",
                ErrorCode::OutOfRange,
                format!(
                    "termMonths must be a whole number from 1 to 360, not {}.",
                    self.term_months
                ),
            );
        }
        check_rate(self.rate, &mut e);
        check_method_rate(self.method, self.rate, &mut e);
        check_fee_rate(self.method, self.fee_rate, &mut e);
        check_accrual_date(self.accrual, self.start_date.is_some(), &mut e);
        if let Some(start) = self.start_date {
            check_start_date(start, self.term_months, &mut e);
        }
        if let Some(prepayment) = self.prepayment {
            check_prepayment(self.method, self.term_months, prepayment, &mut e);
        }
        if let Some(day) = self.payoff_date {
            if self.prepayment.is_some() {
                e.push(
                    "prepayment.onDate",
                    ErrorCode::Conflict,
                    "Give prepayment.afterPeriod or prepayment.onDate, not both.",
                );
            }
            let shape = (self.method, self.accrual, self.term_months);
            check_payoff(shape, self.start_date, day, &mut e);
        }
        e.into_result(|| Some(()))
    }
}

/// Paying off on any day: one of the amortizing methods, daily accrual, and a day after the start
/// date and before the last due date (a missing start date is reported on `startDate`).
pub(crate) fn check_payoff(
    (method, accrual, term_months): (Method, Accrual, u32),
    start_date: Option<Date>,
    day: Date,
    e: &mut ValidationErrors,
) {
    if !method.allows_prepayment() {
        e.push(
            "prepayment",
            ErrorCode::NotAllowed,
            format!(
                "prepayment is only for equalInstallment, equalPrincipal and interestFirst, not {}.",
                method.api_name()
            ),
        );
        return;
    }
    if accrual != Accrual::Daily {
        e.push(
            "prepayment.onDate",
            ErrorCode::NotAllowed,
            "prepayment.onDate needs daily accrual; with monthly accrual pay off on a due date (prepayment.afterPeriod).",
        );
        return;
    }
    let Some(start) = start_date else {
        return;
    };
    let last = start.add_months(term_months);
    if day <= start || last.is_some_and(|last| day >= last) {
        let last = last.map_or_else(String::new, |d| d.to_string());
        e.push(
            "prepayment.onDate",
            ErrorCode::OutOfRange,
            format!(
                "prepayment.onDate must fall after startDate {start} and before the last due date {last}, not {day}."
            ),
        );
    }
}

/// principal: more than 0, at most 100,000,000, whole fen.
pub(crate) fn check_principal(principal: Decimal, e: &mut ValidationErrors) {
    if principal <= Decimal::ZERO || principal > MAX_PRINCIPAL {
        e.push(
            "principal",
            ErrorCode::OutOfRange,
            format!("principal must be more than 0 and at most 100000000, not {principal}."),
        );
    } else if round2(principal) != principal {
        e.push(
            "principal",
            ErrorCode::OutOfRange,
            format!(
                "principal must be in whole fen (two decimal places at most), not {principal}."
            ),
        );
    }
}

/// feeInstallment charges no interest, so its rate (if any) must be zero.
pub(crate) fn check_method_rate(method: Method, rate: Rate, e: &mut ValidationErrors) {
    if method == Method::FeeInstallment && !rate.annual().is_zero() {
        let field = rate_field(rate);
        e.push(
            field,
            ErrorCode::NotAllowed,
            format!(
                "{field} is not allowed with feeInstallment, which charges a fee and no interest."
            ),
        );
    }
}

/// feeRate: required with feeInstallment (0 to below 1), refused with the other methods.
pub(crate) fn check_fee_rate(method: Method, fee_rate: Option<Decimal>, e: &mut ValidationErrors) {
    match (method, fee_rate) {
        (Method::FeeInstallment, None) => e.push(
            "feeRate",
            ErrorCode::Missing,
            "feeRate is required with feeInstallment (the fee for the whole term, such as \"0.088\").",
        ),
        (Method::FeeInstallment, Some(fee)) if fee < Decimal::ZERO || fee >= Decimal::ONE => e.push(
            "feeRate",
            ErrorCode::OutOfRange,
            format!("feeRate must be from 0 to below 1, not {fee}."),
        ),
        (Method::FeeInstallment, Some(_)) | (_, None) => {}
        (other, Some(_)) => e.push(
            "feeRate",
            ErrorCode::NotAllowed,
            format!("feeRate is only for feeInstallment, not {}.", other.api_name()),
        ),
    }
}

/// Daily accrual counts days between due dates, so it needs a start date.
pub(crate) fn check_accrual_date(accrual: Accrual, has_start: bool, e: &mut ValidationErrors) {
    if accrual == Accrual::Daily && !has_start {
        e.push(
            "startDate",
            ErrorCode::Missing,
            "startDate is required with daily accrual (days are counted between due dates).",
        );
    }
}

/// The last due date must stay within year 9999.
pub(crate) fn check_start_date(start: Date, term_months: u32, e: &mut ValidationErrors) {
    if start.add_months(term_months).is_none() {
        e.push(
            "startDate",
            ErrorCode::OutOfRange,
            format!("startDate {start} puts the last due date after 9999-12-31."),
        );
    }
}

/// The API field that holds this rate.
pub(crate) fn rate_field(rate: Rate) -> &'static str {
    match rate {
        Rate::Annual(_) => "annualRate",
        Rate::Daily(_) => "dailyRate",
    }
}

/// annualRate 0 to 1; dailyRate 0 to 1/360.
pub(crate) fn check_rate(rate: Rate, e: &mut ValidationErrors) {
    match rate {
        Rate::Annual(a) if a < Decimal::ZERO || a > Decimal::ONE => e.push(
            "annualRate",
            ErrorCode::OutOfRange,
            format!("annualRate must be from 0 to 1 (0 % to 100 %), not {a}."),
        ),
        // daily ≤ 1/360 exactly when daily × 360 ≤ 1; 1/360 itself has no exact decimal.
        Rate::Daily(d)
            if d < Decimal::ZERO
                || d.checked_mul(Decimal::from(360))
                    .is_none_or(|x| x > Decimal::ONE) =>
        {
            e.push(
                "dailyRate",
                ErrorCode::OutOfRange,
                format!("dailyRate must be from 0 to 1/360 (100 % a year), not {d}."),
            )
        }
        _ => {}
    }
}

/// A prepayment: only for the amortizing methods, after period 1 to n − 1, a positive amount in
/// whole fen.
pub(crate) fn check_prepayment(
    method: Method,
    term_months: u32,
    prepayment: Prepayment,
    e: &mut ValidationErrors,
) {
    if !method.allows_prepayment() {
        e.push(
            "prepayment",
            ErrorCode::NotAllowed,
            format!(
                "prepayment is only for equalInstallment, equalPrincipal and interestFirst, not {}.",
                method.api_name()
            ),
        );
        return;
    }
    let k = prepayment.after_period;
    if k < 1 || k >= term_months {
        e.push(
            "prepayment.afterPeriod",
            ErrorCode::OutOfRange,
            format!(
                "prepayment.afterPeriod must be from 1 to termMonths − 1 ({}), not {k}.",
                term_months.saturating_sub(1)
            ),
        );
    }
    if let PrepaymentAmount::Amount(amount) = prepayment.amount {
        if amount <= Decimal::ZERO {
            e.push(
                "prepayment.amount",
                ErrorCode::OutOfRange,
                format!("prepayment.amount must be more than 0, not {amount}."),
            );
        } else if round2(amount) != amount {
            e.push(
                "prepayment.amount",
                ErrorCode::OutOfRange,
                format!(
                    "prepayment.amount must be in whole fen (two decimal places at most), not {amount}."
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test decimal")
    }

    fn codes(loan: &Loan) -> Vec<(String, ErrorCode)> {
        match loan.validate() {
            Ok(()) => Vec::new(),
            Err(e) => e
                .errors()
                .iter()
                .map(|x| (x.field.clone(), x.code))
                .collect(),
        }
    }

    #[test]
    fn limits_just_inside_pass_and_just_outside_fail() {
        let base = Loan::new(
            dec("1000"),
            12,
            Method::EqualInstallment,
            Rate::Annual(dec("0.1")),
        );
        let date = Date::new(2024, 1, 31).ok();
        let cases: Vec<(Loan, Option<(&str, ErrorCode)>)> = vec![
            (base.clone(), None),
            (
                Loan {
                    principal: dec("0.01"),
                    ..base.clone()
                },
                None,
            ),
            (
                Loan {
                    principal: dec("100000000"),
                    ..base.clone()
                },
                None,
            ),
            (
                Loan {
                    principal: dec("0"),
                    ..base.clone()
                },
                Some(("principal", ErrorCode::OutOfRange)),
            ),
            (
                Loan {
                    principal: dec("100000000.01"),
                    ..base.clone()
                },
                Some(("principal", ErrorCode::OutOfRange)),
            ),
            (
                Loan {
                    principal: dec("1.005"),
                    ..base.clone()
                },
                Some(("principal", ErrorCode::OutOfRange)),
            ),
            (
                Loan {
                    term_months: 1,
                    ..base.clone()
                },
                None,
            ),
            (
                Loan {
                    term_months: 360,
                    ..base.clone()
                },
                None,
            ),
            (
                Loan {
                    term_months: 0,
                    ..base.clone()
                },
                Some(("termMonths", ErrorCode::OutOfRange)),
            ),
            (
                Loan {
                    term_months: 361,
                    ..base.clone()
                },
                Some(("termMonths", ErrorCode::OutOfRange)),
            ),
            (
                Loan {
                    rate: Rate::Annual(dec("1")),
                    ..base.clone()
                },
                None,
            ),
            (
                Loan {
                    rate: Rate::Annual(dec("0")),
                    ..base.clone()
                },
                None,
            ),
            (
                Loan {
                    rate: Rate::Annual(dec("1.0000001")),
                    ..base.clone()
                },
                Some(("annualRate", ErrorCode::OutOfRange)),
            ),
            (
                Loan {
                    rate: Rate::Annual(dec("-0.0001")),
                    ..base.clone()
                },
                Some(("annualRate", ErrorCode::OutOfRange)),
            ),
            (
                Loan {
                    rate: Rate::Daily(dec("0.0027777")),
                    accrual: Accrual::Monthly,
                    ..base.clone()
                },
                None,
            ),
            (
                Loan {
                    rate: Rate::Daily(dec("0.0027778")),
                    accrual: Accrual::Monthly,
                    ..base.clone()
                },
                Some(("dailyRate", ErrorCode::OutOfRange)),
            ),
            (
                Loan {
                    accrual: Accrual::Daily,
                    ..base.clone()
                },
                Some(("startDate", ErrorCode::Missing)),
            ),
            (
                Loan {
                    accrual: Accrual::Daily,
                    start_date: date,
                    ..base.clone()
                },
                None,
            ),
            (
                Loan {
                    fee_rate: Some(dec("0.01")),
                    ..base.clone()
                },
                Some(("feeRate", ErrorCode::NotAllowed)),
            ),
            (
                Loan::fee_installment(dec("1000"), 12, dec("0.999999")),
                None,
            ),
            (
                Loan::fee_installment(dec("1000"), 12, dec("1")),
                Some(("feeRate", ErrorCode::OutOfRange)),
            ),
            (
                Loan::fee_installment(dec("1000"), 12, dec("-0.01")),
                Some(("feeRate", ErrorCode::OutOfRange)),
            ),
            (
                Loan {
                    fee_rate: None,
                    ..Loan::fee_installment(dec("1000"), 12, dec("0.1"))
                },
                Some(("feeRate", ErrorCode::Missing)),
            ),
            (
                Loan {
                    rate: Rate::Annual(dec("0.1")),
                    ..Loan::fee_installment(dec("1000"), 12, dec("0.1"))
                },
                Some(("annualRate", ErrorCode::NotAllowed)),
            ),
            (
                Loan {
                    start_date: Date::new(9999, 1, 1).ok(),
                    ..base.clone()
                },
                Some(("startDate", ErrorCode::OutOfRange)),
            ),
        ];
        for (loan, want) in cases {
            let got = codes(&loan);
            let want: Vec<(String, ErrorCode)> =
                want.into_iter().map(|(f, c)| (f.to_owned(), c)).collect();
            assert_eq!(got, want, "{loan:?}");
        }
    }

    #[test]
    fn prepayment_limits() {
        let base = Loan::new(
            dec("1000"),
            12,
            Method::EqualPrincipal,
            Rate::Annual(dec("0.1")),
        );
        let p = |k, amount| Prepayment {
            after_period: k,
            amount,
            mode: PrepaymentMode::ShortenTerm,
        };
        let cases = [
            (p(1, PrepaymentAmount::All), None),
            (p(11, PrepaymentAmount::Amount(dec("0.01"))), None),
            (
                p(0, PrepaymentAmount::All),
                Some(("prepayment.afterPeriod", ErrorCode::OutOfRange)),
            ),
            (
                p(12, PrepaymentAmount::All),
                Some(("prepayment.afterPeriod", ErrorCode::OutOfRange)),
            ),
            (
                p(3, PrepaymentAmount::Amount(dec("0"))),
                Some(("prepayment.amount", ErrorCode::OutOfRange)),
            ),
            (
                p(3, PrepaymentAmount::Amount(dec("0.001"))),
                Some(("prepayment.amount", ErrorCode::OutOfRange)),
            ),
        ];
        for (prepayment, want) in cases {
            let got = codes(&base.clone().with_prepayment(prepayment));
            let want: Vec<(String, ErrorCode)> =
                want.into_iter().map(|(f, c)| (f.to_owned(), c)).collect();
            assert_eq!(got, want, "{prepayment:?}");
        }
        let bullet = Loan {
            method: Method::Bullet,
            ..base
        }
        .with_prepayment(p(1, PrepaymentAmount::All));
        assert_eq!(
            codes(&bullet),
            [("prepayment".to_owned(), ErrorCode::NotAllowed)]
        );
    }

    #[test]
    fn payoff_limits() {
        let start = Date::new(2024, 1, 31).ok();
        let base = Loan::new(
            dec("1000"),
            12,
            Method::EqualInstallment,
            Rate::Daily(dec("0.0005")),
        );
        let base = Loan {
            start_date: start,
            ..base
        };
        let day = |s: &str| s.parse::<Date>().expect("test date");
        let on = |loan: &Loan, d: &str| loan.clone().paid_off_on(day(d));
        let monthly = base.clone().with_accrual(Accrual::Monthly);
        let bullet = Loan {
            method: Method::Bullet,
            ..base.clone()
        };
        let both = on(&base, "2024-03-15").with_prepayment(Prepayment {
            after_period: 1,
            amount: PrepaymentAmount::All,
            mode: PrepaymentMode::ReducePayment,
        });
        let cases = [
            (on(&base, "2024-02-01"), None),
            (on(&base, "2025-01-30"), None),
            (on(&base, "2024-02-29"), None),
            (
                on(&base, "2024-01-31"),
                Some(("prepayment.onDate", ErrorCode::OutOfRange)),
            ),
            (
                on(&base, "2023-12-01"),
                Some(("prepayment.onDate", ErrorCode::OutOfRange)),
            ),
            (
                on(&base, "2025-01-31"),
                Some(("prepayment.onDate", ErrorCode::OutOfRange)),
            ),
            (
                on(&monthly, "2024-03-15"),
                Some(("prepayment.onDate", ErrorCode::NotAllowed)),
            ),
            (
                on(&bullet, "2024-03-15"),
                Some(("prepayment", ErrorCode::NotAllowed)),
            ),
            (both, Some(("prepayment.onDate", ErrorCode::Conflict))),
        ];
        for (loan, want) in cases {
            let want: Vec<(String, ErrorCode)> =
                want.into_iter().map(|(f, c)| (f.to_owned(), c)).collect();
            assert_eq!(codes(&loan), want, "{:?}", loan.payoff_date);
        }
    }
}
