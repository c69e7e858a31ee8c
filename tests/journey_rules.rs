//! Journey rules inside `ProductRules`: `rules.journey` changes what a journey does (a raise
//! after 3 clean months instead of 6, a cut that takes more), is optional in loose input, and
//! bad values are refused with full paths, every problem at once.
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::error::ErrorCode;
use credit_sim::input::Loose;
use credit_sim::journey::{default_journey_rules, simulate_journey_loose, Journey, MonthEvent};
use credit_sim::offers::{default_rules, ProductRules};
use serde_json::{json, Value};

fn loose(value: Value) -> Loose {
    serde_json::from_value(value).expect("JSON")
}

fn rules_json() -> Value {
    serde_json::to_value(default_rules()).expect("rules as JSON")
}

fn journey(rules: Option<Value>, months: &[Value]) -> Journey {
    let mut input = json!({
        "profile": serde_json::to_value(credit_sim::default_profile()).expect("profile"),
        "loan": { "principal": "10000", "termMonths": 24, "method": "equalInstallment", "annualRate": "0.1" },
        "months": months,
    });
    if let Some(r) = rules {
        input["rules"] = r;
    }
    simulate_journey_loose(&loose(input)).unwrap_or_else(|e| panic!("{e}"))
}

fn first_raise(j: &Journey) -> Option<u32> {
    j.months
        .iter()
        .find(|m| m.events.contains(&MonthEvent::LimitRaised))
        .map(|m| m.month)
}

#[test]
fn default_rules_carry_the_journey_rules_and_serialize_them_as_journey() {
    assert_eq!(default_rules().journey, default_journey_rules());
    let json = rules_json();
    assert_eq!(json["journey"]["raiseAfterCleanMonths"], 6);
    assert_eq!(json["journey"]["cutShare"], "0.5");
    assert_eq!(
        ProductRules::from_loose(&loose(json)),
        Ok(default_rules()),
        "round trip"
    );
}

#[test]
fn journey_rules_are_optional_in_loose_rules() {
    let mut without = rules_json();
    without.as_object_mut().expect("object").remove("journey");
    assert_eq!(
        ProductRules::from_loose(&loose(without)),
        Ok(default_rules())
    );
    let mut null = rules_json();
    null["journey"] = Value::Null;
    assert_eq!(ProductRules::from_loose(&loose(null)), Ok(default_rules()));
}

#[test]
fn a_raise_after_three_clean_months_comes_at_month_three() {
    let months = vec![json!({ "event": "onTime" }); 8];
    let standard = journey(None, &months);
    assert_eq!(first_raise(&standard), Some(6));
    let mut rules = rules_json();
    rules["journey"]["raiseAfterCleanMonths"] = json!(3);
    let quick = journey(Some(rules), &months);
    assert_eq!(first_raise(&quick), Some(3));
    assert!(quick.months[2].limit > standard.months[2].limit);
    // Three clean months after the first raise, another one.
    assert!(quick.months[5].events.contains(&MonthEvent::LimitRaised));
}

#[test]
fn cut_share_and_freeze_days_change_the_review() {
    let months = [
        json!({ "event": "onTime" }),
        json!({ "event": "late", "daysLate": 20 }),
    ];
    let standard = journey(None, &months);
    // 20 days late is within the default 30-day freeze.
    assert!(standard.months[1].events.contains(&MonthEvent::LimitFrozen));
    assert_eq!(standard.months[1].limit, standard.months[0].limit);
    let mut rules = rules_json();
    rules["journey"]["freezeMaxDays"] = json!(10);
    rules["journey"]["cutShare"] = json!("0.75");
    let strict = journey(Some(rules), &months);
    assert!(strict.months[1].events.contains(&MonthEvent::LimitCut));
    let before = strict.months[0].limit;
    let after = strict.months[1].limit;
    assert_eq!(
        after,
        credit_sim::offers::credit_loan::floor_hundred(before / rust_decimal::Decimal::from(4))
    );
}

#[test]
fn a_lower_application_threshold_warns_sooner() {
    let months = [json!({ "event": "newApplication" })];
    let standard = journey(None, &months);
    let mut rules = rules_json();
    rules["journey"]["applicationsWarning"] = json!(1);
    let strict = journey(Some(rules), &months);
    let warns = |j: &Journey| {
        j.months[0]
            .warnings
            .iter()
            .any(|w| w.api_name() == "manyApplications")
    };
    assert!(!warns(&standard) && warns(&strict));
}

#[test]
fn bad_journey_rules_are_refused_with_paths_all_at_once() {
    let mut rules = rules_json();
    rules["journey"] = json!({
        "raiseAfterCleanMonths": 0,
        "raiseShare": "abc",
        "freezeMaxDays": 2.5,
        "cutShare": 1.5,
        "utilizationWarningPct": -1,
        "applicationsWarning": 0,
        "colour": "red"
    });
    rules["lpr"] = json!(-1);
    let errors = ProductRules::from_loose(&loose(rules.clone())).unwrap_err();
    let got: Vec<(&str, ErrorCode)> = errors
        .errors()
        .iter()
        .map(|e| (e.field.as_str(), e.code))
        .collect();
    for want in [
        ("journey.raiseAfterCleanMonths", ErrorCode::OutOfRange),
        ("journey.raiseShare", ErrorCode::NotANumber),
        ("journey.freezeMaxDays", ErrorCode::NotAnInteger),
        ("journey.cutShare", ErrorCode::OutOfRange),
        ("journey.utilizationWarningPct", ErrorCode::OutOfRange),
        ("journey.scoreDropWarning", ErrorCode::Missing),
        ("journey.applicationsWarning", ErrorCode::OutOfRange),
        ("journey.colour", ErrorCode::UnknownField),
        ("lpr", ErrorCode::OutOfRange),
    ] {
        assert!(got.contains(&want), "{want:?} in {got:?}");
    }
    for e in errors.errors() {
        assert!(
            e.message.contains(&e.field),
            "{} names {}",
            e.message,
            e.field
        );
    }

    // Inside a journey the same problems sit under `rules.`.
    let input = json!({
        "profile": serde_json::to_value(credit_sim::default_profile()).expect("profile"),
        "rules": rules,
        "loan": { "principal": "10000", "termMonths": 12, "method": "equalInstallment", "annualRate": "0.1" },
        "months": [{ "event": "onTime" }],
    });
    let errors = simulate_journey_loose(&loose(input)).unwrap_err();
    let fields: Vec<&str> = errors.errors().iter().map(|e| e.field.as_str()).collect();
    assert!(
        fields.contains(&"rules.journey.raiseAfterCleanMonths")
            && fields.contains(&"rules.journey.cutShare")
            && fields.contains(&"rules.lpr"),
        "{fields:?}"
    );
}

#[test]
fn journey_rules_that_are_not_an_object_are_refused() {
    let mut rules = rules_json();
    rules["journey"] = json!([1, 2]);
    let errors = ProductRules::from_loose(&loose(rules)).unwrap_err();
    assert!(
        errors
            .errors()
            .iter()
            .any(|e| e.field == "journey" && e.code == ErrorCode::WrongType),
        "{errors}"
    );
}
