//! Bad input to `amortize_loose`: every MONEY.md limit just inside and just outside, missing and
//! doubled fields, non-numeric text, NaN and Infinity, field conflicts; and a seeded fuzz of
//! 100,000 random JSON-ish values that must never panic.
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::input::Loose;
use credit_sim::money::amortize_loose;
use credit_sim::ErrorCode;

fn n(x: f64) -> Loose {
    Loose::Number(x)
}

fn t(s: &str) -> Loose {
    Loose::text(s)
}

/// A valid equal-installment loan, with `changes` applied (`Loose::Null` value = remove the key
/// entirely; use `("key", Some(Loose::Null))` semantics via `with_null`).
fn loan(changes: &[(&str, Option<Loose>)]) -> Loose {
    let mut pairs: Vec<(String, Loose)> = vec![
        ("principal".into(), t("10000")),
        ("termMonths".into(), n(12.0)),
        ("method".into(), t("equalInstallment")),
        ("annualRate".into(), t("0.12")),
    ];
    for (key, value) in changes {
        pairs.retain(|(k, _)| k != key);
        if let Some(v) = value {
            pairs.push(((*key).to_owned(), v.clone()));
        }
    }
    Loose::Object(pairs)
}

fn problems(input: &Loose) -> Vec<(String, ErrorCode)> {
    match amortize_loose(input) {
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
    let daily = |rate: &str| {
        loan(&[
            ("annualRate", None),
            ("dailyRate", Some(t(rate))),
            ("startDate", Some(t("2024-01-31"))),
        ])
    };
    let fee = |rate: Loose| {
        loan(&[
            ("annualRate", None),
            ("method", Some(t("feeInstallment"))),
            ("feeRate", Some(rate)),
        ])
    };
    let cases: Vec<(Loose, Vec<(String, ErrorCode)>)> = vec![
        (loan(&[]), want(&[])),
        (loan(&[("principal", Some(t("0.01")))]), want(&[])),
        (loan(&[("principal", Some(t("100000000")))]), want(&[])),
        (loan(&[("principal", Some(n(100_000_000.0)))]), want(&[])),
        (
            loan(&[("principal", Some(t("0")))]),
            want(&[("principal", OutOfRange)]),
        ),
        (
            loan(&[("principal", Some(t("-0.01")))]),
            want(&[("principal", OutOfRange)]),
        ),
        (
            loan(&[("principal", Some(t("100000000.01")))]),
            want(&[("principal", OutOfRange)]),
        ),
        (
            loan(&[("principal", Some(t("10.001")))]),
            want(&[("principal", OutOfRange)]),
        ),
        (loan(&[("termMonths", Some(n(1.0)))]), want(&[])),
        (loan(&[("termMonths", Some(n(360.0)))]), want(&[])),
        (
            loan(&[("termMonths", Some(n(0.0)))]),
            want(&[("termMonths", OutOfRange)]),
        ),
        (
            loan(&[("termMonths", Some(n(361.0)))]),
            want(&[("termMonths", OutOfRange)]),
        ),
        (
            loan(&[("termMonths", Some(n(12.5)))]),
            want(&[("termMonths", NotAnInteger)]),
        ),
        (
            loan(&[("termMonths", Some(t("12")))]),
            want(&[("termMonths", WrongType)]),
        ),
        (loan(&[("annualRate", Some(t("0")))]), want(&[])),
        (loan(&[("annualRate", Some(t("1")))]), want(&[])),
        (loan(&[("annualRate", Some(n(1.0)))]), want(&[])),
        (
            loan(&[("annualRate", Some(t("1.0001")))]),
            want(&[("annualRate", OutOfRange)]),
        ),
        (
            loan(&[("annualRate", Some(t("-0.0001")))]),
            want(&[("annualRate", OutOfRange)]),
        ),
        (daily("0"), want(&[])),
        (daily("0.0027777"), want(&[])),
        (daily("0.0027778"), want(&[("dailyRate", OutOfRange)])),
        (daily("-0.0001"), want(&[("dailyRate", OutOfRange)])),
        (fee(t("0")), want(&[])),
        (fee(t("0.9999")), want(&[])),
        (fee(n(0.088)), want(&[])),
        (fee(t("1")), want(&[("feeRate", OutOfRange)])),
        (fee(t("-0.01")), want(&[("feeRate", OutOfRange)])),
    ];
    for (input, expected) in cases {
        assert_eq!(problems(&input), expected, "{input:?}");
    }
}

#[test]
fn missing_conflicting_unknown_and_doubled_fields() {
    use ErrorCode::*;
    let cases: Vec<(Loose, Vec<(String, ErrorCode)>)> = vec![
        (Loose::Null, want(&[("(input)", Missing)])),
        (n(3.0), want(&[("(input)", WrongType)])),
        (
            Loose::object::<&str>([]),
            want(&[
                ("principal", Missing),
                ("termMonths", Missing),
                ("method", Missing),
                ("annualRate", Missing),
            ]),
        ),
        (
            loan(&[("annualRate", None)]),
            want(&[("annualRate", Missing)]),
        ),
        (
            loan(&[("annualRate", Some(Loose::Null))]),
            want(&[("annualRate", Missing)]),
        ),
        (
            loan(&[("dailyRate", Some(t("0.0005")))]),
            want(&[("dailyRate", Conflict)]),
        ),
        (
            loan(&[("method", Some(t("equalinstallment")))]),
            want(&[("method", UnknownValue)]),
        ),
        (
            loan(&[("accrual", Some(t("weekly")))]),
            want(&[("accrual", UnknownValue)]),
        ),
        (
            loan(&[("accrual", Some(t("daily")))]),
            want(&[("startDate", Missing)]),
        ),
        (
            loan(&[
                ("accrual", Some(t("daily"))),
                ("startDate", Some(t("2024-02-30"))),
            ]),
            want(&[("startDate", BadDate)]),
        ),
        (
            loan(&[("startDate", Some(t("2024-2-01")))]),
            want(&[("startDate", BadDate)]),
        ),
        (
            loan(&[("startDate", Some(n(20240101.0)))]),
            want(&[("startDate", WrongType)]),
        ),
        (
            loan(&[
                ("startDate", Some(t("9990-01-01"))),
                ("termMonths", Some(n(360.0))),
            ]),
            want(&[("startDate", OutOfRange)]),
        ),
        (
            loan(&[("annualRate", None), ("dailyRate", Some(t("0.0005")))]),
            want(&[("startDate", Missing)]),
        ),
        (
            loan(&[
                ("annualRate", None),
                ("dailyRate", Some(t("0.0005"))),
                ("accrual", Some(t("monthly"))),
            ]),
            want(&[]),
        ),
        (
            loan(&[("feeRate", Some(t("0.01")))]),
            want(&[("feeRate", NotAllowed)]),
        ),
        (
            loan(&[("method", Some(t("feeInstallment")))]),
            want(&[("annualRate", NotAllowed), ("feeRate", Missing)]),
        ),
        (
            loan(&[
                ("method", Some(t("feeInstallment"))),
                ("annualRate", Some(t("0"))),
                ("feeRate", Some(t("0.05"))),
            ]),
            want(&[]),
        ),
        (
            loan(&[("Principal", Some(t("1")))]),
            want(&[("Principal", UnknownField)]),
        ),
        (
            loan(&[("colour", Some(t("red"))), ("termMonths", None)]),
            want(&[("termMonths", Missing), ("colour", UnknownField)]),
        ),
        (
            loan(&[("prepayment", Some(t("all")))]),
            want(&[("prepayment", WrongType)]),
        ),
        (loan(&[("prepayment", Some(Loose::Null))]), want(&[])),
        (
            loan(&[("prepayment", Some(Loose::object::<&str>([])))]),
            want(&[
                ("prepayment.afterPeriod", Missing),
                ("prepayment.amount", Missing),
                ("prepayment.mode", Missing),
            ]),
        ),
        (
            loan(&[(
                "prepayment",
                Some(Loose::object([
                    ("afterPeriod", n(12.0)),
                    ("amount", t("all")),
                    ("extra", n(1.0)),
                ])),
            )]),
            want(&[
                ("prepayment.extra", UnknownField),
                ("prepayment.afterPeriod", OutOfRange),
            ]),
        ),
        (
            loan(&[(
                "prepayment",
                Some(Loose::object([
                    ("afterPeriod", n(3.0)),
                    ("amount", t("ALL")),
                    ("mode", t("shortenTerm")),
                ])),
            )]),
            want(&[("prepayment.amount", NotANumber)]),
        ),
        (
            loan(&[(
                "prepayment",
                Some(Loose::object([
                    ("afterPeriod", n(3.0)),
                    ("amount", t("999999")),
                    ("mode", t("shortenTerm")),
                ])),
            )]),
            want(&[("prepayment.amount", OutOfRange)]),
        ),
        (
            loan(&[(
                "prepayment",
                Some(Loose::object([
                    ("afterPeriod", n(3.0)),
                    ("amount", t("5000")),
                    ("mode", t("faster")),
                ])),
            )]),
            want(&[("prepayment.mode", UnknownValue)]),
        ),
        (
            loan(&[
                ("method", Some(t("bullet"))),
                (
                    "prepayment",
                    Some(Loose::object([
                        ("afterPeriod", n(3.0)),
                        ("amount", t("all")),
                    ])),
                ),
            ]),
            want(&[("prepayment", NotAllowed)]),
        ),
        // Every problem at once.
        (
            Loose::object([
                ("principal", t("abc")),
                ("termMonths", n(f64::NAN)),
                ("method", n(1.0)),
                ("annualRate", n(f64::INFINITY)),
                ("x", Loose::Null),
            ]),
            want(&[
                ("principal", NotANumber),
                ("termMonths", NotFinite),
                ("method", WrongType),
                ("annualRate", NotFinite),
                ("x", UnknownField),
            ]),
        ),
        (
            loan(&[("principal", Some(n(f64::NEG_INFINITY)))]),
            want(&[("principal", NotFinite)]),
        ),
        (
            loan(&[("principal", Some(t("1e5")))]),
            want(&[("principal", NotANumber)]),
        ),
        (
            loan(&[("principal", Some(t(" 100")))]),
            want(&[("principal", NotANumber)]),
        ),
        (
            loan(&[("principal", Some(Loose::List(vec![])))]),
            want(&[("principal", WrongType)]),
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(problems(&input), expected, "{input:?}");
    }

    // A key given twice is read from its last occurrence, as JSON.parse does.
    let Loose::Object(mut pairs) = loan(&[]) else {
        unreachable!()
    };
    pairs.push(("principal".into(), t("20000")));
    let doubled = Loose::Object(pairs.clone());
    let schedule = amortize_loose(&doubled).expect("last occurrence wins");
    assert_eq!(
        schedule
            .rows
            .iter()
            .map(|r| r.principal)
            .sum::<rust_decimal::Decimal>(),
        rust_decimal::Decimal::from(20000)
    );
    pairs.push(("principal".into(), t("-1")));
    assert_eq!(
        problems(&Loose::Object(pairs)),
        want(&[("principal", OutOfRange)])
    );
}

/// A small, seeded xorshift generator: the fuzz needs no crate and is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        let len = u64::try_from(items.len()).unwrap_or(1);
        items[usize::try_from(self.below(len)).unwrap_or(0)]
    }
}

