//! API.md's `QuoteInput` as a typed value, its limits (MONEY.md, "Limits of input") and its
//! validation from loose input: every problem at once, each with its path (`"quote.feeRate"`),
//! unknown fields refused.

use rust_decimal::Decimal;

use crate::error::{ErrorCode, ValidationErrors};
use crate::input::{check_range, check_whole_fen, Loose, ObjectReader};
use crate::money::loan::{check_principal, MAX_TERM_MONTHS};
use crate::money::{optional_date, Accrual, Date, Method, Rate};

/// A lender's, a shop's or a card issuer's quote, as it was said (MONEY.md, "Checking a quote").
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct QuoteInput {
    /// The amount of the loan P, CNY, in whole fen: more than 0, at most 100,000,000.
    pub principal: Decimal,
    /// The number of periods n, 1–360.
    pub periods: u32,
    /// The day the money is paid out; the payments then carry due dates.
    pub start_date: Option<Date>,
    /// Kept back when the money is paid out (砍头息, service or membership fees): whole fen, 0 or
    /// more, below P.
    pub upfront_fee: Decimal,
    /// Added to every payment (insurance, service fees): whole fen, 0 or more.
    pub fee_per_period: Decimal,
    /// How the payments are quoted.
    pub kind: QuoteKind,
}

/// How a quote states its payments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// 每期还款额: `payment` every period, `last_payment` (when given) in period n.
    Installment {
        /// The payment A, whole fen.
        payment: Decimal,
        /// The last period's payment instead of A, whole fen.
        last_payment: Option<Decimal>,
    },
    /// 每期手续费率 (card instalments): the principal split evenly plus round2(P × `fee_rate`)
    /// every period; `fee_rate` 0 to 0.1 (0.006 is 0.6 % a month).
    FeePerPeriod {
        /// The fee per period as a fraction of P.
        fee_rate: Decimal,
    },
    /// 总手续费 (Huabei style): the principal and the total fee, each split evenly.
    TotalFee(TotalFee),
    /// 按原始本金计息 ("月息"): the principal split evenly plus round2(P × monthly) every period.
    FlatRate(FlatRate),
    /// 按剩余本金计息: the plan `amortize` makes of P.
    DecliningRate {
        /// The rate (a `monthlyRate` m is the annual rate 12 × m).
        rate: Rate,
        /// The repayment method (not `feeInstallment`).
        method: Method,
        /// How interest accrues; daily needs a start date.
        accrual: Accrual,
    },
}

/// The total fee of a [`QuoteKind::TotalFee`] quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TotalFee {
    /// An amount, whole fen, 0 or more.
    Amount(Decimal),
    /// A fraction of P, 0 to below 1: the fee is round2(P × rate).
    Rate(Decimal),
}

/// The monthly rate of a [`QuoteKind::FlatRate`] quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FlatRate {
    /// `monthlyRate`, 0 to 1/12.
    Monthly(Decimal),
    /// `annualRate`, 0 to 1: the monthly rate is a twelfth of it.
    Annual(Decimal),
}

/// The largest per-period fee rate: 10 % a period.
pub const MAX_FEE_RATE_PER_PERIOD: Decimal = Decimal::from_parts(1, 0, 0, false, 1);

/// The kinds with their API names.
const KINDS: [(&str, Kind); 5] = [
    ("installment", Kind::Installment),
    ("feePerPeriod", Kind::FeePerPeriod),
    ("totalFee", Kind::TotalFee),
    ("flatRate", Kind::FlatRate),
    ("decliningRate", Kind::DecliningRate),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Installment,
    FeePerPeriod,
    TotalFee,
    FlatRate,
    DecliningRate,
}

