//! `planToTarget`: plans for the presets, the properties API.md asks of every plan (its "now"
//! steps with the months of on-time repayment reach the target, each "now" step is needed, no
//! step touches what a person cannot choose, no plan of fewer months exists, the steps applied
//! give `finalScore`), the refusals with their paths, and a seeded fuzz of 100,000 inputs that
//! must never panic.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fuzz::{garbage, object, Rng};
use credit_sim::input::Loose;
use credit_sim::journey::history::History;
use credit_sim::journey::Event;
use credit_sim::offers::{default_rules, offers, ProductRules};
use credit_sim::presets::presets;
use credit_sim::profile::Profile;
use credit_sim::scoring::{score_of, FieldValue};
use credit_sim::target::levers::{levers, set, IMMUTABLE_FIELDS};
use credit_sim::target::{
    applied, plan_to_target, plan_to_target_loose, Product, Target, TargetInput, TargetPlan, When,
};
use credit_sim::ErrorCode;
use proptest::prelude::*;

/// Whether `profile` meets `target`, by the offers themselves.
fn reaches(target: Target, profile: &Profile, rules: &ProductRules) -> bool {
    let product = match target {
        Target::Score(s) => return score_of(profile) >= s,
        Target::Product(p) => p,
    };
    let o = offers(profile, rules);
    let service = |i: usize| o.deposit_free.get(i).is_some_and(|s| s.eligible);
    match product {
        Product::CreditLoan => o.credit_loan.eligible,
        Product::CreditLine => o.credit_line.eligible,
        Product::MicroBusiness => o.micro_business.as_ref().is_some_and(|m| m.eligible),
        Product::Hotel => service(0),
        Product::Rental => service(1),
        Product::CarHire => service(2),
    }
}

/// The person after the plan's "now" steps (those of `keep`) and `months` on-time months of
/// the journey's history.
fn lived(profile: &Profile, plan: &TargetPlan, keep: impl Fn(usize) -> bool) -> Profile {
    let mut p = profile.clone();
    for (i, step) in plan.steps.iter().enumerate() {
        if step.when == When::Now && keep(i) {
            set(&mut p, step.field, step.to);
        }
    }
    let mut history = History::of_profile(&p);
    for month in 1..=i64::from(plan.months) {
        history.advance(month, Event::OnTime, 0);
    }
    history.profile().clone()
}

fn check_plan(input: &TargetInput, plan: &TargetPlan) -> Result<(), TestCaseError> {
    let p = &input.profile;
    let rules = &input.rules;
    prop_assert_eq!(plan.start_score, score_of(p));
    prop_assert!(plan.months <= input.horizon_months);
    for step in &plan.steps {
        prop_assert!(!IMMUTABLE_FIELDS.contains(&step.field), "{}", step.field);
        prop_assert!(step.from != step.to, "{:?}", step);
    }
    // "Now" steps first, each field once.
    let now: Vec<usize> = (0..plan.steps.len())
        .filter(|&i| plan.steps[i].when == When::Now)
        .collect();
    prop_assert!(now.iter().enumerate().all(|(k, &i)| k == i));
    let mut fields: Vec<&str> = plan.steps.iter().map(|s| s.field).collect();
    fields.sort_unstable();
    fields.dedup();
    prop_assert_eq!(fields.len(), plan.steps.len());
    // Every step's `to` made gives the final score, which is what living the plan gives.
    let end = lived(p, plan, |_| true);
    prop_assert_eq!(&applied(p, plan), &end);
    prop_assert_eq!(plan.final_score, score_of(&end));
    let gains: i64 = plan.steps.iter().map(|s| i64::from(s.score_gain)).sum();
    prop_assert_eq!(
        gains,
        i64::from(plan.final_score) - i64::from(plan.start_score)
    );
    prop_assert_eq!(
        plan.timeline.len(),
        usize::try_from(plan.months).unwrap_or(0) + 1
    );
    prop_assert_eq!(
        plan.timeline.last().map(|t| t.score),
        Some(plan.final_score)
    );
    prop_assert_eq!(reaches(input.target, &end, rules), plan.reachable);
    if plan.reachable {
        prop_assert!(plan.final_score >= plan.target_score);
        // Each "now" step is needed: without it the same months fall short.
        for &i in &now {
            let without = lived(p, plan, |k| k != i);
            prop_assert!(
                !reaches(input.target, &without, rules),
                "{} is not needed",
                plan.steps[i].field
            );
        }
        // No plan of fewer months: one month less misses even with every lever at its best.
        if plan.months > 0 {
            let mut best = p.clone();
            for lever in levers(p) {
                if let Some(&to) = lever.options.last() {
                    set(&mut best, lever.field, to);
                }
            }
            let shorter = TargetPlan {
                months: plan.months - 1,
                steps: Vec::new(),
                ..plan.clone()
            };
            prop_assert!(!reaches(
                input.target,
                &lived(&best, &shorter, |_| true),
                rules
            ));
        }
    } else {
        // Out of reach even with every lever at its best for the whole horizon.
        let mut best = p.clone();
        for lever in levers(p) {
            if let Some(&to) = lever.options.last() {
                set(&mut best, lever.field, to);
            }
        }
        let longest = TargetPlan {
            months: input.horizon_months,
            steps: Vec::new(),
            ..plan.clone()
        };
        let most = lived(&best, &longest, |_| true);
        prop_assert!(!reaches(input.target, &most, rules));
        prop_assert_eq!(plan.final_score, score_of(&most));
    }
    Ok(())
}

