//! Paying off on any day (`prepayment: { onDate, amount: "all" }`): the refusals with their field
//! paths, the shape of the plan (the rows before are the plan's own, the last is dated the day,
//! no APR between due dates, the same as `afterPeriod` on a due date), the columns and the JSON
//! text agreeing with it, a later day never costing less interest, and a seeded fuzz of 100,000
//! inputs that must never panic.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fuzz::{garbage, object, Rng};
use credit_sim::input::Loose;
use credit_sim::money::fast::amortize_fen;
use credit_sim::money::json::{amortize_fields, schedule_json, totals_fields};
use credit_sim::money::{amortize, amortize_loose, Date, Loan, Method, Rate};
use credit_sim::ErrorCode;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn t(s: &str) -> Loose {
    Loose::text(s)
}

fn n(x: f64) -> Loose {
    Loose::Number(x)
}

/// A daily-rate loan of 10,000 over 12 months from 2024-01-31, paid off as `prepayment` says.
fn loan(prepayment: Loose, changes: &[(&str, Option<Loose>)]) -> Loose {
    let mut pairs: Vec<(String, Loose)> = vec![
        ("principal".into(), t("10000")),
        ("termMonths".into(), n(12.0)),
        ("method".into(), t("equalInstallment")),
        ("dailyRate".into(), t("0.0005")),
        ("startDate".into(), t("2024-01-31")),
        ("prepayment".into(), prepayment),
    ];
    for (key, value) in changes {
        pairs.retain(|(k, _)| k != key);
        if let Some(v) = value {
            pairs.push(((*key).to_owned(), v.clone()));
        }
    }
    Loose::Object(pairs)
}

fn on(day: &str) -> Loose {
    Loose::object([("onDate", t(day)), ("amount", t("all"))])
}

fn problems(input: &Loose) -> Vec<(String, ErrorCode)> {
    match amortize_loose(input) {
        Ok(_) => Vec::new(),
        Err(e) => e
            .errors()
            .iter()
            .map(|x| (x.field.clone(), x.code))
            .collect(),
    }
}

