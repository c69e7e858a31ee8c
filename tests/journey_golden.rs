//! The golden journey: the "salaried" preset repaying a ¥20,000 daily-rate cash loan over 12
//! months through a late month, a missed month, clean months, a new application and a payoff.
//! `tests/golden/journey/salaried.json` holds the input and the whole expected `Journey`;
//! `simulate_journey_loose` must give it exactly, serialized as API.md says. To accept a
//! deliberate change of the model, run with `UPDATE_GOLDEN=1` and review the diff.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_golden;
use credit_sim::input::Loose;
use credit_sim::journey::simulate_journey_loose;
use serde_json::{json, Value};

fn input() -> Value {
    let profile = credit_sim::presets::presets()
        .into_iter()
        .find(|p| p.id == "salaried")
        .expect("the salaried preset")
        .profile;
    let months: Vec<Value> = [
        json!({ "event": "onTime" }),
        json!({ "event": "onTime" }),
        json!({ "event": "late", "daysLate": 12 }),
        json!({ "event": "onTime" }),
        json!({ "event": "missed" }),
        json!({ "event": "onTime" }),
        json!({ "event": "onTime" }),
        json!({ "event": "newApplication" }),
        json!({ "event": "onTime" }),
        json!({ "event": "onTime" }),
        json!({ "event": "onTime" }),
        json!({ "event": "onTime" }),
        json!({ "event": "onTime" }),
        json!({ "event": "payOff" }),
    ]
    .into();
    json!({
        "profile": serde_json::to_value(&profile).expect("profile as JSON"),
        "loan": {
            "principal": "20000",
            "termMonths": 24,
            "method": "equalInstallment",
            "dailyRate": "0.0004",
            "startDate": "2025-01-15"
        },
        "months": months,
    })
}

#[test]
fn salaried_golden_journey() {
    let input = input();
    let loose: Loose = serde_json::from_value(input.clone()).expect("input is JSON");
    let journey = simulate_journey_loose(&loose).unwrap_or_else(|e| panic!("{e}"));
    let got = serde_json::to_value(&journey).expect("journey as JSON");
    check_golden(
        "journey/salaried.json",
        &json!({ "input": input, "journey": got }),
    );
    let rows = got["months"].as_array().map_or(0, Vec::len);
    assert_eq!(rows, 14);
}

/// Hand-checked facts of the golden journey, independent of the file.
#[test]
fn salaried_journey_facts() {
    let loose: Loose = serde_json::from_value(input()).expect("input is JSON");
    let j = simulate_journey_loose(&loose).unwrap_or_else(|e| panic!("{e}"));
    let m = &j.months;
    // Month 3 is 12 days late: penalty on that month's instalment at 1.5 × 0.04 % a day.
    assert_eq!(m[2].days_past_due, 12);
    assert!(m[2].score < m[1].score);
    // Month 5 is missed: 30 days past due, the limit is cut.
    assert_eq!(m[4].days_past_due, 30);
    assert!(m[4].limit < m[3].limit);
    // The payoff leaves nothing owed.
    assert!(m[13].balance.is_zero());
    assert_eq!(
        j.total_penalty_interest,
        m.iter()
            .map(|r| r.penalty_interest)
            .sum::<rust_decimal::Decimal>()
    );
}
