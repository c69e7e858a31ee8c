//! The JS embedding API, called from JavaScript's side in headless Chromium (wasm-bindgen-test):
//! every exported function gets real JS values (built with `JSON.parse`, `Object` and `Reflect`,
//! NaN and Infinity included) and its answer is read back as JS sees it: camelCase names,
//! amounts as strings, optional fields absent, thrown `Error`s carrying `errors`.
#![cfg(all(target_arch = "wasm32", feature = "js"))]

use credit_sim::js;
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const MORTGAGE: &str = r#"{ "principal": "1000000", "termMonths": 360, "method": "equalInstallment", "annualRate": "0.049" }"#;
const DAILY: &str = r#"{ "principal": "10000", "termMonths": 12, "method": "equalInstallment", "dailyRate": "0.0005", "startDate": "2024-01-31" }"#;

fn parse(json: &str) -> JsValue {
    JSON::parse(json).unwrap_or_else(|e| panic!("bad test JSON {json}: {e:?}"))
}

fn stringify(v: &JsValue) -> String {
    JSON::stringify(v)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// `v.a.b[2].c`, as JS would read it (`undefined` when absent).
fn at(v: &JsValue, path: &str) -> JsValue {
    let mut cur = v.clone();
    for part in path.split('.') {
        let (name, index) = match part.split_once('[') {
            Some((n, i)) => (n, i.trim_end_matches(']').parse::<u32>().ok()),
            None => (part, None),
        };
        if !name.is_empty() {
            cur = Reflect::get(&cur, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        }
        if let Some(i) = index {
            cur = Reflect::get_u32(&cur, i).unwrap_or(JsValue::UNDEFINED);
        }
    }
    cur
}

fn text(v: &JsValue, path: &str) -> String {
    at(v, path)
        .as_string()
        .unwrap_or_else(|| panic!("{path} is not a string in {}", stringify(v)))
}

fn number(v: &JsValue, path: &str) -> f64 {
    at(v, path)
        .as_f64()
        .unwrap_or_else(|| panic!("{path} is not a number in {}", stringify(v)))
}

/// A whole JS number as an integer (read through its text, so no float is compared).
fn whole(x: f64) -> i64 {
    format!("{x}")
        .parse()
        .unwrap_or_else(|_| panic!("{x} is not a whole number"))
}

fn int(v: &JsValue, path: &str) -> i64 {
    whole(number(v, path))
}

fn has(v: &JsValue, key: &str) -> bool {
    Reflect::has(v, &JsValue::from_str(key)).unwrap_or(false)
}

fn keys(v: &JsValue) -> Vec<String> {
    let mut k: Vec<String> = Object::keys(v.unchecked_ref::<Object>())
        .iter()
        .filter_map(|k| k.as_string())
        .collect();
    k.sort();
    k
}

fn set(target: &JsValue, path: &str, value: &JsValue) {
    let (parent, name) = match path.rsplit_once('.') {
        Some((p, n)) => (at(target, p), n),
        None => (target.clone(), path),
    };
    Reflect::set(&parent, &JsValue::from_str(name), value).expect("set");
}

fn len(v: &JsValue, path: &str) -> u32 {
    let a = at(v, path);
    assert!(Array::is_array(&a), "{path} is not an array");
    Array::from(&a).length()
}

/// The thrown value of a failed call: a JS `Error` with a message and `errors`, each
/// `{ field, code, message }`; returned as (field, code) pairs.
fn thrown(result: Result<JsValue, JsValue>) -> Vec<(String, String)> {
    let error = result.expect_err("the call should throw");
    assert!(error.is_instance_of::<js_sys::Error>(), "an Error");
    let message = text(&error, "message");
    assert!(!message.is_empty());
    let errors = at(&error, "errors");
    assert!(Array::is_array(&errors), "errors is an array");
    Array::from(&errors)
        .iter()
        .map(|e| {
            assert_eq!(keys(&e), ["code", "field", "message"]);
            assert!(!text(&e, "message").is_empty());
            (text(&e, "field"), text(&e, "code"))
        })
        .collect()
}

fn contains(errors: &[(String, String)], field: &str, code: &str) -> bool {
    errors.iter().any(|(f, c)| f == field && c == code)
}

fn default_profile() -> JsValue {
    js::scoring::default_profile().expect("defaultProfile")
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(js::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn a_value_that_is_not_plain_data_becomes_a_typed_error() {
    let not_data = js_sys::Function::new_no_args("return 1");
    // Functions are not data: the result is an Error carrying `errors`, never a panic.
    let errors = thrown(js::loose_from_js(not_data.into()).map(|_| JsValue::NULL));
    assert_eq!(errors[0].0, "(input)");
}

#[wasm_bindgen_test]
fn amortize_gives_the_golden_mortgage_in_camel_case_strings() {
    let s = js::money::amortize(parse(MORTGAGE)).expect("plan");
    assert_eq!(len(&s, "rows"), 360);
    assert_eq!(text(&s, "rows[0].payment"), "5307.27");
    assert_eq!(text(&s, "rows[0].interest"), "4083.33");
    assert_eq!(text(&s, "totalPayment"), "1910615.12");
    assert_eq!(text(&s, "totalInterest"), "910615.12");
    assert_eq!(text(&s, "apr"), "0.0490");
    assert_eq!(text(&s, "effectiveAnnualRate"), "0.0501");
    assert_eq!(text(&s, "simpleAnnualRate"), "0.049");
    assert_eq!(text(&s, "rows[359].balance"), "0.00");
    assert_eq!(int(&s, "rows[0].period"), 1);
    // No startDate: no dueDate key at all; no prepayment: no interestSaved.
    let row = at(&s, "rows[0]");
    assert_eq!(
        keys(&row),
        [
            "balance",
            "fee",
            "interest",
            "payment",
            "period",
            "principal"
        ]
    );
    assert!(!has(&s, "interestSaved"));
    assert_eq!(
        keys(&s),
        [
            "apr",
            "effectiveAnnualRate",
            "rows",
            "simpleAnnualRate",
            "totalFee",
            "totalInterest",
            "totalPayment"
        ]
    );
    // Amounts and rates may be given as JS numbers.
    let numbers = parse(
        r#"{ "principal": 1000000, "termMonths": 360, "method": "equalInstallment", "annualRate": 0.049 }"#,
    );
    let n = js::money::amortize(numbers).expect("plan");
    assert_eq!(text(&n, "rows[0].payment"), "5307.27");
}

#[wasm_bindgen_test]
fn amortize_with_a_start_date_gives_due_dates() {
    let s = js::money::amortize(parse(DAILY)).expect("plan");
    assert_eq!(text(&s, "rows[0].dueDate"), "2024-02-29");
    assert_eq!(text(&s, "rows[0].interest"), "145.00");
    assert_eq!(text(&s, "rows[1].dueDate"), "2024-03-31");
    // A prepayment row carries `prepayment`, and the schedule `interestSaved`.
    let with_prepayment = parse(
        r#"{ "principal": "10000", "termMonths": 12, "method": "equalInstallment", "annualRate": "0.1",
             "prepayment": { "afterPeriod": 3, "amount": "all" } }"#,
    );
    let p = js::money::amortize(with_prepayment).expect("plan");
    assert_eq!(len(&p, "rows"), 3);
    assert!(has(&at(&p, "rows[2]"), "prepayment"));
    assert!(text(&p, "interestSaved")
        .parse::<f64>()
        .is_ok_and(|x| x > 0.0));
}

#[wasm_bindgen_test]
fn amortize_refuses_bad_input_listing_every_problem() {
    let bad = parse(
        r#"{ "principal": "-5", "termMonths": 0, "method": "sideways", "annualRate": "0.1", "dailyRate": "0.001", "colour": 1 }"#,
    );
    let errors = thrown(js::money::amortize(bad));
    for (field, code) in [
        ("principal", "outOfRange"),
        ("termMonths", "outOfRange"),
        ("method", "unknownValue"),
        ("dailyRate", "conflict"),
        ("colour", "unknownField"),
    ] {
        assert!(
            contains(&errors, field, code),
            "{field} {code} in {errors:?}"
        );
    }

    // NaN and Infinity cannot be written in JSON: set them on a JS object.
    let loan = Object::new();
    set(&loan, "principal", &JsValue::from_f64(f64::NAN));
    set(&loan, "termMonths", &JsValue::from_f64(f64::INFINITY));
    set(&loan, "method", &JsValue::from_str("bullet"));
    set(&loan, "annualRate", &JsValue::from_f64(f64::NEG_INFINITY));
    let errors = thrown(js::money::amortize(loan.into()));
    for field in ["principal", "termMonths", "annualRate"] {
        assert!(
            contains(&errors, field, "notFinite"),
            "{field} in {errors:?}"
        );
    }

    let missing =
        parse(r#"{ "principal": "1000", "method": "equalInstallment", "annualRate": "0.1" }"#);
    let errors = thrown(js::money::amortize(missing));
    assert_eq!(errors, [("termMonths".to_owned(), "missing".to_owned())]);

    let errors = thrown(js::money::amortize(JsValue::UNDEFINED));
    assert!(!errors.is_empty());
    let errors = thrown(js::money::amortize(JsValue::from_str("a loan")));
    assert!(!errors.is_empty());
}

#[wasm_bindgen_test]
fn amortize_columns_gives_the_same_plan_in_whole_fen() {
    let c = js::columns::amortize_columns(parse(MORTGAGE)).expect("columns");
    assert_eq!(int(&c, "length"), 360);
    for column in [
        "period",
        "payment",
        "principal",
        "interest",
        "fee",
        "balance",
    ] {
        let values = at(&c, column);
        assert!(
            js_sys::Array::is_array(&values),
            "{column} is a plain array"
        );
        assert_eq!(int(&values, "length"), 360, "{column}");
    }
    assert_eq!(int(&c, "payment[0]"), 530_727);
    assert_eq!(int(&c, "period[359]"), 360);
    assert_eq!(int(&c, "balance[359]"), 0);
    assert!(!has(&c, "dueDate") && !has(&c, "rows") && !has(&c, "prepayment"));
    assert_eq!(text(&c, "totalPayment"), "1910615.12");
    assert_eq!(text(&c, "apr"), "0.0490");

    let d = js::columns::amortize_columns(parse(DAILY)).expect("columns");
    assert_eq!(text(&d, "dueDate[0]"), "2024-02-29");
    assert_eq!(int(&d, "interest[0]"), 14_500);

    let errors = thrown(js::columns::amortize_columns(parse(
        r#"{ "principal": "0", "termMonths": 12, "method": "bullet" }"#,
    )));
    assert!(contains(&errors, "principal", "outOfRange"), "{errors:?}");
}

#[wasm_bindgen_test]
fn default_profile_round_trips_through_score_profile() {
    let profile = default_profile();
    assert_eq!(int(&profile, "age"), 30);
    assert!(at(&profile, "business").is_null());
    assert!(at(&profile, "monthlyIncome").is_string());
    let report = js::scoring::score_profile(profile.clone()).expect("report");
    // Exactly the native report, as JSON.
    let native = credit_sim::scoring::score_profile(&credit_sim::default_profile());
    assert_eq!(
        stringify(&report),
        serde_json::to_string(&native).expect("json")
    );
    // And through JSON text, as a page that stored it would give it back.
    let reparsed = parse(&stringify(&profile));
    let again = js::scoring::score_profile(reparsed).expect("report");
    assert_eq!(stringify(&again), stringify(&report));

    let score = number(&report, "score");
    assert!((350.0..=950.0).contains(&score));
    assert!(at(&report, "band").is_string());
    assert!(text(&report, "probabilityOfDefault").parse::<f64>().is_ok());
    assert_eq!(at(&report, "thinFile").as_bool(), Some(false));
    assert_eq!(len(&report, "dimensions"), 5);
    assert_eq!(text(&report, "dimensions[0].id"), "creditHistory");
    assert!(number(&report, "dimensions[0].maxPoints") > 0.0);
    assert!(len(&report, "reasons") <= 4);
    assert!(len(&report, "improvements") <= 3);
    if len(&report, "improvements") > 0 {
        assert!(at(&report, "improvements[0].field").is_string());
        assert!(number(&report, "improvements[0].scoreGain") > 0.0);
    }
}

#[wasm_bindgen_test]
fn score_profile_refuses_bad_profiles_with_paths() {
    let profile = default_profile();
    set(&profile, "age", &JsValue::from_f64(12.0));
    set(&profile, "onTimeRatePct", &JsValue::from_f64(f64::NAN));
    set(
        &profile,
        "business",
        &parse(r#"{ "monthlyRevenue": "x", "businessAgeMonths": 3, "revenueTrendPct": 0 }"#),
    );
    let errors = thrown(js::scoring::score_profile(profile));
    assert!(contains(&errors, "age", "outOfRange"), "{errors:?}");
    assert!(
        errors.iter().any(|(f, _)| f == "onTimeRatePct"),
        "{errors:?}"
    );
    assert!(
        contains(&errors, "business.monthlyRevenue", "notANumber"),
        "{errors:?}"
    );
    let errors = thrown(js::scoring::score_profile(parse("{}")));
    assert!(contains(&errors, "age", "missing"), "{errors:?}");
}

#[wasm_bindgen_test]
fn offers_with_and_without_rules() {
    let profile = default_profile();
    let plain = js::scoring::offers(profile.clone(), None).expect("offers");
    assert_eq!(
        keys(&plain),
        [
            "creditLine",
            "creditLoan",
            "depositFree",
            "legalNotes",
            "microBusiness"
        ]
    );
    assert_eq!(at(&plain, "creditLoan.eligible").as_bool(), Some(true));
    assert_eq!(
        text(&plain, "creditLoan.aprPrincipal"),
        text(&plain, "creditLoan.limit")
    );
    assert!(text(&plain, "creditLoan.limit").ends_with(".00"));
    assert!(text(&plain, "creditLoan.dailyRate").starts_with("0.000"));
    assert_eq!(len(&plain, "creditLine.installmentPlans"), 4);
    assert_eq!(text(&plain, "creditLine.installmentPlans[3].apr"), "0.1586");
    assert!(at(&plain, "microBusiness").is_null());
    assert_eq!(len(&plain, "depositFree"), 3);
    assert_eq!(len(&plain, "legalNotes"), 5);
    let null_rules = js::scoring::offers(profile.clone(), Some(JsValue::NULL)).expect("offers");
    assert_eq!(stringify(&null_rules), stringify(&plain));

    // defaultRules() given back gives the same offers; without `journey` too.
    let rules = js::scoring::default_rules().expect("rules");
    let same = js::scoring::offers(profile.clone(), Some(rules.clone())).expect("offers");
    assert_eq!(stringify(&same), stringify(&plain));
    Reflect::delete_property(
        rules.unchecked_ref::<Object>(),
        &JsValue::from_str("journey"),
    )
    .expect("del");
    let same = js::scoring::offers(profile.clone(), Some(rules)).expect("offers");
    assert_eq!(stringify(&same), stringify(&plain));

    // A stricter product: the cash loan needs 950; declined, limit "0.00", price indicative.
    let strict = js::scoring::default_rules().expect("rules");
    set(&strict, "creditLoan.minScore", &JsValue::from_f64(950.0));
    let declined = js::scoring::offers(profile.clone(), Some(strict)).expect("offers");
    assert_eq!(at(&declined, "creditLoan.eligible").as_bool(), Some(false));
    assert_eq!(
        text(&declined, "creditLoan.declineReasons[0]"),
        "scoreBelowMinimum"
    );
    assert_eq!(text(&declined, "creditLoan.limit"), "0.00");
    assert_eq!(text(&declined, "creditLoan.aprPrincipal"), "1000.00");
    assert_eq!(
        text(&declined, "creditLoan.dailyRate"),
        text(&plain, "creditLoan.dailyRate")
    );

    // Bad rules and a bad profile: every problem at once.
    let bad_rules = js::scoring::default_rules().expect("rules");
    set(
        &bad_rules,
        "creditLoan.minScore",
        &JsValue::from_f64(2000.0),
    );
    set(&bad_rules, "journey.cutShare", &JsValue::from_str("2"));
    let bad_profile = default_profile();
    set(&bad_profile, "age", &JsValue::from_f64(200.0));
    let errors = thrown(js::scoring::offers(bad_profile, Some(bad_rules)));
    for field in ["creditLoan.minScore", "journey.cutShare", "age"] {
        assert!(
            contains(&errors, field, "outOfRange"),
            "{field} in {errors:?}"
        );
    }
}

#[wasm_bindgen_test]
fn presets_are_the_six_and_each_scores_and_gets_offers() {
    let presets = js::scoring::presets().expect("presets");
    assert_eq!(len(&presets, ""), 6);
    let ids: Vec<String> = (0..6)
        .map(|i| text(&presets, &format!("[{i}].id")))
        .collect();
    assert_eq!(
        ids,
        [
            "student",
            "newGraduate",
            "salaried",
            "shopOwner",
            "thinFile",
            "recovering"
        ]
    );
    for (i, id) in ids.iter().enumerate() {
        let p = at(&presets, &format!("[{i}]"));
        assert_eq!(keys(&p), ["id", "nameEn", "nameZh", "profile"]);
        assert!(!text(&p, "nameZh").is_empty() && !text(&p, "nameEn").is_empty());
        let report = js::scoring::score_profile(at(&p, "profile")).expect("report");
        assert!(number(&report, "score") >= 350.0);
        let offers =
            js::scoring::offers(at(&p, "profile"), Some(JsValue::UNDEFINED)).expect("offers");
        let micro = at(&offers, "microBusiness");
        assert_eq!(micro.is_null(), id != "shopOwner", "{id}");
    }
    assert_eq!(int(&presets, "[4].profile.repaymentsLast24m"), 0);
}

#[wasm_bindgen_test]
fn default_rules_hold_every_section() {
    let r = js::scoring::default_rules().expect("rules");
    assert_eq!(
        keys(&r),
        [
            "creditLine",
            "creditLoan",
            "depositFree",
            "journey",
            "lpr",
            "microBusiness",
            "penaltyMultiplier",
            "pricing"
        ]
    );
    assert_eq!(int(&r, "creditLoan.minScore"), 600);
    assert_eq!(text(&r, "creditLoan.maxDebtServiceRatio"), "0.5");
    assert_eq!(len(&r, "creditLine.installmentFees"), 4);
    assert_eq!(text(&r, "creditLine.installmentFees[3].feeRate"), "0.088");
    assert_eq!(text(&r, "microBusiness.revenueIncomeShare"), "0.2");
    assert_eq!(int(&r, "journey.raiseAfterCleanMonths"), 6);
    assert_eq!(text(&r, "penaltyMultiplier"), "1.5");
    assert_eq!(text(&r, "lpr"), "0.03");
}

fn journey_input(months: &str) -> JsValue {
    let input = parse(&format!(
        r#"{{ "loan": {{ "principal": "10000", "termMonths": 24, "method": "equalInstallment", "dailyRate": "0.0004", "startDate": "2025-01-15" }},
             "months": {months} }}"#
    ));
    set(&input, "profile", &default_profile());
    input
}

#[wasm_bindgen_test]
fn simulate_journey_moves_score_limit_and_penalties() {
    let input = journey_input(
        r#"[{ "event": "onTime" }, { "event": "late", "daysLate": 12 }, { "event": "missed" }]"#,
    );
    let j = js::journey::simulate_journey(input).expect("journey");
    assert_eq!(len(&j, "months"), 3);
    assert_eq!(int(&j, "months[0].month"), 1);
    assert!(number(&j, "months[2].score") < number(&j, "months[0].score"));
    assert!(text(&j, "months[1].penaltyInterest") != "0.00");
    assert_eq!(text(&j, "months[1].events[0]"), "late");
    assert_eq!(text(&j, "months[1].warnings[0]"), "overdue");
    assert!(text(&j, "months[0].limit").ends_with(".00"));
    assert!(text(&j, "months[0].balance").ends_with(|c: char| c.is_ascii_digit()));
    assert!(at(&j, "start").is_object());
    assert!(at(&j, "totalPenaltyInterest").is_string());

    // The product's journey rules: a raise after 3 clean months.
    let clean = r#"[{ "event": "onTime" }, { "event": "onTime" }, { "event": "onTime" }]"#;
    let standard = js::journey::simulate_journey(journey_input(clean)).expect("journey");
    assert_eq!(len(&standard, "months[2].events"), 1);
    let quick = journey_input(clean);
    let rules = js::scoring::default_rules().expect("rules");
    set(
        &rules,
        "journey.raiseAfterCleanMonths",
        &JsValue::from_f64(3.0),
    );
    set(&quick, "rules", &rules);
    let quick = js::journey::simulate_journey(quick).expect("journey");
    assert_eq!(text(&quick, "months[2].events[1]"), "limitRaised");

    let bad = journey_input(
        r#"[{ "event": "onTime" }, { "event": "late", "daysLate": -1 }, { "event": "nap" }]"#,
    );
    set(&bad, "loan.termMonths", &JsValue::from_f64(0.0));
    let errors = thrown(js::journey::simulate_journey(bad));
    assert!(
        contains(&errors, "months[1].daysLate", "outOfRange"),
        "{errors:?}"
    );
    assert!(
        contains(&errors, "months[2].event", "unknownValue"),
        "{errors:?}"
    );
    assert!(
        contains(&errors, "loan.termMonths", "outOfRange"),
        "{errors:?}"
    );
}

#[wasm_bindgen_test]
fn lender_view_is_seeded_and_validated() {
    let input = parse(r#"{ "score": 650, "borrowers": 1000, "seed": 7 }"#);
    let v = js::journey::lender_view(input.clone()).expect("view");
    assert_eq!(int(&v, "score"), 650);
    assert_eq!(text(&v, "band"), "veryGood");
    assert_eq!(int(&v, "borrowers"), 1000);
    assert!(text(&v, "probabilityOfDefault").parse::<f64>().is_ok());
    assert!(number(&v, "defaults") >= 0.0);
    assert!(text(&v, "price.apr").parse::<f64>().is_ok());
    assert!(len(&v, "curve") > 0 && len(&v, "groups") > 0);
    let again = js::journey::lender_view(input).expect("view");
    assert_eq!(stringify(&again), stringify(&v), "same seed, same cohort");

    let errors = thrown(js::journey::lender_view(parse(r#"{ "score": 2000 }"#)));
    assert!(contains(&errors, "score", "outOfRange"), "{errors:?}");
}

#[wasm_bindgen_test]
fn model_card_and_reason_texts() {
    let card = js::scoring::model_card().expect("model card");
    assert_eq!(len(&card, "characteristics"), 30);
    assert!(len(&card, "scoreTable") > 0);
    assert_eq!(int(&card, "scaling.minScore"), 350);
    let en = js::scoring::reason_text("thinFile", "en");
    let zh = js::scoring::reason_text("thinFile", "zh");
    assert!(!en.is_empty() && !zh.is_empty() && en != zh);
    assert!(!js::scoring::reason_action("creditUtilization", "en").is_empty());
    assert_eq!(js::scoring::reason_text("noSuchCode", "en"), "");
    assert_eq!(js::scoring::reason_action("noSuchCode", "zh"), "");
}

/// Plain data crosses as one JSON text (`js::loose_from_js`'s quick way); anything else is read
/// by serde-wasm-bindgen. The two must give the same answers, and a value that contains itself
/// must throw, not overflow the stack.
#[wasm_bindgen_test]
fn plain_and_other_inputs_read_alike() {
    let quick = js::columns::amortize_columns(parse(MORTGAGE)).expect("plain object");

    // The same fields on an object with another prototype, and with an `undefined` field: both
    // are read the slow way.
    let proto = Object::new();
    let other = Object::create(&proto);
    Object::assign(&other, parse(MORTGAGE).unchecked_ref::<Object>());
    Reflect::set(&other, &"prepayment".into(), &JsValue::UNDEFINED).unwrap();
    let slow = js::columns::amortize_columns(other.into()).expect("other object");
    assert_eq!(stringify(&quick), stringify(&slow));

    // Numbers the JSON text cannot carry faithfully go the slow way and are still named.
    let loan = parse(MORTGAGE);
    Reflect::set(&loan, &"termMonths".into(), &JsValue::from_f64(-0.0)).unwrap();
    let errors = thrown(js::money::amortize(loan.clone()));
    assert!(contains(&errors, "termMonths", "outOfRange"), "{errors:?}");
    Reflect::set(&loan, &"termMonths".into(), &JsValue::from_f64(f64::NAN)).unwrap();
    let errors = thrown(js::money::amortize(loan));
    assert!(contains(&errors, "termMonths", "notFinite"), "{errors:?}");

    // A lone surrogate is U+FFFD either way.
    let loan = parse(MORTGAGE);
    Reflect::set(
        &loan,
        &"method".into(),
        &JSON::parse(r#""\ud800""#).unwrap(),
    )
    .unwrap();
    let errors = thrown(js::money::amortize(loan));
    assert!(contains(&errors, "method", "unknownValue"), "{errors:?}");

    // Itself inside itself, and nesting past 64 levels.
    let loan = parse(MORTGAGE);
    Reflect::set(&loan, &"self".into(), &loan).unwrap();
    let errors = thrown(js::money::amortize(loan));
    assert!(contains(&errors, "(input)", "wrongType"), "{errors:?}");
    let deep = format!("{}{}", "[".repeat(70), "]".repeat(70));
    let loan = parse(MORTGAGE);
    Reflect::set(&loan, &"deep".into(), &parse(&deep)).unwrap();
    let errors = thrown(js::columns::amortize_columns(loan));
    assert!(contains(&errors, "(input)", "wrongType"), "{errors:?}");
}

const PAYOFF: &str = r#"{ "principal": "10000", "termMonths": 12, "method": "equalInstallment", "dailyRate": "0.0005",
    "startDate": "2024-01-31", "prepayment": { "onDate": "2024-04-15", "amount": "all" } }"#;

#[wasm_bindgen_test]
fn amortize_pays_off_on_any_day_with_a_null_apr() {
    let s = js::money::amortize(parse(PAYOFF)).expect("plan");
    assert_eq!(len(&s, "rows"), 3);
    assert_eq!(text(&s, "rows[2].dueDate"), "2024-04-15");
    assert_eq!(text(&s, "rows[2].principal"), "0.00");
    assert_eq!(text(&s, "rows[2].prepayment"), "8454.44");
    // null, not absent: the answer survives JSON.stringify.
    assert!(at(&s, "apr").is_null() && has(&s, "apr"));
    assert!(at(&s, "effectiveAnnualRate").is_null());
    assert_eq!(text(&s, "simpleAnnualRate"), "0.18");
    assert!(text(&s, "interestSaved")
        .parse::<f64>()
        .is_ok_and(|x| x > 0.0));
    assert!(stringify(&s).contains(r#""apr":null"#));
    // The columns say the same.
    let c = js::columns::amortize_columns(parse(PAYOFF)).expect("columns");
    assert!(at(&c, "apr").is_null() && has(&c, "apr"));
    assert_eq!(int(&c, "prepayment[2]"), 845_444);
    assert_eq!(text(&c, "dueDate[2]"), "2024-04-15");
    // Only "all", and only with daily accrual.
    let errors = thrown(js::money::amortize(parse(
        r#"{ "principal": "10000", "termMonths": 12, "method": "equalInstallment", "annualRate": "0.12",
             "startDate": "2024-01-31", "prepayment": { "onDate": "2024-04-15", "amount": "500" } }"#,
    )));
    assert_eq!(
        errors,
        [("prepayment.amount".to_owned(), "notAllowed".to_owned()),]
    );
    let errors = thrown(js::money::amortize(parse(
        r#"{ "principal": "10000", "termMonths": 12, "method": "equalInstallment", "annualRate": "0.12",
             "startDate": "2024-01-31", "prepayment": { "onDate": "2024-04-15", "amount": "all" } }"#,
    )));
    assert!(
        contains(&errors, "prepayment.onDate", "notAllowed"),
        "{errors:?}"
    );
}

#[wasm_bindgen_test]
fn calculator_total_interest_is_the_bank_calculators_figure() {
    let total = js::borrower::calculator_total_interest(parse(MORTGAGE)).expect("a total");
    assert_eq!(total.as_string().as_deref(), Some("910616.19"));
    let even = parse(
        r#"{ "principal": 1000000, "termMonths": 360, "method": "equalPrincipal", "annualRate": 0.049 }"#,
    );
    let total = js::borrower::calculator_total_interest(even).expect("a total");
    assert_eq!(total.as_string().as_deref(), Some("737041.67"));
    // Daily accrual: calculators have no such figure.
    let daily = js::borrower::calculator_total_interest(parse(DAILY)).expect("valid");
    assert!(daily.is_null());
    let errors = thrown(js::borrower::calculator_total_interest(parse(
        r#"{ "principal": "1" }"#,
    )));
    assert!(contains(&errors, "termMonths", "missing"), "{errors:?}");
}

#[wasm_bindgen_test]
fn check_quote_gives_the_true_apr_of_a_card_instalment() {
    let q = js::borrower::check_quote(parse(
        r#"{ "principal": "12000", "periods": 12, "quote": { "kind": "feePerPeriod", "feeRate": "0.006" } }"#,
    ))
    .expect("checked");
    assert_eq!(text(&q, "apr"), "0.1303");
    assert_eq!(text(&q, "naiveAnnualRate"), "0.0720");
    assert_eq!(text(&q, "received"), "12000.00");
    assert_eq!(text(&q, "totalCost"), "864.00");
    assert_eq!(len(&q, "payments"), 12);
    assert_eq!(text(&q, "payments[0].amount"), "1072.00");
    assert!(!has(&at(&q, "payments[0]"), "dueDate"));
    assert_eq!(
        keys(&at(&q, "legal")),
        [
            "above24Pct",
            "above36Pct",
            "aboveFourLpr",
            "fourLpr",
            "rate"
        ]
    );
    assert_eq!(at(&q, "legal.aboveFourLpr").as_bool(), Some(true));
    assert_eq!(
        keys(&q),
        [
            "apr",
            "effectiveAnnualRate",
            "legal",
            "naiveAnnualRate",
            "payments",
            "received",
            "totalCost",
            "totalPayment"
        ]
    );
    // Numbers, a fee kept back and a date.
    let kept = js::borrower::check_quote(parse(
        r#"{ "principal": 10000, "periods": 12, "startDate": "2024-03-15", "upfrontFee": 500, "feePerPeriod": 30,
             "quote": { "kind": "decliningRate", "annualRate": 0.12 } }"#,
    ))
    .expect("checked");
    assert_eq!(text(&kept, "received"), "9500.00");
    assert_eq!(text(&kept, "payments[0].dueDate"), "2024-04-15");
    assert_eq!(text(&kept, "apr"), "0.2836");
    // Every problem at once, with paths; a quote asking back less than it pays out.
    let errors = thrown(js::borrower::check_quote(parse(
        r#"{ "principal": "12000", "periods": 0, "upfrontFee": "12000", "quote": { "kind": "totalFee", "fee": "1", "feeRate": "0.1" }, "x": 1 }"#,
    )));
    for (field, code) in [
        ("periods", "outOfRange"),
        ("quote.feeRate", "conflict"),
        ("x", "unknownField"),
        ("upfrontFee", "outOfRange"),
    ] {
        assert!(
            contains(&errors, field, code),
            "{field} {code} in {errors:?}"
        );
    }
    let errors = thrown(js::borrower::check_quote(parse(
        r#"{ "principal": "12000", "periods": 12, "quote": { "kind": "installment", "payment": "900" } }"#,
    )));
    assert_eq!(errors, [("quote".to_owned(), "outOfRange".to_owned())]);
}

#[wasm_bindgen_test]
fn revolve_runs_the_minimum_payment_trap() {
    let paid = js::borrower::revolve(parse(
        r#"{ "statement": "10000", "startDate": "2024-01-10" }"#,
    ))
    .expect("statement");
    assert_eq!(int(&paid, "months"), 37);
    assert_eq!(at(&paid, "paidOff").as_bool(), Some(true));
    assert_eq!(text(&paid, "apr"), "0.1637");
    assert_eq!(text(&paid, "rows[0].statementDate"), "2024-01-10");
    assert_eq!(text(&paid, "rows[0].interest"), "0.00");
    assert_eq!(text(&paid, "rows[0].payment"), "1000.00");
    assert_eq!(
        keys(&at(&paid, "rows[1]")),
        [
            "interest",
            "month",
            "payment",
            "statement",
            "statementDate",
            "unpaid"
        ]
    );
    let trap = js::borrower::revolve(parse(
        r#"{ "statement": 10000, "startDate": "2024-01-10", "monthlyPayment": 50 }"#,
    ))
    .expect("statement");
    assert_eq!(at(&trap, "neverRepaid").as_bool(), Some(true));
    assert!(at(&trap, "apr").is_null() && has(&trap, "apr"));
    assert!(at(&trap, "effectiveAnnualRate").is_null());
    let errors = thrown(js::borrower::revolve(parse(
        r#"{ "statement": "0", "monthlyPayment": "50", "minimumShare": "0.1", "maxMonths": 601 }"#,
    )));
    for (field, code) in [
        ("statement", "outOfRange"),
        ("startDate", "missing"),
        ("maxMonths", "outOfRange"),
        ("monthlyPayment", "conflict"),
    ] {
        assert!(
            contains(&errors, field, code),
            "{field} {code} in {errors:?}"
        );
    }
}

#[wasm_bindgen_test]
fn plan_to_target_reaches_a_product() {
    let profile = default_profile();
    set(&profile, "creditUtilizationPct", &JsValue::from_f64(95.0));
    set(&profile, "realNameVerified", &JsValue::FALSE);
    let input = Object::new();
    set(&input, "profile", &profile);
    set(&input, "target", &parse(r#"{ "product": "carHire" }"#));
    let plan = js::target::plan_to_target(input.clone().into()).expect("plan");
    assert_eq!(at(&plan, "reachable").as_bool(), Some(true));
    assert_eq!(int(&plan, "targetScore"), 650);
    assert!(int(&plan, "finalScore") >= 650);
    let steps = Array::from(&at(&plan, "steps"));
    let fields: Vec<String> = steps.iter().map(|s| text(&s, "field")).collect();
    assert!(
        fields.contains(&"realNameVerified".to_owned()),
        "{fields:?}"
    );
    for step in steps.iter() {
        assert_eq!(keys(&step), ["field", "from", "scoreGain", "to", "when"]);
        assert!(["now", "overTime"].contains(&text(&step, "when").as_str()));
    }
    assert_eq!(i64::from(len(&plan, "timeline")), int(&plan, "months") + 1);
    // The same plan natively.
    let native = credit_sim::target::plan_to_target_loose(
        &credit_sim::input::json::parse(&stringify(&input.into())).expect("JSON"),
    )
    .expect("plan");
    assert_eq!(
        stringify(&plan),
        serde_json::to_string(&native).expect("serializes")
    );
    let errors = thrown(js::target::plan_to_target(parse(
        r#"{ "target": { "score": 990 }, "horizonMonths": 121 }"#,
    )));
    assert_eq!(
        errors,
        [
            ("profile".to_owned(), "missing".to_owned()),
            ("target.score".to_owned(), "outOfRange".to_owned()),
            ("horizonMonths".to_owned(), "outOfRange".to_owned()),
        ]
    );
}

#[wasm_bindgen_test]
fn journey_months_carry_the_credit_loans_price() {
    let j = js::journey::simulate_journey(journey_input(
        r#"[{ "event": "onTime" }, { "event": "late", "daysLate": 30 }]"#,
    ))
    .expect("journey");
    for row in ["start", "months[0]", "months[1]"] {
        assert!(at(&j, &format!("{row}.dailyRate")).is_string(), "{row}");
        assert!(at(&j, &format!("{row}.apr")).is_string(), "{row}");
    }
    let before: f64 = text(&j, "months[0].dailyRate").parse().unwrap_or(0.0);
    let after: f64 = text(&j, "months[1].dailyRate").parse().unwrap_or(0.0);
    assert!(after > before, "{before} then {after}");
    // Not offered: null, not absent.
    let profile = default_profile();
    set(&profile, "realNameVerified", &JsValue::FALSE);
    let input = journey_input(r#"[{ "event": "onTime" }]"#);
    set(&input, "profile", &profile);
    let j = js::journey::simulate_journey(input).expect("journey");
    assert!(at(&j, "months[0].dailyRate").is_null() && has(&at(&j, "months[0]"), "apr"));
}
/// Whole fen of a two-place amount string (`"123.45"` → 12345).
fn fen(amount: &str) -> i64 {
    amount
        .replace('.', "")
        .parse()
        .unwrap_or_else(|_| panic!("{amount} is not an amount"))
}

#[wasm_bindgen_test]
fn synthetic_profiles_are_seeded_valid_profiles() {
    let input = parse(r#"{ "seed": 11, "count": 40 }"#);
    let people = js::portfolio::synthetic_profiles(input.clone()).expect("profiles");
    assert_eq!(Array::from(&people).length(), 40);
    let again = js::portfolio::synthetic_profiles(input).expect("profiles");
    assert_eq!(stringify(&people), stringify(&again));
    let other = js::portfolio::synthetic_profiles(parse(r#"{ "seed": 12, "count": 40 }"#))
        .expect("profiles");
    assert_ne!(stringify(&people), stringify(&other));
    // A later share is the same people as the whole population's tail.
    let tail =
        js::portfolio::synthetic_profiles(parse(r#"{ "seed": 11, "count": 10, "from": 30 }"#))
            .expect("profiles");
    assert_eq!(
        stringify(&tail),
        stringify(&Array::from(&people).slice(30, 40).into())
    );
    for p in Array::from(&people).iter() {
        js::scoring::score_profile(p).expect("every synthetic profile is valid");
    }
    let errors = thrown(js::portfolio::synthetic_profiles(parse(
        r#"{ "seed": -1, "count": 0, "size": 3 }"#,
    )));
    assert_eq!(
        errors.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>(),
        ["seed", "count", "size"]
    );
}

#[wasm_bindgen_test]
fn profiles_from_csv_never_throws_for_text() {
    let csv = "\u{feff}age,ownsHome,monthsSinceOverdue,shoeSize\r\n41,是,never,42\r\n17,maybe,3,40\r\n35,1,,41,9\r\n";
    let read = js::portfolio::profiles_from_csv(JsValue::from_str(csv)).expect("read");
    assert_eq!(keys(&read), ["profiles", "rejectedRows", "warnings"]);
    assert_eq!(len(&read, "profiles"), 1);
    assert_eq!(int(&read, "profiles[0].age"), 41);
    assert!(at(&read, "profiles[0].monthsSinceOverdue").is_null());
    assert_eq!(at(&read, "profiles[0].ownsHome").as_bool(), Some(true));
    assert_eq!(text(&read, "warnings[0].code"), "unknownColumn");
    assert_eq!(text(&read, "warnings[0].field"), "shoeSize");
    let rejected: Vec<(i64, String, String)> = (0..len(&read, "rejectedRows"))
        .map(|i| {
            let at = format!("rejectedRows[{i}]");
            (
                int(&read, &format!("{at}.row")),
                text(&read, &format!("{at}.field")),
                text(&read, &format!("{at}.code")),
            )
        })
        .collect();
    assert_eq!(
        rejected,
        [
            (3, "ownsHome".into(), "unknownValue".into()),
            (3, "age".into(), "outOfRange".into()),
            (4, "(row)".into(), "wrongFieldCount".into()),
        ]
    );
    for bad in [
        "",
        "\u{0}\u{1}\u{2}",
        "age;monthlyIncome\n1;2",
        "\"",
        "a,b\n\"\"\"",
        "x\n",
    ] {
        let read = js::portfolio::profiles_from_csv(JsValue::from_str(bad))
            .expect("never throws for text");
        assert_eq!(len(&read, "profiles"), 0, "{bad:?}");
    }
    let errors = thrown(js::portfolio::profiles_from_csv(JsValue::from_f64(3.0)));
    assert_eq!(errors[0].0, "(input)");
}

#[wasm_bindgen_test]
fn portfolio_equals_offers_profile_by_profile() {
    let people = js::portfolio::synthetic_profiles(parse(r#"{ "seed": 5, "count": 60 }"#))
        .expect("profiles");
    let rules = js::scoring::default_rules().expect("rules");
    set(&rules, "creditLoan.minScore", &JsValue::from_f64(640.0));
    let input = Object::new();
    Reflect::set(&input, &"profiles".into(), &people).unwrap();
    Reflect::set(&input, &"rules".into(), &rules).unwrap();
    let summary = js::portfolio::portfolio(input.into()).expect("portfolio");
    let (mut eligible, mut total, mut scores) = (0, 0, 0);
    for p in Array::from(&people).iter() {
        let o = js::scoring::offers(p.clone(), Some(rules.clone())).expect("offers");
        if at(&o, "creditLoan.eligible").as_bool() == Some(true) {
            eligible += 1;
            total += fen(&text(&o, "creditLoan.limit"));
        }
        scores += int(&js::scoring::score_profile(p).expect("score"), "score");
    }
    assert_eq!(int(&summary, "count"), 60);
    assert_eq!(int(&summary, "products.creditLoan.eligible"), eligible);
    assert_eq!(
        fen(&text(&summary, "products.creditLoan.totalLimit")),
        total
    );
    let mean = number(&summary, "averageScore");
    assert_eq!(format!("{mean:.2}"), format!("{:.2}", scores as f64 / 60.0));
    assert_eq!(len(&summary, "scoreHistogram"), 12);
    assert_eq!(keys(&at(&summary, "declineReasons")).len(), 6);
    assert!(
        at(&summary, "products.microBusiness.averageApr").is_null()
            || at(&summary, "products.microBusiness.averageApr").is_string()
    );

    let bad = Object::new();
    let list = Array::new();
    list.push(&default_profile());
    let broken = default_profile();
    set(&broken, "age", &JsValue::from_f64(17.0));
    list.push(&broken);
    Reflect::set(&bad, &"profiles".into(), &list).unwrap();
    let errors = thrown(js::portfolio::portfolio(bad.into()));
    assert_eq!(
        errors,
        [("profiles[1].age".to_owned(), "outOfRange".to_owned())]
    );
}

#[wasm_bindgen_test]
fn workers_parts_merge_into_the_whole_portfolio() {
    let mut a = js::portfolio::PortfolioRun::new(parse(r#"{ "scoredCsv": true }"#)).expect("run");
    let mut b = js::portfolio::PortfolioRun::new(parse("{}")).expect("run");
    assert_eq!(
        a.add_synthetic(parse(r#"{ "seed": 3, "count": 70 }"#))
            .expect("add"),
        70.0
    );
    assert_eq!(
        b.add_synthetic(parse(r#"{ "seed": 3, "from": 70, "count": 30 }"#))
            .expect("add"),
        30.0
    );
    let parts = Array::new();
    parts.push(&a.part().expect("part"));
    parts.push(&b.part().expect("part"));
    let input = Object::new();
    Reflect::set(
        &input,
        &"parts".into(),
        &JSON::parse(&stringify(&parts)).unwrap(),
    )
    .unwrap();
    let merged = js::portfolio::merge_portfolio(input.into()).expect("merge");
    let people = js::portfolio::synthetic_profiles(parse(r#"{ "seed": 3, "count": 100 }"#))
        .expect("profiles");
    let whole = Object::new();
    Reflect::set(&whole, &"profiles".into(), &people).unwrap();
    let whole = js::portfolio::portfolio(whole.into()).expect("portfolio");
    assert_eq!(stringify(&merged), stringify(&whole));
    let scored = a.take_scored_csv();
    assert_eq!(scored.lines().count(), 71);
    assert!(a.take_scored_csv().is_empty(), "taken once");

    // CSV chunks, cut anywhere.
    let mut c = js::portfolio::PortfolioRun::new(JsValue::NULL).expect("run");
    let csv = js::portfolio::profiles_to_csv(people).expect("csv");
    for chunk in csv.as_bytes().chunks(777) {
        c.push_csv(chunk);
    }
    assert_eq!(c.finish_csv(), 100.0);
    assert_eq!(stringify(&c.finish().expect("finish")), stringify(&whole));
    let problems = c.take_problems().expect("problems");
    assert_eq!(
        (len(&problems, "rejectedRows"), len(&problems, "warnings")),
        (0, 0)
    );

    let errors = thrown(
        js::portfolio::PortfolioRun::new(parse(r#"{ "rules": { "lpr": "x" }, "scoredCsv": 1 }"#))
            .map(|_| JsValue::NULL),
    );
    assert!(
        contains(&errors, "rules.lpr", "notANumber")
            || contains(&errors, "rules.creditLoan", "missing"),
        "{errors:?}"
    );
    assert!(contains(&errors, "scoredCsv", "wrongType"), "{errors:?}");
    let errors = thrown(js::portfolio::merge_portfolio(parse(
        r#"{ "parts": [{ "count": -1 }] }"#,
    )));
    assert!(
        contains(&errors, "parts[0].count", "outOfRange"),
        "{errors:?}"
    );
}
