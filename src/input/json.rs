//! JSON text into a [`Loose`] value, without serde: the JS API's quick way in. A few lines of
//! JavaScript write a plain input object as JSON (one string across the boundary) instead of
//! serde-wasm-bindgen asking for every key and value on its own crossing; this reads it back.
//!
//! The value is the one serde-wasm-bindgen would build from the same JS object, so the core
//! validates both alike: numbers are read by Rust's correctly rounded `f64` parser from
//! JavaScript's shortest round-trip text, hence the very same double; a `\uD800`-style escape of
//! a lone surrogate becomes U+FFFD, as the `TextEncoder` behind wasm-bindgen's strings makes it.

use super::Loose;

/// How deep arrays and objects may nest. The API's inputs are at most three levels deep; the
/// limit keeps the recursion (and so the stack) bounded on any text.
pub const MAX_DEPTH: usize = 64;

/// Why a text is not JSON: what was expected, and the byte offset where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonError {
    /// Byte offset of the problem in the text.
    pub at: usize,
    /// What was wrong, in a few words.
    pub what: &'static str,
}

impl core::fmt::Display for JsonError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{} at byte {}", self.what, self.at)
    }
}

/// Reads one JSON value (surrounding whitespace allowed, nothing after it).
///
/// ```
/// use credit_sim::input::{json::parse, Loose};
/// let value = parse(r#"{"principal":"1000000","termMonths":360,"x":[true,null]}"#).unwrap();
/// assert_eq!(
///     value,
///     Loose::object([
///         ("principal", Loose::Text("1000000".into())),
///         ("termMonths", Loose::Number(360.0)),
///         ("x", Loose::List(vec![Loose::Bool(true), Loose::Null])),
///     ])
/// );
/// assert!(parse("[1,").is_err());
/// ```
pub fn parse(text: &str) -> Result<Loose, JsonError> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.at == reader.bytes.len() {
        Ok(value)
    } else {
        Err(reader.error("text after the value"))
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, what: &'static str) -> JsonError {
        JsonError { at: self.at, what }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8, what: &'static str) -> Result<(), JsonError> {
        self.skip_space();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    fn literal(&mut self, word: &'static [u8], value: Loose) -> Result<Loose, JsonError> {
        if self.bytes.get(self.at..self.at + word.len()) == Some(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("an unknown word"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Loose, JsonError> {
        self.skip_space();
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.list(depth + 1),
            Some(b'"') => self.string().map(Loose::Text),
            Some(b't') => self.literal(b"true", Loose::Bool(true)),
            Some(b'f') => self.literal(b"false", Loose::Bool(false)),
            Some(b'n') => self.literal(b"null", Loose::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("a character that starts no value")),
            None => Err(self.error("the end of the text where a value belongs")),
        }
    }

    /// Steps into an object or list (the opening byte is next), within the depth limit; true
    /// when it closes at once with `close`.
    fn enter(&mut self, depth: usize, close: u8) -> Result<bool, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nesting deeper than 64 levels"));
        }
        self.at += 1;
        self.skip_space();
        let empty = self.peek() == Some(close);
        if empty {
            self.at += 1;
        }
        Ok(empty)
    }

    fn object(&mut self, depth: usize) -> Result<Loose, JsonError> {
        let mut pairs = Vec::new();
        if self.enter(depth, b'}')? {
            return Ok(Loose::Object(pairs));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error("no quoted key"));
            }
            let key = self.string()?;
            self.expect(b':', "no colon after a key")?;
            let value = self.value(depth)?;
            pairs.push((key, value));
            if self.closed(b'}', "no comma or closing brace")? {
                return Ok(Loose::Object(pairs));
            }
        }
    }

    fn list(&mut self, depth: usize) -> Result<Loose, JsonError> {
        let mut items = Vec::new();
        if self.enter(depth, b']')? {
            return Ok(Loose::List(items));
        }
        loop {
            items.push(self.value(depth)?);
            if self.closed(b']', "no comma or closing bracket")? {
                return Ok(Loose::List(items));
            }
        }
    }

    /// After an item of an object or list: steps over a comma (false, another item follows) or
    /// the closing `close` (true); anything else is the error `what`.
    fn closed(&mut self, close: u8, what: &'static str) -> Result<bool, JsonError> {
        self.skip_space();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                Ok(false)
            }
            Some(byte) if byte == close => {
                self.at += 1;
                Ok(true)
            }
            _ => Err(self.error(what)),
        }
    }

    /// A number's text up to the next byte that cannot be part of it, read as `f64`.
    fn number(&mut self) -> Result<Loose, JsonError> {
        let start = self.at;
        while matches!(
            self.peek(),
            Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
        ) {
            self.at += 1;
        }
        let text = core::str::from_utf8(self.bytes.get(start..self.at).unwrap_or_default())
            .map_err(|_| self.error("a malformed number"))?;
        text.parse::<f64>()
            .map(Loose::Number)
            .map_err(|_| JsonError {
                at: start,
                what: "a malformed number",
            })
    }

    /// A quoted string, escapes resolved. The text is valid UTF-8 (it came from a `&str`), and
    /// the runs between escapes end at ASCII bytes, so every run is whole characters.
    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out = String::new();
        let mut run = self.at;
        loop {
            match self.peek() {
                None => return Err(self.error("an unterminated string")),
                Some(b'"') => {
                    out.push_str(self.run(run)?);
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(self.run(run)?);
                    self.at += 1;
                    self.escape(&mut out)?;
                    run = self.at;
                }
                Some(_) => self.at += 1,
            }
        }
    }

    fn run(&self, start: usize) -> Result<&str, JsonError> {
        core::str::from_utf8(self.bytes.get(start..self.at).unwrap_or_default())
            .map_err(|_| self.error("a string that is not UTF-8"))
    }

    fn escape(&mut self, out: &mut String) -> Result<(), JsonError> {
        let byte = self
            .peek()
            .ok_or_else(|| self.error("an unterminated escape"))?;
        self.at += 1;
        let simple = match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                out.push(self.unicode_escape()?);
                return Ok(());
            }
            _ => return Err(self.error("an unknown escape")),
        };
        out.push(simple);
        Ok(())
    }

    /// The character of `\uXXXX` (after the `u`), joining a surrogate pair written as two
    /// escapes; a lone surrogate is U+FFFD.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first)
            && self.bytes.get(self.at..self.at + 2) == Some(b"\\u".as_slice())
        {
            let back = self.at;
            self.at += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return Ok(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            // Not a low surrogate: the first stands alone, the second is read on its own.
            self.at = back;
        }
        Ok(char::from_u32(first).unwrap_or('\u{FFFD}'))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.error("a short \\u escape"))?;
        let mut code = 0;
        for &digit in digits {
            let value = char::from(digit)
                .to_digit(16)
                .ok_or_else(|| self.error("a \\u escape that is not hexadecimal"))?;
            code = code * 16 + value;
        }
        self.at += 4;
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Loose {
        Loose::Text(s.to_owned())
    }

    #[test]
    fn reads_what_javascript_writes() {
        let cases: &[(&str, Loose)] = &[
            ("null", Loose::Null),
            (" true ", Loose::Bool(true)),
            ("false", Loose::Bool(false)),
            ("0.049", Loose::Number(0.049)),
            ("-12", Loose::Number(-12.0)),
            ("1e+21", Loose::Number(1e21)),
            ("5e-7", Loose::Number(5e-7)),
            (
                "123456789012345680000",
                Loose::Number(1.2345678901234568e20),
            ),
            (r#""""#, text("")),
            (r#""a\"b\\c\/d\n\t""#, text("a\"b\\c/d\n\t")),
            (r#""信用 \u4fe1""#, text("信用 信")),
            (r#""\ud83d\ude00""#, text("😀")),
            (r#""\ud800x""#, text("\u{FFFD}x")),
            (r#""\udc00\ud800""#, text("\u{FFFD}\u{FFFD}")),
            (r#""\ud800\u0041""#, text("\u{FFFD}A")),
            ("[]", Loose::List(vec![])),
            ("{}", Loose::Object(vec![])),
            (
                r#"{ "a" : [1, {"b": null}], "a": "dup" }"#,
                Loose::object([
                    (
                        "a",
                        Loose::List(vec![
                            Loose::Number(1.0),
                            Loose::object([("b", Loose::Null)]),
                        ]),
                    ),
                    ("a", text("dup")),
                ]),
            ),
        ];
        for (json, want) in cases {
            assert_eq!(parse(json).as_ref(), Ok(want), "{json}");
        }
    }

    #[test]
    fn refuses_what_is_not_json() {
        for json in [
            "",
            " ",
            "[1,",
            "[1 2]",
            "{\"a\" 1}",
            "{a:1}",
            "{\"a\":1,}x",
            "\"abc",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\uzzzz\"",
            "tru",
            "nul",
            "1 2",
            "-",
            "1e",
            "NaN",
            "+1",
            "[]]",
        ] {
            assert!(parse(json).is_err(), "{json:?} was read");
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&deep(MAX_DEPTH)).is_ok());
        assert!(parse(&deep(MAX_DEPTH + 1)).is_err());
        assert!(parse(&"[".repeat(100_000)).is_err());
    }
}
