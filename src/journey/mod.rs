//! Dynamic credit over time (动态授信) and the lender's view.
//!
//! # Public API
//! - [`simulate_journey`]`(&JourneyInput) -> Result<Journey, ValidationErrors>` and
//!   [`simulate_journey_loose`]`(&Loose)` for API.md's `JourneyInput`
//!   (`{ profile, rules?, loan, months: [{ event, daysLate? }] }`, every problem at once with
//!   paths such as `"months[3].daysLate"`, `"loan.termMonths"`, `"profile.age"`).
//! - [`Journey`]: `{ start, months, totalPenaltyInterest }`, one [`JourneyMonth`] per event:
//!   `{ month, score, band, limit, balance, penaltyInterest, daysPastDue, events, warnings,
//!   dailyRate, apr }`, the last two the credit loan's price at that score ([`price`]).
//! - [`lender_view`]`(&CohortInput) -> LenderView` and [`lender_view_loose`]: N borrowers
//!   with one score, a seeded simulation of who defaults, expected against simulated loss,
//!   and the price built by the offers module's pricing function.
//! - [`JourneyRules`] (limit review and warning thresholds, `ProductRules::journey`),
//!   [`prng::SplitMix64`].
//!
//! # How a month works (one concern per module)
//! 1. [`ledger`]: the month's instalment (the money module's schedule row) is paid on time,
//!    late, missed or with the whole loan; penalty interest (罚息) at the rules' multiplier ×
//!    the daily rate, through [`crate::money::penalty_interest`].
//! 2. [`history`]: the profile moves (credit age, repayments, on-time rate, worst overdue in
//!    the 24-month window, months since overdue, active months, the 3-month application
//!    window, utilisation = balance / limit, debt service with the loan's monthly obligation).
//! 3. The scoring module re-scores it ([`crate::scoring::score_of`]).
//! 4. [`limit`]: the lender raises the limit after a run of clean months (six by default),
//!    freezes it after a short overdue and cuts it after a long one or a missed month; every
//!    threshold is a [`JourneyRules`] value in `ProductRules::journey`.
//! 5. [`warnings`]: a payment past due, utilisation above 90 %, debt service above 50 % of income, a fall of more
//!    than 30 points, three or more applications in three months.
//! 6. [`price`]: the credit loan's daily rate and APR at the new score, through the offers
//!    module's pricing; `null` while it is not offered (a knock-out or a score below the
//!    minimum).
//!
//! Deterministic: no clock, no randomness (the cohort's seed is an input).
//!
//! ```
//! use credit_sim::input::Loose;
//! use credit_sim::journey::simulate_journey_loose;
//! let month = |event: &str| Loose::object([("event", Loose::text(event))]);
//! let input = Loose::object([
//!     ("profile", credit_sim::default_profile().to_loose()),
//!     ("loan", Loose::object([
//!         ("principal", Loose::text("10000")),
//!         ("termMonths", Loose::Number(12.0)),
//!         ("method", Loose::text("equalInstallment")),
//!         ("annualRate", Loose::text("0.108")),
//!     ])),
//!     ("months", Loose::List(vec![month("onTime"), month("missed")])),
//! ]);
//! let journey = simulate_journey_loose(&input).unwrap();
//! assert!(journey.months[1].score < journey.months[0].score);
//! ```

pub mod cohort;
pub mod history;
pub mod input;
pub mod ledger;
pub mod limit;
pub mod price;
pub mod prng;
pub mod rules;
pub mod simulate;
pub mod warnings;

use crate::error::ValidationErrors;
use crate::input::Loose;

pub use cohort::{lender_view, lender_view_loose, CohortInput, LenderView};
pub use input::{Event, JourneyInput};
pub use rules::{default_journey_rules, JourneyRules};
pub use simulate::{simulate_journey, Journey, JourneyMonth, MonthEvent};
pub use warnings::Warning;

/// Validates a loose `JourneyInput` and runs it: the entry point of `simulateJourney()` and of
/// the bad-input tests. Never panics.
pub fn simulate_journey_loose(value: &Loose) -> Result<Journey, ValidationErrors> {
    let input = JourneyInput::from_loose(value)?;
    simulate_journey(&input)
}
