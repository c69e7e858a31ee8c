//! Properties of revolving credit: a higher minimum share never takes longer to repay, and a
//! fixed payment above the first month's interest never ends as never repaid; every run keeps
//! its sums and its ending straight.
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::amount::round2;
use credit_sim::money::Date;
use credit_sim::revolving::{revolve, Repayment, Revolving, RevolvingInput};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn start() -> impl Strategy<Value = Date> {
    (
        2000_u16..2100,
        1_u8..=12,
        prop::sample::select(vec![1_u8, 15, 28, 29, 30, 31]),
    )
        .prop_map(|(y, m, d)| {
            Date::new(y, m, d)
                .or_else(|_| Date::new(y, m, 28))
                .unwrap_or_else(|_| unreachable!("day 28 exists"))
        })
}

/// The statement, up to 10,000,000, and the daily rate, up to 1/360.
fn statement() -> impl Strategy<Value = (Decimal, Decimal)> {
    (
        prop_oneof![1_i64..100_000, 100_000_i64..=1_000_000_000],
        prop_oneof![Just(5_i64), 0_i64..=27],
    )
        .prop_map(|(fen, per_10k)| (Decimal::new(fen, 2), Decimal::new(per_10k, 4)))
}

fn check_sums(input: &RevolvingInput, out: &Revolving) -> Result<(), TestCaseError> {
    prop_assert_eq!(usize::try_from(out.months).ok(), Some(out.rows.len()));
    prop_assert!(out.months <= input.max_months);
    prop_assert_eq!(
        out.total_paid,
        out.rows.iter().map(|r| r.payment).sum::<Decimal>()
    );
    prop_assert_eq!(
        out.total_interest,
        out.rows.iter().map(|r| r.interest).sum::<Decimal>()
    );
    prop_assert!(!(out.paid_off && out.never_repaid));
    prop_assert_eq!(out.apr.is_some(), out.paid_off);
    for pair in out.rows.windows(2) {
        prop_assert_eq!(pair[1].statement, pair[0].unpaid + pair[1].interest);
        // Until the end the balance falls: each month's interest is below the payment before.
        prop_assert!(pair[1].interest < pair[0].payment);
    }
    if out.paid_off {
        prop_assert_eq!(out.total_paid, input.statement + out.total_interest);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_higher_minimum_share_never_takes_longer_to_repay(
        (s, daily) in statement(),
        start in start(),
        shares in (1_i64..=1_000, 1_i64..=1_000),
        floor in prop_oneof![Just(10_000_i64), 0_i64..100_000],
    ) {
        let (low, high) = (shares.0.min(shares.1), shares.0.max(shares.1));
        let run = |per_mille: i64| {
            let input = RevolvingInput {
                statement: s,
                start_date: start,
                daily_rate: daily,
                repayment: Repayment::Minimum { share: Decimal::new(per_mille, 3), floor: Decimal::new(floor, 2) },
                max_months: 600,
            };
            revolve(&input).map(|out| (input, out))
        };
        let (low_in, slow) = run(low).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let (high_in, fast) = run(high).map_err(|e| TestCaseError::fail(e.to_string()))?;
        check_sums(&low_in, &slow)?;
        check_sums(&high_in, &fast)?;
        if slow.paid_off {
            prop_assert!(fast.paid_off, "{} ‰ repays in {} months, {} ‰ never", low, slow.months, high);
            prop_assert!(fast.months <= slow.months, "{} ‰: {} months, {} ‰: {}", low, slow.months, high, fast.months);
            prop_assert!(fast.total_interest <= slow.total_interest);
        }
    }

    #[test]
    fn a_fixed_payment_above_the_first_months_interest_is_never_a_trap(
        (s, daily) in statement(),
        start in start(),
        extra_fen in prop_oneof![1_i64..100, 1_i64..10_000_000],
        max_months in prop_oneof![Just(600_u32), 1_u32..=600],
    ) {
        // The first month's interest at its longest (31 days) on the whole first statement.
        let interest = round2(s * daily * Decimal::from(31));
        let input = RevolvingInput {
            statement: s,
            start_date: start,
            daily_rate: daily,
            repayment: Repayment::Fixed(interest + Decimal::new(extra_fen, 2)),
            max_months,
        };
        let out = revolve(&input).map_err(|e| TestCaseError::fail(e.to_string()))?;
        check_sums(&input, &out)?;
        prop_assert!(!out.never_repaid, "{:?}", input);
    }
}
