//! The golden journey: the "salaried" preset repaying a ¥20,000 daily-rate cash loan over 12
//! months through a late month, a missed month, clean months, a new application and a payoff.
//! `tests/golden/journey/salaried.json` holds the input and the whole expected `Journey`;
//! `simulate_journey_loose` must give it exactly, serialized as API.md says. To accept a
//! deliberate change of the model, run with `UPDATE_GOLDEN=1` and review the diff.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

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
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/journey/salaried.json");
    let input = input();
    let loose: Loose = serde_json::from_value(input.clone()).expect("input is JSON");
    let journey = simulate_journey_loose(&loose).unwrap_or_else(|e| panic!("{e}"));
    let got = serde_json::to_value(&journey).expect("journey as JSON");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let text = serde_json::to_string_pretty(&json!({ "input": input, "journey": got }))
            .expect("golden text");
        fs::write(&path, text + "\n").expect("write the golden file");
        return;
    }
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let golden: Value = serde_json::from_str(&text).expect("golden JSON");
    assert_eq!(golden["input"], input, "the golden input changed");
    let rows = golden["journey"]["months"].as_array().map_or(0, Vec::len);
    assert_eq!(rows, 14);
    for (i, (want, have)) in golden["journey"]["months"]
        .as_array()
        .into_iter()
        .flatten()
        .zip(got["months"].as_array().into_iter().flatten())
        .enumerate()
    {
        assert_eq!(want, have, "month {}", i + 1);
    }
    assert_eq!(golden["journey"], got);
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
