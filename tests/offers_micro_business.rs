//! The micro-business loan's debt-service cap: the monthly payment on the limit over 12 months
//! may not push total debt service above `creditLoan.maxDebtServiceRatio` of the owner's income,
//! where the income counted is the greater of the declared monthly income and monthly revenue ×
//! `microBusiness.revenueIncomeShare` (never their sum).
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::error::ErrorCode;
use credit_sim::input::Loose;
use credit_sim::money::{amortize, Loan, Method, Rate};
use credit_sim::offers::credit_loan::affordable_limit;
use credit_sim::offers::micro_business::{age_factor, band_factor, trend_factor};
use credit_sim::offers::{default_rules, offers, DeclineReason, LoanOffer, ProductRules};
use credit_sim::profile::{Business, Profile};
use credit_sim::scoring::score_profile;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn shop_owner() -> Profile {
    credit_sim::presets::presets()
        .into_iter()
        .find(|p| p.id == "shopOwner")
        .expect("the shop-owner preset")
        .profile
}

fn micro(p: &Profile, rules: &ProductRules) -> LoanOffer {
    offers(p, rules).micro_business.expect("a business")
}

fn worst_payment(limit: Decimal, annual: Decimal) -> Decimal {
    let s = amortize(&Loan::new(
        limit,
        12,
        Method::EqualInstallment,
        Rate::Annual(annual),
    ))
    .expect("plan");
    s.rows.iter().map(|r| r.payment).max().expect("rows")
}

/// The limit from revenue, age, trend and band alone (before the debt-service cap).
fn revenue_limit(p: &Profile, rules: &ProductRules) -> Decimal {
    let b = p.business.as_ref().expect("a business");
    let r = &rules.micro_business;
    let raw = b.monthly_revenue
        * Decimal::from(r.revenue_months)
        * age_factor(b.business_age_months)
        * trend_factor(b.revenue_trend_pct)
        * band_factor(score_profile(p).band);
    credit_sim::offers::credit_loan::floor_hundred(raw.min(r.max_limit))
}

#[test]
fn the_shop_owner_is_capped_by_debt_service_on_the_declared_income() {
    let rules = default_rules();
    let p = shop_owner();
    let m = micro(&p, &rules);
    assert!(m.eligible, "{:?}", m.decline_reasons);
    // Revenue alone would lend far more than ¥15,000 a month of income can carry.
    assert!(revenue_limit(&p, &rules) > m.limit);
    // Income 15,000 > revenue 60,000 × 0.2: the declared income is what counts.
    let want = affordable_limit(
        p.monthly_income,
        p.monthly_debt_payments,
        rules.credit_loan.max_debt_service_ratio,
        m.simple_annual_rate,
        Decimal::ZERO,
        revenue_limit(&p, &rules),
    );
    assert_eq!(m.limit, want);
    assert_eq!(m.limit, Decimal::from(46_100));
    let service = p.monthly_debt_payments + worst_payment(m.limit, m.simple_annual_rate);
    assert!(service <= p.monthly_income / Decimal::TWO, "{service}");
    let one_more = worst_payment(m.limit + Decimal::ONE_HUNDRED, m.simple_annual_rate);
    assert!(p.monthly_debt_payments + one_more > p.monthly_income / Decimal::TWO);
}

#[test]
fn revenue_counts_when_it_is_larger_than_the_declared_income() {
    let rules = default_rules();
    let mut p = shop_owner();
    p.monthly_income = Decimal::from(4_000);
    p.monthly_debt_payments = Decimal::ZERO;
    let m = micro(&p, &rules);
    assert!(m.eligible, "{:?}", m.decline_reasons);
    // 60,000 × 0.2 = 12,000 counted: room 6,000 a month, not the 2,000 of the declared income.
    let on_income = affordable_limit(
        p.monthly_income,
        Decimal::ZERO,
        rules.credit_loan.max_debt_service_ratio,
        m.simple_annual_rate,
        Decimal::ZERO,
        Decimal::from(1_000_000),
    );
    assert!(
        m.limit > on_income * Decimal::TWO,
        "{} vs {on_income}",
        m.limit
    );
    assert!(worst_payment(m.limit, m.simple_annual_rate) <= Decimal::from(6_000));
}