fn garbage(rng: &mut Rng, depth: u32) -> Loose {
    let numbers = [
        0.0,
        -1.0,
        1.0,
        0.5,
        1e300,
        -1e-300,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        360.0,
        361.0,
        1e8,
        0.049,
    ];
    let texts = [
        "",
        "all",
        "0.049",
        "-0",
        "1e5",
        "abc",
        "2024-02-29",
        "2023-02-29",
        "9999-12-31",
        "０",
        "1.005",
        "99999999999999999999999999999",
        "equalInstallment",
        "daily",
        "shortenTerm",
        ".",
    ];
    match rng.below(if depth > 2 { 4 } else { 6 }) {
        0 => Loose::Null,
        1 => Loose::Bool(rng.below(2) == 0),
        2 => Loose::Number(rng.pick(&numbers)),
        3 => t(rng.pick(&texts)),
        4 => Loose::List((0..rng.below(3)).map(|_| garbage(rng, depth + 1)).collect()),
        _ => Loose::Object(
            (0..rng.below(4))
                .map(|_| (rng.pick(&texts).to_string(), garbage(rng, depth + 1)))
                .collect(),
        ),
    }
}

/// A value for `key`: mostly plausible, sometimes garbage. Terms stay short (the fuzz hunts for
/// panics in validation and edge arithmetic, not for slow 360-row plans, which the property
/// tests cover) except for a rare 360.
fn field(rng: &mut Rng, key: &str) -> Loose {
    if rng.below(12) == 0 {
        return garbage(rng, 0);
    }
    let fen = |rng: &mut Rng, max: u64| t(&format!("{}.{:02}", rng.below(max), rng.below(100)));
    match key {
        "principal" => match rng.below(4) {
            0 => t("100000000"),
            1 => t("0.01"),
            _ => fen(rng, 2_000_000),
        },
        "termMonths" => n(if rng.below(50) == 0 {
            360.0
        } else {
            f64::from(u32::try_from(rng.below(25)).unwrap_or(1))
        }),
        "method" => t(rng.pick(&[
            "equalInstallment",
            "equalPrincipal",
            "interestFirst",
            "bullet",
            "feeInstallment",
            "other",
        ])),
        "annualRate" => t(rng.pick(&["0", "0.049", "0.18", "1", "1.01", "0.36"])),
        "dailyRate" => t(rng.pick(&["0", "0.0005", "0.0002777", "0.01"])),
        "feeRate" => t(rng.pick(&["0", "0.088", "0.9999", "1"])),
        "accrual" => t(rng.pick(&["monthly", "daily", "yearly"])),
        "startDate" => t(rng.pick(&[
            "2024-01-31",
            "2023-12-31",
            "2024-02-29",
            "2024-13-01",
            "9999-01-01",
            "1-1-1",
        ])),
        _ => {
            let mut pairs = vec![];
            if rng.below(5) != 0 {
                pairs.push((
                    "afterPeriod".to_owned(),
                    n(f64::from(u32::try_from(rng.below(26)).unwrap_or(0))),
                ));
            }
            if rng.below(5) != 0 {
                pairs.push((
                    "amount".to_owned(),
                    if rng.below(3) == 0 {
                        t("all")
                    } else {
                        fen(rng, 50_000)
                    },
                ));
            }
            if rng.below(3) != 0 {
                pairs.push((
                    "mode".to_owned(),
                    t(rng.pick(&["reducePayment", "shortenTerm", "x"])),
                ));
            }
            Loose::Object(pairs)
        }
    }
}

