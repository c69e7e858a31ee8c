//! The scenario as the text of a link's hash and of saved state: `v=1&lang=en&tab=plan&age=30&…`.
//!
//! Raw field texts travel exactly as typed, so a link reproduces the form, its errors included.
//! The profile's fields are always written; a plan only when it differs from its default (then
//! with its own start date, so its due dates come back exactly), the page only when not the
//! first, the Journey's marks only when not all on time. A first visit's text therefore does not
//! depend on the day, which the prerendered first frame relies on (`crate::prerender`).

use super::fields::{field, FIELDS};
use super::loan::{LoanField, Which};
use super::marks;
use super::pairs::{join, split, Pair};
use super::{forms, rules};
use super::{Scenario, Tab};
use crate::i18n::Lang;

/// The format version written into every text.
pub const VERSION: &str = "1";

/// The longest raw text a link may give a field.
pub const MAX_FIELD_LEN: usize = 40;

/// The last page a schedule can have (360 rows, 24 a page).
pub const MAX_PAGE: usize = 14;

/// The pairs of a scenario, in the order links have them.
pub fn encode_pairs(s: &Scenario) -> Vec<Pair> {
    let mut pairs: Vec<Pair> = vec![
        ("v".into(), VERSION.into()),
        ("lang".into(), s.lang.code().into()),
        ("tab".into(), s.tab.code().into()),
    ];
    for (f, v) in FIELDS.iter().zip(&s.profile.raw) {
        if f.key.starts_with("business.") && !s.profile.has_business {
            continue;
        }
        pairs.push((f.key.to_owned(), v.clone()));
    }
    let biz = if s.profile.has_business { "1" } else { "0" };
    pairs.push(("biz".into(), biz.into()));
    if let Some(p) = &s.profile.preset {
        pairs.push(("preset".into(), p.clone()));
    }
    for which in [Which::A, Which::B] {
        let form = s.plan(which);
        if *form != Scenario::default_plan(which, &s.today) {
            for f in LoanField::ALL {
                pairs.push((format!("{}{}", which.prefix(), f.code()), form.get(f)));
            }
        }
    }
    if s.page > 0 {
        pairs.push(("page".into(), s.page.to_string()));
    }
    if s.marks != marks::default_marks() {
        pairs.push(("j".into(), marks::encode(&s.marks)));
    }
    for (path, text) in &s.rules {
        pairs.push((format!("{}{path}", rules::PREFIX), text.clone()));
    }
    pairs.extend(s.forms.iter().cloned());
    pairs
}

/// The text of a scenario.
pub fn encode(s: &Scenario) -> String {
    join(&encode_pairs(s))
}

/// Why a text is not a scenario at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// No `v=` of this version.
    Version,
}

/// A text read as a scenario: the scenario, and the keys that were ignored (unknown, or a value
/// that cannot belong to them), in the order they came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The scenario.
    pub scenario: Scenario,
    /// The keys that were ignored.
    pub rejected: Vec<String>,
}

/// Applies one pair to `s`; `false` when the key is unknown or the value cannot be its.
fn apply_pair(s: &mut Scenario, k: &str, v: &str, preset: &mut Option<String>) -> bool {
    match k {
        "v" => true,
        "preset" => {
            *preset = Some(v.to_owned());
            true
        }
        "lang" => Lang::from_code(v).map(|l| s.lang = l).is_some(),
        "tab" => Tab::from_code(v).map(|t| s.tab = t).is_some(),
        "biz" => {
            s.profile.has_business = v == "1";
            v == "1" || v == "0"
        }
        "page" => match v.parse::<usize>() {
            Ok(p) if p <= MAX_PAGE => {
                s.page = p;
                true
            }
            _ => false,
        },
        "j" => marks::decode(v).map(|m| s.marks = m).is_some(),
        _ if forms::is_known(k) => {
            s.forms = forms::set(&s.forms, &[(k.to_owned(), v.to_owned())]);
            v.len() <= forms::MAX_LEN
        }
        _ => {
            if let Some((which, code)) = k
                .strip_prefix("a.")
                .map(|c| (Which::A, c))
                .or_else(|| k.strip_prefix("b.").map(|c| (Which::B, c)))
            {
                return LoanField::from_code(code)
                    .is_some_and(|f| v.len() <= MAX_FIELD_LEN && s.plan_mut(which).set(f, v));
            }
            field(k).is_some() && v.len() <= MAX_FIELD_LEN && s.profile.set(k, v)
        }
    }
}

/// Reads pairs over `base` (the defaults). A scenario needs the version pair; any other pair
/// that cannot be read is skipped and reported. Invalid field texts are kept, so the form shows
/// them with their messages, exactly as they were shared. Rules are read as a set: the values
/// the rules' reader refuses are left out and reported, and the others apply.
pub fn decode_pairs(pairs: &[Pair], base: &Scenario) -> Result<Decoded, DecodeError> {
    if !pairs.iter().any(|(k, v)| k == "v" && v == VERSION) {
        return Err(DecodeError::Version);
    }
    let mut scenario = base.clone();
    let mut rejected = Vec::new();
    let mut preset = None;
    let mut edited: Vec<Pair> = Vec::new();
    for (k, v) in pairs {
        let ok = match k.strip_prefix(rules::PREFIX) {
            Some(path) => {
                let known = credit_sim::offers::RULE_PATHS.contains(&path);
                if known && v.len() <= MAX_FIELD_LEN {
                    edited = rules::set(&edited, path, v);
                }
                known && v.len() <= MAX_FIELD_LEN
            }
            None => apply_pair(&mut scenario, k, v, &mut preset),
        };
        if !ok && !rejected.contains(k) {
            rejected.push(k.clone());
        }
    }
    let (kept, dropped) = rules::accepted(&edited);
    scenario.rules = kept;
    rejected.extend(dropped.into_iter().map(|p| format!("{}{p}", rules::PREFIX)));
    scenario.profile.preset = preset;
    Ok(Decoded { scenario, rejected })
}

