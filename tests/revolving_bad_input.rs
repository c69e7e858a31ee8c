//! Bad input to `revolve_loose`: every limit just inside and just outside, the defaults, the
//! minimum rule against a fixed payment, missing and unknown fields; and a seeded fuzz of 100,000
//! random inputs that must never panic.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fuzz::{garbage, object, Rng};
use credit_sim::input::Loose;
use credit_sim::revolving::{revolve_loose, Repayment, RevolvingInput};
use credit_sim::ErrorCode;
use rust_decimal::Decimal;

fn n(x: f64) -> Loose {
    Loose::Number(x)
}

fn t(s: &str) -> Loose {
    Loose::text(s)
}

/// A 10,000 statement of 2024-01-10 with `changes` (`None` removes a field).
fn input(changes: &[(&str, Option<Loose>)]) -> Loose {
    let mut pairs: Vec<(String, Loose)> = vec![
        ("statement".into(), t("10000")),
        ("startDate".into(), t("2024-01-10")),
    ];
    for (key, value) in changes {
        pairs.retain(|(k, _)| k != key);
        if let Some(v) = value {
            pairs.push(((*key).to_owned(), v.clone()));
        }
    }
    Loose::Object(pairs)
}

fn problems(value: &Loose) -> Vec<(String, ErrorCode)> {
    match revolve_loose(value) {
        Ok(_) => Vec::new(),
        Err(e) => {
            for x in e.errors() {
                assert!(
                    x.message.contains(&x.field) || x.field == "(input)",
                    "{x:?}"
                );
            }
            e.errors()
                .iter()
                .map(|x| (x.field.clone(), x.code))
                .collect()
        }
    }
}

#[test]
fn the_defaults_are_the_minimum_rule_at_five_hundredths_of_a_percent_a_day() {
    let got = RevolvingInput::from_loose(&input(&[])).expect("valid");
    let start = "2024-01-10".parse().expect("a date");
    assert_eq!(got, RevolvingInput::minimum(Decimal::from(10_000), start));
    assert_eq!(got.max_months, 360);
    assert_eq!(got.daily_rate, Decimal::new(5, 4));
    let fixed =
        RevolvingInput::from_loose(&input(&[("monthlyPayment", Some(t("800")))])).expect("valid");
    assert_eq!(fixed.repayment, Repayment::Fixed(Decimal::from(800)));
}

#[test]
fn limits_just_inside_and_just_outside() {
    use ErrorCode::*;
    let cases: Vec<(Loose, Vec<(&str, ErrorCode)>)> = vec![
        (input(&[("statement", Some(t("0.01")))]), vec![]),
        (input(&[("statement", Some(t("10000000")))]), vec![]),
        (
            input(&[("statement", Some(t("10000000.01")))]),
            vec![("statement", OutOfRange)],
        ),
        (
            input(&[("statement", Some(t("0")))]),
            vec![("statement", OutOfRange)],
        ),
        (
            input(&[("statement", Some(t("1.001")))]),
            vec![("statement", OutOfRange)],
        ),
        (input(&[("dailyRate", Some(t("0")))]), vec![]),
        (input(&[("dailyRate", Some(t("0.0027777")))]), vec![]),
        (
            input(&[("dailyRate", Some(t("0.0027778")))]),
            vec![("dailyRate", OutOfRange)],
        ),
        (
            input(&[("dailyRate", Some(t("-0.0001")))]),
            vec![("dailyRate", OutOfRange)],
        ),
        (input(&[("minimumShare", Some(t("1")))]), vec![]),
        (input(&[("minimumShare", Some(t("0.0001")))]), vec![]),
        (
            input(&[("minimumShare", Some(t("0")))]),
            vec![("minimumShare", OutOfRange)],
        ),
        (
            input(&[("minimumShare", Some(t("1.01")))]),
            vec![("minimumShare", OutOfRange)],
        ),
        (input(&[("minimumFloor", Some(t("0")))]), vec![]),
        (
            input(&[("minimumFloor", Some(t("-1")))]),
            vec![("minimumFloor", OutOfRange)],
        ),
        (
            input(&[("minimumFloor", Some(t("0.001")))]),
            vec![("minimumFloor", OutOfRange)],
        ),
        (input(&[("monthlyPayment", Some(t("0.01")))]), vec![]),
        (
            input(&[("monthlyPayment", Some(t("0")))]),
            vec![("monthlyPayment", OutOfRange)],
        ),
        (input(&[("maxMonths", Some(n(1.0)))]), vec![]),
        (input(&[("maxMonths", Some(n(600.0)))]), vec![]),
        (
            input(&[("maxMonths", Some(n(601.0)))]),
            vec![("maxMonths", OutOfRange)],
        ),
        (
            input(&[("maxMonths", Some(n(0.0)))]),
            vec![("maxMonths", OutOfRange)],
        ),
        (
            input(&[("maxMonths", Some(n(12.5)))]),
            vec![("maxMonths", NotAnInteger)],
        ),
        (
            input(&[
                ("startDate", Some(t("9999-01-10"))),
                ("maxMonths", Some(n(11.0))),
            ]),
            vec![],
        ),
        (
            input(&[
                ("startDate", Some(t("9999-01-10"))),
                ("maxMonths", Some(n(12.0))),
            ]),
            vec![("startDate", OutOfRange)],
        ),
    ];
    for (value, want) in cases {
        let want: Vec<(String, ErrorCode)> =
            want.into_iter().map(|(f, c)| (f.to_owned(), c)).collect();
        assert_eq!(problems(&value), want, "{value:?}");
    }
}

