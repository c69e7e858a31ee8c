//! The lender's workbench, natively, one thread: µs per profile of generating a synthetic
//! population, of `offers()` + `scoreProfile()` one by one, and of the portfolio's underwriter
//! and tally; 100,000 and 1,000,000 profiles end to end; and 1,000,000 CSV rows read and tallied.
//! Run: `cargo bench -p credit-sim --bench portfolio` (BENCHMARKS.md, "The lender's workbench").
#![allow(clippy::print_stdout)]

use std::hint::black_box;
use std::time::Instant;

use credit_sim::offers::{default_rules, offers};
use credit_sim::portfolio::csv_read::{CsvItem, CsvProfiles};
use credit_sim::portfolio::csv_write::CsvWriter;
use credit_sim::portfolio::synthetic::{synthetic_profile, synthetic_range};
use credit_sim::portfolio::{PortfolioTally, Underwriter};
use credit_sim::scoring::score_profile;

fn seconds(run: impl FnOnce()) -> f64 {
    let start = Instant::now();
    run();
    start.elapsed().as_secs_f64()
}

fn main() {
    let rules = default_rules();
    let n: u64 = 100_000;
    let profiles: Vec<_> = synthetic_range(1, 0, n).collect();
    let per = |s: f64, count: u64| s * 1e6 / count as f64;

    let generate = seconds(|| {
        for i in 0..n {
            black_box(synthetic_profile(1, i));
        }
    });
    let slow_n = 10_000;
    let slow = seconds(|| {
        for p in &profiles[..slow_n] {
            black_box(score_profile(p));
            black_box(offers(p, &rules));
        }
    });
    let cold = seconds(|| {
        let mut u = Underwriter::new(&rules);
        let mut t = PortfolioTally::new();
        for p in &profiles {
            t.add(&u.row(p));
        }
        black_box(t.finish(&rules));
    });
    // The best of five: a fresh underwriter each time, so each run plans what it remembers.
    let whole_100k = (0..5)
        .map(|_| {
            seconds(|| {
                let mut u = Underwriter::new(&rules);
                let mut t = PortfolioTally::new();
                for p in synthetic_range(2, 0, n) {
                    t.add(&u.row(&p));
                }
                black_box(t.finish(&rules));
            })
        })
        .fold(f64::INFINITY, f64::min);
    let whole_1m = seconds(|| {
        let mut u = Underwriter::new(&rules);
        let mut t = PortfolioTally::new();
        for p in synthetic_range(3, 0, 1_000_000) {
            t.add(&u.row(&p));
        }
        black_box(t.finish(&rules));
    });
    println!("native, one thread, default rules, one run each (100,000 end to end: best of five):");
    println!(
        "  generate a synthetic profile        {:>7.2} µs",
        per(generate, n)
    );
    println!(
        "  scoreProfile + offers, one by one   {:>7.2} µs",
        per(slow, slow_n as u64)
    );
    println!(
        "  underwriter row + tally             {:>7.2} µs",
        per(cold, n)
    );
    println!(
        "  generate + row + tally, 100,000     {:>7.3} s ({:.2} µs each)",
        whole_100k,
        per(whole_100k, n)
    );
    println!(
        "  generate + row + tally, 1,000,000   {:>7.3} s ({:.2} µs each)",
        whole_1m,
        per(whole_1m, 1_000_000)
    );

    let mut writer = CsvWriter::profiles();
    let mut csv = Vec::new();
    let write = seconds(|| {
        for p in synthetic_range(4, 0, 1_000_000) {
            writer.profile(&p);
            if csv.len() % 64 == 0 {
                csv.extend(writer.take());
            }
        }
        csv.extend(writer.take());
    });
    let mut read_rows = 0_u64;
    let read = seconds(|| {
        let mut u = Underwriter::new(&rules);
        let mut t = PortfolioTally::new();
        for item in CsvProfiles::new(csv.as_slice()) {
            if let CsvItem::Profile { profile, .. } = item {
                t.add(&u.row(&profile));
                read_rows += 1;
            }
        }
        black_box(t.finish(&rules));
    });
    println!(
        "  write 1,000,000 profiles as CSV     {:>7.3} s ({} MB)",
        write,
        csv.len() / 1_000_000
    );
    println!(
        "  read + row + tally, {read_rows} rows {:>7.3} s ({:.2} µs each)",
        read,
        per(read, read_rows)
    );
}
