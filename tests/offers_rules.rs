//! Offers tests: thresholds, ranges, ¥100 rounding, the debt-service rule, knock-outs,
//! APRs from the money schedule, legal notes, and ProductRules validation.
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::error::ErrorCode;
use credit_sim::input::Loose;
use credit_sim::money::{amortize, Loan, Method, Rate};
use credit_sim::offers::{default_rules, offers, offers_loose, DeclineReason, ProductRules};
use credit_sim::profile::{default_profile, Business, Profile};
use credit_sim::scoring::score_of;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn loose_of<T: serde::Serialize>(v: &T) -> Loose {
    serde_json::from_str(&serde_json::to_string(v).expect("json")).expect("loose")
}

#[test]
fn default_rules_round_trip_and_bad_rules_name_every_field() {
    let r = default_rules();
    assert_eq!(ProductRules::from_loose(&loose_of(&r)), Ok(r.clone()));
    assert_eq!(ProductRules::from_loose(&Loose::Null), Ok(r.clone()));
    let mut json: serde_json::Value = serde_json::to_value(&r).expect("json");
    json["creditLoan"]["minScore"] = 2000.into();
    json["creditLoan"]["dailyRateMin"] = "0.001".into();
    json["creditLine"]["installmentFees"][1]["feeRate"] = "1.5".into();
    json["depositFree"]["carHire"] = "x".into();
    json["lpr"] = (-1).into();
    json["typo"] = true.into();
    let loose: Loose = serde_json::from_value(json).expect("loose");
    let errors = ProductRules::from_loose(&loose).unwrap_err();
    let fields: Vec<&str> = errors.errors().iter().map(|e| e.field.as_str()).collect();
    for f in [
        "creditLoan.minScore",
        "creditLoan.dailyRateMin",
        "creditLine.installmentFees[1].feeRate",
        "depositFree.carHire",
        "lpr",
        "typo",
    ] {
        assert!(fields.contains(&f), "{f} in {fields:?}");
    }
}

#[test]
fn offers_loose_reports_profile_and_rules_problems_together() {
    let mut p = loose_of(&default_profile());
    if let Loose::Object(pairs) = &mut p {
        pairs.retain(|(k, _)| k != "age");
    }
    let errors = offers_loose(&p, &Loose::object([("lpr", Loose::text("0.03"))])).unwrap_err();
    let fields: Vec<&str> = errors.errors().iter().map(|e| e.field.as_str()).collect();
    assert!(
        fields.contains(&"age") && fields.contains(&"creditLoan"),
        "{fields:?}"
    );
    assert!(offers_loose(&loose_of(&default_profile()), &Loose::Null).is_ok());
}

#[test]
fn credit_line_aprs_are_the_schedule_aprs() {
    let o = offers(&default_profile(), &default_rules());
    let line = &o.credit_line;
    assert!(line.eligible);
    for plan in &line.installment_plans {
        let s = amortize(&Loan::fee_installment(
            line.limit,
            plan.periods,
            plan.fee_rate,
        ))
        .expect("plan");
        assert_eq!(Some(plan.apr), s.apr);
    }
    let aprs: Vec<String> = line
        .installment_plans
        .iter()
        .map(|p| p.apr.to_string())
        .collect();
    assert_eq!(aprs, ["0.1494", "0.1527", "0.1534", "0.1586"]);
    assert_eq!(o.legal_notes.len(), 5);
    assert!(o
        .legal_notes
        .iter()
        .skip(1)
        .all(|n| n.lines.above_four_lpr && !n.lines.above_24_pct));
}

#[test]
fn the_shop_owner_gets_a_micro_business_loan() {
    let shop = &credit_sim::presets::presets()[3].profile;
    let o = offers(shop, &default_rules());
    let m = o.micro_business.as_ref().expect("business");
    assert!(m.eligible, "{:?}", m.decline_reasons);
    assert_eq!(m.limit % Decimal::ONE_HUNDRED, Decimal::ZERO);
    assert!(o.legal_notes.iter().any(|n| n.product == "microBusiness"));
    let mut young = shop.clone();
    young.business = Some(Business {
        monthly_revenue: Decimal::from(50_000),
        business_age_months: 2,
        revenue_trend_pct: 0,
    });
    let m = offers(&young, &default_rules())
        .micro_business
        .expect("business");
    assert!(!m.eligible && m.decline_reasons.contains(&DeclineReason::BusinessTooYoung));
}