impl QuoteInput {
    /// Checks every limit of MONEY.md, each problem with its API field path. (Payments that add
    /// up to less than R, or to more than 100 × R, are found by [`super::check_quote`].)
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut e = ValidationErrors::new();
        check_principal(self.principal, &mut e);
        check_periods(self.periods, &mut e);
        check_amount(self.upfront_fee, "upfrontFee", &mut e);
        check_upfront_below_principal(self.upfront_fee, self.principal, &mut e);
        check_amount(self.fee_per_period, "feePerPeriod", &mut e);
        if let Some(start) = self.start_date {
            check_start(start, self.periods, &mut e);
        }
        match self.kind {
            QuoteKind::Installment {
                payment,
                last_payment,
            } => {
                check_amount(payment, "quote.payment", &mut e);
                if let Some(last) = last_payment {
                    check_amount(last, "quote.lastPayment", &mut e);
                }
            }
            QuoteKind::FeePerPeriod { fee_rate } => {
                check_per_period_fee_rate(fee_rate, &mut e);
            }
            QuoteKind::TotalFee(TotalFee::Amount(fee)) => check_amount(fee, "quote.fee", &mut e),
            QuoteKind::TotalFee(TotalFee::Rate(rate)) => check_total_fee_rate(rate, &mut e),
            QuoteKind::FlatRate(rate) => check_flat_rate(rate, &mut e),
            QuoteKind::DecliningRate {
                rate,
                method,
                accrual,
            } => {
                check_declining_rate(rate, &mut e);
                if method == Method::FeeInstallment {
                    refuse_fee_method(&mut e);
                }
                if accrual == Accrual::Daily && self.start_date.is_none() {
                    daily_needs_start(&mut e);
                }
            }
        }
        e.into_result(|| Some(()))
    }

    /// Validates a loose `QuoteInput`, reporting every problem at once with its path.
    ///
    /// ```
    /// use credit_sim::input::Loose;
    /// use credit_sim::quote::QuoteInput;
    /// let bad = Loose::object([
    ///     ("principal", Loose::text("12000")),
    ///     ("periods", Loose::Number(0.0)),
    ///     ("quote", Loose::object([("kind", Loose::text("feePerPeriod")), ("feeRate", Loose::text("0.2"))])),
    /// ]);
    /// let fields: Vec<String> = QuoteInput::from_loose(&bad).unwrap_err().errors().iter().map(|e| e.field.clone()).collect();
    /// assert_eq!(fields, ["periods", "quote.feeRate"]);
    /// ```
    pub fn from_loose(value: &Loose) -> Result<QuoteInput, ValidationErrors> {
        let mut e = ValidationErrors::new();
        let Some(mut r) = ObjectReader::open(value, "", &mut e) else {
            return Err(e);
        };
        let principal = r.decimal("principal", &mut e).filter(|p| {
            let before = e.errors().len();
            check_principal(*p, &mut e);
            e.errors().len() == before
        });
        let periods = r
            .integer("periods", 1, i64::from(MAX_TERM_MONTHS), &mut e)
            .and_then(|n| u32::try_from(n).ok());
        let start_date = optional_date(&mut r, "startDate", &mut e);
        let upfront_fee = optional_amount(&mut r, "upfrontFee", &mut e);
        let fee_per_period = optional_amount(&mut r, "feePerPeriod", &mut e);
        let kind = match r.get("quote") {
            None => {
                e.push(
                    "quote",
                    ErrorCode::Missing,
                    "quote is required: { kind, ... } (installment, feePerPeriod, totalFee, flatRate or decliningRate).",
                );
                None
            }
            Some(v) => read_kind(v, &mut e),
        };
        r.finish(&mut e);

        if let (Some(Some(fee)), Some(p)) = (upfront_fee, principal) {
            check_upfront_below_principal(fee, p, &mut e);
        }
        if let (Ok(Some(start)), Some(n)) = (start_date, periods) {
            check_start(start, n, &mut e);
        }
        if let (
            Some(QuoteKind::DecliningRate {
                accrual: Accrual::Daily,
                ..
            }),
            Ok(None),
        ) = (kind, start_date)
        {
            daily_needs_start(&mut e);
        }
        e.into_result(|| {
            Some(QuoteInput {
                principal: principal?,
                periods: periods?,
                start_date: start_date.ok()?,
                upfront_fee: upfront_fee?.unwrap_or_default(),
                fee_per_period: fee_per_period?.unwrap_or_default(),
                kind: kind?,
            })
        })
    }
}

