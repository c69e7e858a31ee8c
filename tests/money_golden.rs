//! Golden repayment plans: every case in `tests/golden/money/*.json` (input, and the whole
//! expected `Schedule` computed by an independent Python reference of MONEY.md with APRs from
//! numpy-financial, or for `payoff.json` by `scripts/crosscheck_borrower.py`) must come out of
//! `amortize_loose` identically, serialized as API.md says.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use credit_sim::amount::fen_text;
use credit_sim::input::Loose;
use credit_sim::money::amortize_loose;
use credit_sim::money::calculator::calculator_total_interest_loose;
use serde_json::Value;

fn cases(file: &str) -> Vec<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/money")
        .join(file);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match serde_json::from_str(&text) {
        Ok(Value::Array(cases)) => cases,
        other => panic!("{file}: expected an array of cases, got {other:?}"),
    }
}

fn check_file(file: &str) -> usize {
    let cases = cases(file);
    assert!(!cases.is_empty(), "{file} has no cases");
    for case in &cases {
        let name = case["name"].as_str().unwrap_or("?");
        let input: Loose = serde_json::from_value(case["input"].clone()).expect("input is JSON");
        let schedule = amortize_loose(&input).unwrap_or_else(|e| panic!("{name}: {e}"));
        let got = serde_json::to_value(&schedule).expect("serializes");
        let want = &case["expect"];
        let got_rows = got["rows"].as_array().map_or(0, Vec::len);
        let want_rows = want["rows"].as_array().map_or(0, Vec::len);
        assert_eq!(got_rows, want_rows, "{name}: row count");
        for (g, w) in got["rows"]
            .as_array()
            .into_iter()
            .flatten()
            .zip(want["rows"].as_array().into_iter().flatten())
        {
            assert_eq!(g, w, "{name}: row {}", w["period"]);
        }
        assert_eq!(&got, want, "{name}: totals and rates");
    }
    cases.len()
}

#[test]
fn mortgage_golden_cases() {
    check_file("mortgage.json");
    // The headline figures, spelled out.
    let case = &cases("mortgage.json")[0]["expect"];
    assert_eq!(case["rows"][0]["payment"], "5307.27");
    let case = &cases("mortgage.json")[1]["expect"];
    assert_eq!(case["rows"][0]["payment"], "6861.11");
}

#[test]
fn credit_line_fee_table_golden_cases() {
    check_file("fee_table.json");
    let aprs: Vec<String> = cases("fee_table.json")
        .iter()
        .map(|c| c["expect"]["apr"].as_str().unwrap_or("").to_owned())
        .collect();
    // 2.5 / 4.5 / 6.5 / 8.8 % for 3 / 6 / 9 / 12 periods: about 14.9 %–15.9 % a year.
    assert_eq!(&aprs[..4], ["0.1494", "0.1527", "0.1534", "0.1586"]);
}

#[test]
fn daily_accrual_golden_cases() {
    check_file("daily_accrual.json");
    let first = &cases("daily_accrual.json")[0]["expect"]["rows"][0];
    assert_eq!(first["dueDate"], "2024-02-29");
    // 10,000 × 0.05 % × 29 days.
    assert_eq!(first["interest"], "145.00");
}

#[test]
fn prepayment_golden_cases() {
    assert_eq!(check_file("prepayment.json"), 7);
}

#[test]
fn payoff_on_any_day_golden_cases() {
    assert_eq!(check_file("payoff.json"), 5);
    let first = &cases("payoff.json")[0]["expect"];
    // Paid off on 2024-04-15: three rows, the last dated that day, and no APR.
    assert_eq!(first["rows"][2]["dueDate"], "2024-04-15");
    assert_eq!(first["apr"], serde_json::Value::Null);
    let on_due_date = &cases("payoff.json")[2]["expect"];
    assert!(on_due_date["apr"].is_string());
}

#[test]
fn bank_calculator_totals_golden_cases() {
    let cases = cases("calculator.json");
    assert_eq!(cases.len(), 8);
    for case in &cases {
        let name = case["name"].as_str().unwrap_or("?");
        let input: Loose = serde_json::from_value(case["input"].clone()).expect("input is JSON");
        let calculator = calculator_total_interest_loose(&input)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .map(fen_text);
        let schedule = amortize_loose(&input).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            calculator.as_deref(),
            case["expect"]["calculatorTotalInterest"].as_str(),
            "{name}"
        );
        assert_eq!(
            fen_text(schedule.total_interest),
            case["expect"]["totalInterest"].as_str().unwrap_or(""),
            "{name}"
        );
    }
    // The two figures of the 1,000,000 mortgage at 4.9 % over 30 years.
    assert_eq!(cases[0]["expect"]["calculatorTotalInterest"], "910616.19");
    assert_eq!(cases[0]["expect"]["totalInterest"], "910615.12");
    assert_eq!(cases[1]["expect"]["calculatorTotalInterest"], "737041.67");
    assert_eq!(cases[1]["expect"]["totalInterest"], "737041.08");
}