#[test]
fn income_and_revenue_are_not_added() {
    let rules = default_rules();
    let mut p = shop_owner();
    p.monthly_income = Decimal::from(12_000);
    // Revenue × 0.2 is 12,000 too: the sum would be 24,000; the rule counts 12,000.
    let both = micro(&p, &rules);
    p.business.as_mut().expect("business").monthly_revenue = Decimal::from(30_000);
    p.business.as_mut().expect("business").revenue_trend_pct = 100;
    let income_only = micro(&p, &rules);
    assert!(both.eligible && income_only.eligible);
    assert_eq!(both.limit, income_only.limit);
}

#[test]
fn too_much_existing_debt_declines_for_affordability() {
    let rules = default_rules();
    let mut p = shop_owner();
    p.monthly_debt_payments = Decimal::from(7_400);
    let m = micro(&p, &rules);
    assert!(!m.eligible);
    assert_eq!(m.decline_reasons, [DeclineReason::Affordability]);
    assert_eq!(m.limit, Decimal::ZERO);
    // A small revenue-based limit is still named for what it is.
    let mut small = shop_owner();
    small.business.as_mut().expect("business").monthly_revenue = Decimal::from(1_000);
    assert_eq!(
        micro(&small, &rules).decline_reasons,
        [DeclineReason::LimitBelowMinimum]
    );
}

#[test]
fn the_rules_move_the_cap() {
    let p = shop_owner();
    let base = micro(&p, &default_rules()).limit;
    let mut looser = default_rules();
    looser.credit_loan.max_debt_service_ratio = Decimal::new(7, 1);
    assert!(micro(&p, &looser).limit > base);
    let mut margin = default_rules();
    margin.micro_business.revenue_income_share = Decimal::new(5, 1);
    // 60,000 × 0.5 = 30,000 counted.
    assert!(micro(&p, &margin).limit > base);
}

#[test]
fn a_bad_revenue_share_is_refused_with_its_path() {
    let mut json = serde_json::to_value(default_rules()).expect("json");
    json["microBusiness"]["revenueIncomeShare"] = "1.5".into();
    json["creditLoan"]["maxDebtServiceRatio"] = "-0.1".into();
    let loose: Loose = serde_json::from_value(json.clone()).expect("loose");
    let errors = ProductRules::from_loose(&loose).unwrap_err();
    let got: Vec<(&str, ErrorCode)> = errors
        .errors()
        .iter()
        .map(|e| (e.field.as_str(), e.code))
        .collect();
    assert!(got.contains(&("microBusiness.revenueIncomeShare", ErrorCode::OutOfRange)));
    assert!(got.contains(&("creditLoan.maxDebtServiceRatio", ErrorCode::OutOfRange)));
    json["microBusiness"]
        .as_object_mut()
        .expect("object")
        .remove("revenueIncomeShare");
    json["creditLoan"]["maxDebtServiceRatio"] = "0.5".into();
    let loose: Loose = serde_json::from_value(json).expect("loose");
    let errors = ProductRules::from_loose(&loose).unwrap_err();
    assert_eq!(errors.errors().len(), 1);
    assert_eq!(errors.errors()[0].field, "microBusiness.revenueIncomeShare");
    assert_eq!(errors.errors()[0].code, ErrorCode::Missing);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn every_micro_offer_obeys_the_debt_service_rule(
        income in 0i64..=60_000,
        debt in 0i64..=20_000,
        revenue in 0i64..=500_000,
        age in 0u32..=200,
        trend in -100i32..=100,
    ) {
        let mut p = shop_owner();
        p.monthly_income = Decimal::from(income);
        p.monthly_debt_payments = Decimal::from(debt);
        p.business = Some(Business {
            monthly_revenue: Decimal::from(revenue),
            business_age_months: age,
            revenue_trend_pct: trend,
        });
        let rules = default_rules();
        let m = micro(&p, &rules);
        if m.eligible {
            let counted = Decimal::from(income).max(Decimal::from(revenue) / Decimal::from(5));
            let service = p.monthly_debt_payments + worst_payment(m.limit, m.simple_annual_rate);
            prop_assert!(service <= counted / Decimal::TWO, "{} > half of {}", service, counted);
            prop_assert!(m.limit >= Decimal::from(5_000) && m.limit <= Decimal::from(1_000_000));
            prop_assert_eq!(m.limit % Decimal::ONE_HUNDRED, Decimal::ZERO);
            prop_assert!(m.limit <= revenue_limit(&p, &rules));
        } else {
            prop_assert_eq!(m.limit, Decimal::ZERO);
            prop_assert!(!m.decline_reasons.is_empty());
        }
    }
}
