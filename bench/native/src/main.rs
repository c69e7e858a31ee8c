//! Native timing of the money core: a 360-row schedule split into its parts (validation,
//! planning with totals and APR (fast and reference), the APR's IRR alone, writing it as text
//! with serde_json and with money::json), so the JS figures can
//! be read as "the maths" versus "crossing into JavaScript". Run by scripts/bench.
#![allow(clippy::print_stdout)]

use std::hint::black_box;
use std::time::Instant;

use credit_sim::input::Loose;
use credit_sim::money::json::{amortize_fields, amortize_json};
use credit_sim::money::{
    amortize, amortize_reference, apr::monthly_irr, fast::amortize_fast, loan_from_loose,
};

/// Median µs per call of `f`, over batches of about 20 ms, for about `budget_ms` in all.
fn median_us(budget_ms: u64, mut f: impl FnMut()) -> f64 {
    // Calibrate a batch size.
    let mut batch = 1_u32;
    loop {
        let t = Instant::now();
        for _ in 0..batch {
            f();
        }
        if t.elapsed().as_micros() > 20_000 || batch > 1 << 20 {
            break;
        }
        batch *= 2;
    }
    let mut samples = Vec::new();
    let start = Instant::now();
    while start.elapsed().as_millis() < u128::from(budget_ms) || samples.len() < 5 {
        let t = Instant::now();
        for _ in 0..batch {
            f();
        }
        samples.push(t.elapsed().as_secs_f64() * 1e6 / f64::from(batch));
    }
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn loan(method: &str) -> Loose {
    Loose::object([
        ("principal", Loose::text("1000000")),
        ("termMonths", Loose::Number(360.0)),
        ("method", Loose::text(method)),
        ("annualRate", Loose::text("0.049")),
    ])
}

fn main() {
    println!("{{");
    let methods = ["equalInstallment", "equalPrincipal"];
    for (i, method) in methods.iter().enumerate() {
        let input = loan(method);
        let typed = loan_from_loose(&input).expect("valid");
        let schedule = amortize(&typed).expect("plans");
        let flows = schedule.cash_flows();
        let validate = median_us(300, || {
            black_box(loan_from_loose(black_box(&input)).ok());
        });
        let plan = median_us(400, || {
            black_box(amortize(black_box(&typed)).ok());
        });
        assert_eq!(amortize_fast(&typed).as_ref(), Ok(&schedule));
        let fast = median_us(300, || {
            black_box(amortize_fast(black_box(&typed)).ok());
        });
        let mut one = typed.clone();
        one.term_months = 1;
        let fast_one = median_us(200, || {
            black_box(amortize_fast(black_box(&one)).ok());
        });
        let irr = median_us(300, || {
            black_box(monthly_irr(typed.principal, black_box(&flows)));
        });
        assert_eq!(amortize_reference(&typed).as_ref(), Ok(&schedule));
        let reference = median_us(400, || {
            black_box(amortize_reference(black_box(&typed)).ok());
        });
        let fields = median_us(300, || {
            black_box(amortize_fields(black_box(&typed)).ok());
        });
        let json_text = median_us(300, || {
            black_box(amortize_json(black_box(&typed)).ok());
        });
        let json = median_us(300, || {
            black_box(serde_json::to_string(black_box(&schedule)).ok());
        });
        let comma = if i + 1 < methods.len() { "," } else { "" };
        println!(
            "  \"{method}\": {{ \"rows\": {}, \"validateUs\": {validate:.2}, \"amortizeUs\": {plan:.2}, \"amortizeFastUs\": {fast:.2}, \"amortizeFast1MonthUs\": {fast_one:.2}, \"aprIrrUs\": {irr:.2}, \"toJsonUs\": {json:.2}, \"amortizeReferenceUs\": {reference:.2}, \"amortizeFieldsUs\": {fields:.2}, \"amortizeJsonUs\": {json_text:.2} }}{comma}",
            schedule.rows.len()
        );
    }
    println!("}}");
}
