//! API.md's `RevolvingInput` as a typed value, its limits (MONEY.md, "Limits of input") and its
//! validation from loose input: every problem at once, each with its field, unknown fields
//! refused.

use rust_decimal::Decimal;

use crate::error::{ErrorCode, ValidationErrors};
use crate::input::{check_whole_fen, Loose, ObjectReader};
use crate::money::{optional_date, Date};

/// The largest first statement: 10,000,000.
pub const MAX_STATEMENT: Decimal = Decimal::from_parts(10_000_000, 0, 0, false, 0);
/// The daily rate when none is given: 0.05 % a day.
pub const DEFAULT_DAILY_RATE: Decimal = Decimal::from_parts(5, 0, 0, false, 4);
/// The minimum share when none is given: 10 % of the statement.
pub const DEFAULT_MINIMUM_SHARE: Decimal = Decimal::from_parts(1, 0, 0, false, 1);
/// The minimum floor when none is given: 100.00.
pub const DEFAULT_MINIMUM_FLOOR: Decimal = Decimal::from_parts(100, 0, 0, false, 0);
/// The months simulated when the input does not say.
pub const DEFAULT_MAX_MONTHS: u32 = 360;
/// The most months that may be simulated.
pub const MAX_MONTHS: u32 = 600;

/// What is paid on each statement date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Repayment {
    /// The minimum: max(round2(share × statement), floor), or the whole statement when less.
    Minimum {
        /// The share of the statement, more than 0 and at most 1.
        share: Decimal,
        /// The least minimum payment, whole fen, 0 or more.
        floor: Decimal,
    },
    /// The same amount every month (whole fen, more than 0), or the whole statement when less.
    Fixed(Decimal),
}

/// A credit line's first statement and how it is repaid (MONEY.md, "Revolving credit").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RevolvingInput {
    /// The first statement S₁, whole fen: more than 0, at most 10,000,000.
    pub statement: Decimal,
    /// Its statement date; month j's statement date is this plus j − 1 months.
    pub start_date: Date,
    /// The daily rate on what is left unpaid, 0 to 1/360.
    pub daily_rate: Decimal,
    /// The minimum rule or a fixed payment.
    pub repayment: Repayment,
    /// The most months simulated, 1–600.
    pub max_months: u32,
}

impl RevolvingInput {
    /// A statement repaid by the default minimum rule (10 %, at least 100.00) at 0.05 % a day,
    /// for at most 360 months.
    pub fn minimum(statement: Decimal, start_date: Date) -> RevolvingInput {
        RevolvingInput {
            statement,
            start_date,
            daily_rate: DEFAULT_DAILY_RATE,
            repayment: Repayment::Minimum {
                share: DEFAULT_MINIMUM_SHARE,
                floor: DEFAULT_MINIMUM_FLOOR,
            },
            max_months: DEFAULT_MAX_MONTHS,
        }
    }