#[test]
fn insurance_counts_in_the_apr() {
    let mut rules = default_rules();
    let base = offers(&default_profile(), &rules).credit_loan;
    rules.credit_loan.insurance_fee_rate = Decimal::new(2, 2);
    let insured = offers(&default_profile(), &rules).credit_loan;
    assert!(insured.apr > base.apr, "{} vs {}", insured.apr, base.apr);
    assert_eq!(insured.daily_rate, base.daily_rate);
}

fn profile_with(score_seed: (u32, u32, i64, i64), dishonest: bool, verified: bool) -> Profile {
    let mut p = default_profile();
    p.on_time_rate_pct = score_seed.0.min(100);
    p.credit_utilization_pct = score_seed.1;
    p.monthly_income = Decimal::from(score_seed.2);
    p.monthly_debt_payments = Decimal::from(score_seed.3);
    p.dishonest_debtor = dishonest;
    p.real_name_verified = verified;
    p
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn offers_obey_the_rules(seed in (50u32..=100, 0u32..=200, 0i64..=60_000, 0i64..=20_000),
                             dishonest in proptest::bool::weighted(0.1), verified in proptest::bool::weighted(0.9)) {
        let p = profile_with(seed, dishonest, verified);
        let rules = default_rules();
        let o = offers(&p, &rules);
        let score = score_of(&p);
        let loan = &o.credit_loan;
        let knocked = dishonest || !verified;
        if knocked {
            prop_assert!(!loan.eligible && !o.credit_line.eligible);
            prop_assert!(o.deposit_free.iter().all(|d| !d.eligible));
        }
        if loan.eligible {
            prop_assert!(score >= 600);
            prop_assert!(loan.limit >= Decimal::from(1_000) && loan.limit <= Decimal::from(300_000));
            prop_assert_eq!(loan.limit % Decimal::ONE_HUNDRED, Decimal::ZERO);
            let s = amortize(&Loan::new(loan.limit, 12, Method::EqualInstallment, Rate::Annual(loan.simple_annual_rate))).expect("plan");
            let worst = s.rows.iter().map(|r| r.payment).max().expect("rows");
            prop_assert!(p.monthly_debt_payments + worst <= p.monthly_income / Decimal::TWO);
            prop_assert_eq!(Some(loan.apr), s.apr);
        } else {
            prop_assert_eq!(loan.limit, Decimal::ZERO);
        }
        prop_assert!(loan.daily_rate >= Decimal::new(15, 5) && loan.daily_rate <= Decimal::new(6, 4));
        prop_assert_eq!(loan.simple_annual_rate, loan.daily_rate * Decimal::from(360));
        if o.credit_line.eligible {
            prop_assert!(score >= 550);
            prop_assert!(o.credit_line.limit >= Decimal::from(500) && o.credit_line.limit <= Decimal::from(50_000));
        }
        for d in &o.deposit_free {
            prop_assert_eq!(d.eligible, !knocked && score >= d.threshold);
        }
    }
}

proptest! {
    /// The debt-service test plans only the rows (the fast path, no APR); they are the rows of
    /// `amortize`, so its 12-month payment is the largest payment `amortize` shows.
    #[test]
    fn twelve_month_payment_is_the_largest_row_of_amortize(
        hundreds in 1_u64..=1_000_000,
        daily_mantissa in 0_i64..=27_777_777,
        insurance_bp in 0_i64..=500,
    ) {
        use credit_sim::offers::pricing::twelve_month_payment;
        let principal = Decimal::from(hundreds * 100);
        // Daily rates from 0 to 1/360 with ten places, as the rules allow.
        let annual = Decimal::new(daily_mantissa, 10) * Decimal::from(360);
        let insurance = Decimal::new(insurance_bp, 4);
        let loan = Loan::new(principal, 12, Method::EqualInstallment, Rate::Annual(annual));
        let schedule = amortize(&loan).expect("a valid loan");
        let fee = credit_sim::amount::round2(principal * insurance / Decimal::from(12));
        let largest = schedule.rows.iter().map(|r| r.payment + fee).max();
        prop_assert_eq!(twelve_month_payment(principal, annual, insurance), largest);
    }
}

#[test]
fn daily_rate_bounds_have_at_most_ten_places() {
    let rules = |min: &str| {
        let mut v = serde_json::to_value(default_rules()).expect("rules serialize");
        v["creditLoan"]["dailyRateMin"] = serde_json::Value::String(min.to_owned());
        let loose: Loose = serde_json::from_value(v).expect("loose");
        ProductRules::from_loose(&loose)
    };
    assert!(rules("0.0001234567").is_ok());
    let errors = rules("0.00012345678").expect_err("eleven places");
    assert_eq!(errors.errors()[0].field, "creditLoan.dailyRateMin");
    assert_eq!(errors.errors()[0].code, ErrorCode::OutOfRange);
}
