//! `input::json::parse`: any JSON-like value written as JSON text (numbers as JavaScript writes
//! them, strings escaped as `JSON.stringify` escapes them) reads back as the very same value, every
//! double to the bit. (serde_json's default number parser is not exact: it read 2.7407742113693986e291
//! as ...399e291, so it is no oracle here.)
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::input::{json::parse, number_text, Loose};
use proptest::prelude::*;

fn loose() -> impl Strategy<Value = Loose> {
    let leaf = prop_oneof![
        Just(Loose::Null),
        any::<bool>().prop_map(Loose::Bool),
        any::<f64>()
            .prop_filter("JSON has no NaN or Infinity", |n| n.is_finite())
            .prop_map(Loose::Number),
        (0_i64..10_000_000_000).prop_map(|fen| Loose::Number(fen as f64 / 100.0)),
        ".*".prop_map(Loose::Text),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Loose::List),
            prop::collection::vec((".{0,8}", inner), 0..6).prop_map(Loose::Object),
        ]
    })
}

/// The value as JSON text: numbers as plain decimals (JavaScript's shortest digits), strings
/// escaped by serde_json (which also escapes only what JSON requires).
fn write(value: &Loose, out: &mut String) {
    match value {
        Loose::Null => out.push_str("null"),
        Loose::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Loose::Number(n) => out.push_str(&number_text(*n)),
        Loose::Text(t) => out.push_str(&serde_json::to_string(t).unwrap()),
        Loose::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(item, out);
            }
            out.push(']');
        }
        Loose::Object(pairs) => {
            out.push('{');
            for (i, (key, item)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(key).unwrap());
                out.push(':');
                write(item, out);
            }
            out.push('}');
        }
    }
}

/// Numbers compared by their bits, so `-0` and `0` count as different.
fn same(a: &Loose, b: &Loose) -> bool {
    match (a, b) {
        (Loose::Number(x), Loose::Number(y)) => x.to_bits() == y.to_bits(),
        (Loose::List(xs), Loose::List(ys)) => {
            xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| same(x, y))
        }
        (Loose::Object(xs), Loose::Object(ys)) => {
            xs.len() == ys.len()
                && xs
                    .iter()
                    .zip(ys)
                    .all(|((k, x), (l, y))| k == l && same(x, y))
        }
        _ => a == b,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn reads_back_every_value(value in loose()) {
        let mut text = String::new();
        write(&value, &mut text);
        let read = parse(&text).map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
        prop_assert!(same(&read, &value), "{text}\nread {read:?}");
    }

    #[test]
    fn any_text_is_read_or_refused_without_panic(text in ".{0,40}") {
        let _ = parse(&text);
    }
}