fn read_kind(value: &Loose, e: &mut ValidationErrors) -> Option<QuoteKind> {
    let mut r = ObjectReader::open(value, "quote", e)?;
    let Some(kind) = r.choice("kind", &KINDS, e) else {
        // Without a kind the other fields cannot be judged: none is reported as unknown.
        return None;
    };
    let kind = match kind {
        Kind::Installment => {
            let payment = required_amount(&mut r, "payment", e);
            let last_payment = optional_amount(&mut r, "lastPayment", e);
            Some(QuoteKind::Installment {
                payment: payment?,
                last_payment: last_payment?,
            })
        }
        Kind::FeePerPeriod => {
            let fee_rate = r.decimal("feeRate", e).filter(|rate| {
                let before = e.errors().len();
                check_per_period_fee_rate(*rate, e);
                e.errors().len() == before
            });
            fee_rate.map(|fee_rate| QuoteKind::FeePerPeriod { fee_rate })
        }
        Kind::TotalFee => read_total_fee(&mut r, e).map(QuoteKind::TotalFee),
        Kind::FlatRate => read_flat_rate(&mut r, e).map(QuoteKind::FlatRate),
        Kind::DecliningRate => read_declining(&mut r, e),
    };
    r.finish(e);
    kind
}

/// `fee` or `feeRate`, exactly one.
fn read_total_fee(r: &mut ObjectReader<'_>, e: &mut ValidationErrors) -> Option<TotalFee> {
    let both = r.has("fee") && r.has("feeRate");
    let fee = optional_amount(r, "fee", e);
    let rate = r.optional_decimal("feeRate", e);
    if both {
        e.push(
            "quote.feeRate",
            ErrorCode::Conflict,
            "Give quote.fee or quote.feeRate, not both.",
        );
        return None;
    }
    match (fee, rate) {
        (Some(Some(fee)), _) => Some(TotalFee::Amount(fee)),
        (_, Ok(Some(rate))) => {
            let before = e.errors().len();
            check_total_fee_rate(rate, e);
            (e.errors().len() == before).then_some(TotalFee::Rate(rate))
        }
        (Some(None), Ok(None)) => {
            e.push(
                "quote.fee",
                ErrorCode::Missing,
                "quote.fee (an amount) or quote.feeRate (a fraction of the principal) is required.",
            );
            None
        }
        _ => None,
    }
}

/// `monthlyRate` or `annualRate`, exactly one.
fn read_flat_rate(r: &mut ObjectReader<'_>, e: &mut ValidationErrors) -> Option<FlatRate> {
    let both = r.has("monthlyRate") && r.has("annualRate");
    let monthly = r.optional_decimal("monthlyRate", e);
    let annual = r.optional_decimal("annualRate", e);
    if both {
        e.push(
            "quote.annualRate",
            ErrorCode::Conflict,
            "Give quote.monthlyRate or quote.annualRate, not both.",
        );
        return None;
    }
    let rate = match (monthly, annual) {
        (Ok(Some(m)), _) => FlatRate::Monthly(m),
        (_, Ok(Some(a))) => FlatRate::Annual(a),
        (Ok(None), Ok(None)) => {
            e.push(
                "quote.monthlyRate",
                ErrorCode::Missing,
                "quote.monthlyRate or quote.annualRate is required (a decimal fraction such as \"0.008\").",
            );
            return None;
        }
        _ => return None,
    };
    let before = e.errors().len();
    check_flat_rate(rate, e);
    (e.errors().len() == before).then_some(rate)
}