fn person() -> impl Strategy<Value = Profile> {
    (
        0..6usize,
        (0u32..=200, 0u32..12, 0u32..=100, 0u32..=100),
        (0u32..200, 0u32..60, 80u32..=100, 0u32..13),
        (
            any::<bool>(),
            any::<bool>(),
            0u32..600,
            prop::option::of(0u32..30),
        ),
    )
        .prop_map(
            |(
                i,
                (util, apps, bills, contacts),
                (age, reps, rate, active),
                (verified, savings, worst, since),
            )| {
                let mut p = presets()[i].profile.clone();
                p.credit_utilization_pct = util;
                p.recent_applications3m = apps;
                p.bills_on_time_pct = bills;
                p.verified_contacts = contacts * 10;
                p.credit_age_months = age;
                p.repayments_last24m = reps;
                p.on_time_rate_pct = rate;
                p.active_months12m = active;
                p.real_name_verified = verified || i % 2 == 0;
                p.holds_savings_products = savings;
                p.worst_overdue_days = if since.is_some() { worst % 120 } else { 0 };
                p.months_since_overdue = since.filter(|_| p.worst_overdue_days > 0);
                p
            },
        )
}

fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        (500u32..=900).prop_map(Target::Score),
        prop::sample::select(Product::ALL.iter().map(|(_, p)| *p).collect::<Vec<_>>())
            .prop_map(Target::Product),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn every_plan_is_minimal_needed_and_honest(p in person(), t in target(), horizon in prop_oneof![Just(24u32), 0u32..=60]) {
        let input = TargetInput { horizon_months: horizon, ..TargetInput::new(p, t) };
        let plan = plan_to_target(&input);
        check_plan(&input, &plan)?;
    }
}

#[test]
fn plans_for_the_presets() {
    for preset in presets() {
        for (_, product) in Product::ALL {
            let input = TargetInput::new(preset.profile.clone(), Target::Product(product));
            let plan = plan_to_target(&input);
            check_plan(&input, &plan).unwrap_or_else(|e| panic!("{} {product:?}: {e}", preset.id));
        }
    }
}

#[test]
fn a_plan_that_needs_now_steps_and_months() {
    // A new graduate with high utilisation and many applications wants car hire (650).
    let mut p = presets()[1].profile.clone();
    p.credit_utilization_pct = 95;
    p.recent_applications3m = 5;
    p.real_name_verified = false;
    let input = TargetInput::new(p.clone(), Target::Product(Product::CarHire));
    let plan = plan_to_target(&input);
    check_plan(&input, &plan).unwrap_or_else(|e| panic!("{e}"));
    assert!(plan.reachable);
    // Not verified is a knock-out: verifying is always a step toward a product.
    assert!(plan.steps.iter().any(|s| s.field == "realNameVerified"
        && s.to == FieldValue::Flag(true)
        && s.when == When::Now));
    assert_eq!(plan.target_score, default_rules().deposit_free.car_hire);
    // The same person already eligible needs nothing.
    let done = plan_to_target(&TargetInput::new(
        applied(&p, &plan),
        Target::Product(Product::CarHire),
    ));
    assert_eq!(
        (done.months, done.steps.len(), done.reachable),
        (0, 0, true)
    );
}

