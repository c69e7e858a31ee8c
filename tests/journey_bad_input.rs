//! Bad journey and lender-view input: every problem at once, each with its full path, and no
//! panic on any JSON-shaped value.
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::error::ErrorCode;
use credit_sim::input::Loose;
use credit_sim::journey::{lender_view_loose, simulate_journey_loose};
use proptest::prelude::*;
use serde_json::json;

fn fields(value: serde_json::Value) -> Vec<(String, ErrorCode)> {
    let loose: Loose = serde_json::from_value(value).expect("JSON");
    simulate_journey_loose(&loose)
        .expect_err("refused")
        .errors()
        .iter()
        .map(|e| (e.field.clone(), e.code))
        .collect()
}

fn good_loan() -> serde_json::Value {
    json!({ "principal": "10000", "termMonths": 12, "method": "equalInstallment", "annualRate": "0.1" })
}

fn profile() -> serde_json::Value {
    serde_json::to_value(credit_sim::default_profile()).expect("profile")
}

#[test]
fn every_problem_at_once_with_paths() {
    let mut p = profile();
    p["age"] = json!(12);
    let got = fields(json!({
        "profile": p,
        "loan": { "principal": "10000", "termMonths": 0, "method": "equalInstallment", "annualRate": "0.1" },
        "months": [
            { "event": "onTime" },
            { "event": "sleep" },
            { "event": "late" },
            { "event": "late", "daysLate": -3 },
            { "event": "missed", "daysLate": 5 },
            { "event": "late", "daysLate": 2.5 },
            "onTime",
            { "event": "onTime", "extra": 1 }
        ],
        "colour": "red"
    }));
    let want = [
        ("profile.age", ErrorCode::OutOfRange),
        ("loan.termMonths", ErrorCode::OutOfRange),
        ("months[1].event", ErrorCode::UnknownValue),
        ("months[2].daysLate", ErrorCode::Missing),
        ("months[3].daysLate", ErrorCode::OutOfRange),
        ("months[4].daysLate", ErrorCode::NotAllowed),
        ("months[5].daysLate", ErrorCode::NotAnInteger),
        ("months[6]", ErrorCode::WrongType),
        ("months[7].extra", ErrorCode::UnknownField),
        ("colour", ErrorCode::UnknownField),
    ];
    for (field, code) in want {
        assert!(
            got.iter().any(|(f, c)| f == field && *c == code),
            "{field} {code:?} not in {got:?}"
        );
    }
}

#[test]
fn messages_name_the_full_path() {
    let loose: Loose = serde_json::from_value(json!({
        "profile": profile(),
        "loan": { "principal": "-1", "termMonths": 12, "method": "equalInstallment", "annualRate": "0.1" },
        "months": []
    }))
    .expect("JSON");
    let errors = simulate_journey_loose(&loose).expect_err("refused");
    let e = &errors.errors()[0];
    assert_eq!(e.field, "loan.principal");
    assert!(e.message.starts_with("loan.principal"), "{}", e.message);
}

#[test]
fn missing_parts_and_wrong_shapes() {
    let got = fields(json!({}));
    for field in ["profile", "loan", "months"] {
        assert!(
            got.iter()
                .any(|(f, c)| f == field && *c == ErrorCode::Missing),
            "{field}: {got:?}"
        );
    }
    let got = fields(json!({ "profile": profile(), "loan": good_loan(), "months": "onTime" }));
    assert_eq!(got, [("months".to_string(), ErrorCode::WrongType)]);
    let got = fields(
        json!({ "profile": profile(), "loan": good_loan(), "months": vec![json!({"event": "onTime"}); 361] }),
    );
    assert_eq!(got, [("months".to_string(), ErrorCode::OutOfRange)]);
    let got = fields(
        json!({ "profile": profile(), "loan": good_loan(), "months": [], "rules": { "lpr": "x" } }),
    );
    assert!(got.iter().any(|(f, _)| f == "rules.lpr"), "{got:?}");
    // A loan the money rules refuse once planned: a prepayment above the balance.
    let mut loan = good_loan();
    loan["prepayment"] = json!({ "afterPeriod": 2, "amount": "999999", "mode": "reducePayment" });
    let got = fields(json!({ "profile": profile(), "loan": loan, "months": [] }));
    assert!(
        got.iter().any(|(f, _)| f.starts_with("loan.prepayment")),
        "{got:?}"
    );
    let loose: Loose = serde_json::from_value(json!([1, 2])).expect("JSON");
    assert!(simulate_journey_loose(&loose).is_err());
}

#[test]
fn lender_view_bad_input() {
    let loose: Loose = serde_json::from_value(
        json!({ "score": 300, "borrowers": 0, "exposure": "abc", "seed": 1.5, "x": 1 }),
    )
    .expect("JSON");
    let errors = lender_view_loose(&loose).expect_err("refused");
    let got: Vec<&str> = errors.errors().iter().map(|e| e.field.as_str()).collect();
    assert_eq!(got, ["score", "borrowers", "exposure", "seed", "x"]);
    let ok: Loose = serde_json::from_value(json!({ "score": 640 })).expect("JSON");
    assert_eq!(lender_view_loose(&ok).expect("valid").borrowers, 10_000);
}

fn any_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(json!(null)),
        any::<bool>().prop_map(|b| json!(b)),
        any::<i64>().prop_map(|n| json!(n)),
        (-1e12f64..1e12).prop_map(|n| json!(n)),
        prop_oneof![
            Just("onTime"),
            Just("late"),
            Just("missed"),
            Just("payOff"),
            Just("newApplication"),
            Just("-1"),
            Just("1e9"),
            Just("")
        ]
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("event"),
                        Just("daysLate"),
                        Just("months"),
                        Just("loan"),
                        Just("profile"),
                        Just("score"),
                        Just("seed")
                    ],
                    inner
                ),
                0..6
            )
            .prop_map(|pairs| {
                serde_json::Value::Object(
                    pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
                )
            }),
        ]
    })
}

proptest! {
    #[test]
    fn never_panics(value in any_json(), events in prop::collection::vec(any_json(), 0..8)) {
        let with_shape = json!({ "profile": profile(), "loan": good_loan(), "months": events });
        for v in [value.clone(), with_shape] {
            let loose: Loose = serde_json::from_value(v).expect("JSON");
            let _ = simulate_journey_loose(&loose);
            let _ = lender_view_loose(&loose);
        }
    }
}
