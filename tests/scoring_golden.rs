//! Golden score reports: every preset of `presets()` and a few edge profiles (a thin file new to
//! credit, each knock-out, the worst and the best profile). `tests/golden/scoring/<case>.json`
//! holds the profile and the whole expected `ScoreReport` (score, band, PD, thin file,
//! knock-outs, dimensions, reasons, improvements); `score_profile_loose` (what `scoreProfile`
//! calls) must give it exactly. To accept a deliberate change of the model, run with
//! `UPDATE_GOLDEN=1` and review the diff.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{check_golden, golden_names, updating};
use credit_sim::input::Loose;
use credit_sim::profile::{default_profile, Business, Education, Occupation, Profile};
use credit_sim::scoring::score_profile_loose;
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// Every field at its worst bin: scores the floor, 350.
fn worst() -> Profile {
    Profile {
        credit_age_months: 0,
        repayments_last24m: 24,
        on_time_rate_pct: 0,
        worst_overdue_days: 3650,
        months_since_overdue: Some(0),
        credit_utilization_pct: 200,
        recent_applications3m: 100,
        deposit_free_uses12m: 0,
        broken_contracts24m: 100,
        dishonest_debtor: true,
        active_months12m: 0,
        monthly_spend: Decimal::ZERO,
        bills_on_time_pct: 0,
        essential_spend_pct: 0,
        holds_savings_products: false,
        monthly_income: Decimal::ZERO,
        monthly_debt_payments: Decimal::from(5_000),
        liquid_assets: Decimal::ZERO,
        owns_home: false,
        owns_car: false,
        pays_housing_fund: false,
        age: 18,
        real_name_verified: false,
        education: Education::None,
        occupation: Occupation::Unemployed,
        years_at_job: 0,
        phone_years: 0,
        contacts_good_credit_pct: 0,
        verified_contacts: 0,
        business: Some(Business {
            monthly_revenue: Decimal::ZERO,
            business_age_months: 0,
            revenue_trend_pct: -100,
        }),
    }
}

/// Every field at its best bin: scores the ceiling, 950.
fn best() -> Profile {
    Profile {
        credit_age_months: 240,
        repayments_last24m: 200,
        on_time_rate_pct: 100,
        worst_overdue_days: 0,
        months_since_overdue: None,
        credit_utilization_pct: 10,
        recent_applications3m: 0,
        deposit_free_uses12m: 30,
        broken_contracts24m: 0,
        dishonest_debtor: false,
        active_months12m: 12,
        monthly_spend: Decimal::from(12_000),
        bills_on_time_pct: 100,
        essential_spend_pct: 75,
        holds_savings_products: true,
        monthly_income: Decimal::from(60_000),
        monthly_debt_payments: Decimal::ZERO,
        liquid_assets: Decimal::from(500_000),
        owns_home: true,
        owns_car: true,
        pays_housing_fund: true,
        age: 40,
        real_name_verified: true,
        education: Education::Postgraduate,
        occupation: Occupation::CivilServant,
        years_at_job: 10,
        phone_years: 16,
        contacts_good_credit_pct: 98,
        verified_contacts: 600,
        business: Some(Business {
            monthly_revenue: Decimal::from(200_000),
            business_age_months: 60,
            revenue_trend_pct: 10,
        }),
    }
}

/// The cases, named as their files.
fn cases() -> Vec<(String, Profile)> {
    let mut cases: Vec<(String, Profile)> = credit_sim::presets::presets()
        .into_iter()
        .map(|p| (format!("preset-{}", p.id), p.profile))
        .collect();
    let new_to_credit = Profile {
        credit_age_months: 0,
        repayments_last24m: 0,
        on_time_rate_pct: 100,
        worst_overdue_days: 0,
        months_since_overdue: None,
        credit_utilization_pct: 0,
        ..default_profile()
    };
    let dishonest = Profile {
        dishonest_debtor: true,
        ..default_profile()
    };
    let unverified = Profile {
        real_name_verified: false,
        ..default_profile()
    };
    cases.extend([
        ("edge-thinFileNewToCredit".to_owned(), new_to_credit),
        ("edge-knockOutDishonestDebtor".to_owned(), dishonest),
        ("edge-knockOutNotVerified".to_owned(), unverified),
        ("edge-worst".to_owned(), worst()),
        ("edge-best".to_owned(), best()),
    ]);
    cases
}