    /// Checks every limit, each problem with its API field.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut e = ValidationErrors::new();
        check_statement(self.statement, &mut e);
        check_daily_rate(self.daily_rate, &mut e);
        match self.repayment {
            Repayment::Minimum { share, floor } => {
                check_share(share, &mut e);
                check_floor(floor, &mut e);
            }
            Repayment::Fixed(amount) => check_payment(amount, &mut e),
        }
        check_max_months(self.max_months, &mut e);
        check_dates(self.start_date, self.max_months, &mut e);
        e.into_result(|| Some(()))
    }

    /// Validates a loose `RevolvingInput`, reporting every problem at once.
    ///
    /// ```
    /// use credit_sim::input::Loose;
    /// use credit_sim::revolving::RevolvingInput;
    /// let bad = Loose::object([
    ///     ("statement", Loose::text("0")),
    ///     ("monthlyPayment", Loose::text("500")),
    ///     ("minimumShare", Loose::text("0.1")),
    /// ]);
    /// let fields: Vec<String> = RevolvingInput::from_loose(&bad).unwrap_err().errors().iter().map(|e| e.field.clone()).collect();
    /// assert_eq!(fields, ["statement", "startDate", "monthlyPayment"]);
    /// ```
    pub fn from_loose(value: &Loose) -> Result<RevolvingInput, ValidationErrors> {
        let mut e = ValidationErrors::new();
        let Some(mut r) = ObjectReader::open(value, "", &mut e) else {
            return Err(e);
        };
        let statement = checked(r.decimal("statement", &mut e), &mut e, check_statement);
        let start_date = match optional_date(&mut r, "startDate", &mut e) {
            Ok(None) => {
                e.push(
                    "startDate",
                    ErrorCode::Missing,
                    "startDate is required (the first statement date, YYYY-MM-DD).",
                );
                None
            }
            Ok(Some(d)) => Some(d),
            Err(_) => None,
        };
        let daily_rate = optional(&mut r, "dailyRate", &mut e, check_daily_rate)
            .map(|d| d.unwrap_or(DEFAULT_DAILY_RATE));
        let rule_given = r.has("minimumShare") || r.has("minimumFloor");
        let share = optional(&mut r, "minimumShare", &mut e, check_share);
        let floor = optional(&mut r, "minimumFloor", &mut e, check_floor);
        let fixed_given = r.has("monthlyPayment");
        let fixed = optional(&mut r, "monthlyPayment", &mut e, check_payment);
        let max_months = if r.has("maxMonths") {
            r.integer("maxMonths", 1, i64::from(MAX_MONTHS), &mut e)
                .and_then(|m| u32::try_from(m).ok())
        } else {
            let _ = r.raw("maxMonths");
            Some(DEFAULT_MAX_MONTHS)
        };
        r.finish(&mut e);
        if fixed_given && rule_given {
            e.push(
                "monthlyPayment",
                ErrorCode::Conflict,
                "Give monthlyPayment or the minimum rule (minimumShare, minimumFloor), not both.",
            );
        }
        if let (Some(start), Some(months)) = (start_date, max_months) {
            check_dates(start, months, &mut e);
        }
        e.into_result(|| {
            let repayment = match fixed? {
                Some(amount) => Repayment::Fixed(amount),
                None => Repayment::Minimum {
                    share: share?.unwrap_or(DEFAULT_MINIMUM_SHARE),
                    floor: floor?.unwrap_or(DEFAULT_MINIMUM_FLOOR),
                },
            };
            Some(RevolvingInput {
                statement: statement?,
                start_date: start_date?,
                daily_rate: daily_rate?,
                repayment,
                max_months: max_months?,
            })
        })
    }
}

/// `value` when `check` records no problem with it.
fn checked(
    value: Option<Decimal>,
    e: &mut ValidationErrors,
    check: fn(Decimal, &mut ValidationErrors),
) -> Option<Decimal> {
    let value = value?;
    let before = e.errors().len();
    check(value, e);
    (e.errors().len() == before).then_some(value)
}

/// An optional decimal checked by `check`: `Some(None)` when absent, `None` when refused.
fn optional(
    r: &mut ObjectReader<'_>,
    name: &str,
    e: &mut ValidationErrors,
    check: fn(Decimal, &mut ValidationErrors),
) -> Option<Option<Decimal>> {
    match r.optional_decimal(name, e) {
        Ok(None) => Some(None),
        Ok(Some(v)) => checked(Some(v), e, check).map(Some),
        Err(_) => None,
    }
}

fn check_statement(value: Decimal, e: &mut ValidationErrors) {
    if value <= Decimal::ZERO || value > MAX_STATEMENT {
        e.push(
            "statement",
            ErrorCode::OutOfRange,
            format!("statement must be more than 0 and at most 10000000, not {value}."),
        );
    } else {
        let _ = check_whole_fen(value, "statement", e);
    }
}

/// 0 to 1/360 (× 360 at most 1, as 1/360 has no exact decimal).
fn check_daily_rate(value: Decimal, e: &mut ValidationErrors) {
    let too_high = value
        .checked_mul(Decimal::from(360))
        .is_none_or(|x| x > Decimal::ONE);
    if value < Decimal::ZERO || too_high {
        e.push(
            "dailyRate",
            ErrorCode::OutOfRange,
            format!("dailyRate must be from 0 to 1/360 (100 % a year), not {value}."),
        );
    }
}

