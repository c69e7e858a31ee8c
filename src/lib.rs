//! Credit Simulator's core: from a behaviour profile to a credit score with its reasons, the
//! products a score-based lender would offer, and repayment plans exact to the fen.
//!
//! The core is pure: values in, values out. It has no clock, no randomness and no storage
//! (dates and seeds are passed in), and without the `js` feature it uses no web crate. The
//! web app (`www/`) calls it as plain Rust; embedding pages call the [`js`] module's
//! functions from JavaScript (feature `js`, see `../shared/spec/API.md`).
//!
//! Every amount is a [`rust_decimal::Decimal`]; rounding happens only where MONEY.md says, through
//! [`amount::round2`].
//!
//! The borrower's tools sit beside the plan: [`quote`] checks a lender's quote, [`revolving`]
//! repays a credit line's statement by the minimum or a fixed amount, [`target`] plans the way to
//! a score or a product; paying off on any day and a bank calculator's totals are in [`money`].
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod amount;
pub mod error;
pub mod input;
pub mod journey;
pub mod money;
pub mod offers;
pub mod portfolio;
pub mod presets;
pub mod profile;
pub mod quote;
pub mod revolving;
pub mod scoring;
pub mod target;

#[cfg(feature = "js")]
pub mod js;

pub use error::{ErrorCode, FieldError, ValidationErrors};
pub use profile::{default_profile, Profile};

/// The crate version, as `version()` gives it to JavaScript.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
