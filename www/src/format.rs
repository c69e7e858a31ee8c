//! Number and amount formatting for display only: ¥1,234.56, 3.5万, 15.86 %, SVG coordinates.
//! Never rounds money that is stored; the core's amounts are already in whole fen.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::i18n::Lang;

/// Groups the digits of a whole-number text by thousands: `1234567` → `1,234,567`.
fn group(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `¥1,234.56` (both languages; negative amounts as `-¥1,234.56`).
pub fn yuan(d: Decimal) -> String {
    let t = credit_sim::amount::fen_text(d.abs());
    let (whole, frac) = t.split_once('.').unwrap_or((t.as_str(), "00"));
    let sign = if d.is_sign_negative() && !d.is_zero() {
        "-"
    } else {
        ""
    };
    format!("{sign}¥{}.{frac}", group(whole))
}

/// A whole-yuan amount without fen: `¥35,000` (limits in English).
pub fn yuan_whole(d: Decimal) -> String {
    let whole = d
        .round_dp_with_strategy(0, RoundingStrategy::ToZero)
        .abs()
        .to_string();
    format!("¥{}", group(&whole))
}

/// Trims trailing zeros and a trailing point: `3.50` → `3.5`, `3.00` → `3`.
fn trim(t: String) -> String {
    if !t.contains('.') {
        return t;
    }
    t.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// A limit, an axis label or another large amount as a reader expects it: in Chinese `3.5万`
/// from ¥10,000 up (to two places of 万, half-up: ¥54,560 is `5.46万`; `¥8,000` below), in
/// English whole yuan with separators (`¥54,560`).
pub fn yuan_short(d: Decimal, lang: Lang) -> String {
    let ten_thousand = Decimal::from(10_000);
    match lang {
        Lang::Zh if d.abs() >= ten_thousand => {
            let wan = (d / ten_thousand)
                .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
            format!("{}万", trim(wan.to_string()))
        }
        _ => yuan_whole(d),
    }
}

/// A fraction as a percentage with at most `dp` places, trailing zeros trimmed:
/// `0.1586` → `15.86%`, `0.24` → `24%`.
pub fn pct(fraction: Decimal, dp: u32) -> String {
    let p = (fraction * Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    format!("{}%", trim(p.to_string()))
}

/// A fraction as a percentage with exactly two places (`15.90%`), for APR columns that line up.
pub fn pct2(fraction: Decimal) -> String {
    let mut p = (fraction * Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    p.rescale(2);
    format!("{p}%")
}

/// An APR as [`pct2`] writes it, or "—" when the plan has none (paid off between due dates).
pub fn pct2_or_dash(fraction: Option<Decimal>) -> String {
    fraction.map_or_else(|| "—".to_owned(), pct2)
}

/// A daily rate as a percentage per day with up to four places: `0.0005` → `0.05%`.
pub fn daily_pct(rate: Decimal) -> String {
    pct(rate, 4)
}

/// A count of months as a term: `12 期` / `12 months`.
pub fn months(n: u32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{n} 期"),
        Lang::En if n == 1 => "1 month".to_owned(),
        Lang::En => format!("{n} months"),
    }
}

/// A decimal as an f64 for a chart coordinate (display only).
pub fn to_f64(d: Decimal) -> f64 {
    rust_decimal::prelude::ToPrimitive::to_f64(&d).unwrap_or(0.0)
}

/// `x` limited to `lo..=hi` (NaN gives `lo`). Unlike `f64::clamp` it has no assertion, whose
/// message would pull the whole float formatter into the WASM (about 6 KB gzipped).
pub fn clamp_f64(x: f64, lo: f64, hi: f64) -> f64 {
    x.max(lo).min(hi)
}

/// An SVG coordinate with one decimal, without the float formatter (which is large in WASM):
/// `12.345` → `12.3`, `-0.06` → `-0.1`.
pub fn f1(x: f64) -> String {
    fixed(x, 1)
}

/// `x` with `dp` places (at most 6), half away from zero, without the standard float formatter
/// (about 13 KB of code the pages need nowhere else): `fixed(0.345, 2)` → `0.35`.
pub fn fixed(x: f64, dp: u32) -> String {
    let dp = dp.min(6);
    let scale = f64::from(10_u32.pow(dp));
    let scaled = (x * scale).round();
    #[allow(clippy::cast_possible_truncation)]
    let t = if scaled.is_finite() {
        clamp_f64(scaled, -1e15, 1e15) as i64
    } else {
        0
    };
    let sign = if t < 0 { "-" } else { "" };
    let a = t.unsigned_abs();
    if dp == 0 {
        return format!("{sign}{a}");
    }
    let unit = u64::from(10_u32.pow(dp));
    format!(
        "{sign}{}.{:0width$}",
        a / unit,
        a % unit,
        width = dp as usize
    )
}

/// `(cos, sin)` of an angle in radians: the browser's `Math` in WASM (no libm in the bundle).
pub fn cos_sin(angle: f64) -> (f64, f64) {
    #[cfg(target_arch = "wasm32")]
    {
        (js_sys::Math::cos(angle), js_sys::Math::sin(angle))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        (angle.cos(), angle.sin())
    }
}

/// An amount as a number box shows it: `9000.00` → `9000`, `1234.5` → `1234.50`.
pub fn amount_text(d: Decimal) -> String {
    let t = credit_sim::amount::fen_text(d);
    match t.strip_suffix(".00") {
        Some(whole) => whole.to_owned(),
        None => t,
    }
}

/// A whole number typed into a box as the f64 the core's loose input reads; `None` for text that
/// is not a plain decimal number (the core then names the problem). Avoids the f64 parser, which
/// is large in wasm.
pub fn number_of(text: &str) -> Option<f64> {
    let t = text.trim();
    if let Ok(i) = t.parse::<i64>() {
        #[allow(clippy::cast_precision_loss)]
        return Some(i as f64);
    }
    let body = t.strip_prefix('-').unwrap_or(t);
    let plain = !body.is_empty()
        && body.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && body.bytes().filter(|b| *b == b'.').count() <= 1;
    if !plain {
        return None;
    }
    Decimal::from_str_exact(t)
        .ok()
        .and_then(|d| rust_decimal::prelude::ToPrimitive::to_f64(&d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).expect("decimal")
    }

    #[test]
    fn amounts() {
        assert_eq!(yuan(d("1234.56")), "¥1,234.56");
        assert_eq!(yuan(d("0")), "¥0.00");
        assert_eq!(yuan(d("100")), "¥100.00");
        assert_eq!(yuan(d("1234567.8")), "¥1,234,567.80");
        assert_eq!(yuan(d("-5.5")), "-¥5.50");
        assert_eq!(yuan_whole(d("35000")), "¥35,000");
    }

    #[test]
    fn wan_in_chinese() {
        assert_eq!(yuan_short(d("35000"), Lang::Zh), "3.5万");
        assert_eq!(yuan_short(d("300000"), Lang::Zh), "30万");
        assert_eq!(yuan_short(d("12345"), Lang::Zh), "1.23万");
        assert_eq!(yuan_short(d("8000"), Lang::Zh), "¥8,000");
        assert_eq!(yuan_short(d("35000"), Lang::En), "¥35,000");
        assert_eq!(yuan_short(d("54560"), Lang::Zh), "5.46万");
        assert_eq!(yuan_short(d("54560"), Lang::En), "¥54,560");
    }

    #[test]
    fn coordinates_and_numbers() {
        assert_eq!(f1(12.345), "12.3");
        assert_eq!(f1(12.35), "12.4");
        assert_eq!(f1(-0.06), "-0.1");
        assert_eq!(f1(0.0), "0.0");
        assert_eq!(f1(f64::NAN), "0.0");
        assert_eq!(fixed(0.345, 2), "0.35");
        assert_eq!(fixed(12.0, 2), "12.00");
        assert_eq!(fixed(0.05, 2), "0.05");
        assert_eq!(fixed(-1.004, 2), "-1.00");
        assert_eq!(fixed(99.6, 0), "100");
        assert_eq!(fixed(3.5, 9), "3.500000");
    }

    #[test]
    fn numbers_typed_into_boxes() {
        assert_eq!(number_of(" 42 "), Some(42.0));
        assert_eq!(number_of("1.5"), Some(1.5));
        assert_eq!(number_of("-3"), Some(-3.0));
        assert_eq!(number_of("abc"), None);
        assert_eq!(number_of("1e3"), None);
        assert_eq!(amount_text(d("9000.00")), "9000");
        assert_eq!(amount_text(d("1234.5")), "1234.50");
    }

    #[test]
    fn rates() {
        assert_eq!(pct(d("0.1586"), 2), "15.86%");
        assert_eq!(pct(d("0.24"), 2), "24%");
        assert_eq!(pct2(d("0.159")), "15.90%");
        assert_eq!(daily_pct(d("0.0005")), "0.05%");
        assert_eq!(daily_pct(d("0.00015")), "0.015%");
        assert_eq!(months(12, Lang::En), "12 months");
        assert_eq!(months(1, Lang::En), "1 month");
        assert_eq!(months(3, Lang::Zh), "3 期");
    }
}
