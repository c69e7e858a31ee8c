//! One worker's run over its share of a population: profiles in (given, generated from a seed,
//! or read from CSV chunks), each underwritten and counted at once, so nothing but the tally, the
//! problems not yet taken and the scored CSV not yet taken is ever held. The JS class
//! `PortfolioRun` is this, wrapped.

use serde::Serialize;

use super::csv_read::{CsvItem, CsvProfileReader, CsvWarning, RejectedRow};
use super::csv_write::CsvWriter;
use super::input::{rules_of, SyntheticInput};
use super::synthetic::synthetic_range;
use super::tally::{Portfolio, PortfolioTally};
use super::underwrite::Underwriter;
use crate::error::ValidationErrors;
use crate::input::{Loose, ObjectReader};
use crate::offers::ProductRules;
use crate::profile::Profile;

/// How a run is set up: `{ rules?, scoredCsv? }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOptions {
    /// The rules (default: `defaultRules()`).
    pub rules: ProductRules,
    /// Also write each profile's scored row as CSV, to be taken with `take_scored_csv`.
    pub scored_csv: bool,
}

impl RunOptions {
    /// Validates `{ rules?, scoredCsv? }` (`null` is `{}`).
    pub fn from_loose(value: &Loose) -> Result<RunOptions, ValidationErrors> {
        let empty = Loose::Object(Vec::new());
        let value = if matches!(value, Loose::Null) {
            &empty
        } else {
            value
        };
        let mut e = ValidationErrors::new();
        let Some(mut r) = ObjectReader::open(value, "", &mut e) else {
            return Err(e);
        };
        let rules = rules_of(&mut r, &mut e);
        let scored_csv = if r.has("scoredCsv") {
            r.boolean("scoredCsv", &mut e)
        } else {
            let _ = r.raw("scoredCsv");
            Some(false)
        };
        r.finish(&mut e);
        e.into_result(|| {
            Some(RunOptions {
                rules: rules?,
                scored_csv: scored_csv?,
            })
        })
    }
}

/// The CSV problems found since they were last taken.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CsvProblems {
    /// Every problem of every row skipped.
    pub rejected_rows: Vec<RejectedRow>,
    /// Ignored columns and whole-file problems.
    pub warnings: Vec<CsvWarning>,
}

/// A worker's run: add profiles, take what it wrote, then [`part`](PortfolioTally::part) or
/// [`finish`](Self::finish).
///
/// ```
/// use credit_sim::portfolio::run::{PortfolioRun, RunOptions};
/// use credit_sim::portfolio::SyntheticInput;
/// let mut run = PortfolioRun::new(RunOptions { rules: credit_sim::offers::default_rules(), scored_csv: false });
/// run.add_synthetic(SyntheticInput { seed: 1, from: 0, count: 100 });
/// run.push_csv(b"age,monthlyIncome\n41,12000\n17,5000\n");
/// run.finish_csv();
/// assert_eq!(run.tally().count, 101);
/// assert_eq!(run.take_problems().rejected_rows[0].field, "age");
/// ```
pub struct PortfolioRun {
    underwriter: Underwriter,
    tally: PortfolioTally,
    csv: CsvProfileReader,
    problems: CsvProblems,
    scored: Option<CsvWriter>,
}

impl PortfolioRun {
    /// A run with nothing counted yet.
    pub fn new(options: RunOptions) -> PortfolioRun {
        PortfolioRun {
            underwriter: Underwriter::new(&options.rules),
            tally: PortfolioTally::new(),
            csv: CsvProfileReader::new(),
            problems: CsvProblems::default(),
            scored: options.scored_csv.then(CsvWriter::scored),
        }
    }

    /// Underwrites and counts one profile.
    pub fn add(&mut self, profile: &Profile) {
        let row = self.underwriter.row(profile);
        self.tally.add(&row);
        if let Some(w) = &mut self.scored {
            w.scored_row(profile, &row);
        }
    }

    /// Generates and counts profiles `from .. from + count` of a seed's population.
    pub fn add_synthetic(&mut self, input: SyntheticInput) {
        for p in synthetic_range(input.seed, input.from, input.count) {
            self.add(&p);
        }
    }

    /// Reads the next bytes of a CSV file, counting each profile as its row completes.
    pub fn push_csv(&mut self, chunk: &[u8]) {
        self.csv.push(chunk);
        self.drain_csv();
    }

    /// Marks the end of the CSV file (the last row, if unfinished, is read as it is).
    pub fn finish_csv(&mut self) {
        self.csv.finish();
        self.drain_csv();
    }

    fn drain_csv(&mut self) {
        while let Some(item) = self.csv.next_item() {
            match item {
                CsvItem::Profile { profile, .. } => self.add(&profile),
                CsvItem::Rejected(rows) => self.problems.rejected_rows.extend(rows),
                CsvItem::Warning(w) => self.problems.warnings.push(w),
            }
        }
    }

    /// The CSV problems found since the last call.
    pub fn take_problems(&mut self) -> CsvProblems {
        std::mem::take(&mut self.problems)
    }

    /// The scored rows written since the last call, as CSV (header first); empty unless the run
    /// was set up with `scored_csv`.
    pub fn take_scored_csv(&mut self) -> String {
        self.scored
            .as_mut()
            .map(|w| String::from_utf8_lossy(&w.take()).into_owned())
            .unwrap_or_default()
    }

    /// What has been counted.
    pub fn tally(&self) -> &PortfolioTally {
        &self.tally
    }

    /// The summary of what has been counted.
    pub fn finish(&self) -> Portfolio {
        self.tally.finish(self.underwriter.rules())
    }
}