#[test]
fn bad_payoffs_are_refused_on_their_field() {
    use ErrorCode::*;
    let pre = |pairs: Vec<(&str, Loose)>| Loose::object(pairs);
    let cases: Vec<(Loose, Vec<(&str, ErrorCode)>)> = vec![
        (loan(on("2024-03-15"), &[]), vec![]),
        (loan(on("2024-02-01"), &[]), vec![]),
        (loan(on("2025-01-30"), &[]), vec![]),
        (
            loan(
                pre(vec![
                    ("onDate", t("2024-03-15")),
                    ("amount", t("all")),
                    ("mode", t("shortenTerm")),
                ]),
                &[],
            ),
            vec![],
        ),
        (
            loan(on("2024-01-31"), &[]),
            vec![("prepayment.onDate", OutOfRange)],
        ),
        (
            loan(on("2025-01-31"), &[]),
            vec![("prepayment.onDate", OutOfRange)],
        ),
        (
            loan(on("2024-02-30"), &[]),
            vec![("prepayment.onDate", BadDate)],
        ),
        (
            loan(
                pre(vec![("onDate", n(20240315.0)), ("amount", t("all"))]),
                &[],
            ),
            vec![("prepayment.onDate", WrongType)],
        ),
        (
            loan(
                pre(vec![("onDate", t("2024-03-15")), ("amount", t("5000"))]),
                &[],
            ),
            vec![("prepayment.amount", NotAllowed)],
        ),
        (
            loan(pre(vec![("onDate", t("2024-03-15"))]), &[]),
            vec![("prepayment.amount", Missing)],
        ),
        (
            loan(
                pre(vec![
                    ("onDate", t("2024-03-15")),
                    ("afterPeriod", n(2.0)),
                    ("amount", t("all")),
                ]),
                &[],
            ),
            vec![("prepayment.onDate", Conflict)],
        ),
        (
            loan(
                pre(vec![
                    ("onDate", t("2024-03-15")),
                    ("amount", t("all")),
                    ("mode", t("faster")),
                    ("colour", t("red")),
                ]),
                &[],
            ),
            vec![
                ("prepayment.mode", UnknownValue),
                ("prepayment.colour", UnknownField),
            ],
        ),
        // A `null` onDate is no onDate.
        (
            loan(
                pre(vec![
                    ("afterPeriod", n(3.0)),
                    ("amount", t("all")),
                    ("onDate", Loose::Null),
                ]),
                &[],
            ),
            vec![],
        ),
        // Monthly accrual is refused, whichever rate.
        (
            loan(on("2024-03-15"), &[("accrual", Some(t("monthly")))]),
            vec![("prepayment.onDate", NotAllowed)],
        ),
        (
            loan(
                on("2024-03-15"),
                &[("dailyRate", None), ("annualRate", Some(t("0.18")))],
            ),
            vec![("prepayment.onDate", NotAllowed)],
        ),
        (
            loan(
                on("2024-03-15"),
                &[
                    ("dailyRate", None),
                    ("annualRate", Some(t("0.18"))),
                    ("accrual", Some(t("daily"))),
                ],
            ),
            vec![],
        ),
        (
            loan(on("2024-03-15"), &[("method", Some(t("bullet")))]),
            vec![("prepayment", NotAllowed)],
        ),
        // Daily accrual without a start date: named once, on startDate.
        (
            loan(on("2024-03-15"), &[("startDate", None)]),
            vec![("startDate", Missing)],
        ),
    ];
    for (input, want) in cases {
        let want: Vec<(String, ErrorCode)> =
            want.into_iter().map(|(f, c)| (f.to_owned(), c)).collect();
        assert_eq!(problems(&input), want, "{input:?}");
    }
}

fn day(s: &str) -> Date {
    s.parse().expect("test date")
}

fn daily_loan(method: Method) -> Loan {
    Loan::new(
        Decimal::from(10_000),
        12,
        method,
        Rate::Daily(Decimal::new(5, 4)),
    )
    .starting(day("2024-01-31"))
}

#[test]
fn between_due_dates_the_plan_ends_on_the_day_without_rates() {
    for method in [
        Method::EqualInstallment,
        Method::EqualPrincipal,
        Method::InterestFirst,
    ] {
        let whole = amortize(&daily_loan(method)).expect("plans");
        let paid = amortize(&daily_loan(method).paid_off_on(day("2024-04-10"))).expect("plans");
        // Rows 1 and 2 are the plan's own; row 3 is dated the day, 10 days after 2024-03-31.
        assert_eq!(paid.rows[..2], whole.rows[..2], "{method:?}");
        let last = &paid.rows[2];
        assert_eq!(last.period, 3);
        assert_eq!(last.due_date, Some(day("2024-04-10")));
        let owed = whole.rows[1].balance;
        assert_eq!(last.prepayment, Some(owed));
        assert_eq!(
            last.interest,
            credit_sim::amount::round2(owed * Decimal::new(5, 4) * Decimal::from(10))
        );
        assert_eq!(
            (last.principal, last.fee, last.balance),
            (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO)
        );
        assert_eq!((paid.apr, paid.effective_annual_rate), (None, None));
        assert_eq!(paid.simple_annual_rate, whole.simple_annual_rate);
        let paid_rows: Decimal = paid.rows.iter().map(|r| r.payment).sum();
        assert_eq!(paid.total_payment, paid_rows + owed);
        assert_eq!(
            paid.interest_saved,
            Some(whole.total_interest - paid.total_interest)
        );
    }
}