#[test]
fn what_cannot_be_chosen_makes_a_target_unreachable() {
    let mut listed = presets()[2].profile.clone();
    listed.dishonest_debtor = true;
    let plan = plan_to_target(&TargetInput::new(
        listed.clone(),
        Target::Product(Product::Hotel),
    ));
    assert!(!plan.reachable);
    assert!(plan.steps.iter().all(|s| s.field != "dishonestDebtor"));
    // Without a business there is no micro-business loan, whatever the plan.
    let salaried = presets()[2].profile.clone();
    assert!(salaried.business.is_none());
    let plan = plan_to_target(&TargetInput::new(
        salaried,
        Target::Product(Product::MicroBusiness),
    ));
    assert!(!plan.reachable);
    assert!(plan.steps.iter().all(|s| s.field != "business"));
    // A score above what 24 months can bring: the best plan found, not reached.
    let plan = plan_to_target(&TargetInput::new(
        presets()[0].profile.clone(),
        Target::Score(950),
    ));
    assert!(!plan.reachable && plan.months <= 24 && plan.final_score < 950);
}

fn fields(value: &Loose) -> Vec<(String, ErrorCode)> {
    match plan_to_target_loose(value) {
        Ok(_) => Vec::new(),
        Err(e) => e
            .errors()
            .iter()
            .map(|x| (x.field.clone(), x.code))
            .collect(),
    }
}

fn input(changes: &[(&str, Option<Loose>)]) -> Loose {
    let mut pairs: Vec<(String, Loose)> = vec![
        ("profile".into(), credit_sim::default_profile().to_loose()),
        (
            "target".into(),
            Loose::object([("score", Loose::Number(700.0))]),
        ),
    ];
    for (key, value) in changes {
        pairs.retain(|(k, _)| k != key);
        if let Some(v) = value {
            pairs.push(((*key).to_owned(), v.clone()));
        }
    }
    Loose::Object(pairs)
}

#[test]
fn bad_input_is_refused_with_paths() {
    use ErrorCode::*;
    let score = |s: f64| Some(Loose::object([("score", Loose::Number(s))]));
    let product = |p: &str| Some(Loose::object([("product", Loose::text(p))]));
    let mut young = credit_sim::default_profile().to_loose();
    if let Loose::Object(pairs) = &mut young {
        pairs.retain(|(k, _)| k != "age");
        pairs.push(("age".into(), Loose::Number(17.0)));
    }
    let cases: Vec<(Loose, Vec<(&str, ErrorCode)>)> = vec![
        (input(&[]), vec![]),
        (input(&[("target", score(350.0))]), vec![]),
        (input(&[("target", score(950.0))]), vec![]),
        (
            input(&[("target", score(349.0))]),
            vec![("target.score", OutOfRange)],
        ),
        (
            input(&[("target", score(951.0))]),
            vec![("target.score", OutOfRange)],
        ),
        (
            input(&[("target", score(700.5))]),
            vec![("target.score", NotAnInteger)],
        ),
        (input(&[("target", product("carHire"))]), vec![]),
        (
            input(&[("target", product("mortgage"))]),
            vec![("target.product", UnknownValue)],
        ),
        (
            input(&[(
                "target",
                Some(Loose::object([
                    ("score", Loose::Number(700.0)),
                    ("product", Loose::text("hotel")),
                ])),
            )]),
            vec![("target.product", Conflict)],
        ),
        (
            input(&[("target", Some(Loose::object::<&str>([])))]),
            vec![("target.score", Missing)],
        ),
        (input(&[("target", None)]), vec![("target", Missing)]),
        (
            input(&[("target", Some(Loose::text("carHire")))]),
            vec![("target", WrongType)],
        ),
        (
            input(&[("horizonMonths", Some(Loose::Number(0.0)))]),
            vec![],
        ),
        (
            input(&[("horizonMonths", Some(Loose::Number(120.0)))]),
            vec![],
        ),
        (
            input(&[("horizonMonths", Some(Loose::Number(121.0)))]),
            vec![("horizonMonths", OutOfRange)],
        ),
        (
            input(&[("horizonMonths", Some(Loose::Number(-1.0)))]),
            vec![("horizonMonths", OutOfRange)],
        ),
        (input(&[("rules", Some(Loose::Null))]), vec![]),
        (
            input(&[("rules", Some(Loose::Number(1.0)))]),
            vec![("rules", WrongType)],
        ),
        (
            input(&[("profile", Some(young))]),
            vec![("profile.age", OutOfRange)],
        ),
        (input(&[("profile", None)]), vec![("profile", Missing)]),
        (
            input(&[("colour", Some(Loose::text("red")))]),
            vec![("colour", UnknownField)],
        ),
    ];
    for (value, want) in cases {
        let want: Vec<(String, ErrorCode)> =
            want.into_iter().map(|(f, c)| (f.to_owned(), c)).collect();
        assert_eq!(fields(&value), want, "{value:?}");
    }
}

