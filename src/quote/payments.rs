//! The payments a quote stands for, period by period (MONEY.md, "Checking a quote"): each kind's
//! rule, then the fee per period added to every payment.

use rust_decimal::Decimal;

use crate::amount::round2;
use crate::money::arith::Overflow;
use crate::money::{amortize, Loan};

use super::input::{FlatRate, QuoteInput, QuoteKind, TotalFee};

/// Why the payments could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PaymentsError {
    /// The amounts left `Decimal`'s range (far above the 100 × R that is refused anyway).
    Overflow,
    /// The declining-rate plan was refused by the money rules.
    Plan(crate::error::ValidationErrors),
}

impl From<Overflow> for PaymentsError {
    fn from(_: Overflow) -> Self {
        PaymentsError::Overflow
    }
}

fn add(a: Decimal, b: Decimal) -> Result<Decimal, Overflow> {
    a.checked_add(b).ok_or(Overflow)
}

fn mul(a: Decimal, b: Decimal) -> Result<Decimal, Overflow> {
    a.checked_mul(b).ok_or(Overflow)
}

/// `total` split evenly over `n` periods: round2(total / n) for each period before the last and
/// the rest in period n. A part is never more than what is left (with a tiny total the rounded
/// part could otherwise leave a negative rest), so every part is at least 0.
pub(crate) fn split_evenly(total: Decimal, n: u32) -> Result<Vec<Decimal>, Overflow> {
    let part = round2(total.checked_div(Decimal::from(n.max(1))).ok_or(Overflow)?);
    let mut left = total;
    let mut parts = Vec::with_capacity(usize::try_from(n).unwrap_or(0));
    for k in 1..=n {
        let this = if k == n { left } else { part.min(left) };
        left = left.checked_sub(this).ok_or(Overflow)?;
        parts.push(this);
    }
    Ok(parts)
}