#[test]
fn on_a_due_date_it_is_a_prepayment_of_all_after_that_period() {
    let by_date = amortize_loose(&loan(on("2024-03-31"), &[])).expect("plans");
    let by_period = amortize_loose(&loan(
        Loose::object([("afterPeriod", n(2.0)), ("amount", t("all"))]),
        &[],
    ))
    .expect("plans");
    assert_eq!(by_date, by_period);
    assert!(by_date.apr.is_some());
}

#[test]
fn every_way_of_writing_the_plan_agrees() {
    for (method, d) in [
        (Method::EqualInstallment, "2024-02-15"),
        (Method::EqualPrincipal, "2024-07-04"),
        (Method::InterestFirst, "2025-01-30"),
    ] {
        let loan = daily_loan(method).paid_off_on(day(d));
        let schedule = amortize(&loan).expect("plans");
        let serde = serde_json::to_string(&schedule).expect("serializes");
        assert_eq!(schedule_json(&schedule), serde);
        assert!(
            serde.contains(r#""apr":null,"effectiveAnnualRate":null"#),
            "{serde}"
        );
        assert_eq!(
            amortize_fen(&loan).expect("plans").into_schedule(),
            schedule
        );
        let fields = amortize_fields(&loan).expect("plans");
        assert!(fields.ends_with(&totals_fields(&schedule)), "{fields}");
        assert!(totals_fields(&schedule).contains(",,,0.18,"), "{fields}");
    }
}

prop_compose! {
    /// A daily-accrual loan and two days in its term (month offset and day of the month each),
    /// the first no later than the second; either may fall outside the term (then skipped).
    fn two_days()(
        fen in 100_i64..=10_000_000_000,
        term in 2_u32..=60,
        method in prop::sample::select(vec![Method::EqualInstallment, Method::EqualPrincipal, Method::InterestFirst]),
        per_day in 0_i64..=27_777,
        annual in any::<bool>(),
        start_day in 1_u8..=31,
        a in (0_u32..60, 1_u8..=28),
        b in (0_u32..60, 1_u8..=28),
    ) -> (Loan, Option<(Date, Date)>) {
        let start = Date::new(2024, 1, start_day).unwrap_or_else(|_| unreachable!("January has 31 days"));
        let rate = if annual { Rate::Annual(Decimal::new(per_day * 360, 7)) } else { Rate::Daily(Decimal::new(per_day, 7)) };
        let loan = Loan::new(Decimal::new(fen, 2), term, method, rate)
            .with_accrual(credit_sim::money::Accrual::Daily)
            .starting(start);
        let last = start.add_months(term);
        let at = |(months, d): (u32, u8)| {
            let month = start.add_months(months % term)?;
            let day = Date::new(month.year(), month.month(), d).ok()?;
            (day > start && last.is_some_and(|l| day < l)).then_some(day)
        };
        let days = at(a).zip(at(b)).map(|(x, y)| (x.min(y), x.max(y)));
        (loan, days)
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn paying_off_on_a_later_day_never_costs_less_interest((loan, days) in two_days()) {
        let Some((early, late)) = days else {
            return Ok(());
        };
        let first = amortize(&loan.clone().paid_off_on(early));
        let second = amortize(&loan.clone().paid_off_on(late));
        match (first, second) {
            (Ok(a), Ok(b)) => {
                prop_assert!(a.total_interest <= b.total_interest,
                    "{} on {} against {} on {}", a.total_interest, early, b.total_interest, late);
                for (s, day) in [(&a, early), (&b, late)] {
                    // The columns and the JSON text say the same as the schedule.
                    let paid = loan.clone().paid_off_on(day);
                    let columns = amortize_fen(&paid).map(|f| f.into_schedule());
                    prop_assert_eq!(columns.as_ref(), Ok(s));
                    prop_assert_eq!(Some(schedule_json(s)), serde_json::to_string(s).ok());
                    prop_assert_eq!(s.rows.last().map(|r| r.balance), Some(Decimal::ZERO));
                    let repaid: Decimal = s.rows.iter().map(|r| r.principal + r.prepayment.unwrap_or_default()).sum();
                    prop_assert_eq!(repaid, loan.principal);
                }
            }
            // Only a plan that rounding repaid before the day is refused.
            (a, b) => {
                for e in [a.err(), b.err()].into_iter().flatten() {
                    prop_assert!(e.errors().iter().all(|x| x.field == "prepayment.onDate"), "{}", e);
                }
            }
        }
    }
}

/// A value for `key` of a payoff loan: mostly plausible, sometimes garbage. Terms stay short.
fn field(rng: &mut Rng, key: &str) -> Loose {
    const TEXTS: [&str; 10] = [
        "",
        "all",
        "onDate",
        "afterPeriod",
        "2024-02-29",
        "2024-13-01",
        "0.0005",
        "daily",
        "monthly",
        "1e5",
    ];
    if rng.one_in(30) {
        return garbage(rng, &TEXTS, 0);
    }
    let days = [
        "2024-01-31",
        "2024-02-01",
        "2024-02-29",
        "2024-03-15",
        "2024-04-17",
        "2024-06-01",
        "2024-12-31",
        "2025-01-30",
        "2099-01-01",
        "2024-02-30",
    ];
    match key {
        "principal" => match rng.below(4) {
            0 => t("100000000"),
            1 => t("0.01"),
            _ => rng.fen(2_000_000),
        },
        "termMonths" => n(f64::from(u32::try_from(rng.below(14)).unwrap_or(1))),
        "method" => t(rng.pick(&[
            "equalInstallment",
            "equalInstallment",
            "equalPrincipal",
            "interestFirst",
            "bullet",
            "feeInstallment",
        ])),
        "annualRate" => t(rng.pick(&["0", "0.049", "0.18", "1"])),
        "dailyRate" => t(rng.pick(&["0", "0.0005", "0.0005", "0.0002777", "0.01"])),
        "accrual" => t(rng.pick(&["monthly", "daily", "daily", "daily", "yearly"])),
        "startDate" => t(rng.pick(&["2024-01-31", "2023-12-31", "2024-02-29", "9999-01-01"])),
        _ => object(
            rng,
            &["onDate", "amount", "afterPeriod", "mode"],
            |k| match k {
                "onDate" | "amount" => 13,
                _ => 1,
            },
            |rng, k| match k {
                "onDate" => t(rng.pick(&days)),
                "amount" => {
                    if rng.one_in(10) {
                        rng.fen(20_000)
                    } else {
                        t("all")
                    }
                }
                "afterPeriod" => rng.count(14),
                _ => t(rng.pick(&["reducePayment", "shortenTerm", "x"])),
            },
        ),
    }
}

#[test]
fn a_hundred_thousand_random_payoffs_never_panic() {
    const KEYS: [&str; 8] = [
        "principal",
        "termMonths",
        "method",
        "annualRate",
        "dailyRate",
        "accrual",
        "startDate",
        "prepayment",
    ];
    let mut rng = Rng(0x5EED_2024_0315_0001);
    let (mut planned, mut refused, mut between) = (0_u32, 0_u32, 0_u32);
    for _ in 0..100_000 {
        let input = if rng.one_in(20) {
            garbage(&mut rng, &["onDate", "prepayment", "all"], 0)
        } else {
            object(
                &mut rng,
                &KEYS,
                |k| match k {
                    "annualRate" => 1,
                    "accrual" => 4,
                    _ => 13,
                },
                field,
            )
        };
        match amortize_loose(&input) {
            Ok(s) => {
                planned += 1;
                assert!(
                    s.rows.last().is_some_and(|r| r.balance.is_zero()),
                    "{input:?}"
                );
                between += u32::from(s.apr.is_none());
            }
            Err(e) => {
                refused += 1;
                assert!(!e.errors().is_empty());
            }
        }
    }
    assert!(
        planned > 5_000 && refused > 5_000 && between > 2_000,
        "{planned} planned ({between} between due dates), {refused} refused"
    );
}