#[test]
fn missing_conflicting_and_unknown_fields() {
    use ErrorCode::*;
    let cases: Vec<(Loose, Vec<(&str, ErrorCode)>)> = vec![
        (Loose::Null, vec![("(input)", Missing)]),
        (
            Loose::object::<&str>([]),
            vec![("statement", Missing), ("startDate", Missing)],
        ),
        (
            input(&[("startDate", Some(t("2024-02-30")))]),
            vec![("startDate", BadDate)],
        ),
        (
            input(&[("startDate", Some(n(20240110.0)))]),
            vec![("startDate", WrongType)],
        ),
        (
            input(&[
                ("monthlyPayment", Some(t("500"))),
                ("minimumShare", Some(t("0.1"))),
            ]),
            vec![("monthlyPayment", Conflict)],
        ),
        (
            input(&[
                ("monthlyPayment", Some(t("500"))),
                ("minimumFloor", Some(t("100"))),
            ]),
            vec![("monthlyPayment", Conflict)],
        ),
        // A `null` is the field left out.
        (
            input(&[
                ("monthlyPayment", Some(t("500"))),
                ("minimumFloor", Some(Loose::Null)),
            ]),
            vec![],
        ),
        (
            input(&[("minimumShare", Some(t("ten")))]),
            vec![("minimumShare", NotANumber)],
        ),
        (
            input(&[
                ("statement", Some(n(f64::NAN))),
                ("dailyRate", Some(n(f64::INFINITY))),
            ]),
            vec![("statement", NotFinite), ("dailyRate", NotFinite)],
        ),
        (
            input(&[("statment", Some(t("10")))]),
            vec![("statment", UnknownField)],
        ),
    ];
    for (value, want) in cases {
        let want: Vec<(String, ErrorCode)> =
            want.into_iter().map(|(f, c)| (f.to_owned(), c)).collect();
        assert_eq!(problems(&value), want, "{value:?}");
    }
}

#[test]
fn a_hundred_thousand_random_statements_never_panic() {
    const KEYS: [&str; 7] = [
        "statement",
        "startDate",
        "dailyRate",
        "minimumShare",
        "minimumFloor",
        "monthlyPayment",
        "maxMonths",
    ];
    const TEXTS: [&str; 8] = [
        "",
        "statement",
        "0.1",
        "100",
        "abc",
        "2024-01-31",
        "1e5",
        "-0",
    ];
    let mut rng = Rng(0x5EED_0100_0010_0001);
    let (mut repaid, mut refused) = (0_u32, 0_u32);
    for _ in 0..100_000 {
        let value = if rng.one_in(10) {
            garbage(&mut rng, &TEXTS, 0)
        } else {
            object(
                &mut rng,
                &KEYS,
                |k| match k {
                    "statement" | "startDate" => 13,
                    "monthlyPayment" => 2,
                    _ => 3,
                },
                |rng, k| {
                    if rng.one_in(25) {
                        return garbage(rng, &TEXTS, 0);
                    }
                    match k {
                        "statement" => match rng.below(5) {
                            0 => t("10000000"),
                            1 => t("0.01"),
                            _ => rng.fen(50_000),
                        },
                        "startDate" => {
                            t(rng.pick(&["2024-01-31", "2023-02-28", "9999-06-30", "2024-02-30"]))
                        }
                        "dailyRate" => t(rng.pick(&["0", "0.0005", "0.0027777", "0.01"])),
                        "minimumShare" => t(rng.pick(&["0", "0.01", "0.1", "1", "2"])),
                        "minimumFloor" => rng.fen(300),
                        "monthlyPayment" => rng.fen(5_000),
                        // Short runs: the fuzz is about validation and the edges of a month.
                        _ => rng.count(40),
                    }
                },
            )
        };
        match revolve_loose(&value) {
            Ok(out) => {
                repaid += 1;
                assert_eq!(usize::try_from(out.months).ok(), Some(out.rows.len()));
                assert_eq!(out.apr.is_some(), out.paid_off, "{value:?}");
            }
            Err(e) => {
                refused += 1;
                assert!(!e.errors().is_empty());
            }
        }
    }
    assert!(
        repaid > 5_000 && refused > 5_000,
        "{repaid} repaid, {refused} refused"
    );
}
