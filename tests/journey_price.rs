//! The journey's price of the credit loan (each month's `dailyRate` and `apr`): months of
//! on-time repayment never raise it, an overdue month raises it (or ends the offer), and it is
//! `null` exactly while the credit loan is not offered (a knock-out or a score below the rules'
//! minimum).
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::journey::{simulate_journey, Event, Journey, JourneyInput, JourneyMonth};
use credit_sim::money::{Loan, Method, Rate};
use credit_sim::offers::default_rules;
use credit_sim::offers::pricing::daily_rate;
use credit_sim::presets::presets;
use credit_sim::profile::Profile;
use credit_sim::scoring::probability_of_default;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Any preset, moved along its history fields; sometimes knocked out.
fn profile() -> impl Strategy<Value = Profile> {
    (
        0..6usize,
        0u32..200,
        0u32..60,
        0u32..=100,
        0u32..8,
        0u32..13,
        0u8..10,
    )
        .prop_map(|(i, age, reps, rate, apps, active, knock)| {
            let mut p = presets()[i].profile.clone();
            p.credit_age_months = age;
            p.repayments_last24m = reps;
            p.on_time_rate_pct = rate;
            p.recent_applications3m = apps;
            p.active_months12m = active;
            p.real_name_verified = knock != 0;
            p
        })
}

/// A clean profile, never overdue: an overdue is news.
fn clean_profile() -> impl Strategy<Value = Profile> {
    profile().prop_map(|mut p| {
        p.worst_overdue_days = 0;
        p.months_since_overdue = None;
        p.on_time_rate_pct = 100;
        p.real_name_verified = true;
        p
    })
}

fn loan(min_term: u32) -> impl Strategy<Value = Loan> {
    (10u32..3_000, min_term..=60, 0..3usize, 30i64..=240).prop_map(|(hundreds, term, m, rate)| {
        let method = [
            Method::EqualInstallment,
            Method::EqualPrincipal,
            Method::InterestFirst,
        ][m];
        Loan::new(
            Decimal::from(hundreds) * Decimal::ONE_HUNDRED,
            term,
            method,
            Rate::Annual(Decimal::new(rate, 3)),
        )
    })
}

fn run(profile: &Profile, loan: &Loan, months: Vec<Event>) -> Journey {
    simulate_journey(&JourneyInput::new(profile.clone(), loan.clone(), months))
        .expect("valid journey")
}

/// Offered exactly when no knock-out holds and the score reaches the rules' minimum.
fn priced_as_offered(profile: &Profile, m: &JourneyMonth) -> Result<(), TestCaseError> {
    let offered = profile.real_name_verified
        && !profile.dishonest_debtor
        && m.score >= default_rules().credit_loan.min_score;
    prop_assert_eq!(
        m.daily_rate.is_some(),
        offered,
        "month {} score {}",
        m.month,
        m.score
    );
    prop_assert_eq!(m.apr.is_some(), offered);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn on_time_months_never_raise_the_price(p in profile(), l in loan(1), n in 1usize..40) {
        let j = run(&p, &l, vec![Event::OnTime; n]);
        priced_as_offered(&p, &j.start)?;
        let mut before = &j.start;
        for m in &j.months {
            priced_as_offered(&p, m)?;
            // Once offered, always offered while the months stay on time.
            if before.daily_rate.is_some() {
                prop_assert!(m.daily_rate.is_some(), "month {}", m.month);
                prop_assert!(m.daily_rate <= before.daily_rate, "month {}: {:?} after {:?}", m.month, m.daily_rate, before.daily_rate);
                prop_assert!(m.apr <= before.apr, "month {}: APR {:?} after {:?}", m.month, m.apr, before.apr);
            }
            before = m;
        }
    }

    #[test]
    fn an_overdue_month_raises_the_price(
        p in clean_profile(),
        l in loan(12),
        clean in 0usize..10,
        bad in prop_oneof![(1u32..=120).prop_map(Event::Late), Just(Event::Missed)],
    ) {
        let mut months = vec![Event::OnTime; clean];
        months.push(bad);
        let j = run(&p, &l, months);
        let prev = if clean == 0 { &j.start } else { &j.months[clean - 1] };
        let m = &j.months[clean];
        priced_as_offered(&p, m)?;
        prop_assert!(m.score < prev.score);
        if let (Some(rate), Some(apr)) = (prev.daily_rate, prev.apr) {
            // Higher, or not offered at all any more. The one exception is at the top of the
            // scale, where PD is so small that the lender's six-place quote is the same for both
            // scores (from about 897 down by the 25 points a first overdue costs at least).
            if let (Some(now), Some(now_apr)) = (m.daily_rate, m.apr) {
                if quote(m.score) == quote(prev.score) {
                    prop_assert_eq!(now, rate);
                } else {
                    prop_assert!(now > rate, "score {} → {}: {} → {}", prev.score, m.score, rate, now);
                    prop_assert!(now_apr > apr, "APR {} → {}", apr, now_apr);
                }
            }
        }
    }
}

/// The offers' quoted daily rate for a score under the default rules.
fn quote(score: u32) -> Decimal {
    let rules = default_rules();
    let r = &rules.credit_loan;
    daily_rate(
        probability_of_default(score),
        &rules.pricing,
        r.daily_rate_min,
        r.daily_rate_max,
    )
}

/// Where the six-place quote cannot tell a first overdue's fall apart: none below 897.
#[test]
fn below_the_top_of_the_scale_a_first_overdue_always_moves_the_quote() {
    let min = default_rules().credit_loan.min_score;
    // A larger fall only raises the quote more, so 25 points is the case to check.
    let same: Vec<u32> = (min + 25..=950)
        .filter(|&s| quote(s - 25) <= quote(s))
        .collect();
    assert!(same.iter().all(|&s| s >= 897), "{same:?}");
    assert!(quote(700) > quote(800) && quote(600) > quote(625));
}

/// A journey's price at its start is the offers' own for the same person and score, and the
/// price follows the score: the same score, the same price.
#[test]
fn the_price_follows_the_score() {
    let profile = presets()[2].profile.clone();
    let loan = Loan::new(
        Decimal::from(20_000),
        12,
        Method::EqualInstallment,
        Rate::Annual(Decimal::new(108, 3)),
    );
    let mut months = vec![Event::OnTime; 6];
    months.push(Event::Late(45));
    months.extend(vec![Event::OnTime; 6]);
    let j = run(&profile, &loan, months);
    let all: Vec<&JourneyMonth> = std::iter::once(&j.start).chain(&j.months).collect();
    for a in &all {
        for b in &all {
            if a.score == b.score {
                assert_eq!((a.daily_rate, a.apr), (b.daily_rate, b.apr));
            }
            if a.score > b.score && a.daily_rate.is_some() {
                assert!(a.daily_rate <= b.daily_rate || b.daily_rate.is_none());
            }
        }
    }
    assert!(j.months[6].daily_rate > j.months[5].daily_rate);
}
