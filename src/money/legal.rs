//! The legal lines for an annual rate (PRODUCT.md): above 24 % a year the excess is not protected
//! by the courts, above 36 % it is void, and private lending is capped at 4 × the one-year LPR.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::amount::serialize_decimal_text;

/// The default one-year Loan Prime Rate: 3.0 % (a product rule).
pub const DEFAULT_LPR: Decimal = Decimal::from_parts(3, 0, 0, false, 2);
/// 24 % a year: above it, interest is not protected by the courts.
pub const PROTECTED_LINE: Decimal = Decimal::from_parts(24, 0, 0, false, 2);
/// 36 % a year: above it, the interest agreement is void.
pub const VOID_LINE: Decimal = Decimal::from_parts(36, 0, 0, false, 2);

/// Which legal lines an annual rate is above (strictly: a rate exactly on a line is not above it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LegalLines {
    /// The annual rate checked, as a fraction.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub rate: Decimal,
    /// Above 24 %.
    #[serde(rename = "above24Pct")]
    pub above_24_pct: bool,
    /// Above 36 %.
    #[serde(rename = "above36Pct")]
    pub above_36_pct: bool,
    /// 4 × LPR, the private-lending cap used.
    #[serde(serialize_with = "serialize_decimal_text")]
    pub four_lpr: Decimal,
    /// Above 4 × LPR.
    pub above_four_lpr: bool,
}

impl LegalLines {
    /// True when the rate is above none of the lines.
    pub fn is_clear(&self) -> bool {
        !(self.above_24_pct || self.above_36_pct || self.above_four_lpr)
    }
}

/// Checks `annual_rate` (a fraction, e.g. an APR) against 24 %, 36 % and 4 × `lpr`.
///
/// ```
/// use credit_sim::money::{legal_lines, DEFAULT_LPR};
/// use rust_decimal::Decimal;
/// let lines = legal_lines(Decimal::new(18, 2), DEFAULT_LPR);
/// assert!(!lines.above_24_pct && lines.above_four_lpr);
/// assert_eq!(lines.four_lpr.to_string(), "0.12");
/// ```
pub fn legal_lines(annual_rate: Decimal, lpr: Decimal) -> LegalLines {
    let four_lpr = lpr.saturating_mul(Decimal::from(4));
    LegalLines {
        rate: annual_rate,
        above_24_pct: annual_rate > PROTECTED_LINE,
        above_36_pct: annual_rate > VOID_LINE,
        four_lpr,
        above_four_lpr: annual_rate > four_lpr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test decimal")
    }

    #[test]
    fn lines_table() {
        // rate, lpr, above 24, above 36, above 4×LPR
        let cases = [
            ("0.049", "0.03", false, false, false),
            ("0.12", "0.03", false, false, false),
            ("0.1201", "0.03", false, false, true),
            ("0.24", "0.03", false, false, true),
            ("0.2401", "0.03", true, false, true),
            ("0.36", "0.03", true, false, true),
            ("0.3601", "0.03", true, true, true),
            ("0.15", "0.0385", false, false, false),
        ];
        for (rate, lpr, a24, a36, a4) in cases {
            let got = legal_lines(dec(rate), dec(lpr));
            assert_eq!(
                (got.above_24_pct, got.above_36_pct, got.above_four_lpr),
                (a24, a36, a4),
                "{rate}"
            );
            assert_eq!(got.is_clear(), !(a24 || a36 || a4));
        }
    }

    #[test]
    fn serializes_in_camel_case() {
        let json = serde_json::to_string(&legal_lines(dec("0.18"), DEFAULT_LPR)).expect("json");
        assert_eq!(
            json,
            r#"{"rate":"0.18","above24Pct":false,"above36Pct":false,"fourLpr":"0.12","aboveFourLpr":true}"#
        );
    }
}