/// Reads a text over `base`; see [`decode_pairs`].
pub fn decode(text: &str, base: &Scenario) -> Result<Decoded, DecodeError> {
    decode_pairs(&split(text), base)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::marks::MonthMark;

    const TODAY: &str = "2025-01-15";

    fn base() -> Scenario {
        Scenario::new(Lang::Zh, TODAY)
    }

    #[test]
    fn a_first_visit_writes_no_plan_and_no_date() {
        let text = encode(&base());
        assert!(
            text.starts_with("v=1&lang=zh&tab=score&creditAgeMonths="),
            "{text}"
        );
        assert!(text.ends_with("&biz=0&preset=salaried"), "{text}");
        assert!(!text.contains(TODAY));
        assert_eq!(text, encode(&Scenario::new(Lang::Zh, "2031-07-01")));
    }

    #[test]
    fn a_scenario_round_trips_exactly() {
        let mut s = base();
        s.lang = Lang::En;
        s.tab = Tab::Compare;
        s.profile.set("monthlyIncome", "15000.50");
        s.profile.set("age", "abc");
        s.profile.has_business = true;
        s.profile.set("business.revenueTrendPct", "-20");
        s.profile.preset = None;
        s.plan_a.amount = "1000000".into();
        s.plan_a.term = "360".into();
        s.plan_b.prepay = true;
        s.page = 3;
        s.marks[2] = MonthMark::Late(45);
        let text = encode(&s);
        assert!(text.contains("&a.start=2025-01-15&") && text.contains("&j=o2l45o9"));
        // Read on another day, in another language: the same scenario.
        let back = decode(&text, &Scenario::new(Lang::Zh, "2031-07-01")).expect("reads");
        assert!(back.rejected.is_empty(), "{:?}", back.rejected);
        let mut want = s.clone();
        want.today = "2031-07-01".into();
        assert_eq!(back.scenario, want);
        assert_eq!(encode(&back.scenario), text);
    }

    #[test]
    fn bad_pairs_are_named_and_the_rest_is_read() {
        assert_eq!(decode("", &base()), Err(DecodeError::Version));
        assert_eq!(decode("v=0&age=40", &base()), Err(DecodeError::Version));
        let d = decode(
            "#v=1&age=40&bogus=1&tab=nowhere&a.product=x&a.term=7&page=999&j=o99&lang=fr",
            &base(),
        )
        .expect("reads");
        assert_eq!(
            d.rejected,
            ["bogus", "tab", "a.product", "page", "j", "lang"]
        );
        assert_eq!(d.scenario.profile.get("age"), "40");
        assert_eq!(d.scenario.plan_a.term, "7");
        assert_eq!(d.scenario.tab, Tab::Score);
        let long = format!("v=1&age={}", "9".repeat(41));
        assert_eq!(decode(&long, &base()).expect("reads").rejected, ["age"]);
        // Text that is not UTF-8 is kept as typed, for the form to name.
        let d = decode("v=1&age=%FF%FE", &base()).expect("reads");
        assert!(d.rejected.is_empty());
        assert_eq!(d.scenario.profile.get("age"), "\u{FFFD}\u{FFFD}");
    }

    #[test]
    fn rules_travel_as_r_keys_and_a_bad_one_is_named() {
        let mut s = base();
        s.rules = vec![
            ("creditLoan.minScore".into(), "620".into()),
            ("creditLine.installmentFees.3.feeRate".into(), "0.09".into()),
        ];
        let text = encode(&s);
        assert!(text
            .ends_with("&r.creditLoan.minScore=620&r.creditLine.installmentFees.3.feeRate=0.09"));
        let back = decode(&text, &base()).expect("reads");
        assert!(back.rejected.is_empty());
        assert_eq!(back.scenario.rules, s.rules);
        let d = decode(
            "v=1&r.creditLoan.minScore=2000&r.lpr=0.035&r.nope=1",
            &base(),
        )
        .expect("reads");
        assert_eq!(d.rejected, ["r.nope", "r.creditLoan.minScore"]);
        assert_eq!(d.scenario.rules, [("lpr".to_owned(), "0.035".to_owned())]);
    }

    #[test]
    fn a_bad_journey_is_ignored_whole() {
        for bad in ["", "x", "o37", "l0", "l3651", "o%2Cl30", "%FF", "o01"] {
            let d = decode(&format!("v=1&age=40&j={bad}"), &base()).expect("reads");
            assert_eq!(d.rejected, ["j"], "{bad}");
            assert_eq!(d.scenario.marks, marks::default_marks());
        }
    }
}
