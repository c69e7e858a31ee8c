//! Properties of the lender's workbench over random populations: the portfolio equals
//! `offers()` and `scoreProfile()` profile by profile; a stricter threshold never approves more;
//! a seed always gives the same population and another seed another; every synthetic profile
//! validates; CSV written from profiles reads back into the same profiles, however the bytes are
//! cut into chunks; tallies merged in any split equal one pass.
#![cfg(not(target_arch = "wasm32"))]

use credit_sim::input::Loose;
use credit_sim::offers::{default_rules, offers, ProductRules};
use credit_sim::portfolio::csv_read::{CsvItem, CsvProfileReader, CsvRead};
use credit_sim::portfolio::csv_write::profiles_to_csv;
use credit_sim::portfolio::synthetic::{synthetic_profile, synthetic_range};
use credit_sim::portfolio::{portfolio, PortfolioTally, ScoredRow, Underwriter};
use credit_sim::profile::Profile;
use credit_sim::scoring::score_profile;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Rules changed where portfolios are most sensitive: thresholds, the debt-service ratio, the
/// insurance fee and the loss given default.
fn rules() -> impl Strategy<Value = ProductRules> {
    (
        500_u32..=750,
        450_u32..=700,
        1_u32..=9,
        0_u32..=3,
        1_u32..=10,
    )
        .prop_map(
            |(loan_min, line_min, ratio_tenths, insurance_pct, lgd_tenths)| {
                let mut r = default_rules();
                r.credit_loan.min_score = loan_min;
                r.credit_line.min_score = line_min;
                r.micro_business.min_score = loan_min;
                r.credit_loan.max_debt_service_ratio = Decimal::new(i64::from(ratio_tenths), 1);
                r.credit_loan.insurance_fee_rate = Decimal::new(i64::from(insurance_pct), 2);
                r.pricing.loss_given_default = Decimal::new(i64::from(lgd_tenths), 1);
                r
            },
        )
}

