//! The fast planner (`money::fast`) against the reference planner (`money::amortize`): the same
//! schedule, row by row and figure by figure, over random loans of every shape, whether or not
//! the fast path applies.
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::money::fast::{amortize_fast, takes_fast_path};
use credit_sim::money::{amortize, Accrual, Date, Loan, Method, Rate};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn method() -> impl Strategy<Value = Method> {
    prop_oneof![
        4 => Just(Method::EqualInstallment),
        3 => Just(Method::EqualPrincipal),
        1 => Just(Method::InterestFirst),
        1 => Just(Method::Bullet),
    ]
}

fn loan() -> impl Strategy<Value = Loan> {
    (
        // principal in fen: tiny to the 100,000,000 limit, skewed to everyday amounts.
        prop_oneof![
            1_i64..100_000,
            100_000_i64..10_000_000_000,
            Just(10_000_000_000_i64)
        ],
        prop_oneof![1_u32..=360, Just(360_u32), Just(240_u32), Just(12_u32)],
        method(),
        // annual rate with 0 to 8 decimal places, 0 to 1.
        (0_u32..=8).prop_flat_map(|scale| (0_i64..=10_i64.pow(scale), Just(scale))),
        any::<bool>(),
        0_u8..3,
    )
        .prop_map(|(fen, n, m, (mantissa, scale), dated, accrual)| {
            let rate = Rate::Annual(Decimal::new(mantissa, scale));
            let mut loan = Loan::new(Decimal::new(fen, 2), n, m, rate);
            if dated {
                loan = loan.starting(Date::new(2024, 1, 31).expect("a real day"));
            }
            if accrual == 2 && dated {
                loan = loan.with_accrual(Accrual::Daily);
            }
            loan
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn fast_equals_reference(loan in loan()) {
        prop_assert_eq!(amortize_fast(&loan), amortize(&loan));
    }
}

#[test]
fn the_benchmark_loans_take_the_fast_path_and_agree() {
    for method in [
        Method::EqualInstallment,
        Method::EqualPrincipal,
        Method::InterestFirst,
    ] {
        for rate in ["0.049", "0.0", "0.36", "1", "0.0435", "0.123456789012"] {
            let rate = Rate::Annual(rate.parse().expect("a rate"));
            let loan = Loan::new(Decimal::from(1_000_000), 360, method, rate);
            assert!(takes_fast_path(&loan), "{method:?} {rate:?}");
            assert_eq!(amortize_fast(&loan), amortize(&loan), "{method:?} {rate:?}");
        }
    }
}

#[test]
fn invalid_loans_are_refused_the_same_way() {
    let loan = Loan::new(
        Decimal::ZERO,
        0,
        Method::EqualInstallment,
        Rate::Annual(Decimal::TWO),
    );
    assert_eq!(amortize_fast(&loan), amortize(&loan));
    assert!(amortize_fast(&loan).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn fen_columns_equal_reference_rows(loan in loan()) {
        let want = amortize(&loan);
        let got = credit_sim::money::fast::amortize_fen(&loan);
        match (got, want) {
            (Ok(fen), Ok(schedule)) => {
                prop_assert_eq!(&fen.rows(), &schedule.rows);
                prop_assert_eq!(fen.totals, credit_sim::money::Schedule { rows: Vec::new(), ..schedule });
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            (a, b) => prop_assert!(false, "{:?} vs {:?}", a.is_ok(), b.is_ok()),
        }
    }
}