/// One of `annualRate`, `monthlyRate`, `dailyRate`; `method` and `accrual` optional.
fn read_declining(r: &mut ObjectReader<'_>, e: &mut ValidationErrors) -> Option<QuoteKind> {
    let names = ["annualRate", "monthlyRate", "dailyRate"];
    let given: Vec<&str> = names.iter().copied().filter(|n| r.has(n)).collect();
    let mut values = Vec::new();
    for name in names {
        if let Ok(Some(v)) = r.optional_decimal(name, e) {
            values.push((name, v));
        }
    }
    for extra in given.iter().skip(1) {
        e.push(
            format!("quote.{extra}"),
            ErrorCode::Conflict,
            format!("Give one of quote.annualRate, quote.monthlyRate and quote.dailyRate, not quote.{} and quote.{extra}.", given.first().copied().unwrap_or("annualRate")),
        );
    }
    let method = if r.has("method") {
        // A fee plan is the totalFee kind; the other methods are the loan's.
        let method = r.choice("method", &Method::ALL, e);
        if method == Some(Method::FeeInstallment) {
            refuse_fee_method(e);
            None
        } else {
            method
        }
    } else {
        let _ = r.raw("method");
        Some(Method::EqualInstallment)
    };
    let accrual = if r.has("accrual") {
        r.choice("accrual", &Accrual::ALL, e).map(Some)
    } else {
        let _ = r.raw("accrual");
        Some(None)
    };
    if given.is_empty() {
        e.push(
            "quote.annualRate",
            ErrorCode::Missing,
            "quote.annualRate, quote.monthlyRate or quote.dailyRate is required.",
        );
        return None;
    }
    if given.len() > 1 || values.len() != 1 {
        return None;
    }
    let (name, value) = values.first().copied()?;
    let before = e.errors().len();
    check_declining_value(name, value, e);
    if e.errors().len() != before {
        return None;
    }
    let rate = match name {
        "dailyRate" => Rate::Daily(value),
        // A monthly rate m is the annual rate 12 × m (monthly = annual / 12); within 0 to 1/12
        // the product is exact.
        "monthlyRate" => Rate::Annual(value.checked_mul(Decimal::from(12))?),
        _ => Rate::Annual(value),
    };
    Some(QuoteKind::DecliningRate {
        rate,
        method: method?,
        accrual: accrual?.unwrap_or(rate.default_accrual()),
    })
}

/// A required amount: whole fen, 0 or more.
fn required_amount(
    r: &mut ObjectReader<'_>,
    name: &str,
    e: &mut ValidationErrors,
) -> Option<Decimal> {
    let field = r.path_of(name);
    let value = r.decimal(name, e)?;
    let before = e.errors().len();
    check_amount(value, &field, e);
    (e.errors().len() == before).then_some(value)
}

/// An optional amount: `Some(None)` when absent, `None` when its problem was recorded.
fn optional_amount(
    r: &mut ObjectReader<'_>,
    name: &str,
    e: &mut ValidationErrors,
) -> Option<Option<Decimal>> {
    if !r.has(name) {
        let _ = r.raw(name);
        return Some(None);
    }
    required_amount(r, name, e).map(Some)
}

/// Whole fen, 0 or more.
pub(crate) fn check_amount(value: Decimal, field: &str, e: &mut ValidationErrors) {
    if value < Decimal::ZERO {
        e.push(
            field,
            ErrorCode::OutOfRange,
            format!("{field} must be 0 or more, not {value}."),
        );
    } else {
        let _ = check_whole_fen(value, field, e);
    }
}

fn check_periods(periods: u32, e: &mut ValidationErrors) {
    if !(1..=MAX_TERM_MONTHS).contains(&periods) {
        e.push(
            "periods",
            ErrorCode::OutOfRange,
            format!("periods must be a whole number from 1 to 360, not {periods}."),
        );
    }
}