fn population() -> impl Strategy<Value = Vec<Profile>> {
    (any::<u64>(), 0_u64..900_000, 1_u64..60)
        .prop_map(|(seed, from, count)| synthetic_range(seed, from, count).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_row_equals_offers_and_score_profile(people in population(), rules in rules()) {
        let mut underwriter = Underwriter::new(&rules);
        let mut tally = PortfolioTally::new();
        let mut want = PortfolioTally::new();
        for p in &people {
            let reference = ScoredRow::from_offers(&score_profile(p), &offers(p, &rules), &rules);
            let row = underwriter.row(p);
            prop_assert_eq!(row, reference);
            tally.add(&row);
            want.add(&reference);
        }
        prop_assert_eq!(tally.finish(&rules), want.finish(&rules));
    }

    #[test]
    fn a_higher_minimum_score_never_approves_more(people in population(), rules in rules(), more in 1_u32..100) {
        let mut strict = rules.clone();
        strict.credit_loan.min_score += more;
        strict.credit_line.min_score += more;
        strict.micro_business.min_score += more;
        let loose = portfolio(&people, &rules).products;
        let tight = portfolio(&people, &strict).products;
        prop_assert!(tight.credit_loan.eligible <= loose.credit_loan.eligible);
        prop_assert!(tight.credit_line.eligible <= loose.credit_line.eligible);
        prop_assert!(tight.micro_business.eligible <= loose.micro_business.eligible);
        prop_assert!(tight.credit_loan.total_limit <= loose.credit_loan.total_limit);
    }

    #[test]
    fn a_seed_gives_one_population_and_another_seed_another(seed in any::<u64>(), other in any::<u64>(), from in 0_u64..999_990) {
        let a: Vec<Profile> = synthetic_range(seed, from, 10).collect();
        prop_assert_eq!(&a, &synthetic_range(seed, from, 10).collect::<Vec<_>>());
        for (k, p) in a.iter().enumerate() {
            prop_assert_eq!(p, &synthetic_profile(seed, from + k as u64));
        }
        if other != seed {
            prop_assert_ne!(&a, &synthetic_range(other, from, 10).collect::<Vec<_>>());
        }
    }

    #[test]
    fn every_synthetic_profile_validates(seed in any::<u64>(), index in 0_u64..1_000_000) {
        let p = synthetic_profile(seed, index);
        prop_assert_eq!(Profile::from_loose(&p.to_loose()), Ok(p));
    }

    /// Up to 600 profiles, past the 64 KiB looked at before the first row, in chunks of any size,
    /// empty ones included.
    #[test]
    fn csv_written_from_profiles_reads_back_in_any_chunks(
        seed in any::<u64>(),
        count in prop_oneof![1_u64..40, 300_u64..600],
        cuts in prop::collection::vec(0_usize..70_000, 1..20),
    ) {
        let people: Vec<Profile> = synthetic_range(seed, 0, count).collect();
        let text = profiles_to_csv(&people);
        let mut reader = CsvProfileReader::new();
        let mut bytes = text.as_bytes();
        for cut in cuts.iter().cycle().take(10_000) {
            let (now, later) = bytes.split_at((*cut).min(bytes.len()));
            reader.push(now);
            // A stream may hand over an empty chunk: it is not the end of the file.
            reader.push(&[]);
            bytes = later;
        }
        reader.push(bytes);
        reader.finish();
        let read = CsvRead::collect(std::iter::from_fn(|| reader.next_item()));
        prop_assert_eq!(&read.profiles, &people);
        prop_assert!(read.rejected_rows.is_empty() && read.warnings.is_empty(), "{:?}", read);
    }

    #[test]
    fn tallies_merge_exactly_in_any_split(people in population(), split in any::<prop::sample::Index>()) {
        let rules = default_rules();
        let at = split.index(people.len() + 1);
        let part = |slice: &[Profile]| {
            let mut u = Underwriter::new(&rules);
            let mut t = PortfolioTally::new();
            for p in slice {
                t.add(&u.row(p));
            }
            t
        };
        let (left, right) = people.split_at(at);
        let mut a = part(left);
        a.merge(&part(right));
        let mut b = part(right);
        b.merge(&part(left));
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(a.finish(&rules), portfolio(&people, &rules));
    }
}

#[test]
fn the_loose_entry_points_validate_everything_at_once() {
    use credit_sim::portfolio::{portfolio_loose, synthetic_profiles_loose};
    let fields = |r: Result<(), credit_sim::ValidationErrors>| -> Vec<String> {
        r.err()
            .map(|e| e.errors().iter().map(|x| x.field.clone()).collect())
            .unwrap_or_default()
    };
    let mut bad = default_profile_loose();
    if let Loose::Object(pairs) = &mut bad {
        pairs.retain(|(k, _)| k != "age");
    }
    let input = Loose::object([
        ("profiles", Loose::List(vec![default_profile_loose(), bad])),
        ("rules", Loose::object([("lpr", Loose::text("x"))])),
        ("extra", Loose::Bool(true)),
    ]);
    let got = fields(portfolio_loose(&input).map(|_| ()));
    assert!(got.contains(&"profiles[1].age".to_owned()), "{got:?}");
    assert!(got.contains(&"rules.lpr".to_owned()), "{got:?}");
    assert!(got.contains(&"extra".to_owned()), "{got:?}");
    let cases = [
        (
            Loose::object([("seed", Loose::Number(1.0)), ("count", Loose::Number(3.0))]),
            vec![],
        ),
        (
            Loose::object([
                ("seed", Loose::Number(1.0)),
                ("count", Loose::Number(1_000_001.0)),
            ]),
            vec!["count"],
        ),
        (
            Loose::object([("seed", Loose::Number(-1.0)), ("count", Loose::Number(0.5))]),
            vec!["seed", "count"],
        ),
        (
            Loose::object([
                ("seed", Loose::Number(1.0)),
                ("count", Loose::Number(10.0)),
                ("from", Loose::Number(999_995.0)),
            ]),
            vec!["count"],
        ),
        (
            Loose::object([("count", Loose::Number(1.0)), ("size", Loose::Number(1.0))]),
            vec!["seed", "size"],
        ),
        (Loose::Number(3.0), vec!["(input)"]),
    ];
    for (input, want) in cases {
        assert_eq!(
            fields(synthetic_profiles_loose(&input).map(|_| ())),
            want,
            "{input:?}"
        );
    }
    let three = synthetic_profiles_loose(&Loose::object([
        ("seed", Loose::Number(5.0)),
        ("count", Loose::Number(3.0)),
        ("from", Loose::Number(7.0)),
    ]));
    assert_eq!(three, Ok(synthetic_range(5, 7, 3).collect()));
    let empty = portfolio_loose(&Loose::object([("profiles", Loose::List(vec![]))]))
        .map(|p| (p.count, p.average_score));
    assert_eq!(empty, Ok((0, None)));
}

fn default_profile_loose() -> Loose {
    credit_sim::default_profile().to_loose()
}

#[test]
fn items_come_out_as_soon_as_their_row_is_complete() {
    let mut reader = CsvProfileReader::new();
    let text = profiles_to_csv(&synthetic_range(9, 0, 2_000).collect::<Vec<_>>());
    // Without its last line end, the last row is complete only when the file ends.
    reader.push(text.trim_end().as_bytes());
    let ready = std::iter::from_fn(|| reader.next_item())
        .filter(|i| matches!(i, CsvItem::Profile { .. }))
        .count();
    assert_eq!(ready, 1_999);
    reader.finish();
    assert!(matches!(
        reader.next_item(),
        Some(CsvItem::Profile { row: 2_001, .. })
    ));
}
