//! The columns of a profile CSV and how a row's cells become a profile: each known column's
//! cell is read by its field's kind into a loose value, the missing ones take `defaultProfile()`'s
//! value, and [`Profile::from_loose`] then checks the whole row at once, so a CSV row is held to
//! exactly the rules of a JS profile, with the column names as field paths.

use crate::error::{ErrorCode, ValidationErrors};
use crate::input::Loose;
use crate::profile::{default_profile, Profile};

/// How a column's cells are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A whole number (`12`; `12.0` is read as 12, `12.5` refused as not whole).
    Integer,
    /// A whole number or nothing: empty or `never` is `null` (`monthsSinceOverdue`).
    NullableInteger,
    /// An amount of money, as decimal text (`9000`, `9000.00`).
    Amount,
    /// `true/false`, `1/0`, `yes/no`, `是/否` (any case).
    Boolean,
    /// One of a field's names (`bachelor`).
    Name,
}

/// A column of the profile CSV: a Profile field, business fields as `business.monthlyRevenue`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The header name.
    pub name: &'static str,
    /// How its cells are read.
    pub kind: Kind,
}

const fn col(name: &'static str, kind: Kind) -> Column {
    Column { name, kind }
}

/// Every column, in the Profile's order (the order the writer uses).
pub const COLUMNS: [Column; 32] = [
    col("creditAgeMonths", Kind::Integer),
    col("repaymentsLast24m", Kind::Integer),
    col("onTimeRatePct", Kind::Integer),
    col("worstOverdueDays", Kind::Integer),
    col("monthsSinceOverdue", Kind::NullableInteger),
    col("creditUtilizationPct", Kind::Integer),
    col("recentApplications3m", Kind::Integer),
    col("depositFreeUses12m", Kind::Integer),
    col("brokenContracts24m", Kind::Integer),
    col("dishonestDebtor", Kind::Boolean),
    col("activeMonths12m", Kind::Integer),
    col("monthlySpend", Kind::Amount),
    col("billsOnTimePct", Kind::Integer),
    col("essentialSpendPct", Kind::Integer),
    col("holdsSavingsProducts", Kind::Boolean),
    col("monthlyIncome", Kind::Amount),
    col("monthlyDebtPayments", Kind::Amount),
    col("liquidAssets", Kind::Amount),
    col("ownsHome", Kind::Boolean),
    col("ownsCar", Kind::Boolean),
    col("paysHousingFund", Kind::Boolean),
    col("age", Kind::Integer),
    col("realNameVerified", Kind::Boolean),
    col("education", Kind::Name),
    col("occupation", Kind::Name),
    col("yearsAtJob", Kind::Integer),
    col("phoneYears", Kind::Integer),
    col("contactsGoodCreditPct", Kind::Integer),
    col("verifiedContacts", Kind::Integer),
    col("business.monthlyRevenue", Kind::Amount),
    col("business.businessAgeMonths", Kind::Integer),
    col("business.revenueTrendPct", Kind::Integer),
];

/// Columns before the business ones (each a top-level Profile field).
const TOP_LEVEL: usize = 29;

/// The index in [`COLUMNS`] of a header name.
pub fn column_index(name: &str) -> Option<usize> {
    COLUMNS.iter().position(|c| c.name == name)
}

/// `true`, `false` and the other spellings of a boolean cell.
pub fn boolean_cell(text: &str) -> Option<bool> {
    const TRUE: [&str; 4] = ["true", "1", "yes", "是"];
    const FALSE: [&str; 4] = ["false", "0", "no", "否"];
    if TRUE.iter().any(|t| t.eq_ignore_ascii_case(text)) {
        Some(true)
    } else if FALSE.iter().any(|f| f.eq_ignore_ascii_case(text)) {
        Some(false)
    } else {
        None
    }
}

/// A number cell: `-?digits(.digits)?`, read as the JS number it stands for.
fn number_cell(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    text.parse().ok()
}

/// Reads the rows of one CSV into profiles: it keeps the default profile's values for the
/// columns a file leaves out.
#[derive(Debug, Clone)]
pub struct RowReader {
    defaults: Vec<Loose>,
}

impl Default for RowReader {
    fn default() -> Self {
        Self::new()
    }
}

