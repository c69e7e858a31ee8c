//! The lender's workbench: what a rule set does to a whole population (API.md, "Portfolio").
//!
//! # Public API (what a Web Worker calls)
//! - [`synthetic::synthetic_profile`]`(seed, i)` and [`synthetic::synthetic_range`]`(seed,
//!   from, count)`: a seeded, plausible population, any profile computable on its own, so each
//!   worker generates its own share without the whole population existing anywhere.
//! - [`Underwriter`]`::new(&rules)` then `.row(&profile)`: one applicant's [`ScoredRow`] (score,
//!   band, PD, each product's decision, limit, APR, expected loss), equal to what
//!   [`crate::offers::offers`] and [`crate::scoring::score_profile`] give, found fast.
//! - [`PortfolioTally`]: `add(&row)` per applicant, `merge(&other)` per worker, then
//!   `finish(&rules)` → [`Portfolio`]. Counts and exact sums only, so any split merges exactly.
//! - [`csv_read::CsvProfileReader`]: profiles from CSV pushed in chunks of any size (or
//!   [`csv_read::CsvProfiles`] over any `std::io::Read`), one item at a time; whole-file problems
//!   as typed [`csv_read::CsvWarning`]s. [`csv_write`]: profiles and scored rows as CSV.
//! - [`run::PortfolioRun`]: a worker's whole run (profiles given, generated or read from CSV
//!   chunks, each counted at once, the scored rows written as CSV if asked), and
//!   [`PortfolioTally::part`] / [`merge_portfolio_loose`] to send its share and merge the shares.
//! - The JS API's entry points: [`synthetic_profiles_loose`], [`profiles_from_csv`],
//!   [`portfolio_loose`], [`merge_portfolio_loose`].
//!
//! ```
//! use credit_sim::offers::default_rules;
//! use credit_sim::portfolio::{portfolio, synthetic::synthetic_range};
//! let people: Vec<_> = synthetic_range(1, 0, 200).collect();
//! let summary = portfolio(&people, &default_rules());
//! assert_eq!(summary.count, 200);
//! assert_eq!(summary.score_histogram.iter().map(|b| b.count).sum::<u64>(), 200);
//! ```

pub mod csv_cells;
pub mod csv_codes;
pub mod csv_read;
pub mod csv_write;
pub mod input;
pub mod part;
pub mod run;
pub mod synthetic;
pub mod tally;
pub mod underwrite;

use crate::error::ValidationErrors;
use crate::input::Loose;
use crate::offers::ProductRules;
use crate::profile::Profile;

pub use csv_read::{profiles_from_csv, CsvProfiles, CsvRead};
pub use input::{PortfolioInput, SyntheticInput};
pub use tally::{Portfolio, PortfolioTally};
pub use underwrite::{ScoredRow, Underwriter};

/// The portfolio of `profiles` under `rules`: one underwriter, one tally, in order.
///
/// ```
/// use credit_sim::offers::{default_rules, offers};
/// use credit_sim::portfolio::portfolio;
/// let p = credit_sim::default_profile();
/// let summary = portfolio(&[p.clone(), p.clone()], &default_rules());
/// let offer = offers(&p, &default_rules()).credit_loan;
/// assert_eq!(summary.products.credit_loan.total_limit, offer.limit * rust_decimal::Decimal::TWO);
/// ```
pub fn portfolio(profiles: &[Profile], rules: &ProductRules) -> Portfolio {
    let mut underwriter = Underwriter::new(rules);
    let mut tally = PortfolioTally::new();
    for p in profiles {
        tally.add(&underwriter.row(p));
    }
    tally.finish(rules)
}

/// Validates `{ profiles, rules? }` and gives the portfolio: `portfolio()` in JS.
///
/// ```
/// use credit_sim::input::json::parse;
/// use credit_sim::portfolio::portfolio_loose;
/// let input = parse(r#"{ "profiles": [{ "age": 17 }], "rules": null }"#).unwrap_or(credit_sim::input::Loose::Null);
/// let errors = portfolio_loose(&input).unwrap_err();
/// assert!(errors.errors().iter().any(|e| e.field == "profiles[0].age"));
/// ```
pub fn portfolio_loose(value: &Loose) -> Result<Portfolio, ValidationErrors> {
    PortfolioInput::from_loose(value).map(|input| portfolio(&input.profiles, &input.rules))
}

/// Validates `{ seed, count, from? }` and gives those profiles: `syntheticProfiles()` in JS.
pub fn synthetic_profiles_loose(value: &Loose) -> Result<Vec<Profile>, ValidationErrors> {
    SyntheticInput::from_loose(value)
        .map(|s| synthetic::synthetic_range(s.seed, s.from, s.count).collect())
}

/// Validates `{ parts, rules? }` (the workers' `part()`s) and merges them into the portfolio:
/// `mergePortfolio()` in JS. Problems are named by path (`"parts[2].creditLoan.totalLimit"`).
pub fn merge_portfolio_loose(value: &Loose) -> Result<Portfolio, ValidationErrors> {
    let mut e = ValidationErrors::new();
    let Some(mut r) = crate::input::ObjectReader::open(value, "", &mut e) else {
        return Err(e);
    };
    let path = r.path_of("parts");
    let mut tally = PortfolioTally::new();
    match r.get("parts") {
        Some(Loose::List(items)) => {
            for (i, item) in items.iter().enumerate() {
                match PortfolioTally::from_loose(item, &format!("{path}[{i}]")) {
                    Ok(t) => tally.merge(&t),
                    Err(errs) => e.extend(errs),
                }
            }
        }
        Some(_) => e.push(
            &path,
            crate::ErrorCode::WrongType,
            format!("{path} must be a list of parts."),
        ),
        None => e.push(
            &path,
            crate::ErrorCode::Missing,
            format!("{path} is required (a list of parts)."),
        ),
    }
    let rules = input::rules_of(&mut r, &mut e);
    r.finish(&mut e);
    e.into_result(|| Some(tally.finish(&rules?)))
}
