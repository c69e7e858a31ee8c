//! The shape of a declined product: API.md's fields all present, `limit` `"0.00"`, the price
//! fields an indicative price (what this score's risk would be quoted) with the APR computed on
//! `aprPrincipal`, the product's minimum limit; an eligible product's `aprPrincipal` is its limit.
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::money::{amortize, Loan};
use credit_sim::offers::pricing::{comparable_apr, daily_rate};
use credit_sim::offers::{default_rules, offers, DeclineReason};
use credit_sim::profile::{default_profile, Business, Profile};
use credit_sim::scoring::score_profile;
use rust_decimal::Decimal;
use serde_json::Value;

fn preset(id: &str) -> Profile {
    credit_sim::presets::presets()
        .into_iter()
        .find(|p| p.id == id)
        .expect("preset")
        .profile
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    k.sort_unstable();
    k
}

#[test]
fn a_declined_cash_loan_keeps_the_fields_and_prices_the_minimum_limit() {
    let rules = default_rules();
    let student = preset("student");
    let o = offers(&student, &rules);
    let loan = &o.credit_loan;
    assert!(!loan.eligible);
    assert_eq!(loan.decline_reasons, [DeclineReason::ScoreBelowMinimum]);
    assert_eq!(loan.limit, Decimal::ZERO);
    assert_eq!(loan.apr_principal, rules.credit_loan.min_limit);
    // The indicative price is exactly the price of this score's probability of default.
    let pd = score_profile(&student).probability_of_default;
    let want = daily_rate(
        pd,
        &rules.pricing,
        rules.credit_loan.daily_rate_min,
        rules.credit_loan.daily_rate_max,
    );
    assert_eq!(loan.daily_rate, want);
    assert_eq!(loan.simple_annual_rate, want * Decimal::from(360));
    assert_eq!(
        loan.apr,
        comparable_apr(
            rules.credit_loan.min_limit,
            loan.simple_annual_rate,
            Decimal::ZERO
        )
    );

    let json = serde_json::to_value(loan).expect("json");
    assert_eq!(
        keys(&json),
        [
            "apr",
            "aprPrincipal",
            "dailyRate",
            "declineReasons",
            "eligible",
            "limit",
            "methods",
            "simpleAnnualRate",
            "terms"
        ]
    );
    assert_eq!(json["limit"], "0.00");
    assert_eq!(json["aprPrincipal"], "1000.00");
    assert_eq!(json["eligible"], false);
    assert!(json["apr"]
        .as_str()
        .is_some_and(|a| a.parse::<Decimal>().is_ok()));
}

#[test]
fn an_eligible_offer_prices_its_limit() {
    let o = offers(&default_profile(), &default_rules());
    assert!(o.credit_loan.eligible && o.credit_loan.decline_reasons.is_empty());
    assert_eq!(o.credit_loan.apr_principal, o.credit_loan.limit);
    assert_eq!(
        o.credit_loan.apr,
        comparable_apr(
            o.credit_loan.limit,
            o.credit_loan.simple_annual_rate,
            Decimal::ZERO
        )
    );
    assert!(o.credit_line.eligible);
    assert_eq!(o.credit_line.apr_principal, o.credit_line.limit);
}

#[test]
fn a_knocked_out_person_gets_nothing_and_sees_indicative_prices() {
    let mut p = default_profile();
    p.dishonest_debtor = true;
    p.business = Some(Business {
        monthly_revenue: Decimal::from(80_000),
        business_age_months: 60,
        revenue_trend_pct: 0,
    });
    let rules = default_rules();
    let o = offers(&p, &rules);
    let micro = o.micro_business.as_ref().expect("business");
    for (offer, min) in [
        (&o.credit_loan, rules.credit_loan.min_limit),
        (micro, rules.micro_business.min_limit),
    ] {
        assert!(!offer.eligible);
        assert!(offer
            .decline_reasons
            .contains(&DeclineReason::DishonestDebtor));
        assert_eq!(offer.limit, Decimal::ZERO);
        assert_eq!(offer.apr_principal, min);
        assert!(offer.apr > Decimal::ZERO);
    }
    let line = &o.credit_line;
    assert!(!line.eligible && line.limit.is_zero());
    assert_eq!(line.apr_principal, rules.credit_line.min_limit);
    for plan in &line.installment_plans {
        let s = amortize(&Loan::fee_installment(
            line.apr_principal,
            plan.periods,
            plan.fee_rate,
        ))
        .expect("plan");
        assert_eq!(Some(plan.apr), s.apr);
    }
    let json = serde_json::to_value(line).expect("json");
    assert_eq!(json["limit"], "0.00");
    assert_eq!(json["aprPrincipal"], "500.00");
    assert!(o.deposit_free.iter().all(|d| !d.eligible));
}

#[test]
fn a_zero_minimum_limit_still_prices_one_hundred_yuan() {
    let mut rules = default_rules();
    rules.credit_loan.min_limit = Decimal::ZERO;
    let o = offers(&preset("student"), &rules);
    assert!(!o.credit_loan.eligible);
    assert_eq!(o.credit_loan.apr_principal, Decimal::ONE_HUNDRED);
    assert!(o.credit_loan.apr > Decimal::ZERO);
}
