//! Properties of checking a quote: a declining-rate quote without fees has exactly the APR that
//! `amortize` gives the same loan; for the evenly split kinds (n > 1) the naive rate is never
//! above the APR and is below it whenever the quote costs anything; and the APR is found for
//! every quote inside the limits, however high, up to payments of 100 times what is received.
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::money::{amortize, Accrual, Date, Loan, Method, Rate};
use credit_sim::quote::{check_quote, FlatRate, QuoteInput, QuoteKind, TotalFee};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn start() -> Date {
    Date::new(2024, 1, 31).unwrap_or_else(|_| unreachable!("a real day"))
}

prop_compose! {
    /// A declining-rate quote without fees, and the loan it describes.
    fn declining()(
        fen in prop_oneof![100_i64..100_000, 100_000_i64..=10_000_000_000],
        n in prop_oneof![1_u32..=36, 1_u32..=360],
        method in prop::sample::select(vec![Method::EqualInstallment, Method::EqualPrincipal, Method::InterestFirst, Method::Bullet]),
        daily_rate in any::<bool>(),
        bp in 0_i64..=10_000,
        daily_accrual in any::<bool>(),
    ) -> (QuoteInput, Loan) {
        let principal = Decimal::new(fen, 2);
        let rate = if daily_rate {
            Rate::Daily(Decimal::new(bp * 1000 / 360, 7))
        } else {
            Rate::Annual(Decimal::new(bp, 4))
        };
        let accrual = if daily_accrual { Accrual::Daily } else { Accrual::Monthly };
        let quote = QuoteInput {
            principal,
            periods: n,
            start_date: Some(start()),
            upfront_fee: Decimal::ZERO,
            fee_per_period: Decimal::ZERO,
            kind: QuoteKind::DecliningRate { rate, method, accrual },
        };
        let loan = Loan { accrual, ..Loan::new(principal, n, method, rate) }.starting(start());
        (quote, loan)
    }
}

/// The evenly split kinds: a card fee per period, a total fee (amount or rate), flat interest.
fn split_kind() -> impl Strategy<Value = QuoteKind> {
    prop_oneof![
        (0_i64..=1_000).prop_map(|x| QuoteKind::FeePerPeriod {
            fee_rate: Decimal::new(x, 4)
        }),
        (0_i64..9_999).prop_map(|x| QuoteKind::TotalFee(TotalFee::Rate(Decimal::new(x, 4)))),
        (0_i64..=50_000_000)
            .prop_map(|fen| QuoteKind::TotalFee(TotalFee::Amount(Decimal::new(fen, 2)))),
        (0_i64..=833).prop_map(|x| QuoteKind::FlatRate(FlatRate::Monthly(Decimal::new(x, 4)))),
        (0_i64..=10_000).prop_map(|x| QuoteKind::FlatRate(FlatRate::Annual(Decimal::new(x, 4)))),
    ]
}

