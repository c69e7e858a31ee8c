//! Amounts of money: the one rounding rule of MONEY.md (`round2`, half-up to the fen) and the
//! two-place text that every output amount is written as.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serializer;

/// Rounds half-up, away from zero (四舍五入), to 0.01: MONEY.md's `round2`.
///
/// ```
/// use credit_sim::amount::round2;
/// use rust_decimal::Decimal;
/// assert_eq!(round2(Decimal::new(12345, 3)).to_string(), "12.35");
/// assert_eq!(round2(Decimal::new(-12345, 3)).to_string(), "-12.35");
/// ```
pub fn round2(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Writes an amount with exactly two decimal places: `5307.27`, `0.00`, `8000.00`.
///
/// The amount must already be rounded to the fen (every stored amount is); a finer amount is
/// rounded by `round2` rather than truncated, so the text never disagrees with the rule.
///
/// ```
/// use credit_sim::amount::fen_text;
/// use rust_decimal::Decimal;
/// assert_eq!(fen_text(Decimal::new(8000, 0)), "8000.00");
/// assert_eq!(fen_text(Decimal::ZERO), "0.00");
/// ```
pub fn fen_text(amount: Decimal) -> String {
    let mut rounded = round2(amount);
    rounded.rescale(2);
    rounded.to_string()
}

/// Serde helper: serializes a `Decimal` amount as two-place text (`#[serde(serialize_with = ...)]`).
pub fn serialize_fen<S: Serializer>(amount: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&fen_text(*amount))
}

/// Serde helper: an optional amount as two-place text, or nothing.
pub fn serialize_fen_opt<S: Serializer>(
    amount: &Option<Decimal>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match amount {
        Some(a) => serializer.serialize_str(&fen_text(*a)),
        None => serializer.serialize_none(),
    }
}

/// Serde helper: a rate or other exact decimal as its plain text, never rounded (`"0.049"`).
pub fn serialize_decimal_text<S: Serializer>(
    value: &Decimal,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&value.normalize().to_string())
}

/// Serde helper: an optional rate as its plain text, or `null`.
pub fn serialize_decimal_text_opt<S: Serializer>(
    value: &Option<Decimal>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => serialize_decimal_text(v, serializer),
        None => serializer.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::str::FromStr;

    #[test]
    fn round2_is_half_up_away_from_zero() {
        let cases = [
            ("0.005", "0.01"),
            ("0.004999", "0.00"),
            ("-0.005", "-0.01"),
            ("2.675", "2.68"),
            ("5307.265", "5307.27"),
            ("1", "1"),
        ];
        for (input, want) in cases {
            let got = round2(Decimal::from_str(input).expect("valid"));
            assert_eq!(got, Decimal::from_str(want).expect("valid"), "{input}");
        }
    }

    #[test]
    fn fen_text_always_has_two_places() {
        let cases = [
            ("5307.27", "5307.27"),
            ("0", "0.00"),
            ("12.5", "12.50"),
            ("0.006", "0.01"),
        ];
        for (input, want) in cases {
            assert_eq!(
                fen_text(Decimal::from_str(input).expect("valid")),
                want,
                "{input}"
            );
        }
    }
}
