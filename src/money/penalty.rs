//! Penalty interest (罚息) on a late payment: the daily rate times a multiplier (1.5 by default,
//! a product rule) for every day late.

use rust_decimal::Decimal;

use crate::amount::round2;

/// The usual penalty multiplier of the daily rate: 1.5.
pub const DEFAULT_PENALTY_MULTIPLIER: Decimal = Decimal::from_parts(15, 0, 0, false, 1);

/// Penalty interest on `amount` paid `days_late` days late, at `multiplier` × `daily_rate`:
/// `round2(amount × daily × multiplier × days)`. `None` only if the product overflows
/// `Decimal` (far beyond any real amount).
///
/// ```
/// use credit_sim::money::{penalty_interest, DEFAULT_PENALTY_MULTIPLIER};
/// use rust_decimal::Decimal;
/// // 1,000 yuan 30 days late at 0.05 % a day × 1.5: 22.50.
/// let fee = penalty_interest(Decimal::from(1000), Decimal::new(5, 4), 30, DEFAULT_PENALTY_MULTIPLIER);
/// assert_eq!(fee.unwrap().to_string(), "22.50");
/// ```
pub fn penalty_interest(
    amount: Decimal,
    daily_rate: Decimal,
    days_late: u32,
    multiplier: Decimal,
) -> Option<Decimal> {
    let exact = amount
        .checked_mul(daily_rate)?
        .checked_mul(multiplier)?
        .checked_mul(Decimal::from(days_late))?;
    let mut fen = round2(exact);
    // Always two places, so `to_string` gives "0.00" rather than "0".
    fen.rescale(2);
    Some(fen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test decimal")
    }

    #[test]
    fn penalty_table() {
        let cases = [
            ("1000", "0.0005", 30, "1.5", Some("22.50")),
            ("888.49", "0.0003", 1, "1.5", Some("0.40")),
            ("888.49", "0.0003", 0, "1.5", Some("0.00")),
            ("5307.27", "0.000136111", 7, "1.5", Some("7.58")),
            ("100", "0.001", 10, "2", Some("2.00")),
            ("0.01", "0.0001", 1, "1.5", Some("0.00")),
        ];
        for (amount, daily, days, m, want) in cases {
            let got = penalty_interest(dec(amount), dec(daily), days, dec(m));
            assert_eq!(
                got.map(|d| d.to_string()).as_deref(),
                want,
                "{amount} {days}"
            );
        }
        assert_eq!(penalty_interest(Decimal::MAX, dec("2"), 2, dec("2")), None);
    }
}
