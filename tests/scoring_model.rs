//! Scorecard tests: bins per characteristic, the German fit, properties over random profiles
//! (range, band, PD, monotonicity, reasons, improvements), bad input and presets.
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::input::Loose;
use credit_sim::profile::{default_profile, Business, Education, Occupation, Profile};
use credit_sim::scoring::{
    characteristic, improvements, model_card, probability_of_default, reason_action, reason_codes,
    reason_text, score_of, score_profile, score_profile_loose, Band, Lang, CHARACTERISTICS,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn bin_of(id: &str, p: &Profile) -> usize {
    characteristic(id).expect("known id").bin_index(p)
}

#[test]
fn bins_of_each_characteristic() {
    let base = default_profile();
    type Case = (&'static str, fn(&mut Profile, u32), &'static [(u32, usize)]);
    let cases: &[Case] = &[
        (
            "creditAge",
            |p, v| p.credit_age_months = v,
            &[
                (0, 0),
                (5, 0),
                (6, 1),
                (11, 1),
                (12, 2),
                (24, 3),
                (48, 4),
                (96, 5),
                (179, 5),
                (180, 6),
                (600, 6),
            ],
        ),
        (
            "onTimeRepayment",
            |p, v| p.on_time_rate_pct = v,
            &[
                (0, 0),
                (79, 0),
                (80, 1),
                (89, 1),
                (90, 3),
                (95, 4),
                (98, 5),
                (99, 5),
                (100, 6),
            ],
        ),
        (
            "repaymentDepth",
            |p, v| p.repayments_last24m = v,
            &[
                (0, 0),
                (1, 1),
                (5, 1),
                (6, 2),
                (12, 3),
                (24, 4),
                (48, 5),
                (96, 6),
                (1000, 6),
            ],
        ),
        (
            "worstOverdue",
            |p, v| p.worst_overdue_days = v,
            &[
                (0, 5),
                (1, 4),
                (3, 4),
                (4, 3),
                (30, 3),
                (31, 2),
                (60, 2),
                (61, 1),
                (90, 1),
                (91, 0),
                (3650, 0),
            ],
        ),
        (
            "creditUtilization",
            |p, v| p.credit_utilization_pct = v,
            &[
                (0, 4),
                (30, 4),
                (31, 3),
                (50, 3),
                (51, 2),
                (70, 2),
                (71, 1),
                (90, 1),
                (91, 0),
                (200, 0),
            ],
        ),
        (
            "recentApplications",
            |p, v| p.recent_applications3m = v,
            &[
                (0, 5),
                (1, 4),
                (2, 3),
                (3, 2),
                (4, 2),
                (5, 1),
                (6, 1),
                (7, 0),
            ],
        ),
        (
            "depositFreeUses",
            |p, v| p.deposit_free_uses12m = v,
            &[(0, 0), (1, 1), (3, 2), (6, 3), (12, 4), (24, 5)],
        ),
        (
            "brokenContracts",
            |p, v| p.broken_contracts24m = v,
            &[(0, 3), (1, 2), (2, 1), (3, 0), (100, 0)],
        ),
        (
            "activeMonths",
            |p, v| p.active_months12m = v,
            &[(0, 0), (1, 1), (4, 2), (7, 3), (10, 4), (12, 5)],
        ),
        (
            "billsOnTime",
            |p, v| p.bills_on_time_pct = v,
            &[
                (0, 0),
                (59, 0),
                (60, 1),
                (80, 2),
                (90, 3),
                (95, 4),
                (98, 4),
                (99, 5),
                (100, 5),
            ],
        ),
        (
            "essentialSpend",
            |p, v| p.essential_spend_pct = v,
            &[(0, 0), (30, 1), (50, 2), (70, 3)],
        ),
        (
            "age",
            |p, v| p.age = v,
            &[
                (18, 0),
                (25, 0),
                (26, 1),
                (34, 1),
                (35, 2),
                (44, 2),
                (45, 3),
                (100, 3),
            ],
        ),
        (
            "yearsAtJob",
            |p, v| p.years_at_job = v,
            &[(0, 0), (1, 1), (3, 1), (4, 2), (7, 3)],
        ),
        (
            "phoneYears",
            |p, v| p.phone_years = v,
            &[(0, 0), (1, 1), (3, 2), (6, 3), (10, 4), (15, 5)],
        ),
        (
            "contactsGoodCredit",
            |p, v| p.contacts_good_credit_pct = v,
            &[(0, 0), (50, 1), (70, 2), (85, 3), (95, 4)],
        ),
        (
            "verifiedContacts",
            |p, v| p.verified_contacts = v,
            &[(0, 0), (1, 1), (20, 2), (50, 3), (150, 4), (500, 5)],
        ),
    ];
    for (id, set, table) in cases {
        for &(value, want) in *table {
            let mut p = base.clone();
            set(&mut p, value);
            assert_eq!(bin_of(id, &p), want, "{id} at {value}");
        }
    }
    // Since-overdue: never is the best bin.
    let mut p = base.clone();
    for (m, want) in [
        (Some(0), 0),
        (Some(3), 1),
        (Some(6), 2),
        (Some(12), 3),
        (Some(24), 4),
        (Some(60), 5),
        (None, 6),
    ] {
        p.months_since_overdue = m;
        assert_eq!(bin_of("sinceOverdue", &p), want, "{m:?}");
    }
    // Amount bins.
    let mut p = base.clone();
    for (a, want) in [
        (0, 0),
        (2999, 0),
        (3000, 1),
        (5000, 2),
        (8000, 3),
        (12000, 4),
        (20000, 5),
        (50000, 6),
    ] {
        p.monthly_income = Decimal::from(a);
        p.monthly_debt_payments = Decimal::ZERO;
        assert_eq!(bin_of("monthlyIncome", &p), want, "income {a}");
    }
    for (a, want) in [(0, 0), (9999, 0), (10000, 1), (50000, 2), (200000, 3)] {
        p.liquid_assets = Decimal::from(a);
        assert_eq!(bin_of("liquidAssets", &p), want, "assets {a}");
    }
    for (a, want) in [
        (0, 0),
        (499, 0),
        (500, 1),
        (1500, 2),
        (3000, 3),
        (6000, 4),
        (10000, 5),
    ] {
        p.monthly_spend = Decimal::from(a);
        assert_eq!(bin_of("monthlySpend", &p), want, "spend {a}");
    }
    // Debt-to-income: 10,000 income.
    p.monthly_income = Decimal::from(10_000);
    for (d, want) in [
        (0, 3),
        (2000, 3),
        (2001, 2),
        (2500, 2),
        (2501, 1),
        (3500, 1),
        (3501, 0),
    ] {
        p.monthly_debt_payments = Decimal::from(d);
        assert_eq!(bin_of("debtToIncome", &p), want, "debt {d}");
    }
    p.monthly_income = Decimal::ZERO;
    p.monthly_debt_payments = Decimal::ONE;
    assert_eq!(bin_of("debtToIncome", &p), 0);
    // Thin file, enums, booleans, business.
    let mut p = base.clone();
    p.repayments_last24m = 0;
    assert_eq!(bin_of("onTimeRepayment", &p), 2);
    p.education = Education::Postgraduate;
    assert_eq!(bin_of("education", &p), 4);
    p.occupation = Occupation::CivilServant;
    assert_eq!(bin_of("occupation", &p), 6);
    p.dishonest_debtor = true;
    assert_eq!(bin_of("dishonestDebtor", &p), 0);
    for (age, trend, want) in [(6, 0, 0), (24, -30, 0), (24, 0, 2), (36, 0, 3)] {
        p.business = Some(Business {
            monthly_revenue: Decimal::from(10_000),
            business_age_months: age,
            revenue_trend_pct: trend,
        });
        assert_eq!(bin_of("business", &p), want);
    }
    p.business = None;
    assert_eq!(bin_of("business", &p), 1);
}

#[test]
fn points_never_fall_along_bins_except_age_and_business() {
    for c in &CHARACTERISTICS {
        if matches!(c.id, "age" | "business") {
            continue;
        }
        for w in c.bins.windows(2) {
            assert!(w[0] <= w[1], "{}", c.id);
        }
    }
    let card = model_card();
    let by_dim = |d: &str| -> u32 {
        card.characteristics
            .iter()
            .filter(|c| serde_json::to_value(c.dimension).unwrap() == d)
            .map(|c| c.max_points)
            .sum()
    };
    assert_eq!(
        [
            by_dim("creditHistory"),
            by_dim("behaviour"),
            by_dim("capacity"),
            by_dim("identity"),
            by_dim("social")
        ],
        [210, 150, 120, 90, 30]
    );
}

#[test]
fn fitted_points_come_from_the_committed_german_fit() {
    let fit: serde_json::Value =
        serde_json::from_str(include_str!("data/german_fit.json")).expect("json");
    let auc = fit["metrics"]["auc"].as_f64().expect("auc");
    assert!(auc > 0.65, "{auc}");
    let scale = Decimal::new(4, 1);
    let mut checked = 0;
    for ch in fit["characteristics"].as_array().expect("list") {
        let id = ch["characteristic"].as_str().expect("id");
        let c = characteristic(id).expect("mapped characteristic exists");
        assert_eq!(c.source, credit_sim::scoring::Source::GermanFit, "{id}");
        let want: Vec<u32> = ch["bins"]
            .as_array()
            .expect("bins")
            .iter()
            .map(|b| {
                let sim = Decimal::from(b["simPoints"].as_i64().expect("points"));
                u32::try_from(
                    (sim * scale)
                        .round_dp_with_strategy(
                            0,
                            rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                        )
                        .mantissa(),
                )
                .expect("small")
            })
            .collect();
        let got: Vec<u32> = c.bins.to_vec();
        assert_eq!(got, want, "{id}");
        checked += 1;
    }
    assert_eq!(checked, 5);
    let fitted = CHARACTERISTICS
        .iter()
        .filter(|c| c.source == credit_sim::scoring::Source::GermanFit)
        .count();
    assert_eq!(fitted, 5);
}

#[test]
fn every_reason_code_has_both_texts() {
    for code in reason_codes() {
        for lang in [Lang::Zh, Lang::En] {
            assert!(!reason_text(code, lang).is_empty(), "{code}");
            assert!(!reason_action(code, lang).is_empty(), "{code}");
        }
    }
    for c in &CHARACTERISTICS {
        assert!(!reason_text(c.id, Lang::En).is_empty(), "{}", c.id);
    }
    assert_eq!(reason_text("nope", Lang::En), "");
}

#[test]
fn presets_land_in_sensible_bands() {
    let want = [
        ("student", Band::Fair),
        ("newGraduate", Band::VeryGood),
        ("salaried", Band::Excellent),
        ("shopOwner", Band::Excellent),
        ("thinFile", Band::Fair),
        ("recovering", Band::Fair),
    ];
    let presets = credit_sim::presets::presets();
    assert_eq!(presets.len(), want.len());
    for (p, (id, band)) in presets.iter().zip(want) {
        assert_eq!(p.id, id);
        assert_eq!(score_profile(&p.profile).band, band, "{id}");
        assert_eq!(
            Profile::from_loose(&p.profile.to_loose()).as_ref(),
            Ok(&p.profile),
            "{id}"
        );
    }
    assert!(score_profile(&presets[4].profile).thin_file);
    assert!(score_of(&presets[5].profile) < score_of(&presets[2].profile));
}

#[test]
fn knock_outs_are_scored_but_flagged() {
    let mut p = default_profile();
    p.dishonest_debtor = true;
    p.real_name_verified = false;
    let r = score_profile(&p);
    assert!((350..=950).contains(&r.score));
    assert_eq!(r.knock_outs.len(), 2);
}

fn with(field: &str, value: Loose) -> Loose {
    let Loose::Object(mut pairs) = default_profile().to_loose() else {
        unreachable!()
    };
    for pair in &mut pairs {
        if pair.0 == field {
            pair.1 = value.clone();
        }
    }
    Loose::Object(pairs)
}

#[test]
fn bad_profiles_are_refused_with_every_path_at_once() {
    let Loose::Object(mut pairs) = with("age", Loose::Number(17.0)) else {
        unreachable!()
    };
    let set = |pairs: &mut Vec<(String, Loose)>, k: &str, v: Loose| {
        for p in pairs.iter_mut() {
            if p.0 == k {
                p.1 = v.clone();
            }
        }
    };
    set(&mut pairs, "onTimeRatePct", Loose::Number(101.0));
    set(&mut pairs, "monthlyIncome", Loose::text("-5"));
    set(&mut pairs, "liquidAssets", Loose::text("lots"));
    set(&mut pairs, "education", Loose::text("phd"));
    set(
        &mut pairs,
        "business",
        Loose::object([
            ("monthlyRevenue", Loose::text("x")),
            ("businessAgeMonths", Loose::Number(3.0)),
            ("revenueTrendPct", Loose::Number(-101.0)),
        ]),
    );
    pairs.retain(|(k, _)| k != "phoneYears");
    let errors = score_profile_loose(&Loose::Object(pairs)).unwrap_err();
    let fields: Vec<&str> = errors.errors().iter().map(|e| e.field.as_str()).collect();
    for f in [
        "age",
        "onTimeRatePct",
        "monthlyIncome",
        "liquidAssets",
        "education",
        "phoneYears",
        "business.monthlyRevenue",
        "business.revenueTrendPct",
    ] {
        assert!(fields.contains(&f), "{f} in {fields:?}");
    }
    assert!(score_profile_loose(&Loose::Number(3.0)).is_err());
    assert!(score_profile_loose(&Loose::Null).is_err());
}

prop_compose! {
    fn history()(a in 0u32..=600, n in 0u32..=1000, r in 0u32..=100, w in 0u32..=3650,
                 s in proptest::option::of(0u32..=600), u in 0u32..=200, ap in 0u32..=100,
                 d in 0u32..=1000, b in 0u32..=100, dd in any::<bool>())
                -> (u32, u32, u32, u32, Option<u32>, u32, u32, u32, u32, bool) {
        (a, n, r, w, s, u, ap, d, b, dd)
    }
}

prop_compose! {
    fn rest()(am in 0u32..=12, spend in 0i64..=200_000, bills in 0u32..=100, ess in 0u32..=100,
              sav in any::<bool>(), inc in 0i64..=200_000, debt in 0i64..=100_000, liq in 0i64..=1_000_000,
              flags in (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
              age in 18u32..=100, edu in 0usize..5, occ in 0usize..7, job in 0u32..=60, phone in 0u32..=40,
              good in 0u32..=100, contacts in 0u32..=5000,
              business in proptest::option::of((0i64..=500_000, 0u32..=600, -100i32..=100)))
              -> Profile {
        let mut p = default_profile();
        p.active_months12m = am;
        p.monthly_spend = Decimal::from(spend);
        p.bills_on_time_pct = bills;
        p.essential_spend_pct = ess;
        p.holds_savings_products = sav;
        p.monthly_income = Decimal::from(inc);
        p.monthly_debt_payments = Decimal::from(debt);
        p.liquid_assets = Decimal::from(liq);
        p.owns_home = flags.0;
        p.owns_car = flags.1;
        p.pays_housing_fund = flags.2;
        p.real_name_verified = flags.3;
        p.age = age;
        p.education = Education::ALL[edu].1;
        p.occupation = Occupation::ALL[occ].1;
        p.years_at_job = job;
        p.phone_years = phone;
        p.contacts_good_credit_pct = good;
        p.verified_contacts = contacts;
        p.business = business.map(|(rev, age, trend)| Business { monthly_revenue: Decimal::from(rev), business_age_months: age, revenue_trend_pct: trend });
        p
    }
}

prop_compose! {
    /// Any valid profile.
    pub fn any_profile()(h in history(), p in rest()) -> Profile {
        let mut p = p;
        (p.credit_age_months, p.repayments_last24m, p.on_time_rate_pct, p.worst_overdue_days,
         p.months_since_overdue, p.credit_utilization_pct, p.recent_applications3m,
         p.deposit_free_uses12m, p.broken_contracts24m, p.dishonest_debtor) = h;
        p
    }
}

/// Changes that are better behaviour, each applied with a step.
fn better(p: &Profile, which: usize, step: u32) -> Profile {
    let mut q = p.clone();
    let d = Decimal::from(step) * Decimal::from(37);
    match which {
        0 => q.on_time_rate_pct = (q.on_time_rate_pct + step).min(100),
        1 => q.worst_overdue_days = q.worst_overdue_days.saturating_sub(step),
        2 => q.months_since_overdue = q.months_since_overdue.map(|m| (m + step).min(600)),
        3 => q.months_since_overdue = None,
        4 => q.credit_age_months = (q.credit_age_months + step).min(600),
        5 => q.recent_applications3m = q.recent_applications3m.saturating_sub(step),
        6 => q.broken_contracts24m = q.broken_contracts24m.saturating_sub(step),
        7 => q.bills_on_time_pct = (q.bills_on_time_pct + step).min(100),
        8 => q.liquid_assets += d,
        9 => q.monthly_debt_payments = (q.monthly_debt_payments - d).max(Decimal::ZERO),
        10 => q.monthly_income += d,
        11 => q.real_name_verified = true,
        12 => q.contacts_good_credit_pct = (q.contacts_good_credit_pct + step).min(100),
        13 => q.verified_contacts = (q.verified_contacts + step).min(5000),
        14 => q.credit_utilization_pct = q.credit_utilization_pct.saturating_sub(step),
        15 => q.deposit_free_uses12m = (q.deposit_free_uses12m + step).min(1000),
        16 => q.active_months12m = (q.active_months12m + step).min(12),
        17 => q.holds_savings_products = true,
        18 => q.owns_home = true,
        19 => q.owns_car = true,
        20 => q.pays_housing_fund = true,
        21 => q.dishonest_debtor = false,
        22 => q.years_at_job = (q.years_at_job + step).min(60),
        23 => q.phone_years = (q.phone_years + step).min(40),
        24 if q.on_time_rate_pct == 100 => {
            q.repayments_last24m = (q.repayments_last24m + step).min(1000);
        }
        _ => {}
    }
    q
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn score_band_and_pd_hold(p in any_profile()) {
        let r = score_profile(&p);
        prop_assert!((350..=950).contains(&r.score));
        prop_assert_eq!(r.band, Band::of(r.score));
        prop_assert_eq!(r.probability_of_default, probability_of_default(r.score));
        prop_assert_eq!(r.thin_file, p.repayments_last24m == 0);
        let total: u32 = r.dimensions.iter().map(|d| d.points).sum();
        prop_assert_eq!(r.score, 350 + total);
        prop_assert!(r.reasons.len() <= 4);
        for w in r.reasons.windows(2) {
            prop_assert!(w[0].points_lost >= w[1].points_lost);
        }
        prop_assert!(r.improvements.len() <= 3);
        for w in r.improvements.windows(2) {
            prop_assert!(w[0].score_gain >= w[1].score_gain);
        }
        for i in &r.improvements {
            prop_assert!(i.score_gain > 0);
            prop_assert_eq!(score_of(&i.apply(&p)), r.score + i.score_gain);
            prop_assert!(!matches!(i.field, "age" | "education" | "occupation"));
        }
        prop_assert_eq!(&r.improvements, &improvements(&p));
    }

    #[test]
    fn better_behaviour_never_lowers_the_score(p in any_profile(), which in 0usize..25, step in 1u32..200) {
        let q = better(&p, which, step);
        prop_assert!(score_of(&q) >= score_of(&p), "change {} lowered {} -> {}", which, score_of(&p), score_of(&q));
    }

    #[test]
    fn pd_falls_as_score_rises(a in 350u32..=950, b in 350u32..=950) {
        if a < b {
            prop_assert!(probability_of_default(a) > probability_of_default(b));
        }
    }

    #[test]
    fn loose_profiles_never_panic(age in proptest::num::f64::ANY, pct in proptest::num::f64::ANY, text in ".{0,12}") {
        let mut v = with("age", Loose::Number(age));
        if let Loose::Object(pairs) = &mut v {
            for p in pairs.iter_mut() {
                if p.0 == "onTimeRatePct" { p.1 = Loose::Number(pct); }
                if p.0 == "monthlyIncome" { p.1 = Loose::Text(text.clone()); }
            }
        }
        let _ = score_profile_loose(&v);
    }
}
