//! Loose input values and the field readers that validate them, collecting every problem at once.
//!
//! The JS API and the app hand the core untrusted, JSON-shaped values. Deserializing them straight
//! into typed structs would stop at the first bad field; instead they are read into [`Loose`]
//! (any JSON-like value, numbers kept as `f64` so NaN and Infinity can be named) and each field is
//! checked by an [`ObjectReader`] that records its problem and moves on.

use core::fmt;

use rust_decimal::Decimal;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::error::{ErrorCode, ValidationErrors};

pub mod json;

/// Any JSON-like value, as it came in. Built by serde from `serde_json` text or from a JS value.
#[derive(Debug, Clone, PartialEq)]
pub enum Loose {
    /// `null` or `undefined`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, possibly NaN or infinite (JS can send both).
    Number(f64),
    /// A string.
    Text(String),
    /// An array.
    List(Vec<Loose>),
    /// An object, keys in their original order.
    Object(Vec<(String, Loose)>),
}

/// Text in double quotes for a message, with `"` and `\` escaped (`"12a"`). Not `{:?}`: its
/// escaping code costs the page about 2 KB of wasm, for messages that only need quotes.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

impl Loose {
    /// The value as JSON-ish text for messages (`"abc"`, `12`, `an object`).
    fn describe(&self) -> String {
        match self {
            Loose::Null => "null".into(),
            Loose::Bool(b) => b.to_string(),
            Loose::Number(n) => number_text(*n),
            Loose::Text(t) => quoted(t),
            Loose::List(_) => "a list".into(),
            Loose::Object(_) => "an object".into(),
        }
    }