/// The payments of `quote` as (period, amount), the fee per period included; periods increase.
pub(crate) fn payments(quote: &QuoteInput) -> Result<Vec<(u32, Decimal)>, PaymentsError> {
    let n = quote.periods;
    let p = quote.principal;
    let level = |extra: Decimal| -> Result<Vec<(u32, Decimal)>, Overflow> {
        split_evenly(p, n)?
            .into_iter()
            .zip(1..)
            .map(|(principal, k)| Ok((k, add(principal, extra)?)))
            .collect()
    };
    let mut flows = match quote.kind {
        QuoteKind::Installment {
            payment,
            last_payment,
        } => (1..=n)
            .map(|k| {
                let amount = if k == n {
                    last_payment.unwrap_or(payment)
                } else {
                    payment
                };
                (k, amount)
            })
            .collect(),
        QuoteKind::FeePerPeriod { fee_rate } => level(round2(mul(p, fee_rate)?))?,
        QuoteKind::TotalFee(fee) => {
            let total = match fee {
                TotalFee::Amount(amount) => amount,
                TotalFee::Rate(rate) => round2(mul(p, rate)?),
            };
            let fees = split_evenly(total, n)?;
            level(Decimal::ZERO)?
                .into_iter()
                .zip(fees)
                .map(|((k, principal), fee)| Ok((k, add(principal, fee)?)))
                .collect::<Result<_, Overflow>>()?
        }
        QuoteKind::FlatRate(rate) => {
            // Multiplied first, divided once.
            let interest = match rate {
                FlatRate::Monthly(m) => round2(mul(p, m)?),
                FlatRate::Annual(a) => {
                    round2(mul(p, a)?.checked_div(Decimal::from(12)).ok_or(Overflow)?)
                }
            };
            level(interest)?
        }
        QuoteKind::DecliningRate {
            rate,
            method,
            accrual,
        } => {
            let loan = Loan {
                accrual,
                start_date: quote.start_date,
                ..Loan::new(p, n, method, rate)
            };
            let schedule = amortize(&loan).map_err(PaymentsError::Plan)?;
            schedule
                .rows
                .iter()
                .map(|r| (r.period, r.payment))
                .collect()
        }
    };
    if !quote.fee_per_period.is_zero() {
        for (_, amount) in &mut flows {
            *amount = add(*amount, quote.fee_per_period)?;
        }
    }
    Ok(flows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::{Accrual, Method, Rate};
    use core::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test decimal")
    }

    #[test]
    fn splitting_evenly_puts_the_rest_last_and_never_goes_below_zero() {
        let cases: [(&str, u32, &[&str]); 5] = [
            ("100", 3, &["33.33", "33.33", "33.34"]),
            ("1000", 1, &["1000"]),
            (
                "0.05",
                10,
                &[
                    "0.01", "0.01", "0.01", "0.01", "0.01", "0", "0", "0", "0", "0",
                ],
            ),
            ("0", 2, &["0", "0"]),
            ("12000", 12, &["1000"; 12]),
        ];
        for (total, n, want) in cases {
            let got = split_evenly(dec(total), n).expect("splits");
            let want: Vec<Decimal> = want.iter().map(|w| dec(w)).collect();
            assert_eq!(got, want, "{total} / {n}");
            assert_eq!(got.iter().copied().sum::<Decimal>(), dec(total));
        }
    }

    fn quote(kind: QuoteKind) -> QuoteInput {
        QuoteInput {
            principal: dec("12000"),
            periods: 12,
            start_date: None,
            upfront_fee: Decimal::ZERO,
            fee_per_period: Decimal::ZERO,
            kind,
        }
    }

    #[test]
    fn each_kind_gives_its_payments() {
        // (kind, fee per period, first payment, last payment, count)
        let cases = [
            (
                QuoteKind::Installment {
                    payment: dec("1100"),
                    last_payment: Some(dec("1000")),
                },
                "0",
                "1100",
                "1000",
                12,
            ),
            (
                QuoteKind::FeePerPeriod {
                    fee_rate: dec("0.006"),
                },
                "0",
                "1072",
                "1072",
                12,
            ),
            (
                QuoteKind::TotalFee(TotalFee::Rate(dec("0.088"))),
                "0",
                "1088",
                "1088",
                12,
            ),
            (
                QuoteKind::TotalFee(TotalFee::Amount(dec("100"))),
                "0",
                "1008.33",
                "1008.37",
                12,
            ),
            (
                QuoteKind::FlatRate(FlatRate::Annual(dec("0.096"))),
                "20",
                "1116",
                "1116",
                12,
            ),
            (
                QuoteKind::FlatRate(FlatRate::Monthly(dec("0.008"))),
                "0",
                "1096",
                "1096",
                12,
            ),
            (
                QuoteKind::DecliningRate {
                    rate: Rate::Annual(dec("0.12")),
                    method: Method::EqualInstallment,
                    accrual: Accrual::Monthly,
                },
                "0",
                "1066.19",
                "1066.14",
                12,
            ),
            (
                QuoteKind::DecliningRate {
                    rate: Rate::Annual(dec("0.12")),
                    method: Method::Bullet,
                    accrual: Accrual::Monthly,
                },
                "5",
                "13445",
                "13445",
                1,
            ),
        ];
        for (kind, fee, first, last, count) in cases {
            let q = QuoteInput {
                fee_per_period: dec(fee),
                ..quote(kind)
            };
            let got = payments(&q).expect("payments");
            assert_eq!(got.len(), count, "{kind:?}");
            assert_eq!(got.first().map(|x| x.1), Some(dec(first)), "{kind:?}");
            assert_eq!(got.last().map(|x| x.1), Some(dec(last)), "{kind:?}");
            let periods: Vec<u32> = got.iter().map(|x| x.0).collect();
            assert!(periods.windows(2).all(|w| w[0] < w[1]), "{kind:?}");
        }
    }
}
