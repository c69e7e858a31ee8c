//! Property tests of every MONEY.md invariant over random valid loans: Σ principal (+ prepayment)
//! = P, final balance 0.00, payment = principal + interest + fee on every row, nothing negative,
//! two decimal places, row count, increasing due dates, totals are sums, APR found.
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::money::{
    amortize, Accrual, Date, Loan, Method, Prepayment, PrepaymentAmount, PrepaymentMode, Rate,
    Schedule,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn method() -> impl Strategy<Value = Method> {
    prop::sample::select(vec![
        Method::EqualInstallment,
        Method::EqualPrincipal,
        Method::InterestFirst,
        Method::Bullet,
        Method::FeeInstallment,
    ])
}

fn date() -> impl Strategy<Value = Date> {
    // Month ends and leap days are the interesting starts.
    (
        1990_u16..2100,
        1_u8..=12,
        prop::sample::select(vec![1_u8, 15, 28, 29, 30, 31]),
    )
        .prop_map(|(y, m, d)| {
            Date::new(y, m, d)
                .or_else(|_| Date::new(y, m, 28))
                .unwrap_or_else(|_| unreachable!("day 28 exists"))
        })
}

prop_compose! {
    fn loan()(
        fen in 1_i64..=10_000_000_000,
        term in prop_oneof![1_u32..=24, 1_u32..=360],
        method in method(),
        annual_bp in 0_i64..=10_000,
        daily_rate in any::<bool>(),
        fee_bp in 0_i64..10_000,
        start in prop::option::of(date()),
        daily_accrual in any::<bool>(),
        prepay in prop::option::of((1_u32..360, 0_u32..=100, any::<bool>())),
    ) -> Loan {
        let principal = Decimal::new(fen, 2);
        let rate = if method == Method::FeeInstallment {
            Rate::Annual(Decimal::ZERO)
        } else if daily_rate {
            // 0 to 1/360: basis points of a year, divided by 360 with a 7-place daily rate.
            Rate::Daily(Decimal::new(annual_bp * 1000 / 360, 7))
        } else {
            Rate::Annual(Decimal::new(annual_bp, 4))
        };
        let accrual = if start.is_some() && daily_accrual { Accrual::Daily } else { Accrual::Monthly };
        let mut loan = Loan { accrual, start_date: start, ..Loan::new(principal, term, method, rate) };
        if method == Method::FeeInstallment {
            loan.fee_rate = Some(Decimal::new(fee_bp, 4));
        }
        if let Some((k, pct, shorten)) = prepay {
            if method.allows_prepayment() && term > 1 {
                // A share of the principal, well under the balance after the first periods, or all.
                let amount = if pct == 100 {
                    PrepaymentAmount::All
                } else {
                    PrepaymentAmount::Amount(
                        credit_sim::amount::round2(principal * Decimal::from(pct) / Decimal::from(200))
                            .max(Decimal::new(1, 2))
                            .min(principal),
                    )
                };
                let mode = if shorten { PrepaymentMode::ShortenTerm } else { PrepaymentMode::ReducePayment };
                loan.prepayment = Some(Prepayment { after_period: 1 + k % (term - 1), amount, mode });
            }
        }
        loan
    }
}

fn two_places(x: Decimal) -> bool {
    x.scale() <= 2 || x == x.round_dp(2)
}

fn check(loan: &Loan, s: &Schedule) -> Result<(), TestCaseError> {
    let zero = Decimal::ZERO;
    let rows = &s.rows;
    prop_assert!(!rows.is_empty());
    let mut principal_sum = zero;
    let (mut payment_sum, mut interest_sum, mut fee_sum) = (zero, zero, zero);
    for (i, r) in rows.iter().enumerate() {
        prop_assert_eq!(
            r.payment,
            r.principal + r.interest + r.fee,
            "row {}",
            r.period
        );
        for x in [r.payment, r.principal, r.interest, r.fee, r.balance] {
            prop_assert!(x >= zero, "negative in row {}: {:?}", r.period, r);
            prop_assert!(two_places(x), "more than 2 places in row {}", r.period);
        }
        if let Some(p) = r.prepayment {
            prop_assert!(p >= zero && two_places(p));
            prop_assert_eq!(Some(r.period), loan.prepayment.map(|p| p.after_period));
        }
        principal_sum += r.principal + r.prepayment.unwrap_or(zero);
        payment_sum += r.payment + r.prepayment.unwrap_or(zero);
        interest_sum += r.interest;
        fee_sum += r.fee;
        prop_assert_eq!(
            r.balance,
            loan.principal - principal_sum,
            "balance of row {}",
            r.period
        );
        if loan.method != Method::Bullet {
            prop_assert_eq!(r.period as usize, i + 1);
        }
        if let Some(start) = loan.start_date {
            prop_assert_eq!(r.due_date, start.add_months(r.period));
        } else {
            prop_assert_eq!(r.due_date, None);
        }
    }
    prop_assert_eq!(principal_sum, loan.principal);
    prop_assert_eq!(rows.last().map(|r| r.balance), Some(zero));
    prop_assert!(rows
        .windows(2)
        .all(|w| w[0].due_date <= w[1].due_date && w[0].period < w[1].period));
    prop_assert_eq!(s.total_payment, payment_sum);
    prop_assert_eq!(s.total_interest, interest_sum);
    prop_assert_eq!(s.total_fee, fee_sum);
    let n = loan.term_months as usize;
    match loan.method {
        Method::Bullet => prop_assert_eq!(rows.len(), 1),
        _ if loan.prepayment.is_some() => prop_assert!(rows.len() <= n),
        // The plan ends before period n only when the rounded level repays the balance early:
        // round2(P / n) rounded up (equal principal, fee plans), or A rounded up, whose excess
        // compounds at high rates over long terms (equal installments).
        Method::EqualPrincipal | Method::FeeInstallment if rows.len() < n => {
            let n = Decimal::from(loan.term_months);
            prop_assert!(
                rows.first().map(|r| r.principal * n > loan.principal) == Some(true)
                    || loan.fee_rate.is_some(),
                "ended early at {} of {}",
                rows.len(),
                n
            )
        }
        Method::EqualInstallment => prop_assert!(rows.len() <= n),
        _ => prop_assert_eq!(rows.len(), n),
    }
    // A plan of whole months always has its rates.
    let (Some(apr), Some(ear)) = (s.apr, s.effective_annual_rate) else {
        return Err(TestCaseError::fail("a plan of whole months without an APR"));
    };
    prop_assert!(apr >= zero && apr.scale() <= 4);
    prop_assert!(ear >= apr - Decimal::new(1, 4));
    prop_assert_eq!(s.interest_saved.is_some(), loan.prepayment.is_some());
    if let (Some(saved), Some(p)) = (s.interest_saved, loan.prepayment) {
        if p.mode == PrepaymentMode::ShortenTerm || p.amount == PrepaymentAmount::All {
            prop_assert!(saved >= zero, "saved {}", saved);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn every_valid_loan_keeps_every_invariant(loan in loan()) {
        match amortize(&loan) {
            Ok(s) => check(&loan, &s)?,
            // The only refusal of a valid-looking loan: a prepayment above the balance left.
            Err(e) => prop_assert!(
                e.errors().iter().all(|x| x.field == "prepayment.amount" || x.field == "prepayment.afterPeriod"),
                "{:?}: {}", loan, e
            ),
        }
    }

    #[test]
    fn apr_of_an_equal_installment_loan_is_its_nominal_rate(
        fen in 100_000_i64..=10_000_000_000, term in 1_u32..=360, bp in 0_i64..=10_000,
    ) {
        let loan = Loan::new(Decimal::new(fen, 2), term, Method::EqualInstallment, Rate::Annual(Decimal::new(bp, 4)));
        let s = amortize(&loan).map_err(|e| TestCaseError::fail(e.to_string()))?;
        // Fen rounding of A moves the IRR a little; never by more than a basis point here.
        let apr = s.apr.unwrap_or(Decimal::MAX);
        prop_assert!((apr - loan.rate.annual()).abs() <= Decimal::new(1, 4), "{} vs {}", apr, loan.rate.annual());
    }

    #[test]
    fn serialized_schedules_follow_api_md(loan in loan()) {
        if let Ok(s) = amortize(&loan) {
            let json = serde_json::to_value(&s).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let rows = json["rows"].as_array().cloned().unwrap_or_default();
            for row in &rows {
                for field in ["payment", "principal", "interest", "fee", "balance"] {
                    let text = row[field].as_str().unwrap_or("");
                    prop_assert!(text.split_once('.').is_some_and(|(_, f)| f.len() == 2), "{}", text);
                }
                prop_assert_eq!(row.get("dueDate").is_some(), loan.start_date.is_some());
            }
            prop_assert_eq!(rows.iter().filter(|r| r.get("prepayment").is_some()).count(), usize::from(loan.prepayment.is_some()));
            prop_assert_eq!(json.get("interestSaved").is_some(), loan.prepayment.is_some());
            for rate in ["apr", "effectiveAnnualRate"] {
                let text = json[rate].as_str().unwrap_or("");
                prop_assert!(text.split_once('.').is_some_and(|(_, f)| f.len() == 4), "{}", text);
            }
        }
    }
}

#[test]
fn the_extremes_of_the_limits_plan_and_converge() {
    let max = Decimal::from(100_000_000);
    let start = Date::new(2024, 1, 31).ok();
    for method in [
        Method::EqualInstallment,
        Method::EqualPrincipal,
        Method::InterestFirst,
        Method::Bullet,
    ] {
        for (principal, rate) in [
            (max, Rate::Annual(Decimal::ONE)),
            (max, Rate::Daily(Decimal::new(27_777_777, 10))),
            (Decimal::new(1, 2), Rate::Annual(Decimal::ONE)),
            (max, Rate::Annual(Decimal::ZERO)),
        ] {
            for accrual in [Accrual::Monthly, Accrual::Daily] {
                for term in [1, 2, 359, 360] {
                    let loan = Loan {
                        accrual,
                        start_date: start,
                        ..Loan::new(principal, term, method, rate)
                    };
                    let s = amortize(&loan).unwrap_or_else(|e| panic!("{loan:?}: {e}"));
                    assert_eq!(s.rows.last().map(|r| r.balance), Some(Decimal::ZERO));
                }
            }
        }
    }
    for fee in [Decimal::ZERO, Decimal::new(999_999, 6)] {
        for term in [1, 360] {
            let s = amortize(&Loan::fee_installment(max, term, fee)).expect("plans");
            assert!(s.apr.is_some_and(|apr| apr >= Decimal::ZERO));
        }
    }
}
