//! Cross-check against an independent implementation: `scripts/crosscheck_loans.py` plans a few
//! hundred seeded random loans with numpy-financial (`pmt` for the level payment, `npv` for the
//! APR) and a separate Python reading of MONEY.md; our first payment must match to the fen and our
//! APR to 4 decimal places.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use credit_sim::input::Loose;
use credit_sim::money::amortize_loose;
use serde_json::Value;

#[test]
fn payments_and_aprs_match_numpy_financial() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/crosscheck_loans.json");
    let text = fs::read_to_string(&path).expect("run scripts/crosscheck_loans.py");
    let cases: Vec<Value> = serde_json::from_str(&text).expect("a JSON array");
    assert!(cases.len() >= 300, "{} cases", cases.len());
    let mut mismatches = Vec::new();
    for case in &cases {
        let input: Loose = serde_json::from_value(case["input"].clone()).expect("JSON");
        let schedule = match amortize_loose(&input) {
            Ok(s) => s,
            Err(e) => {
                mismatches.push(format!("{}: refused: {e}", case["input"]));
                continue;
            }
        };
        let got = serde_json::to_value(&schedule).expect("serializes");
        let payment = &got["rows"][0]["payment"];
        if payment != &case["payment"] || got["apr"] != case["apr"] {
            mismatches.push(format!(
                "{}: payment {payment} vs {}, apr {} vs {}",
                case["input"], case["payment"], got["apr"], case["apr"]
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
