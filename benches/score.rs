//! A small timing harness (no criterion): median microseconds of `score_profile` and `offers`
//! over the presets. Run: `cargo bench -p credit-sim --bench score`.
#![allow(clippy::print_stdout)]

use std::time::Instant;

use credit_sim::offers::{default_rules, offers};
use credit_sim::scoring::score_profile;

fn median_micros(mut run: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..201)
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
    let presets = credit_sim::presets::presets();
    let rules = default_rules();
    for p in &presets {
        let score = median_micros(|| {
            std::hint::black_box(score_profile(std::hint::black_box(&p.profile)));
        });
        let offer = median_micros(|| {
            std::hint::black_box(offers(std::hint::black_box(&p.profile), &rules));
        });
        println!(
            "{:<12} scoreProfile {score:>8.1} µs   offers {offer:>8.1} µs",
            p.id
        );
    }
}
