//! Paying off on any day (随借随还, MONEY.md): a daily-accrual loan repaid in full between two due
//! dates. The rows before are the plan's own; the last row is dated the payoff day and carries
//! the interest of the days used and the whole balance as its prepayment.

use rust_decimal::Decimal;

use crate::amount::round2;

use super::arith::Overflow;
use super::date::Date;
use super::loan::Rate;
use super::schedule::Row;

/// Where a payoff day falls in a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Payoff {
    /// On the due date of this period: the same as a prepayment of `"all"` after it.
    OnDueDate(u32),
    /// Between two due dates: the rows up to and including the payoff row.
    Between(Vec<Row>),
}

/// Why a payoff day cannot be placed in a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PayoffError {
    /// Rounding repaid the plan at this period, before the payoff day.
    AfterEnd(u32),
    /// The arithmetic left `Decimal`'s range (never within MONEY.md's limits).
    Overflow,
}

impl From<Overflow> for PayoffError {
    fn from(_: Overflow) -> Self {
        PayoffError::Overflow
    }
}

/// Places `day` in `rows`, the dated plan of a loan from `principal` drawn on `start` (without
/// any prepayment). Let k be the first row due on or after `day`: on its due date the payoff is
/// [`Payoff::OnDueDate`]; before it, rows 1 … k−1 are kept and row k becomes the payoff row:
/// interest = round2(balance_{k−1} × the daily rate × the days from the previous due date (or
/// `start`) to `day`), no principal or fee, payment = interest, prepayment = balance_{k−1},
/// balance 0.
pub(crate) fn pay_off_on(
    rows: &[Row],
    principal: Decimal,
    start: Date,
    day: Date,
    rate: Rate,
) -> Result<Payoff, PayoffError> {
    let Some(at) = rows
        .iter()
        .position(|r| r.due_date.is_some_and(|d| d >= day))
    else {
        return Err(PayoffError::AfterEnd(rows.last().map_or(0, |r| r.period)));
    };
    let row = rows.get(at).ok_or(PayoffError::Overflow)?;
    if row.due_date == Some(day) {
        return Ok(Payoff::OnDueDate(row.period));
    }
    let (balance, from) = match at.checked_sub(1).and_then(|i| rows.get(i)) {
        Some(before) => (before.balance, before.due_date.unwrap_or(start)),
        None => (principal, start),
    };
    let interest = round2(rate.interest_for_days(balance, from.days_until(day))?);
    let mut kept = rows.get(..at).unwrap_or_default().to_vec();
    kept.push(Row {
        period: row.period,
        due_date: Some(day),
        payment: interest,
        principal: Decimal::ZERO,
        interest,
        fee: Decimal::ZERO,
        balance: Decimal::ZERO,
        prepayment: Some(balance),
    });
    Ok(Payoff::Between(kept))
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test decimal")
    }

    fn date(s: &str) -> Date {
        s.parse().expect("test date")
    }

    /// Three rows of a 3,000 plan drawn on 2024-01-31, 1,000 of principal a month.
    fn rows() -> Vec<Row> {
        ["2024-02-29", "2024-03-31", "2024-04-30"]
            .iter()
            .zip(1_u32..)
            .map(|(d, k)| Row {
                period: k,
                due_date: Some(date(d)),
                payment: dec("1010.00"),
                principal: dec("1000.00"),
                interest: dec("10.00"),
                fee: Decimal::ZERO,
                balance: Decimal::from(3 - k) * Decimal::ONE_THOUSAND,
                prepayment: None,
            })
            .collect()
    }

    #[test]
    fn the_day_decides_the_last_row() {
        let daily = Rate::Daily(dec("0.0005"));
        let start = date("2024-01-31");
        let p = dec("3000");
        // (day, want: Ok(Some(due period)) for a due date, Ok(None) between, with the last row's
        // period, interest and prepayment)
        type Want = Result<Option<u32>, PayoffError>;
        type LastRow<'a> = Option<(u32, &'a str, &'a str)>;
        let cases: [(&str, Want, LastRow); 5] = [
            // 10 days on 3,000 at 0.05 %: 15.00.
            ("2024-02-10", Ok(None), Some((1, "15.00", "3000.00"))),
            ("2024-02-29", Ok(Some(1)), None),
            // 2024-02-29 to 2024-03-01: 1 day on 2,000.
            ("2024-03-01", Ok(None), Some((2, "1.00", "2000.00"))),
            // 29 days on 1,000: 14.50.
            ("2024-04-29", Ok(None), Some((3, "14.50", "1000.00"))),
            ("2024-05-01", Err(PayoffError::AfterEnd(3)), None),
        ];
        for (day, want, last) in cases {
            let got = pay_off_on(&rows(), p, start, date(day), daily);
            match (&got, want) {
                (Ok(Payoff::OnDueDate(k)), Ok(Some(w))) => assert_eq!(*k, w, "{day}"),
                (Ok(Payoff::Between(kept)), Ok(None)) => {
                    let (period, interest, prepaid) = last.expect("a last row");
                    let row = kept.last().expect("rows");
                    assert_eq!(kept.len(), usize::try_from(period).unwrap_or(0), "{day}");
                    assert_eq!(row.period, period, "{day}");
                    assert_eq!(row.due_date, Some(date(day)));
                    assert_eq!(row.interest, dec(interest), "{day}");
                    assert_eq!(row.payment, row.interest);
                    assert_eq!(row.principal, Decimal::ZERO);
                    assert_eq!(row.balance, Decimal::ZERO);
                    assert_eq!(row.prepayment, Some(dec(prepaid)), "{day}");
                }
                (Err(e), Err(w)) => assert_eq!(*e, w, "{day}"),
                _ => panic!("{day}: {got:?}"),
            }
        }
    }

    #[test]
    fn an_annual_rate_accrues_by_the_360_day_year() {
        let got = pay_off_on(
            &rows(),
            dec("3000"),
            date("2024-01-31"),
            date("2024-02-10"),
            Rate::Annual(dec("0.18")),
        );
        // 3,000 × 0.18 × 10 / 360 = 15.00, the same as 0.05 % a day.
        let Ok(Payoff::Between(kept)) = got else {
            panic!("{got:?}")
        };
        assert_eq!(kept.last().map(|r| r.interest), Some(dec("15.00")));
    }
}