fn report_of(profile: &Value) -> Value {
    let loose: Loose = serde_json::from_value(profile.clone()).expect("profile is JSON");
    let report = score_profile_loose(&loose).unwrap_or_else(|e| panic!("{e}"));
    serde_json::to_value(&report).expect("report as JSON")
}

#[test]
fn scoring_golden_cases() {
    let cases = cases();
    for (name, profile) in &cases {
        let profile = serde_json::to_value(profile).expect("profile as JSON");
        let report = report_of(&profile);
        check_golden(
            &format!("scoring/{name}.json"),
            &json!({ "profile": profile, "report": report }),
        );
    }
    if !updating() {
        let mut want: Vec<String> = cases.into_iter().map(|(n, _)| n).collect();
        want.sort();
        assert_eq!(
            golden_names("scoring"),
            want,
            "tests/golden/scoring holds exactly one file per case"
        );
    }
}

/// The report of a case, computed now (the golden test pins it to its file; reading the file
/// here would race with `UPDATE_GOLDEN` rewriting it).
fn golden(name: &str) -> Value {
    let (_, profile) = cases()
        .into_iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no case {name}"));
    report_of(&serde_json::to_value(profile).expect("profile as JSON"))
}

/// Hand-checked facts of the golden cases, independent of the model's exact points.
#[test]
fn golden_facts() {
    let worst = golden("edge-worst");
    assert_eq!(worst["score"], 350);
    assert_eq!(worst["band"], "poor");
    assert_eq!(
        worst["knockOuts"],
        json!(["dishonestDebtor", "notRealNameVerified"])
    );
    assert!(worst["dimensions"]
        .as_array()
        .into_iter()
        .flatten()
        .all(|d| d["points"] == 0));

    let best = golden("edge-best");
    assert_eq!(best["score"], 950);
    assert_eq!(best["band"], "excellent");
    assert_eq!(best["reasons"], json!([]));
    assert_eq!(best["improvements"], json!([]));
    assert!(best["dimensions"]
        .as_array()
        .into_iter()
        .flatten()
        .all(|d| d["points"] == d["maxPoints"]));
    let pd = |r: &Value| {
        r["probabilityOfDefault"]
            .as_str()
            .and_then(|t| t.parse::<Decimal>().ok())
            .expect("PD as a fraction string")
    };
    assert!(pd(&best) < pd(&worst));

    let thin = golden("edge-thinFileNewToCredit");
    assert_eq!(thin["thinFile"], true);
    assert!(thin["reasons"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|r| r["code"] == "thinFile"));
    assert_eq!(golden("preset-thinFile")["thinFile"], true);

    assert_eq!(
        golden("edge-knockOutDishonestDebtor")["knockOuts"],
        json!(["dishonestDebtor"])
    );
    assert_eq!(
        golden("edge-knockOutNotVerified")["knockOuts"],
        json!(["notRealNameVerified"])
    );
    for name in ["preset-salaried", "preset-shopOwner"] {
        assert_eq!(golden(name)["knockOuts"], json!([]), "{name}");
    }

    // Every report holds API.md's limits: five dimensions, ≤ 4 reasons, ≤ 3 improvements.
    for (name, _) in cases() {
        let r = golden(&name);
        assert_eq!(r["dimensions"].as_array().map(Vec::len), Some(5), "{name}");
        assert!(r["reasons"].as_array().map_or(0, Vec::len) <= 4, "{name}");
        assert!(
            r["improvements"].as_array().map_or(0, Vec::len) <= 3,
            "{name}"
        );
    }
}