    /// Builds an object from pairs; handy in tests and in the app.
    pub fn object<K: Into<String>>(pairs: impl IntoIterator<Item = (K, Loose)>) -> Loose {
        Loose::Object(pairs.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    /// A text value.
    pub fn text(s: impl Into<String>) -> Loose {
        Loose::Text(s.into())
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LooseVisitor)
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON-like value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Loose, E> {
        Ok(Loose::Bool(v))
    }
    // Whole numbers beyond 2^53 lose precision as f64, exactly as they do in JavaScript.
    #[allow(clippy::cast_precision_loss)]
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Loose, E> {
        Ok(Loose::Number(v as f64))
    }
    #[allow(clippy::cast_precision_loss)]
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Loose, E> {
        Ok(Loose::Number(v as f64))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Loose, E> {
        Ok(Loose::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Loose, E> {
        Ok(Loose::Text(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Loose, E> {
        Ok(Loose::Text(v))
    }
    fn visit_none<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Loose, D::Error> {
        Loose::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Loose>()? {
            items.push(item);
        }
        Ok(Loose::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        let mut pairs = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Loose>()? {
            pairs.push((key, value));
        }
        Ok(Loose::Object(pairs))
    }
}

/// Joins a parent path and a field name: `("business", "monthlyRevenue")` → `business.monthlyRevenue`.
pub fn join_path(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_owned()
    } else {
        format!("{parent}.{name}")
    }
}

/// A field had a problem, and it is already recorded in the [`ValidationErrors`] being filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recorded;

/// Reads the fields of one object, recording each problem in a shared [`ValidationErrors`].
///
/// Every reader returns `None` when the field has a problem (already recorded), so a validator
/// reads every field, then builds its typed value only if nothing was recorded.
pub struct ObjectReader<'a> {
    path: String,
    pairs: &'a [(String, Loose)],
    used: Vec<bool>,
}

impl<'a> ObjectReader<'a> {
    /// Opens `value` as an object at `path` (`""` for the whole input); records `wrongType` if it
    /// is not one.
    pub fn open(value: &'a Loose, path: &str, errors: &mut ValidationErrors) -> Option<Self> {
        match value {
            Loose::Object(pairs) => Some(Self {
                path: path.to_owned(),
                pairs,
                used: vec![false; pairs.len()],
            }),
            Loose::Null => {
                let field = if path.is_empty() { "(input)" } else { path };
                errors.push(
                    field,
                    ErrorCode::Missing,
                    format!("{field} is required (an object)."),
                );
                None
            }
            other => {
                let field = if path.is_empty() { "(input)" } else { path };
                errors.push(
                    field,
                    ErrorCode::WrongType,
                    format!("{field} must be an object, not {}.", other.describe()),
                );
                None
            }
        }
    }

    /// The full path of field `name` of this object.
    pub fn path_of(&self, name: &str) -> String {
        join_path(&self.path, name)
    }

    /// The raw value of `name`, `Loose::Null` included; `None` when the key is absent. Marks the
    /// key as read. A key given twice is read from its last occurrence, as `JSON.parse` does.
    pub fn raw(&mut self, name: &str) -> Option<&'a Loose> {
        let mut found = None;
        for (i, (key, value)) in self.pairs.iter().enumerate() {
            if key == name {
                self.used[i] = true;
                found = Some(value);
            }
        }
        found
    }

    /// The value of `name`, or `None` when it is absent or `null`.
    pub fn get(&mut self, name: &str) -> Option<&'a Loose> {
        self.raw(name).filter(|v| !matches!(v, Loose::Null))
    }

    /// True when `name` is present and not `null`. Does not mark it as read.
    pub fn has(&self, name: &str) -> bool {
        self.pairs
            .iter()
            .any(|(k, v)| k == name && !matches!(v, Loose::Null))
    }

    fn missing(&self, name: &str, what: &str, errors: &mut ValidationErrors) {
        let field = self.path_of(name);
        errors.push(
            &field,
            ErrorCode::Missing,
            format!("{field} is required ({what})."),
        );
    }

    /// A required decimal number, given as a string (`"5307.27"`) or a JS number (taken by its
    /// shortest decimal text, so `0.1` is exactly 0.1).
    pub fn decimal(&mut self, name: &str, errors: &mut ValidationErrors) -> Option<Decimal> {
        match self.get(name) {
            None => {
                self.missing(name, "a decimal number", errors);
                None
            }
            Some(value) => decimal_of(value, &self.path_of(name), errors),
        }
    }

    /// An optional decimal number: `Ok(None)` when absent or `null`, `Err(Recorded)` when the
    /// value is bad (its problem is already in `errors`).
    pub fn optional_decimal(
        &mut self,
        name: &str,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Decimal>, Recorded> {
        match self.get(name) {
            None => Ok(None),
            Some(value) => decimal_of(value, &self.path_of(name), errors)
                .map(Some)
                .ok_or(Recorded),
        }
    }

    /// A required decimal within `min..=max`.
    pub fn decimal_in(
        &mut self,
        name: &str,
        min: Decimal,
        max: Decimal,
        errors: &mut ValidationErrors,
    ) -> Option<Decimal> {
        let value = self.decimal(name, errors)?;
        check_range(value, min, max, &self.path_of(name), errors)
    }

    /// A required whole number within `min..=max`, given as a JS number.
    pub fn integer(
        &mut self,
        name: &str,
        min: i64,
        max: i64,
        errors: &mut ValidationErrors,
    ) -> Option<i64> {
        match self.get(name) {
            None => {
                self.missing(name, &format!("a whole number from {min} to {max}"), errors);
                None
            }
            Some(value) => integer_of(value, min, max, &self.path_of(name), errors),
        }
    }

    /// A required field that is either a whole number within `min..=max` or `null`.
    /// Outer `None`: a problem was recorded; `Some(None)`: the field is `null`.
    pub fn nullable_integer(
        &mut self,
        name: &str,
        min: i64,
        max: i64,
        errors: &mut ValidationErrors,
    ) -> Option<Option<i64>> {
        match self.raw(name) {
            None => {
                self.missing(
                    name,
                    &format!("a whole number from {min} to {max}, or null"),
                    errors,
                );
                None
            }
            Some(Loose::Null) => Some(None),
            Some(value) => integer_of(value, min, max, &self.path_of(name), errors).map(Some),
        }
    }

    /// A required `true` or `false`.
    pub fn boolean(&mut self, name: &str, errors: &mut ValidationErrors) -> Option<bool> {
        match self.get(name) {
            None => {
                self.missing(name, "true or false", errors);
                None
            }
            Some(Loose::Bool(b)) => Some(*b),
            Some(other) => {
                let field = self.path_of(name);
                errors.push(
                    &field,
                    ErrorCode::WrongType,
                    format!("{field} must be true or false, not {}.", other.describe()),
                );
                None
            }
        }
    }

    /// A required text.
    pub fn text(&mut self, name: &str, errors: &mut ValidationErrors) -> Option<&'a str> {
        match self.get(name) {
            None => {
                self.missing(name, "text", errors);
                None
            }
            Some(Loose::Text(t)) => Some(t.as_str()),
            Some(other) => {
                let field = self.path_of(name);
                errors.push(
                    &field,
                    ErrorCode::WrongType,
                    format!("{field} must be text, not {}.", other.describe()),
                );
                None
            }
        }
    }

    /// A required name out of `choices` (`[("monthly", Accrual::Monthly), ...]`).
    pub fn choice<T: Copy>(
        &mut self,
        name: &str,
        choices: &[(&str, T)],
        errors: &mut ValidationErrors,
    ) -> Option<T> {
        let text = self.text(name, errors)?;
        choice_of(text, choices, &self.path_of(name), errors)
    }

    /// Records `unknownField` for every key that no reader asked for.
    pub fn finish(self, errors: &mut ValidationErrors) {
        for ((key, _), used) in self.pairs.iter().zip(&self.used) {
            if !used {
                let field = join_path(&self.path, key);
                errors.push(
                    &field,
                    ErrorCode::UnknownField,
                    format!("{field} is not a field of this input."),
                );
            }
        }
    }
}

/// Reads a decimal from a string or a finite number; records the problem otherwise.
pub fn decimal_of(value: &Loose, field: &str, errors: &mut ValidationErrors) -> Option<Decimal> {
    match value {
        Loose::Number(n) if !n.is_finite() => {
            errors.push(
                field,
                ErrorCode::NotFinite,
                format!("{field} must be a finite number."),
            );
            None
        }
        // Rust prints the shortest text that reads back as the same f64, without an exponent.
        Loose::Number(n) => parse_decimal_text(&number_text(*n), field, errors),
        Loose::Text(t) => parse_decimal_text(t, field, errors),
        other => {
            errors.push(
                field,
                ErrorCode::WrongType,
                format!(
                    "{field} must be a decimal number, not {}.",
                    other.describe()
                ),
            );
            None
        }
    }
}

fn parse_decimal_text(text: &str, field: &str, errors: &mut ValidationErrors) -> Option<Decimal> {
    let plain = is_plain_decimal(text);
    // Exact: a value with more than 28 decimal places is refused, never silently rounded.
    let parsed = if plain {
        Decimal::from_str_exact(text).ok()
    } else {
        None
    };
    match parsed {
        Some(d) => Some(d),
        None if plain => {
            errors.push(
                field,
                ErrorCode::OutOfRange,
                format!("{field} is too large or too precise."),
            );
            None
        }
        None => {
            errors.push(
                field,
                ErrorCode::NotANumber,
                format!(
                    "{field} must be a decimal number such as \"1234.56\", not {}.",
                    quoted(text)
                ),
            );
            None
        }
    }
}

/// The shortest decimal text that reads back as `n`, never in exponent form: `0.1` → `"0.1"`,
/// `1e-7` → `"0.0000001"`, `17.0` → `"17"`, `1e21` → `"1000000000000000000000"`; NaN and the
/// infinities by their JavaScript names. These are the digits JavaScript's `String(n)` shows
/// (where two shortest texts are equally close, the even one, as JavaScript chooses); `ryu` finds
/// them with small tables, where the standard formatter would add about 8 KB (gzipped) to the
/// page.
///
/// ```
/// use credit_sim::input::number_text;
/// assert_eq!(number_text(0.049), "0.049");
/// assert_eq!(number_text(-1.5e-7), "-0.00000015");
/// assert_eq!(number_text(5307.27), "5307.27");
/// assert_eq!(number_text(f64::NAN), "NaN");
/// ```
pub fn number_text(n: f64) -> String {
    if n.is_nan() {
        return "NaN".to_owned();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Infinity" } else { "-Infinity" }.to_owned();
    }
    let mut buffer = ryu::Buffer::new();
    plain_decimal(buffer.format_finite(n))
}

/// Writes ryu's `d.ddde±x` (or plain `d.ddd`) as plain decimal text without trailing zeros.
fn plain_decimal(text: &str) -> String {
    let (mantissa, exponent) = match text.split_once('e') {
        Some((m, e)) => match e.parse::<i64>() {
            Ok(e) => (m, e),
            // Not ryu's form (never happens): hand the text on, and the parser names it.
            Err(_) => return text.to_owned(),
        },
        None => (text, 0),
    };
    let (sign, unsigned) = match mantissa.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", mantissa),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = format!("{whole}{fraction}");
    let width = i64::try_from(digits.len()).unwrap_or(i64::MAX);
    let point = i64::try_from(whole.len())
        .unwrap_or(0)
        .saturating_add(exponent);
    let zeros = |count: i64| "0".repeat(usize::try_from(count).unwrap_or(0));
    let mut out = if point <= 0 {
        format!("0.{}{digits}", zeros(-point))
    } else if point >= width {
        format!("{digits}{}", zeros(point - width))
    } else {
        let split = usize::try_from(point).unwrap_or(0);
        let left = digits.get(..split).unwrap_or("");
        let right = digits.get(split..).unwrap_or("");
        format!("{left}.{right}")
    };
    if out.contains('.') {
        let kept = out.trim_end_matches('0').trim_end_matches('.').len();
        out.truncate(kept);
    }
    let trimmed = out.trim_start_matches('0');
    let body = if trimmed.is_empty() || trimmed.starts_with('.') {
        format!("0{trimmed}")
    } else {
        trimmed.to_owned()
    };
    format!("{sign}{body}")
}

/// True for `-?digits(.digits)?` (also `.5` and `5.`): the only decimal text we accept.
fn is_plain_decimal(text: &str) -> bool {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    !(whole.is_empty() && fraction.is_empty()) && digits(whole) && digits(fraction)
}

/// Reads a whole number within `min..=max` from a JS number; records the problem otherwise.
pub fn integer_of(
    value: &Loose,
    min: i64,
    max: i64,
    field: &str,
    errors: &mut ValidationErrors,
) -> Option<i64> {
    let range = || format!("{field} must be a whole number from {min} to {max}");
    match value {
        Loose::Number(n) if !n.is_finite() => {
            errors.push(
                field,
                ErrorCode::NotFinite,
                format!("{}, not {}.", range(), number_text(*n)),
            );
            None
        }
        Loose::Number(n) if n.fract() != 0.0 => {
            errors.push(
                field,
                ErrorCode::NotAnInteger,
                format!("{}, not {}.", range(), number_text(*n)),
            );
            None
        }
        #[allow(clippy::cast_precision_loss)]
        Loose::Number(n) if *n < min as f64 || *n > max as f64 => {
            errors.push(
                field,
                ErrorCode::OutOfRange,
                format!("{}, not {}.", range(), number_text(*n)),
            );
            None
        }
        // In range and whole, so the conversion is exact.
        #[allow(clippy::cast_possible_truncation)]
        Loose::Number(n) => Some(*n as i64),
        other => {
            errors.push(
                field,
                ErrorCode::WrongType,
                format!("{}, not {}.", range(), other.describe()),
            );
            None
        }
    }
}

/// Checks `min <= value <= max`; records `outOfRange` otherwise.
pub fn check_range(
    value: Decimal,
    min: Decimal,
    max: Decimal,
    field: &str,
    errors: &mut ValidationErrors,
) -> Option<Decimal> {
    if value < min || value > max {
        errors.push(
            field,
            ErrorCode::OutOfRange,
            format!("{field} must be from {min} to {max}, not {value}."),
        );
        None
    } else {
        Some(value)
    }
}

/// Checks that `value` is whole fen (at most two decimal places); records `outOfRange`
/// otherwise. Amounts are never rounded silently.
pub fn check_whole_fen(
    value: Decimal,
    field: &str,
    errors: &mut ValidationErrors,
) -> Option<Decimal> {
    if value.round_dp(2) == value {
        Some(value)
    } else {
        errors.push(
            field,
            ErrorCode::OutOfRange,
            format!("{field} must be in whole fen (two decimal places at most), not {value}."),
        );
        None
    }
}

/// Finds `text` among `choices`; records `unknownValue` with the allowed names otherwise.
pub fn choice_of<T: Copy>(
    text: &str,
    choices: &[(&str, T)],
    field: &str,
    errors: &mut ValidationErrors,
) -> Option<T> {
    if let Some((_, value)) = choices.iter().find(|(name, _)| *name == text) {
        return Some(*value);
    }
    let allowed: Vec<String> = choices
        .iter()
        .map(|(name, _)| format!("\"{name}\""))
        .collect();
    errors.push(
        field,
        ErrorCode::UnknownValue,
        format!(
            "{field} must be one of {}, not {}.",
            allowed.join(", "),
            quoted(text)
        ),
    );
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Loose {
        serde_json::from_str(json).expect("test JSON is valid")
    }

    #[test]
    fn loose_reads_every_json_shape() {
        let v = parse(r#"{"a":null,"b":true,"c":1.5,"d":"x","e":[1,2],"f":{"g":-3}}"#);
        let Loose::Object(pairs) = v else {
            panic!("an object")
        };
        let kinds: Vec<&Loose> = pairs.iter().map(|(_, v)| v).collect();
        assert_eq!(kinds[0], &Loose::Null);
        assert_eq!(kinds[1], &Loose::Bool(true));
        assert_eq!(kinds[2], &Loose::Number(1.5));
        assert_eq!(kinds[3], &Loose::text("x"));
        assert_eq!(
            kinds[4],
            &Loose::List(vec![Loose::Number(1.0), Loose::Number(2.0)])
        );
        assert_eq!(kinds[5], &Loose::object([("g", Loose::Number(-3.0))]));
    }

    #[test]
    fn decimals_come_from_text_or_numbers_by_their_decimal_text() {
        let cases: &[(Loose, Option<&str>, Option<ErrorCode>)] = &[
            (Loose::text("5307.27"), Some("5307.27"), None),
            (Loose::Number(0.1), Some("0.1"), None),
            (Loose::Number(0.049), Some("0.049"), None),
            (Loose::Number(1e-7), Some("0.0000001"), None),
            (Loose::Number(f64::NAN), None, Some(ErrorCode::NotFinite)),
            (
                Loose::Number(f64::INFINITY),
                None,
                Some(ErrorCode::NotFinite),
            ),
            (Loose::text("abc"), None, Some(ErrorCode::NotANumber)),
            (Loose::text(""), None, Some(ErrorCode::NotANumber)),
            (Loose::text("1e5"), None, Some(ErrorCode::NotANumber)),
            (Loose::text(" 12"), None, Some(ErrorCode::NotANumber)),
            (Loose::text("1-2"), None, Some(ErrorCode::NotANumber)),
            (Loose::text("-"), None, Some(ErrorCode::NotANumber)),
            (Loose::text("."), None, Some(ErrorCode::NotANumber)),
            (Loose::text("-12.50"), Some("-12.50"), None),
            // More places than a decimal holds: refused, never silently rounded.
            (
                Loose::text("0.12345678901234567890123456789"),
                None,
                Some(ErrorCode::OutOfRange),
            ),
            (Loose::Number(1e-30), None, Some(ErrorCode::OutOfRange)),
            (
                Loose::text("99999999999999999999999999999999999"),
                None,
                Some(ErrorCode::OutOfRange),
            ),
            (Loose::Bool(true), None, Some(ErrorCode::WrongType)),
        ];
        for (value, want, code) in cases {
            let mut errors = ValidationErrors::new();
            let got = decimal_of(value, "principal", &mut errors);
            assert_eq!(got.map(|d| d.to_string()).as_deref(), *want, "{value:?}");
            assert_eq!(errors.errors().first().map(|e| e.code), *code, "{value:?}");
            if let Some(e) = errors.errors().first() {
                assert!(e.message.contains("principal"), "{}", e.message);
            }
        }
    }

    #[test]
    fn number_text_is_the_shortest_plain_decimal_text() {
        let cases = [
            (0.1, "0.1"),
            (0.049, "0.049"),
            (1e-7, "0.0000001"),
            (-1.5e-7, "-0.00000015"),
            (17.0, "17"),
            (-0.0, "-0"),
            (0.0, "0"),
            (100.0, "100"),
            (1e21, "1000000000000000000000"),
            (123_456.789, "123456.789"),
            (0.300_000_000_000_000_04, "0.30000000000000004"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
            (f64::NAN, "NaN"),
        ];
        for (n, want) in cases {
            assert_eq!(number_text(n), want, "{n:e}");
        }
    }

    /// Shortest round-trip text, as Rust's own `Display` finds, over doubles of every
    /// magnitude: it reads back as the same double, and it is no longer than `Display`'s. (In an
    /// exact tie the two may differ in the last digit: ryu takes the even one, as JavaScript
    /// does, e.g. `1658206780088562.2` where `Display` prints `...562.3`.)
    #[test]
    fn number_text_is_shortest_and_round_trips() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for i in 0..200_000_u32 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            #[allow(clippy::cast_precision_loss)]
            let n = match i % 3 {
                0 => f64::from_bits(state),
                1 => (state % 10_000_000_000) as f64 / 100.0,
                _ => (state % 1_000_000) as f64 / 1e9,
            };
            if n.is_finite() {
                let text = number_text(n);
                assert_eq!(text.parse::<f64>().ok(), Some(n), "{n:e}: {text}");
                assert_eq!(text.len(), n.to_string().len(), "{n:e}: {text}");
            }
        }
    }

    #[test]
    fn integers_must_be_whole_finite_and_in_range() {
        let cases: &[(Loose, Option<i64>, Option<ErrorCode>)] = &[
            (Loose::Number(1.0), Some(1), None),
            (Loose::Number(360.0), Some(360), None),
            (Loose::Number(0.0), None, Some(ErrorCode::OutOfRange)),
            (Loose::Number(361.0), None, Some(ErrorCode::OutOfRange)),
            (Loose::Number(12.5), None, Some(ErrorCode::NotAnInteger)),
            (Loose::Number(f64::NAN), None, Some(ErrorCode::NotFinite)),
            (Loose::text("12"), None, Some(ErrorCode::WrongType)),
        ];
        for (value, want, code) in cases {
            let mut errors = ValidationErrors::new();
            assert_eq!(
                integer_of(value, 1, 360, "termMonths", &mut errors),
                *want,
                "{value:?}"
            );
            assert_eq!(errors.errors().first().map(|e| e.code), *code, "{value:?}");
        }
    }

    #[test]
    fn a_reader_reports_every_problem_and_unknown_fields() {
        let v = parse(r#"{"termMonths":0,"method":"monthlyish","extra":1,"flag":"yes"}"#);
        let mut errors = ValidationErrors::new();
        let mut r = ObjectReader::open(&v, "", &mut errors).expect("object");
        assert_eq!(r.integer("termMonths", 1, 360, &mut errors), None);
        assert_eq!(r.choice("method", &[("a", 1), ("b", 2)], &mut errors), None);
        assert_eq!(r.decimal("principal", &mut errors), None);
        assert_eq!(r.boolean("flag", &mut errors), None);
        assert_eq!(r.nullable_integer("since", 0, 600, &mut errors), None);
        r.finish(&mut errors);
        let fields: Vec<(&str, ErrorCode)> = errors
            .errors()
            .iter()
            .map(|e| (e.field.as_str(), e.code))
            .collect();
        assert_eq!(
            fields,
            [
                ("termMonths", ErrorCode::OutOfRange),
                ("method", ErrorCode::UnknownValue),
                ("principal", ErrorCode::Missing),
                ("flag", ErrorCode::WrongType),
                ("since", ErrorCode::Missing),
                ("extra", ErrorCode::UnknownField),
            ]
        );
    }

    #[test]
    fn nested_paths_and_nulls() {
        let v = parse(r#"{"business":{"monthlyRevenue":"-x"},"since":null}"#);
        let mut errors = ValidationErrors::new();
        let mut r = ObjectReader::open(&v, "", &mut errors).expect("object");
        assert_eq!(r.nullable_integer("since", 0, 600, &mut errors), Some(None));
        let business = r.get("business").expect("present");
        let mut b = ObjectReader::open(business, &r.path_of("business"), &mut errors).expect("obj");
        assert_eq!(b.decimal("monthlyRevenue", &mut errors), None);
        b.finish(&mut errors);
        r.finish(&mut errors);
        assert_eq!(errors.errors()[0].field, "business.monthlyRevenue");
        assert_eq!(errors.errors().len(), 1);
        let mut errors = ValidationErrors::new();
        assert!(ObjectReader::open(&Loose::Number(3.0), "", &mut errors).is_none());
        assert_eq!(errors.errors()[0].code, ErrorCode::WrongType);
    }
}