fn check_share(value: Decimal, e: &mut ValidationErrors) {
    if value <= Decimal::ZERO || value > Decimal::ONE {
        e.push(
            "minimumShare",
            ErrorCode::OutOfRange,
            format!("minimumShare must be more than 0 and at most 1, not {value}."),
        );
    }
}

fn check_floor(value: Decimal, e: &mut ValidationErrors) {
    if value < Decimal::ZERO {
        e.push(
            "minimumFloor",
            ErrorCode::OutOfRange,
            format!("minimumFloor must be 0 or more, not {value}."),
        );
    } else {
        let _ = check_whole_fen(value, "minimumFloor", e);
    }
}

fn check_payment(value: Decimal, e: &mut ValidationErrors) {
    if value <= Decimal::ZERO {
        e.push(
            "monthlyPayment",
            ErrorCode::OutOfRange,
            format!("monthlyPayment must be more than 0, not {value}."),
        );
    } else {
        let _ = check_whole_fen(value, "monthlyPayment", e);
    }
}

fn check_max_months(value: u32, e: &mut ValidationErrors) {
    if !(1..=MAX_MONTHS).contains(&value) {
        e.push(
            "maxMonths",
            ErrorCode::OutOfRange,
            format!("maxMonths must be a whole number from 1 to 600, not {value}."),
        );
    }
}

/// The statement after the last simulated month must still be a date (year 9999 at most).
fn check_dates(start: Date, max_months: u32, e: &mut ValidationErrors) {
    if start.add_months(max_months).is_none() {
        e.push(
            "startDate",
            ErrorCode::OutOfRange,
            format!(
                "startDate {start} puts the statements of {max_months} months after 9999-12-31."
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test decimal")
    }

    fn base() -> RevolvingInput {
        RevolvingInput::minimum(
            dec("10000"),
            Date::new(2024, 1, 31).unwrap_or_else(|_| unreachable!("a real day")),
        )
    }

    #[test]
    fn validate_names_each_limit() {
        let minimum = |share: &str, floor: &str| Repayment::Minimum {
            share: dec(share),
            floor: dec(floor),
        };
        let cases: Vec<(RevolvingInput, Vec<&str>)> = vec![
            (base(), vec![]),
            (
                RevolvingInput {
                    statement: dec("10000000.01"),
                    ..base()
                },
                vec!["statement"],
            ),
            (
                RevolvingInput {
                    statement: dec("0.001"),
                    ..base()
                },
                vec!["statement"],
            ),
            (
                RevolvingInput {
                    daily_rate: dec("0.0027778"),
                    ..base()
                },
                vec!["dailyRate"],
            ),
            (
                RevolvingInput {
                    repayment: minimum("0", "-1"),
                    ..base()
                },
                vec!["minimumShare", "minimumFloor"],
            ),
            (
                RevolvingInput {
                    repayment: minimum("1", "0"),
                    ..base()
                },
                vec![],
            ),
            (
                RevolvingInput {
                    repayment: Repayment::Fixed(Decimal::ZERO),
                    ..base()
                },
                vec!["monthlyPayment"],
            ),
            (
                RevolvingInput {
                    max_months: 0,
                    ..base()
                },
                vec!["maxMonths"],
            ),
            (
                RevolvingInput {
                    start_date: Date::new(9999, 6, 30)
                        .unwrap_or_else(|_| unreachable!("a real day")),
                    max_months: 7,
                    ..base()
                },
                vec!["startDate"],
            ),
        ];
        for (input, want) in cases {
            let got: Vec<String> = match input.validate() {
                Ok(()) => Vec::new(),
                Err(e) => e.errors().iter().map(|x| x.field.clone()).collect(),
            };
            assert_eq!(got, want, "{input:?}");
        }
    }
}
