//! Bad input to `check_quote_loose`: every limit of a quote just inside and just outside, each
//! kind's fields, missing, conflicting and unknown fields, payments that add up to less than
//! what is received or to more than 100 times it; and a seeded fuzz of 100,000 random inputs
//! that must never panic.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fuzz::{garbage, object, Rng};
use credit_sim::input::Loose;
use credit_sim::quote::check_quote_loose;
use credit_sim::ErrorCode;

fn n(x: f64) -> Loose {
    Loose::Number(x)
}

fn t(s: &str) -> Loose {
    Loose::text(s)
}

/// A 12,000 card instalment at 0.6 % a month with `changes` to the top level (`None` removes).
fn quote(kind: Loose, changes: &[(&str, Option<Loose>)]) -> Loose {
    let mut pairs: Vec<(String, Loose)> = vec![
        ("principal".into(), t("12000")),
        ("periods".into(), n(12.0)),
        ("quote".into(), kind),
    ];
    for (key, value) in changes {
        pairs.retain(|(k, _)| k != key);
        if let Some(v) = value {
            pairs.push(((*key).to_owned(), v.clone()));
        }
    }
    Loose::Object(pairs)
}

fn kind(name: &str, fields: &[(&str, Loose)]) -> Loose {
    let mut pairs = vec![("kind".to_owned(), t(name))];
    pairs.extend(fields.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
    Loose::Object(pairs)
}

fn card() -> Loose {
    kind("feePerPeriod", &[("feeRate", t("0.006"))])
}

fn problems(input: &Loose) -> Vec<(String, ErrorCode)> {
    match check_quote_loose(input) {
        Ok(_) => Vec::new(),
        Err(e) => {
            for x in e.errors() {
                let last = x.field.rsplit('.').next().unwrap_or("");
                assert!(x.message.contains(last) || x.field == "(input)", "{x:?}");
            }
            e.errors()
                .iter()
                .map(|x| (x.field.clone(), x.code))
                .collect()
        }
    }
}

fn want(list: &[(&str, ErrorCode)]) -> Vec<(String, ErrorCode)> {
    list.iter().map(|(f, c)| ((*f).to_owned(), *c)).collect()
}

#[test]
fn limits_just_inside_and_just_outside() {
    use ErrorCode::*;
    let cases: Vec<(Loose, Vec<(String, ErrorCode)>)> = vec![
        (quote(card(), &[]), want(&[])),
        (
            quote(card(), &[("principal", Some(t("100000000")))]),
            want(&[]),
        ),
        (
            quote(card(), &[("principal", Some(t("100000000.01")))]),
            want(&[("principal", OutOfRange)]),
        ),
        (
            quote(card(), &[("principal", Some(t("0")))]),
            want(&[("principal", OutOfRange)]),
        ),
        (
            quote(card(), &[("principal", Some(t("10.001")))]),
            want(&[("principal", OutOfRange)]),
        ),
        (quote(card(), &[("periods", Some(n(1.0)))]), want(&[])),
        (quote(card(), &[("periods", Some(n(360.0)))]), want(&[])),
        (
            quote(card(), &[("periods", Some(n(361.0)))]),
            want(&[("periods", OutOfRange)]),
        ),
        (
            quote(card(), &[("periods", Some(n(0.0)))]),
            want(&[("periods", OutOfRange)]),
        ),
        (
            quote(card(), &[("periods", Some(n(1.5)))]),
            want(&[("periods", NotAnInteger)]),
        ),
        (
            quote(card(), &[("upfrontFee", Some(t("11800")))]),
            want(&[]),
        ),
        // Below the principal, but the payments are then more than 100 × the 0.01 received.
        (
            quote(card(), &[("upfrontFee", Some(t("11999.99")))]),
            want(&[("quote", OutOfRange)]),
        ),
        (
            quote(card(), &[("upfrontFee", Some(t("12000")))]),
            want(&[("upfrontFee", OutOfRange)]),
        ),
        (
            quote(card(), &[("upfrontFee", Some(t("-1")))]),
            want(&[("upfrontFee", OutOfRange)]),
        ),
        (
            quote(card(), &[("upfrontFee", Some(t("0.001")))]),
            want(&[("upfrontFee", OutOfRange)]),
        ),
        (quote(card(), &[("feePerPeriod", Some(n(0.0)))]), want(&[])),
        (
            quote(card(), &[("feePerPeriod", Some(t("1.234")))]),
            want(&[("feePerPeriod", OutOfRange)]),
        ),
        (
            quote(kind("feePerPeriod", &[("feeRate", t("0.1"))]), &[]),
            want(&[]),
        ),
        (
            quote(kind("feePerPeriod", &[("feeRate", t("0.1001"))]), &[]),
            want(&[("quote.feeRate", OutOfRange)]),
        ),
        (
            quote(kind("totalFee", &[("feeRate", t("0.9999"))]), &[]),
            want(&[]),
        ),
        (
            quote(kind("totalFee", &[("feeRate", t("1"))]), &[]),
            want(&[("quote.feeRate", OutOfRange)]),
        ),
        (
            quote(kind("flatRate", &[("monthlyRate", t("0.0833"))]), &[]),
            want(&[]),
        ),
        (
            quote(kind("flatRate", &[("monthlyRate", t("0.0834"))]), &[]),
            want(&[("quote.monthlyRate", OutOfRange)]),
        ),
        (
            quote(kind("flatRate", &[("annualRate", t("1.01"))]), &[]),
            want(&[("quote.annualRate", OutOfRange)]),
        ),
        (
            quote(
                kind("decliningRate", &[("dailyRate", t("0.0027778"))]),
                &[("startDate", Some(t("2024-01-31")))],
            ),
            want(&[("quote.dailyRate", OutOfRange)]),
        ),
        (
            quote(kind("decliningRate", &[("monthlyRate", t("-0.01"))]), &[]),
            want(&[("quote.monthlyRate", OutOfRange)]),
        ),
        (
            quote(
                kind(
                    "installment",
                    &[("payment", t("1000.5")), ("lastPayment", t("-2"))],
                ),
                &[],
            ),
            want(&[("quote.lastPayment", OutOfRange)]),
        ),
        (
            quote(
                card(),
                &[
                    ("startDate", Some(t("9990-01-01"))),
                    ("periods", Some(n(360.0))),
                ],
            ),
            want(&[("startDate", OutOfRange)]),
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(problems(&input), expected, "{input:?}");
    }
}

#[test]
fn missing_conflicting_unknown_and_refused_quotes() {
    use ErrorCode::*;
    let cases: Vec<(Loose, Vec<(String, ErrorCode)>)> = vec![
        (Loose::Null, want(&[("(input)", Missing)])),
        (
            Loose::object::<&str>([]),
            want(&[
                ("principal", Missing),
                ("periods", Missing),
                ("quote", Missing),
            ]),
        ),
        (quote(t("feePerPeriod"), &[]), want(&[("quote", WrongType)])),
        (
            quote(Loose::object::<&str>([]), &[]),
            want(&[("quote.kind", Missing)]),
        ),
        // An unknown kind: its other fields cannot be judged, so only the kind is named.
        (
            quote(kind("monthly", &[("feeRate", t("0.006"))]), &[]),
            want(&[("quote.kind", UnknownValue)]),
        ),
        (
            quote(kind("feePerPeriod", &[]), &[]),
            want(&[("quote.feeRate", Missing)]),
        ),
        (
            quote(
                kind("feePerPeriod", &[("feeRate", t("0.006")), ("fee", t("72"))]),
                &[],
            ),
            want(&[("quote.fee", UnknownField)]),
        ),
        (
            quote(kind("totalFee", &[]), &[]),
            want(&[("quote.fee", Missing)]),
        ),
        (
            quote(
                kind("totalFee", &[("fee", t("100")), ("feeRate", t("0.01"))]),
                &[],
            ),
            want(&[("quote.feeRate", Conflict)]),
        ),
        (
            quote(
                kind(
                    "flatRate",
                    &[("monthlyRate", t("0.008")), ("annualRate", t("0.096"))],
                ),
                &[],
            ),
            want(&[("quote.annualRate", Conflict)]),
        ),
        (
            quote(kind("flatRate", &[]), &[]),
            want(&[("quote.monthlyRate", Missing)]),
        ),
        (
            quote(kind("decliningRate", &[]), &[]),
            want(&[("quote.annualRate", Missing)]),
        ),
        (
            quote(
                kind(
                    "decliningRate",
                    &[("annualRate", t("0.1")), ("dailyRate", t("0.0003"))],
                ),
                &[],
            ),
            want(&[("quote.dailyRate", Conflict)]),
        ),
        (
            quote(
                kind(
                    "decliningRate",
                    &[("annualRate", t("0.1")), ("method", t("feeInstallment"))],
                ),
                &[],
            ),
            want(&[("quote.method", NotAllowed)]),
        ),
        (
            quote(
                kind(
                    "decliningRate",
                    &[("annualRate", t("0.1")), ("method", t("weekly"))],
                ),
                &[],
            ),
            want(&[("quote.method", UnknownValue)]),
        ),
        (
            quote(kind("decliningRate", &[("dailyRate", t("0.0005"))]), &[]),
            want(&[("startDate", Missing)]),
        ),
        (
            quote(
                kind(
                    "decliningRate",
                    &[("annualRate", t("0.1")), ("accrual", t("daily"))],
                ),
                &[("startDate", Some(t("2024-02-30")))],
            ),
            want(&[("startDate", BadDate)]),
        ),
        (
            quote(card(), &[("colour", Some(t("red")))]),
            want(&[("colour", UnknownField)]),
        ),
        (
            quote(
                kind("installment", &[("payment", t("abc"))]),
                &[("periods", Some(n(f64::NAN)))],
            ),
            want(&[("periods", NotFinite), ("quote.payment", NotANumber)]),
        ),
        // Payments below what is received: 12 × 999.99 < 12,000.
        (
            quote(kind("installment", &[("payment", t("999.99"))]), &[]),
            want(&[("quote", OutOfRange)]),
        ),
        // Exactly what is received: a free loan, APR 0.
        (
            quote(kind("installment", &[("payment", t("1000"))]), &[]),
            want(&[]),
        ),
        // 100 × R is the most a quote may ask; a fen more is refused.
        (
            quote(
                kind("installment", &[("payment", t("1200000"))]),
                &[("periods", Some(n(1.0)))],
            ),
            want(&[]),
        ),
        (
            quote(
                kind("installment", &[("payment", t("1200000.01"))]),
                &[("periods", Some(n(1.0)))],
            ),
            want(&[("quote", OutOfRange)]),
        ),
        // Amounts far beyond any limit are refused, never overflowed.
        (
            quote(
                kind(
                    "installment",
                    &[("payment", t("79228162514264337593543950335"))],
                ),
                &[("periods", Some(n(360.0)))],
            ),
            want(&[("quote", OutOfRange)]),
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(problems(&input), expected, "{input:?}");
    }
    let free = check_quote_loose(&quote(kind("installment", &[("payment", t("1000"))]), &[]))
        .expect("a free loan");
    assert!(free.apr.is_zero() && free.total_cost.is_zero());
}

const TEXTS: [&str; 14] = [
    "",
    "kind",
    "installment",
    "feePerPeriod",
    "totalFee",
    "flatRate",
    "decliningRate",
    "0.006",
    "abc",
    "1e5",
    "2024-02-29",
    "-0",
    "equalPrincipal",
    "daily",
];

/// A quote kind object: mostly a real kind with its fields, sometimes a wrong or extra one.
fn kind_object(rng: &mut Rng) -> Loose {
    let name = rng.pick(&[
        "installment",
        "feePerPeriod",
        "totalFee",
        "flatRate",
        "decliningRate",
        "other",
    ]);
    let keys: &[&str] = match name {
        "installment" => &["kind", "payment", "lastPayment"],
        "feePerPeriod" => &["kind", "feeRate"],
        "totalFee" => &["kind", "fee", "feeRate"],
        "flatRate" => &["kind", "monthlyRate", "annualRate"],
        _ => &[
            "kind",
            "annualRate",
            "monthlyRate",
            "dailyRate",
            "method",
            "accrual",
        ],
    };
    object(
        rng,
        keys,
        |k| match k {
            "kind" | "payment" => 13,
            "feeRate" | "monthlyRate" | "annualRate" => 6,
            _ => 3,
        },
        |rng, k| {
            if rng.one_in(25) {
                return garbage(rng, &TEXTS, 1);
            }
            match k {
                "kind" => t(name),
                "payment" | "lastPayment" => rng.fen(3_000),
                "fee" => rng.fen(2_000),
                "feeRate" => t(rng.pick(&["0", "0.006", "0.088", "0.1", "0.5", "1"])),
                "monthlyRate" => t(rng.pick(&["0", "0.008", "0.0833", "0.1"])),
                "annualRate" => t(rng.pick(&["0", "0.12", "1", "1.5"])),
                "dailyRate" => t(rng.pick(&["0.0005", "0.0027777", "0.01"])),
                "method" => t(rng.pick(&[
                    "equalInstallment",
                    "equalPrincipal",
                    "interestFirst",
                    "bullet",
                    "feeInstallment",
                ])),
                _ => t(rng.pick(&["monthly", "daily", "yearly"])),
            }
        },
    )
}

#[test]
fn a_hundred_thousand_random_quotes_never_panic() {
    const KEYS: [&str; 6] = [
        "principal",
        "periods",
        "startDate",
        "upfrontFee",
        "feePerPeriod",
        "quote",
    ];
    let mut rng = Rng(0x5EED_0006_0088_0001);
    let (mut checked, mut refused) = (0_u32, 0_u32);
    for _ in 0..100_000 {
        let input = if rng.one_in(10) {
            garbage(&mut rng, &TEXTS, 0)
        } else {
            object(
                &mut rng,
                &KEYS,
                |k| match k {
                    "principal" | "periods" | "quote" => 13,
                    _ => 4,
                },
                |rng, k| {
                    if rng.one_in(25) {
                        return garbage(rng, &TEXTS, 0);
                    }
                    match k {
                        "principal" => match rng.below(5) {
                            0 => t("100000000"),
                            1 => t("0.01"),
                            _ => rng.fen(20_000),
                        },
                        // Terms stay short (the fuzz is about validation), with a rare 360.
                        "periods" => {
                            if rng.one_in(50) {
                                n(360.0)
                            } else {
                                rng.count(25)
                            }
                        }
                        "startDate" => t(rng.pick(&["2024-01-31", "2024-02-30", "9999-01-01"])),
                        "upfrontFee" => rng.fen(500),
                        "feePerPeriod" => rng.fen(50),
                        _ => kind_object(rng),
                    }
                },
            )
        };
        match check_quote_loose(&input) {
            Ok(c) => {
                checked += 1;
                assert!(c.total_payment >= c.received, "{input:?}");
                assert!(!c.apr.is_sign_negative(), "{input:?}");
            }
            Err(e) => {
                refused += 1;
                assert!(!e.errors().is_empty());
            }
        }
    }
    assert!(
        checked > 5_000 && refused > 5_000,
        "{checked} checked, {refused} refused"
    );
}
