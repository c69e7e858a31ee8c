//! The fast paths of `money::amortize` (integer fen rows, certified integer IRR) against the
//! reference planner (`money::amortize_reference`, all `Decimal`): the same schedule, row by row
//! and figure by figure, over random loans of every shape (every method, monthly and daily
//! accrual, dated or not, with and without a prepayment), whether or not the integer rows apply;
//! and the JSON text of `money::json` against serde_json's.
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::money::fast::{amortize_fast, amortize_fen, takes_fast_path};
use credit_sim::money::json::{amortize_json, schedule_json};
use credit_sim::money::{
    amortize, amortize_reference, Accrual, Date, Loan, Method, Prepayment, PrepaymentAmount,
    PrepaymentMode, Rate,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn method() -> impl Strategy<Value = Method> {
    prop_oneof![
        4 => Just(Method::EqualInstallment),
        3 => Just(Method::EqualPrincipal),
        1 => Just(Method::InterestFirst),
        1 => Just(Method::Bullet),
        1 => Just(Method::FeeInstallment),
    ]
}

fn prepayment() -> impl Strategy<Value = Option<Prepayment>> {
    prop_oneof![
        3 => Just(None),
        1 => (
            1_u32..360,
            prop_oneof![
                Just(PrepaymentAmount::All),
                (1_i64..1_000_000_000).prop_map(|fen| PrepaymentAmount::Amount(Decimal::new(fen, 2))),
            ],
            prop_oneof![
                Just(PrepaymentMode::ReducePayment),
                Just(PrepaymentMode::ShortenTerm)
            ],
        )
            .prop_map(|(after_period, amount, mode)| Some(Prepayment {
                after_period,
                amount,
                mode
            })),
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
        prepayment(),
        // a daily rate instead (0 to 1/360), or a fee rate for fee plans.
        (any::<bool>(), 0_i64..=27_777, 0_i64..1_000),
    )
        .prop_map(
            |(fen, n, m, (mantissa, scale), dated, accrual, prepaid, (daily, per_day, fee))| {
                let mut rate = Rate::Annual(Decimal::new(mantissa, scale));
                if daily && m != Method::FeeInstallment {
                    rate = Rate::Daily(Decimal::new(per_day, 7));
                }
                let mut loan = if m == Method::FeeInstallment {
                    Loan::fee_installment(Decimal::new(fen, 2), n, Decimal::new(fee, 3))
                } else {
                    Loan::new(Decimal::new(fen, 2), n, m, rate)
                };
                if dated {
                    loan = loan.starting(Date::new(2024, 1, 31).expect("a real day"));
                } else if loan.accrual == Accrual::Daily {
                    loan = loan.with_accrual(Accrual::Monthly);
                }
                if accrual == 2 && dated {
                    loan = loan.with_accrual(Accrual::Daily);
                }
                // Only valid prepayments are interesting here (invalid ones: see below).
                if let Some(p) = prepaid.filter(|p| m.allows_prepayment() && p.after_period < n) {
                    loan = loan.with_prepayment(p);
                }
                loan
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn fast_equals_reference(loan in loan()) {
        let want = amortize_reference(&loan);
        prop_assert_eq!(&amortize(&loan), &want);
        prop_assert_eq!(&amortize_fast(&loan), &want);
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
            assert_eq!(
                amortize(&loan),
                amortize_reference(&loan),
                "{method:?} {rate:?}"
            );
        }
    }
}

#[test]
fn the_other_paths_agree_on_the_long_loans() {
    let start = Date::new(2024, 1, 31).expect("a real day");
    let mortgage = |method| {
        Loan::new(
            Decimal::from(1_000_000),
            360,
            method,
            Rate::Annual(Decimal::new(49, 3)),
        )
        .starting(start)
    };
    let prepaid = |amount, mode| Prepayment {
        after_period: 60,
        amount,
        mode,
    };
    let loans = [
        mortgage(Method::EqualInstallment).with_accrual(Accrual::Daily),
        mortgage(Method::EqualPrincipal).with_accrual(Accrual::Daily),
        mortgage(Method::Bullet),
        mortgage(Method::Bullet).with_accrual(Accrual::Daily),
        mortgage(Method::EqualInstallment).with_prepayment(prepaid(
            PrepaymentAmount::Amount(Decimal::from(100_000)),
            PrepaymentMode::ReducePayment,
        )),
        mortgage(Method::EqualPrincipal).with_prepayment(prepaid(
            PrepaymentAmount::Amount(Decimal::from(100_000)),
            PrepaymentMode::ShortenTerm,
        )),
        mortgage(Method::InterestFirst)
            .with_prepayment(prepaid(PrepaymentAmount::All, PrepaymentMode::ShortenTerm)),
        Loan::fee_installment(Decimal::from(6_000), 12, Decimal::new(88, 3)),
        Loan::fee_installment(Decimal::from(100_000), 360, Decimal::new(88, 3)),
        Loan::new(
            Decimal::from(50_000),
            12,
            Method::EqualInstallment,
            Rate::Daily(Decimal::new(5, 4)),
        )
        .starting(start),
    ];
    for loan in loans {
        assert!(!takes_fast_path(&loan), "{loan:?}");
        assert_eq!(amortize(&loan), amortize_reference(&loan), "{loan:?}");
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
    assert_eq!(amortize(&loan), amortize_reference(&loan));
    assert!(amortize(&loan).is_err());
    let above = Loan::new(
        Decimal::from(1_000),
        12,
        Method::EqualPrincipal,
        Rate::Annual(Decimal::new(1, 1)),
    )
    .with_prepayment(Prepayment {
        after_period: 6,
        amount: PrepaymentAmount::Amount(Decimal::from(900)),
        mode: PrepaymentMode::ShortenTerm,
    });
    assert_eq!(amortize(&above), amortize_reference(&above));
    assert!(amortize(&above).is_err());
    assert_eq!(
        amortize_json(&above).map_err(|e| e.to_string()),
        Err(amortize_reference(&above).expect_err("refused").to_string())
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn fen_columns_equal_reference_rows(loan in loan()) {
        let want = amortize_reference(&loan);
        let got = amortize_fen(&loan);
        match (got, want) {
            (Ok(fen), Ok(schedule)) => {
                // A prepayment column cannot tell "no prepayment" from a prepayment of 0.00.
                if schedule.rows.iter().all(|r| r.prepayment != Some(Decimal::ZERO)) {
                    prop_assert_eq!(&fen.rows(), &schedule.rows);
                }
                prop_assert_eq!(fen.totals, credit_sim::money::Schedule { rows: Vec::new(), ..schedule });
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            (a, b) => prop_assert!(false, "{:?} vs {:?}", a.is_ok(), b.is_ok()),
        }
    }

    #[test]
    fn json_text_equals_serde_json(loan in loan()) {
        let want = amortize_reference(&loan);
        match (amortize_json(&loan), want) {
            (Ok(text), Ok(schedule)) => {
                let serde_text = serde_json::to_string(&schedule).expect("serializes");
                prop_assert_eq!(&text, &serde_text);
                prop_assert_eq!(&schedule_json(&schedule), &serde_text);
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            (a, b) => prop_assert!(false, "{:?} vs {:?}", a.is_ok(), b.is_ok()),
        }
    }
}
