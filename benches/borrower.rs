//! A small timing harness (no criterion) for the borrower's tools natively: median microseconds
//! of `check_quote` and `revolve` over 360 periods, and of `plan_to_target` for every preset
//! toward every product and the slowest goals found (an unreachable score, 120-month horizons).
//! Run: `cargo bench -p credit-sim --bench borrower`.
#![allow(clippy::print_stdout)]

use std::hint::black_box;
use std::time::Instant;

use credit_sim::money::Date;
use credit_sim::quote::{check_quote, QuoteInput, QuoteKind};
use credit_sim::revolving::{revolve, Repayment, RevolvingInput};
use credit_sim::target::{plan_to_target, Product, Target, TargetInput};
use rust_decimal::Decimal;

fn median_micros(mut run: impl FnMut()) -> f64 {
    for _ in 0..5 {
        run();
    }
    let mut samples: Vec<f64> = (0..101)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    let start = Date::new(2024, 1, 31).unwrap_or_else(|_| unreachable!("a real day"));
    let quotes = [
        (
            "checkQuote decliningRate 360 (mortgage)",
            QuoteKind::DecliningRate {
                rate: credit_sim::money::Rate::Annual(Decimal::new(49, 3)),
                method: credit_sim::money::Method::EqualInstallment,
                accrual: credit_sim::money::Accrual::Monthly,
            },
        ),
        (
            "checkQuote feePerPeriod 360",
            QuoteKind::FeePerPeriod {
                fee_rate: Decimal::new(6, 3),
            },
        ),
    ];
    for (name, kind) in quotes {
        let quote = QuoteInput {
            principal: Decimal::from(1_000_000),
            periods: 360,
            start_date: Some(start),
            upfront_fee: Decimal::ZERO,
            fee_per_period: Decimal::ZERO,
            kind,
        };
        let us = median_micros(|| {
            black_box(check_quote(black_box(&quote)).ok());
        });
        println!("{name:<44} {us:>9.1} µs");
    }
    let paid = RevolvingInput {
        repayment: Repayment::Fixed(Decimal::from(1_550)),
        max_months: 600,
        ..RevolvingInput::minimum(Decimal::from(100_000), start)
    };
    let long = RevolvingInput {
        repayment: Repayment::Minimum {
            share: Decimal::new(2, 2),
            floor: Decimal::ZERO,
        },
        ..RevolvingInput::minimum(Decimal::from(8_000), start)
    };
    for (name, input) in [
        ("revolve 100,000 at 1,550 a month", paid),
        ("revolve 2 % minimum, 360 months", long),
    ] {
        let months = revolve(&input).map_or(0, |r| r.months);
        let us = median_micros(|| {
            black_box(revolve(black_box(&input)).ok());
        });
        println!("{name:<44} {us:>9.1} µs   ({months} months)");
    }
    let mut slowest = (0.0, String::new());
    let mut total = 0.0;
    let mut count = 0_u32;
    let targets = Product::ALL
        .iter()
        .map(|&(_, p)| Target::Product(p))
        .chain([Target::Score(700), Target::Score(950)]);
    let targets: Vec<Target> = targets.collect();
    for preset in credit_sim::presets::presets() {
        for &target in &targets {
            for horizon in [24, 120] {
                let input = TargetInput {
                    horizon_months: horizon,
                    ..TargetInput::new(preset.profile.clone(), target)
                };
                let us = median_micros(|| {
                    black_box(plan_to_target(black_box(&input)));
                });
                total += us;
                count += 1;
                if us > slowest.0 {
                    slowest = (us, format!("{} {target:?} over {horizon}", preset.id));
                }
            }
        }
    }
    println!(
        "planToTarget: {count} goals, mean {:.1} µs, slowest {:.1} µs ({})",
        total / f64::from(count),
        slowest.0,
        slowest.1
    );
}