#[test]
fn a_hundred_thousand_random_inputs_never_panic() {
    const KEYS: [&str; 9] = [
        "principal",
        "termMonths",
        "method",
        "annualRate",
        "dailyRate",
        "feeRate",
        "accrual",
        "startDate",
        "prepayment",
    ];
    let mut rng = Rng(0x5EED_2024_0229_0001);
    let (mut planned, mut refused) = (0_u32, 0_u32);
    for _ in 0..100_000 {
        let input = if rng.below(10) == 0 {
            garbage(&mut rng, 0)
        } else {
            let mut pairs = Vec::new();
            for key in KEYS {
                // Required-looking fields are usually there, the rest sometimes.
                let keep = match key {
                    "principal" | "termMonths" | "method" => 13,
                    "annualRate" => 10,
                    _ => 3,
                };
                if rng.below(14) < keep {
                    pairs.push((key.to_owned(), field(&mut rng, key)));
                }
            }
            if rng.below(20) == 0 {
                pairs.push(("unknown".to_owned(), garbage(&mut rng, 0)));
            }
            if rng.below(20) == 0 {
                let key = rng.pick(&KEYS).to_string();
                pairs.push((key.clone(), field(&mut rng, &key)));
            }
            Loose::Object(pairs)
        };
        match amortize_loose(&input) {
            Ok(s) => {
                planned += 1;
                assert!(
                    s.rows.last().is_some_and(|r| r.balance.is_zero()),
                    "{input:?}"
                );
            }
            Err(e) => {
                refused += 1;
                assert!(!e.errors().is_empty());
            }
        }
    }
    // The mix must exercise both paths.
    assert!(
        planned > 5_000 && refused > 5_000,
        "{planned} planned, {refused} refused"
    );
}