impl RowReader {
    /// A reader with `defaultProfile()`'s values.
    pub fn new() -> RowReader {
        let Loose::Object(pairs) = default_profile().to_loose() else {
            return RowReader {
                defaults: Vec::new(),
            };
        };
        let defaults = COLUMNS[..TOP_LEVEL]
            .iter()
            .map(|c| {
                pairs
                    .iter()
                    .find(|(k, _)| k == c.name)
                    .map_or(Loose::Null, |(_, v)| v.clone())
            })
            .collect();
        RowReader { defaults }
    }

    /// The profile of one row: `cells` pairs a column index of [`COLUMNS`] with its cell's text
    /// (trimmed). Every problem of the row at once, each named by its column.
    ///
    /// ```
    /// use credit_sim::portfolio::csv_cells::{column_index, RowReader};
    /// let reader = RowReader::new();
    /// let age = column_index("age").unwrap_or(0);
    /// let home = column_index("ownsHome").unwrap_or(0);
    /// let p = reader.profile(&[(age, "41"), (home, "是")]).unwrap();
    /// assert_eq!((p.age, p.owns_home), (41, true));
    /// let errors = reader.profile(&[(age, "17"), (home, "maybe")]).unwrap_err();
    /// assert_eq!(errors.errors().len(), 2);
    /// ```
    pub fn profile(&self, cells: &[(usize, &str)]) -> Result<Profile, ValidationErrors> {
        let mut e = ValidationErrors::new();
        let mut values: Vec<Option<Loose>> = vec![None; COLUMNS.len()];
        for &(index, text) in cells {
            let Some(column) = COLUMNS.get(index) else {
                continue;
            };
            let text = text.trim();
            if let Some(value) = cell_value(column, text, &mut e) {
                values[index] = Some(value);
            }
        }
        let mut pairs: Vec<(String, Loose)> = COLUMNS[..TOP_LEVEL]
            .iter()
            .zip(values.iter_mut())
            .zip(&self.defaults)
            .map(|((c, v), default)| {
                (
                    c.name.to_owned(),
                    v.take().unwrap_or_else(|| default.clone()),
                )
            })
            .collect();
        let business: Vec<(String, Loose)> = COLUMNS[TOP_LEVEL..]
            .iter()
            .zip(values[TOP_LEVEL..].iter_mut())
            .filter_map(|(c, v)| {
                let name = c.name.strip_prefix("business.").unwrap_or(c.name);
                v.take().map(|v| (name.to_owned(), v))
            })
            .collect();
        pairs.push((
            "business".to_owned(),
            if business.is_empty() {
                Loose::Null
            } else {
                Loose::Object(business)
            },
        ));
        match Profile::from_loose(&Loose::Object(pairs)) {
            Ok(p) if e.is_empty() => Ok(p),
            Ok(_) => Err(e),
            Err(more) => {
                e.extend(more);
                Err(e)
            }
        }
    }
}

