//! `key=value&key=value` text with percent-encoded parts: the form of a link's hash, of the saved
//! scenario and of every message between the page and its view library.

/// A decoded `key=value` pair.
pub type Pair = (String, String);

fn encode_component(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// A percent-decoded part; `+` is a space, a `%` not followed by two hex digits stays itself,
/// and bytes that are not UTF-8 become U+FFFD.
fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'%' => match (
                bytes.get(i + 1).and_then(|&h| hex(h)),
                bytes.get(i + 2).and_then(|&l| hex(l)),
            ) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The pairs of a text (a leading `#` or `?` is skipped; a part without `=` has an empty value).
pub fn split(text: &str) -> Vec<Pair> {
    text.trim_start_matches(['#', '?'])
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode_component(k), decode_component(v))
        })
        .collect()
}

/// Pairs as `key=value&...` text.
pub fn join<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let mut out = String::new();
    for (k, v) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        encode_component(k.as_ref(), &mut out);
        out.push('=');
        encode_component(v.as_ref(), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_round_trip() {
        for s in [
            "abc", "a b&c=d", "中文", "100%", "", "-1.5", "%zz", "%4", "a+b", "~._-",
        ] {
            let text = join(&[("k", s)]);
            assert_eq!(split(&text), vec![("k".to_owned(), s.to_owned())], "{s}");
        }
    }

    #[test]
    fn odd_text_never_fails() {
        assert_eq!(split("k=%zz&j=%4&i=%")[2].1, "%");
        assert_eq!(split("#a=1&&b")[1], ("b".to_owned(), String::new()));
        assert_eq!(split("?x=a+b")[0].1, "a b");
        assert_eq!(split("x=%FF%FE")[0].1, "\u{FFFD}\u{FFFD}");
        assert!(split("").is_empty());
    }
}