fn check_upfront_below_principal(fee: Decimal, principal: Decimal, e: &mut ValidationErrors) {
    if fee >= principal {
        e.push(
            "upfrontFee",
            ErrorCode::OutOfRange,
            format!("upfrontFee must be below the principal {principal} (the borrower must receive something), not {fee}."),
        );
    }
}

fn check_start(start: Date, periods: u32, e: &mut ValidationErrors) {
    if start.add_months(periods).is_none() {
        e.push(
            "startDate",
            ErrorCode::OutOfRange,
            format!("startDate {start} puts the last due date after 9999-12-31."),
        );
    }
}

fn check_per_period_fee_rate(rate: Decimal, e: &mut ValidationErrors) {
    let _ = check_range(
        rate,
        Decimal::ZERO,
        MAX_FEE_RATE_PER_PERIOD,
        "quote.feeRate",
        e,
    );
}

fn check_total_fee_rate(rate: Decimal, e: &mut ValidationErrors) {
    if rate < Decimal::ZERO || rate >= Decimal::ONE {
        e.push(
            "quote.feeRate",
            ErrorCode::OutOfRange,
            format!("quote.feeRate must be from 0 to below 1, not {rate}."),
        );
    }
}

/// monthlyRate 0 to 1/12 (12 × m at most 1); annualRate 0 to 1.
fn check_flat_rate(rate: FlatRate, e: &mut ValidationErrors) {
    match rate {
        FlatRate::Monthly(m) => check_declining_value("monthlyRate", m, e),
        FlatRate::Annual(a) => check_declining_value("annualRate", a, e),
    }
}

fn check_declining_rate(rate: Rate, e: &mut ValidationErrors) {
    match rate {
        Rate::Annual(a) => check_declining_value("annualRate", a, e),
        Rate::Daily(d) => check_declining_value("dailyRate", d, e),
    }
}

/// A rate named `name` (`annualRate` 0 to 1, `monthlyRate` 0 to 1/12, `dailyRate` 0 to 1/360),
/// reported on `quote.<name>`. The upper bounds without an exact decimal are checked as
/// rate × 12 or rate × 360 at most 1.
fn check_declining_value(name: &str, value: Decimal, e: &mut ValidationErrors) {
    let (per_year, limit) = match name {
        "monthlyRate" => (12, "1/12"),
        "dailyRate" => (360, "1/360"),
        _ => (1, "1"),
    };
    let too_high = value
        .checked_mul(Decimal::from(per_year))
        .is_none_or(|x| x > Decimal::ONE);
    if value < Decimal::ZERO || too_high {
        e.push(
            format!("quote.{name}"),
            ErrorCode::OutOfRange,
            format!("quote.{name} must be from 0 to {limit} (100 % a year), not {value}."),
        );
    }
}

fn refuse_fee_method(e: &mut ValidationErrors) {
    e.push(
        "quote.method",
        ErrorCode::NotAllowed,
        "quote.method cannot be feeInstallment: quote a fee plan as kind totalFee.",
    );
}