#[test]
fn a_hundred_thousand_random_inputs_never_panic() {
    const TEXTS: [&str; 10] = [
        "",
        "profile",
        "target",
        "score",
        "product",
        "carHire",
        "creditLoan",
        "horizonMonths",
        "rules",
        "age",
    ];
    const KEYS: [&str; 4] = ["profile", "target", "rules", "horizonMonths"];
    let profiles: Vec<Loose> = presets().iter().map(|p| p.profile.to_loose()).collect();
    let mut rng = Rng(0x5EED_0650_0600_0001);
    let (mut planned, mut refused) = (0_u32, 0_u32);
    for _ in 0..100_000 {
        let value = if rng.one_in(10) {
            garbage(&mut rng, &TEXTS, 0)
        } else {
            object(
                &mut rng,
                &KEYS,
                |k| match k {
                    "profile" | "target" => 13,
                    "rules" => 1,
                    _ => 8,
                },
                |rng, k| match k {
                    // A preset, sometimes with a field broken: the fuzz is mostly about validation.
                    "profile" => {
                        let mut p = rng.pick(&profiles.iter().collect::<Vec<_>>()).clone();
                        if !rng.one_in(8) {
                            if let Loose::Object(pairs) = &mut p {
                                let at = usize::try_from(rng.below(31)).unwrap_or(0);
                                if let Some(pair) = pairs.get_mut(at) {
                                    pair.1 = garbage(rng, &TEXTS, 1);
                                }
                            }
                        }
                        p
                    }
                    "target" => {
                        if rng.one_in(15) {
                            garbage(rng, &TEXTS, 1)
                        } else if rng.one_in(2) {
                            Loose::object([(
                                "score",
                                Loose::Number(f64::from(
                                    u32::try_from(300 + rng.below(700)).unwrap_or(0),
                                )),
                            )])
                        } else {
                            Loose::object([(
                                "product",
                                Loose::text(rng.pick(&[
                                    "creditLoan",
                                    "creditLine",
                                    "microBusiness",
                                    "hotel",
                                    "rental",
                                    "carHire",
                                    "car",
                                ])),
                            )])
                        }
                    }
                    "rules" => {
                        if rng.one_in(2) {
                            Loose::Null
                        } else {
                            garbage(rng, &TEXTS, 1)
                        }
                    }
                    // Short horizons: a valid plan costs a search per month.
                    _ => rng.count(8),
                },
            )
        };
        match plan_to_target_loose(&value) {
            Ok(plan) => {
                planned += 1;
                assert!(plan
                    .steps
                    .iter()
                    .all(|s| !IMMUTABLE_FIELDS.contains(&s.field)));
            }
            Err(e) => {
                refused += 1;
                assert!(!e.errors().is_empty());
            }
        }
    }
    assert!(
        planned > 1_000 && refused > 5_000,
        "{planned} planned, {refused} refused"
    );
}
