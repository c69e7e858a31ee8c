//! A small civil (proleptic Gregorian) date: enough for due dates and day counts, without a
//! date crate (the WASM bundle stays small) and without a clock (the core has none).

use core::fmt;
use core::str::FromStr;

use serde::{Serialize, Serializer};

/// A calendar day, years 1 to 9999, written `YYYY-MM-DD`.
///
/// ```
/// use credit_sim::money::Date;
/// let start: Date = "2024-01-31".parse().unwrap();
/// assert_eq!(start.add_months(1).unwrap().to_string(), "2024-02-29");
/// assert_eq!(start.add_months(2).unwrap().to_string(), "2024-03-31");
/// assert_eq!(start.days_until(start.add_months(1).unwrap()), 29);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order (year, month, day) makes the derived ordering chronological.
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text or a triple is not a [`Date`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not written `YYYY-MM-DD` with digits.
    Format,
    /// Written right, but no such day (2023-02-29, 2024-13-01, year 0).
    NoSuchDay,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::Format => "a date must be written YYYY-MM-DD",
            DateError::NoSuchDay => "no such calendar day",
        })
    }
}

impl std::error::Error for DateError {}

/// True for a Gregorian leap year.
pub fn is_leap_year(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` (1–12) of `year`; 0 for a month that does not exist.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date `year-month-day`, if it is a real day in years 1–9999.
    ///
    /// ```
    /// use credit_sim::money::Date;
    /// assert!(Date::new(2024, 2, 29).is_ok());
    /// assert!(Date::new(2023, 2, 29).is_err());
    /// ```
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        if (1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month) {
            Ok(Date { year, month, day })
        } else {
            Err(DateError::NoSuchDay)
        }
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// This date plus `months` calendar months, same day of the month, clamped to the last day
    /// of a shorter month (MONEY.md, "Dates"); `None` past year 9999.
    pub fn add_months(self, months: u32) -> Option<Date> {
        let index = u32::from(self.year) * 12 + u32::from(self.month) - 1 + months;
        let year = u16::try_from(index / 12).ok()?;
        // index % 12 is below 12, so it fits in u8.
        let month = u8::try_from(index % 12).ok()? + 1;
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day).ok()
    }

    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm of
    /// H. Hinnant, which is exact over the whole proleptic Gregorian calendar.
    pub fn days_since_epoch(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let shifted_month = (month + 9) % 12; // March = 0
        let day_of_year = (153 * shifted_month + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The number of days from this date to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Reads exactly `YYYY-MM-DD` (four, two and two ASCII digits).
    fn from_str(text: &str) -> Result<Date, DateError> {
        let bytes = text.as_bytes();
        let shaped = bytes.len() == 10
            && bytes.get(4) == Some(&b'-')
            && bytes.get(7) == Some(&b'-')
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shaped {
            return Err(DateError::Format);
        }
        let number = |range: core::ops::Range<usize>| -> Result<u16, DateError> {
            text.get(range)
                .and_then(|s| s.parse::<u16>().ok())
                .ok_or(DateError::Format)
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).map_err(|_| DateError::Format)?;
        let day = u8::try_from(number(8..10)?).map_err(|_| DateError::Format)?;
        Date::new(year, month, day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        text.parse().expect("test date")
    }

    #[test]
    fn parsing_accepts_only_real_days_written_yyyy_mm_dd() {
        type Ymd = (u16, u8, u8);
        let cases: &[(&str, Result<Ymd, DateError>)] = &[
            ("2024-02-29", Ok((2024, 2, 29))),
            ("2000-02-29", Ok((2000, 2, 29))),
            ("0001-01-01", Ok((1, 1, 1))),
            ("9999-12-31", Ok((9999, 12, 31))),
            ("2023-02-29", Err(DateError::NoSuchDay)),
            ("1900-02-29", Err(DateError::NoSuchDay)),
            ("2024-13-01", Err(DateError::NoSuchDay)),
            ("2024-04-31", Err(DateError::NoSuchDay)),
            ("0000-01-01", Err(DateError::NoSuchDay)),
            ("2024-00-10", Err(DateError::NoSuchDay)),
            ("2024-1-01", Err(DateError::Format)),
            ("2024/01/01", Err(DateError::Format)),
            ("2024-01-01T00", Err(DateError::Format)),
            ("+024-01-01", Err(DateError::Format)),
            ("２０２４-01-01", Err(DateError::Format)),
            ("", Err(DateError::Format)),
        ];
        for (text, want) in cases {
            let got = text.parse::<Date>().map(|x| (x.year(), x.month(), x.day()));
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn adding_months_counts_from_the_start_and_clamps_to_month_end() {
        let cases = [
            ("2024-01-31", 1, "2024-02-29"),
            ("2024-01-31", 2, "2024-03-31"),
            ("2023-01-31", 1, "2023-02-28"),
            ("2024-01-31", 3, "2024-04-30"),
            ("2024-02-29", 12, "2025-02-28"),
            ("2024-02-29", 48, "2028-02-29"),
            ("2024-11-15", 2, "2025-01-15"),
            ("2024-05-10", 360, "2054-05-10"),
            ("2024-05-10", 0, "2024-05-10"),
        ];
        for (start, months, want) in cases {
            let got = d(start).add_months(months).map(|x| x.to_string());
            assert_eq!(got.as_deref(), Some(want), "{start} + {months}");
        }
        assert_eq!(d("9999-06-01").add_months(7), None);
    }

    #[test]
    fn day_counts_cross_month_ends_and_leap_days() {
        let cases = [
            ("1970-01-01", "1970-01-01", 0),
            ("2024-01-31", "2024-02-29", 29),
            ("2024-02-29", "2024-03-31", 31),
            ("2023-01-31", "2023-02-28", 28),
            ("2024-01-01", "2025-01-01", 366),
            ("2023-01-01", "2024-01-01", 365),
            ("2000-01-01", "2100-01-01", 36_525),
            ("2100-01-01", "2200-01-01", 36_524),
            ("2024-03-01", "2024-02-28", -2),
        ];
        for (a, b, want) in cases {
            assert_eq!(d(a).days_until(d(b)), want, "{a} → {b}");
        }
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
    }
}
