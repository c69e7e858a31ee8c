//! The workbench's inputs from loose values, every problem at once with its path:
//! `{ seed, count, from? }` for a synthetic population and `{ profiles, rules? }` for a
//! portfolio (`"profiles[3].age"`, `"rules.creditLoan.minScore"`).

use crate::error::{ErrorCode, ValidationErrors};
use crate::input::{Loose, ObjectReader};
use crate::journey::cohort::MAX_SEED;
use crate::journey::input::prefixed;
use crate::offers::{default_rules, ProductRules};
use crate::profile::Profile;

use super::synthetic::MAX_PROFILES;

/// Which profiles of a seeded population to generate: `count` of them from index `from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntheticInput {
    /// The population's seed, 0 to 2^53 − 1 (what a JS number holds exactly).
    pub seed: u64,
    /// How many, 1 to 1,000,000.
    pub count: u64,
    /// The first one's index (0 unless a worker takes a later share); `from + count` is at most
    /// 1,000,000.
    pub from: u64,
}

impl SyntheticInput {
    /// Validates `{ seed, count, from? }`.
    ///
    /// ```
    /// use credit_sim::input::Loose;
    /// use credit_sim::portfolio::SyntheticInput;
    /// let bad = Loose::object([("seed", Loose::Number(-1.0)), ("count", Loose::Number(0.0))]);
    /// let fields: Vec<String> = SyntheticInput::from_loose(&bad).unwrap_err().errors().iter().map(|e| e.field.clone()).collect();
    /// assert_eq!(fields, ["seed", "count"]);
    /// ```
    pub fn from_loose(value: &Loose) -> Result<SyntheticInput, ValidationErrors> {
        let mut e = ValidationErrors::new();
        let Some(mut r) = ObjectReader::open(value, "", &mut e) else {
            return Err(e);
        };
        let max = i64::try_from(MAX_PROFILES).unwrap_or(i64::MAX);
        let seed = r
            .integer("seed", 0, MAX_SEED, &mut e)
            .and_then(|s| u64::try_from(s).ok());
        let count = r
            .integer("count", 1, max, &mut e)
            .and_then(|c| u64::try_from(c).ok());
        let from = if r.has("from") {
            r.integer("from", 0, max - 1, &mut e)
                .and_then(|f| u64::try_from(f).ok())
        } else {
            let _ = r.raw("from");
            Some(0)
        };
        if let (Some(from), Some(count)) = (from, count) {
            if from + count > MAX_PROFILES {
                e.push(
                    "count",
                    ErrorCode::OutOfRange,
                    format!(
                        "count must keep from + count within {MAX_PROFILES} profiles, not {from} + {count}."
                    ),
                );
            }
        }
        r.finish(&mut e);
        e.into_result(|| {
            Some(SyntheticInput {
                seed: seed?,
                count: count?,
                from: from?,
            })
        })
    }
}

/// The rules of an input: `null` or absent gives the defaults; problems go under `rules.`.
pub fn rules_of(r: &mut ObjectReader<'_>, e: &mut ValidationErrors) -> Option<ProductRules> {
    match r.raw("rules") {
        None | Some(Loose::Null) => Some(default_rules()),
        Some(v) => ProductRules::from_loose(v)
            .map_err(|errs| prefixed(errs, "rules", e))
            .ok(),
    }
}

/// Validates a list of profiles at `path` (`"profiles"`), each problem under its index
/// (`"profiles[3].age"`).
pub fn profiles_of(
    value: Option<&Loose>,
    path: &str,
    e: &mut ValidationErrors,
) -> Option<Vec<Profile>> {
    let items = match value {
        Some(Loose::List(items)) => items,
        None | Some(Loose::Null) => {
            e.push(
                path,
                ErrorCode::Missing,
                format!("{path} is required (a list of profiles)."),
            );
            return None;
        }
        Some(_) => {
            e.push(
                path,
                ErrorCode::WrongType,
                format!("{path} must be a list of profiles."),
            );
            return None;
        }
    };
    let mut profiles = Vec::with_capacity(items.len());
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        match Profile::from_loose(item) {
            Ok(p) => profiles.push(p),
            Err(errs) => {
                ok = false;
                prefixed(errs, &format!("{path}[{i}]"), e);
            }
        }
    }
    ok.then_some(profiles)
}

/// API.md's `{ profiles, rules? }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortfolioInput {
    /// The population.
    pub profiles: Vec<Profile>,
    /// The rules to run over it.
    pub rules: ProductRules,
}

impl PortfolioInput {
    /// Validates `{ profiles, rules? }`, every problem of every profile and rule at once.
    pub fn from_loose(value: &Loose) -> Result<PortfolioInput, ValidationErrors> {
        let mut e = ValidationErrors::new();
        let Some(mut r) = ObjectReader::open(value, "", &mut e) else {
            return Err(e);
        };
        let path = r.path_of("profiles");
        let profiles = profiles_of(r.raw("profiles"), &path, &mut e);
        let rules = rules_of(&mut r, &mut e);
        r.finish(&mut e);
        e.into_result(|| {
            Some(PortfolioInput {
                profiles: profiles?,
                rules: rules?,
            })
        })
    }
}
