//! Loan mathematics (MONEY.md): repayment schedules of every method, exact to the fen, with
//! their totals and annualised rates; penalty interest; the legal rate lines.
//!
//! # The public API
//! - Input: [`Loan`] (with [`Method`], [`Accrual`], [`Rate`], an optional fee rate, an optional
//!   start [`Date`] and an optional [`Prepayment`] of a [`PrepaymentAmount`] in a
//!   [`PrepaymentMode`]). Build one with [`Loan::new`] or [`Loan::fee_installment`].
//! - Planning: [`amortize`]`(&Loan) -> Result<Schedule, ValidationErrors>` (integer fen and a
//!   certified IRR where [`fast`] can prove them identical, `Decimal` elsewhere), and
//!   [`amortize_loose`]`(&Loose)` for API.md's JSON-shaped `LoanInput` (every problem at once,
//!   with field paths). [`loan_from_loose`] gives just the validated [`Loan`].
//! - Output: [`Schedule`] with its [`Row`]s, totals, `apr`, `effective_annual_rate` and
//!   `simple_annual_rate`; serializes exactly as API.md's `Schedule` ([`json::schedule_json`]
//!   writes the same text without serde).
//! - [`apr::monthly_irr`], [`apr::apr_of`]: the IRR behind `apr`, for any cash flows.
//! - [`calculator::calculator_total_interest`]: the total interest a bank's calculator shows
//!   (rounded once), beside the schedule's sum of rounded rows.
//! - Paying off on any day: [`Loan::paid_off_on`] (`prepayment: { onDate, amount: "all" }`).
//! - [`penalty_interest`] (罚息) with [`DEFAULT_PENALTY_MULTIPLIER`] (1.5).
//! - [`legal_lines`]`(annual_rate, lpr) -> `[`LegalLines`]: above 24 %, 36 %, 4 × LPR
//!   ([`DEFAULT_LPR`] = 0.03).
//!
//! ```
//! use credit_sim::money::{amortize, legal_lines, Loan, Method, Rate, DEFAULT_LPR};
//! use rust_decimal::Decimal;
//! // A cash loan's APR: the limit over 12 months, equal installments, monthly accrual.
//! let offer = Loan::new(Decimal::from(50_000), 12, Method::EqualInstallment, Rate::Annual(Decimal::new(1825, 4)));
//! let apr = amortize(&offer).unwrap().apr.unwrap();
//! assert_eq!(apr.to_string(), "0.1825");
//! assert!(legal_lines(apr, DEFAULT_LPR).above_four_lpr);
//! // A credit line's 8.8 % fee over 12 periods is about 15.9 % a year.
//! let plan = Loan::fee_installment(Decimal::from(6_000), 12, Decimal::new(88, 3));
//! assert_eq!(amortize(&plan).unwrap().apr.unwrap().to_string(), "0.1586");
//! ```

pub mod apr;
pub mod arith;
pub mod calculator;
pub mod date;
pub mod fast;
pub mod json;
pub mod legal;
pub mod loan;
pub mod loose;
pub mod methods;
mod payoff;
pub mod penalty;
pub mod rates;
pub mod schedule;

pub use date::Date;
pub use legal::{legal_lines, LegalLines, DEFAULT_LPR};
pub use loan::{Accrual, Loan, Method, Prepayment, PrepaymentAmount, PrepaymentMode, Rate};
pub use loose::{amortize_loose, loan_from_loose, optional_date};
pub use methods::{amortize, amortize_reference};
pub use penalty::{penalty_interest, DEFAULT_PENALTY_MULTIPLIER};
pub use schedule::{Row, Schedule};
