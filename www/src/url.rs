//! The scenario as text: encoding the state into a URL hash (`#v=1&lang=en&...`) and decoding it
//! back, exactly (raw field texts are kept as typed). Storage saves the same text. Only the two
//! `location`/`history` helpers at the bottom touch the browser.

use crate::fields::FIELDS;
use crate::i18n::Lang;
use crate::state::{Action, LoanField, Notice, State, Tab};

/// The format version written into every encoded scenario.
pub const VERSION: &str = "1";

fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
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

/// The state as `key=value&...` text (no leading `#`).
pub fn encode(s: &State) -> String {
    let mut pairs: Vec<(String, String)> = vec![
        ("v".into(), VERSION.into()),
        ("lang".into(), s.lang.code().into()),
        ("tab".into(), s.tab.code().into()),
    ];
    for (k, v) in &s.raw {
        if k.starts_with("business.") && !s.has_business {
            continue;
        }
        pairs.push(((*k).to_owned(), v.clone()));
    }
    pairs.push(("biz".into(), if s.has_business { "1" } else { "0" }.into()));
    if let Some(p) = &s.preset {
        pairs.push(("preset".into(), p.clone()));
    }
    for (prefix, form) in [("a.", &s.loan), ("b.", &s.loan_b)] {
        for f in LoanField::ALL {
            pairs.push((format!("{prefix}{}", f.code()), form.get(f)));
        }
    }
    if s.page > 0 {
        pairs.push(("page".into(), s.page.to_string()));
    }
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Why a text could not be read as a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// No `v=` or another version.
    Version,
}

/// Reads a scenario written by [`encode`] on top of `base` (the defaults). Unknown keys and
/// values that cannot belong to a field are skipped and reported by `Ok((state, false))`; a
/// text without the current version is refused. Invalid field texts are kept, so the form shows
/// them with their messages, exactly as they were shared.
pub fn decode(text: &str, base: &State) -> Result<(State, bool), DecodeError> {
    let text = text.trim_start_matches(['#', '?']);
    let pairs: Vec<(String, String)> = text
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode_component(k), decode_component(v))
        })
        .collect();
    if !pairs.iter().any(|(k, v)| k == "v" && v == VERSION) {
        return Err(DecodeError::Version);
    }
    let mut s = base.clone();
    let mut clean = true;
    let mut preset = None;
    let mut page = 0;
    for (k, v) in &pairs {
        let ok = match k.as_str() {
            "v" => true,
            "lang" => match v.as_str() {
                "zh" => {
                    s.lang = Lang::Zh;
                    true
                }
                "en" => {
                    s.lang = Lang::En;
                    true
                }
                _ => false,
            },
            "tab" => Tab::from_code(v).map(|t| s.tab = t).is_some(),
            "biz" => {
                s.has_business = v == "1";
                v == "1" || v == "0"
            }
            "preset" => {
                preset = Some(v.clone());
                true
            }
            "page" => v.parse::<usize>().map(|p| page = p).is_ok(),
            _ => {
                if let Some(code) = k.strip_prefix("a.") {
                    LoanField::from_code(code).is_some_and(|f| s.loan.set(f, v))
                } else if let Some(code) = k.strip_prefix("b.") {
                    LoanField::from_code(code).is_some_and(|f| s.loan_b.set(f, v))
                } else if FIELDS.iter().any(|f| f.key == k) && v.len() <= 40 {
                    s.set_raw(k, v)
                } else {
                    false
                }
            }
        };
        clean &= ok;
    }
    s.revalidate();
    s.preset = preset;
    s.apply(Action::SetPage(page));
    s.recompute_plans();
    if !clean {
        s.notice = Some(Notice::LinkIgnored);
    }
    Ok((s, clean))
}

/// The page's current hash, without `#` (empty outside a browser).
pub fn read_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the hash without adding a history entry or scrolling.
pub fn write_hash(encoded: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let url = format!("#{encoded}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::LoanField;

    fn base() -> State {
        State::new(Lang::Zh, "2025-01-15")
    }

    #[test]
    fn components_round_trip() {
        for s in ["abc", "a b&c=d", "中文", "100%", "", "-1.5", "%zz", "%4"] {
            assert_eq!(decode_component(&encode_component(s)), s, "{s}");
        }
        assert_eq!(decode_component("%zz"), "%zz");
        assert_eq!(decode_component("%4"), "%4");
        assert_eq!(decode_component("%"), "%");
    }

    #[test]
    fn a_scenario_round_trips_exactly() {
        let mut s = base();
        s.apply(Action::SetLang(Lang::En));
        s.apply(Action::SetTab(Tab::Plan));
        s.apply(Action::SetField("monthlyIncome".into(), "15000.50".into()));
        s.apply(Action::SetField("age".into(), "17".into()));
        s.apply(Action::SetBusiness(true));
        s.apply(Action::SetField(
            "business.revenueTrendPct".into(),
            "-20".into(),
        ));
        s.apply(Action::SetLoan(false, LoanField::Product, "custom".into()));
        s.apply(Action::SetLoan(false, LoanField::Term, "360".into()));
        s.apply(Action::SetLoan(false, LoanField::Amount, "1000000".into()));
        s.apply(Action::SetPage(3));
        s.apply(Action::SetLoan(true, LoanField::Term, "3".into()));
        let text = encode(&s);
        let (back, clean) = decode(&text, &base()).expect("decodes");
        assert!(clean);
        // Every raw text, loan and setting comes back; (the last *valid* profile is not in a
        // link: an invalid shared field shows its message over the defaults).
        assert_eq!(encode(&back), text);
        assert_eq!(back.raw, s.raw);
        assert_eq!(back.plan, s.plan);
        assert_eq!(back.page, 3);
        s.apply(Action::SetField("age".into(), "31".into()));
        let (back, _) = decode(&encode(&s), &base()).expect("decodes");
        assert_eq!(back, s);
    }

    #[test]
    fn bad_links_never_fail_hard() {
        assert_eq!(decode("", &base()), Err(DecodeError::Version));
        assert_eq!(decode("v=0&age=40", &base()), Err(DecodeError::Version));
        let (s, clean) =
            decode("#v=1&age=40&bogus=1&tab=nowhere&a.product=x", &base()).expect("read");
        assert!(!clean);
        assert_eq!(s.profile.age, 40);
        assert_eq!(s.notice, Some(Notice::LinkIgnored));
        let (s, _) = decode("v=1&page=999999", &base()).expect("read");
        assert!(s.page < 10);
        let (s, _) = decode("v=1&age=%FF%FE", &base()).expect("read");
        assert!(s.problem("age").is_some());
    }
}