prop_compose! {
    /// An evenly split quote with n > 1 and a principal of at least ¥1 a period, so that the
    /// principal is really split (round2(P / n) of a smaller one is 0 before the last period,
    /// which makes the quote an interest-only loan whose APR is its naive rate).
    fn evenly_split()(
        n in 2_u32..=360,
        yuan in 1_i64..1_000_000,
        kind in split_kind(),
        upfront_per_mille in prop_oneof![Just(0_i64), 0_i64..500],
        fee_per_period in prop_oneof![Just(0_i64), 0_i64..10_000],
    ) -> QuoteInput {
        // At most 100,000,000.
        let per_period = 1 + yuan % (100_000_000 / i64::from(n));
        let principal = Decimal::from(per_period * i64::from(n));
        QuoteInput {
            principal,
            periods: n,
            start_date: None,
            upfront_fee: credit_sim::amount::round2(principal * Decimal::new(upfront_per_mille, 3)),
            fee_per_period: Decimal::new(fee_per_period, 2),
            kind,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_declining_rate_quote_without_fees_has_the_loans_apr((quote, loan) in declining()) {
        let plan = amortize(&loan).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let check = check_quote(&quote).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(Some(check.apr), plan.apr);
        prop_assert_eq!(Some(check.effective_annual_rate), plan.effective_annual_rate);
        prop_assert_eq!(check.total_payment, plan.total_payment);
        prop_assert_eq!(check.total_cost, plan.total_interest);
    }

    #[test]
    fn the_naive_rate_is_never_above_the_apr(quote in evenly_split()) {
        match check_quote(&quote) {
            Ok(check) => {
                prop_assert!(check.naive_annual_rate <= check.apr,
                    "naive {} above APR {}", check.naive_annual_rate, check.apr);
                // With a cost worth the 4 places shown, the gap shows.
                if check.naive_annual_rate >= Decimal::new(5, 3) {
                    prop_assert!(check.naive_annual_rate < check.apr,
                        "naive {} not below APR {}", check.naive_annual_rate, check.apr);
                }
            }
            // Only a quote asking more than 100 times what it pays out is refused.
            Err(e) => prop_assert!(e.errors().iter().all(|x| x.field == "quote"), "{}", e),
        }
    }

    #[test]
    fn the_apr_is_found_for_every_quote_inside_the_limits(
        n in prop_oneof![1_u32..=12, 1_u32..=360],
        received_fen in 1_i64..=1_000_000,
        multiple_per_mille in 1_000_i64..=100_000,
        front in any::<bool>(),
    ) {
        // R received, the payments adding up to between R and 100 × R, level or all at the end.
        let received = Decimal::new(received_fen, 2);
        let total = (received * Decimal::new(multiple_per_mille, 3))
            .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero);
        let each = (total / Decimal::from(n)).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero);
        let (payment, last) = if front {
            (each, total - each * Decimal::from(n - 1))
        } else {
            (Decimal::ZERO, total)
        };
        let quote = QuoteInput {
            principal: received,
            periods: n,
            start_date: None,
            upfront_fee: Decimal::ZERO,
            fee_per_period: Decimal::ZERO,
            kind: QuoteKind::Installment { payment, last_payment: Some(last) },
        };
        let check = check_quote(&quote).map_err(|e| TestCaseError::fail(format!("{quote:?}: {e}")))?;
        prop_assert!(check.apr >= Decimal::ZERO);
        prop_assert!(check.effective_annual_rate >= check.apr - Decimal::new(1, 4));
    }
}

/// The corners of the limits: the largest rate (100 × R after one month, 99 a month), the
/// largest principal with the most periods, the smallest amount received.
#[test]
fn the_corners_of_the_limits_have_an_apr() {
    let max = Decimal::from(100_000_000);
    let installment = |payment: Decimal, last: Option<Decimal>| QuoteKind::Installment {
        payment,
        last_payment: last,
    };
    let base = |principal: Decimal, n: u32, upfront: Decimal, kind: QuoteKind| QuoteInput {
        principal,
        periods: n,
        start_date: None,
        upfront_fee: upfront,
        fee_per_period: Decimal::ZERO,
        kind,
    };
    let cases = [
        (
            base(
                max,
                1,
                Decimal::ZERO,
                installment(max * Decimal::ONE_HUNDRED, None),
            ),
            "1188.0000",
        ),
        (
            base(
                Decimal::new(1, 2),
                1,
                Decimal::ZERO,
                installment(Decimal::ONE, None),
            ),
            "1188.0000",
        ),
        // 0.01 received of 1.00, 1.00 repaid after 360 months: 100^(1/360) − 1 a month.
        (
            base(
                Decimal::ONE,
                360,
                Decimal::new(99, 2),
                installment(Decimal::ZERO, Some(Decimal::ONE)),
            ),
            "0.1545",
        ),
        // The most a month the limits allow: 10 % of P every period for 360 periods.
        (
            base(
                max,
                360,
                Decimal::ZERO,
                QuoteKind::FeePerPeriod {
                    fee_rate: Decimal::new(1, 1),
                },
            ),
            "1.2333",
        ),
    ];
    for (quote, want) in cases {
        let check = check_quote(&quote).unwrap_or_else(|e| panic!("{quote:?}: {e}"));
        assert_eq!(
            check.apr,
            want.parse::<Decimal>().unwrap_or_default(),
            "{quote:?}"
        );
    }
}
