//! The forms of the view library's tools (a quote check, a statement, a goal): their raw texts by
//! key, exactly as typed, e.g. `q.0.kind=installment`, `rv.statement=10000`. The page keeps them
//! in the scenario and its link without reading them (so the first load carries no tool's code);
//! each tool reads its own keys and names the problems of its own fields. A link's key is known
//! when a tool's row in [`FORMS`] names it, so an unknown key is still reported.

use super::pairs::Pair;

/// One tool's keys: `prefix.field`, or `prefix.i.field` for each of `items` numbered items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormKeys {
    /// The keys' prefix (`q`).
    pub prefix: &'static str,
    /// The fields.
    pub fields: &'static [&'static str],
    /// How many numbered items the form has (0: the fields stand alone).
    pub items: usize,
}

/// Every tool's keys.
pub const FORMS: &[FormKeys] = &[
    // The Workbench's portfolio: `source` is `csv` or absent (generated).
    FormKeys {
        prefix: "pf",
        fields: &["source", "seed", "count"],
        items: 0,
    },
    // Check a quote: up to four quotes, and how many are shown.
    FormKeys {
        prefix: "q",
        fields: &["kind", "amt", "n", "rate", "up", "fee", "of"],
        items: 4,
    },
    FormKeys {
        prefix: "q",
        fields: &["count"],
        items: 0,
    },
    // The minimum-payment trap: the statement, its daily rate, the minimum rule, a fixed payment.
    FormKeys {
        prefix: "rv",
        fields: &["amt", "daily", "share", "floor", "fixed"],
        items: 0,
    },
    // Reach a goal: the target (a score or a product), the score, the horizon in months.
    FormKeys {
        prefix: "g",
        fields: &["target", "score", "horizon"],
        items: 0,
    },
];

/// The longest text a form's field may hold in a link.
pub const MAX_LEN: usize = 40;

/// Whether `key` is a field of a tool's form.
pub fn is_known(key: &str) -> bool {
    known_in(FORMS, key)
}

fn known_in(table: &[FormKeys], key: &str) -> bool {
    table.iter().any(|f| {
        let Some(rest) = key.strip_prefix(f.prefix).and_then(|r| r.strip_prefix('.')) else {
            return false;
        };
        let field = if f.items == 0 {
            rest
        } else {
            match rest.split_once('.') {
                Some((i, field))
                    if i.bytes().all(|b| b.is_ascii_digit())
                        && i.parse::<usize>().is_ok_and(|i| i < f.items) =>
                {
                    field
                }
                _ => return false,
            }
        };
        f.fields.contains(&field)
    })
}

/// The form texts with `changes` applied: a known key takes its text; an empty text removes
/// the key, so a field back at its default leaves the link. Keys stay sorted.
pub fn set(forms: &[Pair], changes: &[Pair]) -> Vec<Pair> {
    set_in(FORMS, forms, changes)
}

fn set_in(table: &[FormKeys], forms: &[Pair], changes: &[Pair]) -> Vec<Pair> {
    let mut out = forms.to_vec();
    for (k, v) in changes {
        if !known_in(table, k) || v.len() > MAX_LEN {
            continue;
        }
        out.retain(|(key, _)| key != k);
        if !v.is_empty() {
            let at = out.iter().position(|(key, _)| key > k).unwrap_or(out.len());
            out.insert(at, (k.clone(), v.clone()));
        }
    }
    out
}

/// The form texts without the keys that start with `prefix` (a tool's reset).
pub fn clear(forms: &[Pair], prefix: &str) -> Vec<Pair> {
    forms
        .iter()
        .filter(|(k, _)| !k.starts_with(prefix))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &[FormKeys] = &[
        FormKeys {
            prefix: "q",
            fields: &["kind", "principal"],
            items: 4,
        },
        FormKeys {
            prefix: "rv",
            fields: &["statement"],
            items: 0,
        },
    ];

    fn pair(k: &str, v: &str) -> Pair {
        (k.to_owned(), v.to_owned())
    }

    #[test]
    fn keys_are_known_by_their_tools_table() {
        for k in ["q.0.kind", "q.3.principal", "rv.statement"] {
            assert!(known_in(TABLE, k), "{k}");
        }
        for k in [
            "q.4.kind",
            "q.+1.kind",
            "q.0.nope",
            "q.kind",
            "rv.0.statement",
            "x.statement",
            "q",
            "rv.statementx",
        ] {
            assert!(!known_in(TABLE, k), "{k}");
        }
        for k in ["q.0.kind", "q.3.of", "q.count", "rv.fixed", "g.target"] {
            assert!(is_known(k), "{k}");
        }
        for k in ["q.4.kind", "q.0.count", "rv.0.amt", "g.0.target"] {
            assert!(!is_known(k), "{k}");
        }
    }

    #[test]
    fn texts_are_set_sorted_and_removed_when_empty() {
        let f = set_in(
            TABLE,
            &[],
            &[
                pair("rv.statement", "500"),
                pair("q.1.kind", "totalFee"),
                pair("q.9.kind", "x"),
            ],
        );
        assert_eq!(
            f,
            [pair("q.1.kind", "totalFee"), pair("rv.statement", "500")]
        );
        let f = set_in(
            TABLE,
            &f,
            &[pair("q.1.kind", ""), pair("q.0.principal", &"9".repeat(41))],
        );
        assert_eq!(f, [pair("rv.statement", "500")]);
        assert_eq!(
            clear(&[pair("q.0.kind", "a"), pair("rv.statement", "1")], "q."),
            [pair("rv.statement", "1")]
        );
    }
}
