//! Schedule benchmark (no criterion: a small harness of our own): median µs per schedule for
//! 12, 120 and 360 rows × every method, APR included.
//!
//! `cargo bench -p credit-sim --bench schedule`

use std::hint::black_box;
use std::time::Instant;

use credit_sim::money::{amortize, Accrual, Date, Loan, Method, Rate};
use rust_decimal::Decimal;

fn loan(method: Method, term: u32, daily: bool) -> Loan {
    let start = Date::new(2024, 1, 31).ok();
    let base = if method == Method::FeeInstallment {
        Loan::fee_installment(Decimal::from(100_000), term, Decimal::new(88, 3))
    } else {
        Loan::new(
            Decimal::from(1_000_000),
            term,
            method,
            Rate::Annual(Decimal::new(49, 3)),
        )
    };
    let accrual = if daily { Accrual::Daily } else { base.accrual };
    Loan {
        accrual,
        start_date: start,
        ..base
    }
}

fn median_micros(loan: &Loan) -> f64 {
    let mut samples = Vec::new();
    let budget = Instant::now();
    // At least 15 samples, else about 0.4 s per case.
    while samples.len() < 15 || (budget.elapsed().as_millis() < 400 && samples.len() < 2_000) {
        let start = Instant::now();
        let schedule = amortize(black_box(loan));
        black_box(&schedule);
        samples.push(start.elapsed().as_secs_f64() * 1e6);
    }
    samples.sort_by(f64::total_cmp);
    samples.get(samples.len() / 2).copied().unwrap_or(f64::NAN)
}

#[allow(clippy::print_stdout)]
fn main() {
    let methods = [
        ("equalInstallment", Method::EqualInstallment),
        ("equalPrincipal", Method::EqualPrincipal),
        ("interestFirst", Method::InterestFirst),
        ("bullet", Method::Bullet),
        ("feeInstallment", Method::FeeInstallment),
    ];
    println!(
        "{:<18} {:>8} {:>10} {:>10} {:>10}",
        "method", "accrual", "12 rows", "120 rows", "360 rows"
    );
    for daily in [false, true] {
        for (name, method) in methods {
            if daily && method == Method::FeeInstallment {
                continue;
            }
            let cells: Vec<String> = [12, 120, 360]
                .iter()
                .map(|&term| format!("{:>8.1}µs", median_micros(&loan(method, term, daily))))
                .collect();
            let accrual = if daily { "daily" } else { "monthly" };
            println!("{name:<18} {accrual:>8} {}", cells.join(" "));
        }
    }
}