/// The loose value of one non-empty cell, `None` for an empty one (the default stands) or a bad
/// one (its problem recorded).
fn cell_value(column: &Column, text: &str, e: &mut ValidationErrors) -> Option<Loose> {
    let name = column.name;
    if text.is_empty() {
        return (column.kind == Kind::NullableInteger).then_some(Loose::Null);
    }
    match column.kind {
        Kind::NullableInteger if text.eq_ignore_ascii_case("never") => Some(Loose::Null),
        Kind::Integer | Kind::NullableInteger => match number_cell(text) {
            Some(n) => Some(Loose::Number(n)),
            None => {
                e.push(
                    name,
                    ErrorCode::NotANumber,
                    format!(
                        "{name} must be a whole number, not {}.",
                        crate::input::quoted(text)
                    ),
                );
                None
            }
        },
        Kind::Amount | Kind::Name => Some(Loose::text(text)),
        Kind::Boolean => match boolean_cell(text) {
            Some(b) => Some(Loose::Bool(b)),
            None => {
                e.push(
                    name,
                    ErrorCode::UnknownValue,
                    format!(
                        "{name} must be true/false, 1/0, yes/no or 是/否, not {}.",
                        crate::input::quoted(text)
                    ),
                );
                None
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Business;
    use rust_decimal::Decimal;

    fn read(cells: &[(&str, &str)]) -> Result<Profile, Vec<(String, ErrorCode)>> {
        let indexed: Vec<(usize, &str)> = cells
            .iter()
            .map(|(n, t)| (column_index(n).unwrap_or(usize::MAX), *t))
            .collect();
        RowReader::new().profile(&indexed).map_err(|e| {
            e.errors()
                .iter()
                .map(|x| (x.field.clone(), x.code))
                .collect()
        })
    }

    #[test]
    fn cells_read_by_kind() {
        let base = default_profile();
        let cases: Vec<(Vec<(&str, &str)>, Profile)> = vec![
            (vec![], base.clone()),
            (
                vec![("age", " 41 ")],
                Profile {
                    age: 41,
                    ..base.clone()
                },
            ),
            (
                vec![("age", "41.0")],
                Profile {
                    age: 41,
                    ..base.clone()
                },
            ),
            (vec![("age", "")], base.clone()),
            (
                vec![("ownsHome", "YES")],
                Profile {
                    owns_home: true,
                    ..base.clone()
                },
            ),
            (
                vec![("ownsHome", "是")],
                Profile {
                    owns_home: true,
                    ..base.clone()
                },
            ),
            (
                vec![("holdsSavingsProducts", "0")],
                Profile {
                    holds_savings_products: false,
                    ..base.clone()
                },
            ),
            (
                vec![("paysHousingFund", "否")],
                Profile {
                    pays_housing_fund: false,
                    ..base.clone()
                },
            ),
            (
                vec![("monthsSinceOverdue", "7")],
                Profile {
                    months_since_overdue: Some(7),
                    ..base.clone()
                },
            ),
            (vec![("monthsSinceOverdue", "Never")], base.clone()),
            (vec![("monthsSinceOverdue", "")], base.clone()),
            (
                vec![("monthlyIncome", "12000.50")],
                Profile {
                    monthly_income: Decimal::new(1_200_050, 2),
                    ..base.clone()
                },
            ),
            (
                vec![
                    ("business.monthlyRevenue", "60000"),
                    ("business.businessAgeMonths", "24"),
                    ("business.revenueTrendPct", "-5"),
                ],
                Profile {
                    business: Some(Business {
                        monthly_revenue: Decimal::from(60_000),
                        business_age_months: 24,
                        revenue_trend_pct: -5,
                    }),
                    ..base.clone()
                },
            ),
            (
                vec![
                    ("business.monthlyRevenue", ""),
                    ("business.revenueTrendPct", " "),
                ],
                base.clone(),
            ),
        ];
        for (cells, want) in cases {
            assert_eq!(read(&cells), Ok(want), "{cells:?}");
        }
    }

    #[test]
    fn bad_cells_name_their_column() {
        use ErrorCode::*;
        type Case<'a> = (Vec<(&'a str, &'a str)>, Vec<(&'a str, ErrorCode)>);
        let cases: Vec<Case> = vec![
            (vec![("age", "forty")], vec![("age", NotANumber)]),
            (vec![("age", "1e2")], vec![("age", NotANumber)]),
            (vec![("age", "17")], vec![("age", OutOfRange)]),
            (vec![("age", "40.5")], vec![("age", NotAnInteger)]),
            (
                vec![("ownsHome", "maybe")],
                vec![("ownsHome", UnknownValue)],
            ),
            (
                vec![("monthlyIncome", "9,000")],
                vec![("monthlyIncome", NotANumber)],
            ),
            (
                vec![("monthlyIncome", "-1")],
                vec![("monthlyIncome", OutOfRange)],
            ),
            (
                vec![("education", "phd")],
                vec![("education", UnknownValue)],
            ),
            (
                vec![("monthsSinceOverdue", "soon")],
                vec![("monthsSinceOverdue", NotANumber)],
            ),
            (
                vec![("business.monthlyRevenue", "5000")],
                vec![
                    ("business.businessAgeMonths", Missing),
                    ("business.revenueTrendPct", Missing),
                ],
            ),
            (
                vec![("age", "x"), ("phoneYears", "99")],
                vec![("age", NotANumber), ("phoneYears", OutOfRange)],
            ),
        ];
        for (cells, want) in cases {
            let want: Vec<(String, ErrorCode)> =
                want.iter().map(|(f, c)| ((*f).to_owned(), *c)).collect();
            assert_eq!(read(&cells), Err(want), "{cells:?}");
        }
    }
}
