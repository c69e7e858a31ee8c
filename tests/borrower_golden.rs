//! Golden quotes and statements: every case of `tests/golden/quote/quotes.json` and
//! `tests/golden/revolving/statements.json` (input, and the whole expected answer written by
//! `scripts/crosscheck_borrower.py`, an independent Python reading of MONEY.md) must come out of
//! `check_quote_loose` and `revolve_loose` identically, serialized as API.md says.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{first_difference, read_golden};
use credit_sim::input::Loose;
use credit_sim::quote::check_quote_loose;
use credit_sim::revolving::revolve_loose;
use serde_json::Value;

fn cases(rel: &str) -> Vec<Value> {
    match read_golden(rel) {
        Value::Array(cases) => cases,
        other => panic!("{rel}: expected an array of cases, got {other}"),
    }
}

/// Checks every case of `rel` with `run`; gives the expected answers by name.
fn check(rel: &str, run: impl Fn(&Loose) -> Result<Value, String>) -> Vec<(String, Value)> {
    let cases = cases(rel);
    assert!(!cases.is_empty(), "{rel} has no cases");
    cases
        .into_iter()
        .map(|case| {
            let name = case["name"].as_str().unwrap_or("?").to_owned();
            let input: Loose =
                serde_json::from_value(case["input"].clone()).expect("input is JSON");
            let got = run(&input).unwrap_or_else(|e| panic!("{name}: {e}"));
            if let Some((at, want, now)) = first_difference(&case["expect"], &got, "") {
                panic!("{name}: differs at {at}: golden {want}, now {now}");
            }
            (name, case["expect"].clone())
        })
        .collect()
}

fn quote(input: &Loose) -> Result<Value, String> {
    let check = check_quote_loose(input).map_err(|e| e.to_string())?;
    serde_json::to_value(check).map_err(|e| e.to_string())
}

fn revolving(input: &Loose) -> Result<Value, String> {
    let out = revolve_loose(input).map_err(|e| e.to_string())?;
    serde_json::to_value(out).map_err(|e| e.to_string())
}

#[test]
fn quote_golden_cases() {
    let cases = check("quote/quotes.json", quote);
    assert_eq!(cases.len(), 8);
    let apr = |i: usize| cases[i].1["apr"].as_str().unwrap_or("").to_owned();
    // "0.6 % a month for 12 periods" is about 13.0 % a year; "8.8 % for 12 periods" about 15.9 %.
    assert_eq!((apr(0), apr(1)), ("0.1303".to_owned(), "0.1586".to_owned()));
    assert_eq!(cases[0].1["naiveAnnualRate"], "0.0720");
    // The fee kept back at the start: 9,500 received of 10,000.
    assert_eq!(cases[2].1["received"], "9500.00");
    assert_eq!(cases[2].1["payments"][0]["dueDate"], "2024-04-15");
    // 100 times what is received, after one month: 99 a month, 1188 a year.
    assert_eq!(apr(7), "1188.0000");
}

#[test]
fn revolving_golden_cases() {
    let cases = check("revolving/statements.json", revolving);
    assert_eq!(cases.len(), 6);
    let ending = |i: usize| {
        let e = &cases[i].1;
        (
            e["paidOff"].clone(),
            e["neverRepaid"].clone(),
            e["months"].clone(),
        )
    };
    assert_eq!(ending(0), (true.into(), false.into(), 37.into()));
    assert_eq!(ending(1), (false.into(), true.into(), 1.into()));
    assert_eq!(ending(3), (false.into(), false.into(), 24.into()));
    assert_eq!(cases[0].1["apr"], "0.1637");
    assert_eq!(cases[1].1["apr"], Value::Null);
}