fn daily_needs_start(e: &mut ValidationErrors) {
    e.push(
        "startDate",
        ErrorCode::Missing,
        "startDate is required with daily accrual (days are counted between due dates).",
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test decimal")
    }

    fn card() -> QuoteInput {
        QuoteInput {
            principal: dec("12000"),
            periods: 12,
            start_date: None,
            upfront_fee: Decimal::ZERO,
            fee_per_period: Decimal::ZERO,
            kind: QuoteKind::FeePerPeriod {
                fee_rate: dec("0.006"),
            },
        }
    }

    #[test]
    fn validate_names_each_limit() {
        let declining = |rate, method, accrual| QuoteKind::DecliningRate {
            rate,
            method,
            accrual,
        };
        let cases: Vec<(QuoteInput, Vec<(&str, ErrorCode)>)> = vec![
            (card(), vec![]),
            (
                QuoteInput {
                    principal: dec("0"),
                    ..card()
                },
                vec![
                    ("principal", ErrorCode::OutOfRange),
                    ("upfrontFee", ErrorCode::OutOfRange),
                ],
            ),
            (
                QuoteInput {
                    periods: 0,
                    ..card()
                },
                vec![("periods", ErrorCode::OutOfRange)],
            ),
            (
                QuoteInput {
                    upfront_fee: dec("12000"),
                    ..card()
                },
                vec![("upfrontFee", ErrorCode::OutOfRange)],
            ),
            (
                QuoteInput {
                    fee_per_period: dec("0.001"),
                    ..card()
                },
                vec![("feePerPeriod", ErrorCode::OutOfRange)],
            ),
            (
                QuoteInput {
                    kind: QuoteKind::FeePerPeriod {
                        fee_rate: dec("0.11"),
                    },
                    ..card()
                },
                vec![("quote.feeRate", ErrorCode::OutOfRange)],
            ),
            (
                QuoteInput {
                    kind: QuoteKind::TotalFee(TotalFee::Rate(Decimal::ONE)),
                    ..card()
                },
                vec![("quote.feeRate", ErrorCode::OutOfRange)],
            ),
            (
                QuoteInput {
                    kind: QuoteKind::Installment {
                        payment: dec("-1"),
                        last_payment: Some(dec("1.001")),
                    },
                    ..card()
                },
                vec![
                    ("quote.payment", ErrorCode::OutOfRange),
                    ("quote.lastPayment", ErrorCode::OutOfRange),
                ],
            ),
            (
                QuoteInput {
                    kind: QuoteKind::FlatRate(FlatRate::Monthly(dec("0.0834"))),
                    ..card()
                },
                vec![("quote.monthlyRate", ErrorCode::OutOfRange)],
            ),
            (
                QuoteInput {
                    kind: declining(
                        Rate::Daily(dec("0.0005")),
                        Method::EqualInstallment,
                        Accrual::Daily,
                    ),
                    ..card()
                },
                vec![("startDate", ErrorCode::Missing)],
            ),
            (
                QuoteInput {
                    kind: declining(
                        Rate::Annual(dec("0.1")),
                        Method::FeeInstallment,
                        Accrual::Monthly,
                    ),
                    ..card()
                },
                vec![("quote.method", ErrorCode::NotAllowed)],
            ),
            (
                QuoteInput {
                    start_date: Date::new(9990, 1, 1).ok(),
                    periods: 360,
                    ..card()
                },
                vec![("startDate", ErrorCode::OutOfRange)],
            ),
        ];
        for (quote, want) in cases {
            let got: Vec<(String, ErrorCode)> = match quote.validate() {
                Ok(()) => Vec::new(),
                Err(e) => e
                    .errors()
                    .iter()
                    .map(|x| (x.field.clone(), x.code))
                    .collect(),
            };
            let want: Vec<(String, ErrorCode)> =
                want.into_iter().map(|(f, c)| (f.to_owned(), c)).collect();
            assert_eq!(got, want, "{quote:?}");
        }
    }

    #[test]
    fn a_monthly_rate_is_a_twelfth_of_the_annual_one() {
        let read = |rate: &str, value: &str| {
            let quote = Loose::object([
                ("kind", Loose::text("decliningRate")),
                (rate, Loose::text(value)),
            ]);
            let input = Loose::object([
                ("principal", Loose::text("1000")),
                ("periods", Loose::Number(12.0)),
                ("quote", quote),
            ]);
            QuoteInput::from_loose(&input).map(|q| q.kind)
        };
        let monthly = read("monthlyRate", "0.008").expect("valid");
        assert_eq!(
            monthly,
            QuoteKind::DecliningRate {
                rate: Rate::Annual(dec("0.096")),
                method: Method::EqualInstallment,
                accrual: Accrual::Monthly,
            }
        );
        // A daily rate accrues daily unless told otherwise, which needs a start date.
        let daily = read("dailyRate", "0.0005").map_err(|e| e.errors()[0].field.clone());
        assert_eq!(daily, Err("startDate".to_owned()));
    }
}
