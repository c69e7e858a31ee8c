//! A portfolio run as the page's Web Workers do it, and the messages between them and the page.
//! Pure: the worker binary (`bin/worker.rs`) feeds it profiles or CSV bytes and posts what it
//! gives; the Workbench merges the workers' parts.
//!
//! A run counts one population under two rule sets at once (A, the rules in force, and B, the
//! rules it is compared with), so the population is generated or read once. Each profile is
//! underwritten and counted as it comes (the core's `PortfolioRun`): a worker holds its tallies,
//! the CSV rows not yet finished and the scored rows not yet posted, never the population.

pub mod rows;

use credit_sim::input::{json, Loose};
use credit_sim::offers::{default_rules, ProductRules};
use credit_sim::portfolio::csv_codes::{CsvWarningCode, RowProblemCode};
use credit_sim::portfolio::csv_read::{CsvItem, CsvProfileReader};
use credit_sim::portfolio::run::{PortfolioRun, RunOptions};
use credit_sim::portfolio::synthetic::synthetic_range;
use credit_sim::portfolio::{Portfolio, PortfolioTally};
use credit_sim::profile::Profile;

use crate::scenario::pairs::{join, split};

/// The most rejected rows a run keeps to list; more are counted.
pub const MAX_LISTED_ROWS: usize = 500;

/// Rule values as the text a job carries (`creditLoan.minScore=620&lpr=0.035`).
pub fn rules_text(rules: &ProductRules) -> String {
    let defaults = default_rules().values();
    let changed: Vec<(&str, String)> = rules
        .values()
        .into_iter()
        .zip(defaults)
        .filter(|((_, v), (_, d))| v != d)
        .map(|(pair, _)| pair)
        .collect();
    join(&changed)
}

/// The rules of a job's text (defaults for text that is not one).
pub fn rules_of_text(text: &str) -> ProductRules {
    default_rules()
        .with_values(&split(text))
        .unwrap_or_else(|_| default_rules())
}

/// One skipped row's problem, as the page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// The row (2 is the first data row).
    pub row: u64,
    /// The column, or `(row)`.
    pub field: String,
    /// What is wrong.
    pub code: RowProblemCode,
}

/// A column's warning or the whole file's problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    /// What is wrong.
    pub code: CsvWarningCode,
    /// The column it is about, if any.
    pub field: Option<String>,
}

/// What a CSV read found wrong: listed rows (at most [`MAX_LISTED_ROWS`]), how many rows were
/// skipped in all, and the file's problems.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Problems {
    /// The first rejected rows' problems.
    pub rows: Vec<RowProblem>,
    /// Rows skipped in all.
    pub skipped_rows: u64,
    /// Column warnings and whole-file problems.
    pub file: Vec<FileProblem>,
}

impl Problems {
    /// As text: `r=row:field:code` and `f=code:field` pairs, and `n=` the count.
    pub fn to_text(&self) -> String {
        let mut pairs: Vec<(String, String)> = vec![("n".into(), self.skipped_rows.to_string())];
        for r in &self.rows {
            pairs.push((
                "r".into(),
                format!("{}:{}:{}", r.row, r.code.api_name(), r.field),
            ));
        }
        for f in &self.file {
            let field = f.field.clone().unwrap_or_default();
            pairs.push(("f".into(), format!("{}:{field}", f.code.api_name())));
        }
        join(&pairs)
    }

    /// The problems of a text from [`Problems::to_text`] (what cannot be read is left out).
    pub fn from_text(text: &str) -> Problems {
        let mut out = Problems::default();
        for (k, v) in split(text) {
            match k.as_str() {
                "n" => out.skipped_rows = v.parse().unwrap_or(0),
                "r" => {
                    let mut parts = v.splitn(3, ':');
                    let row = parts.next().and_then(|x| x.parse().ok());
                    let code = parts.next().and_then(RowProblemCode::of_api_name);
                    if let (Some(row), Some(code), Some(field)) = (row, code, parts.next()) {
                        out.rows.push(RowProblem {
                            row,
                            field: field.to_owned(),
                            code,
                        });
                    }
                }
                "f" => {
                    let (code, field) = v.split_once(':').unwrap_or((v.as_str(), ""));
                    if let Some(code) = CsvWarningCode::of_api_name(code) {
                        out.file.push(FileProblem {
                            code,
                            field: (!field.is_empty()).then(|| field.to_owned()),
                        });
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// True when a problem ended the reading of the whole file.
    pub fn whole_file(&self) -> bool {
        self.file.iter().any(|f| f.code.whole_file())
    }
}

/// One worker's run under rules A and, when asked, B.
pub struct AbRun {
    a: PortfolioRun,
    b: Option<PortfolioRun>,
    csv: CsvProfileReader,
    problems: Problems,
    counted: u64,
    drop_header: bool,
}

impl AbRun {
    /// A run under `a` and `b`; `scored` also writes A's scored rows as CSV.
    pub fn new(a: ProductRules, b: Option<ProductRules>, scored: bool) -> AbRun {
        AbRun {
            a: PortfolioRun::new(RunOptions {
                rules: a,
                scored_csv: scored,
            }),
            b: b.map(|rules| {
                PortfolioRun::new(RunOptions {
                    rules,
                    scored_csv: false,
                })
            }),
            csv: CsvProfileReader::new(),
            problems: Problems::default(),
            counted: 0,
            drop_header: false,
        }
    }

    /// The same run, its scored rows without the header line (every worker's but the first's,
    /// so the parts join into one file).
    pub fn without_header(mut self) -> AbRun {
        self.drop_header = true;
        self
    }

    /// Counts one profile under both rule sets.
    pub fn add(&mut self, p: &Profile) {
        self.a.add(p);
        if let Some(b) = &mut self.b {
            b.add(p);
        }
        self.counted += 1;
    }

    /// Generates and counts profiles `from .. from + count` of a seed's population.
    pub fn add_synthetic(&mut self, seed: u64, from: u64, count: u64) {
        for p in synthetic_range(seed, from, count) {
            self.add(&p);
        }
    }

    /// Reads the next bytes of a CSV file (`last`: there are no more), counting each profile as
    /// its row completes; `false` once a whole-file problem has ended the reading.
    pub fn push_csv(&mut self, chunk: &[u8], last: bool) -> bool {
        self.csv.push(chunk);
        if last {
            self.csv.finish();
        }
        while let Some(item) = self.csv.next_item() {
            match item {
                CsvItem::Profile { profile, .. } => self.add(&profile),
                CsvItem::Rejected(rows) => {
                    self.problems.skipped_rows += 1;
                    for r in rows {
                        if self.problems.rows.len() < MAX_LISTED_ROWS {
                            self.problems.rows.push(RowProblem {
                                row: r.row,
                                field: r.field,
                                code: r.code,
                            });
                        }
                    }
                }
                CsvItem::Warning(w) => self.problems.file.push(FileProblem {
                    code: w.code,
                    field: w.field,
                }),
            }
        }
        !self.problems.whole_file()
    }

    /// Profiles counted so far.
    pub fn counted(&self) -> u64 {
        self.counted
    }

    /// A's scored rows written since the last call, as CSV (the header first, unless
    /// [`AbRun::without_header`]).
    pub fn take_scored_csv(&mut self) -> String {
        let text = self.a.take_scored_csv();
        if self.drop_header && !text.is_empty() {
            self.drop_header = false;
            return text
                .split_once('\n')
                .map_or_else(String::new, |(_, rest)| rest.to_owned());
        }
        text
    }

    /// The CSV's problems.
    pub fn problems(&self) -> &Problems {
        &self.problems
    }

    /// A's and B's tallies as JSON text, for the page to merge.
    pub fn parts(&self) -> (String, Option<String>) {
        let text =
            |run: &PortfolioRun| serde_json::to_string(&run.tally().part()).unwrap_or_default();
        (text(&self.a), self.b.as_ref().map(text))
    }
}

/// The portfolio of the workers' parts (JSON texts) under `rules`; `None` when a part cannot be
/// read (a worker's message is data, checked like any input).
pub fn merge_parts(parts: &[String], rules: &ProductRules) -> Option<Portfolio> {
    let mut tally = PortfolioTally::new();
    for (i, text) in parts.iter().enumerate() {
        let loose: Loose = json::parse(text).ok()?;
        tally.merge(&PortfolioTally::from_loose(&loose, &format!("parts[{i}]")).ok()?);
    }
    Some(tally.finish(rules))
}

/// How a population of `count` is shared among `workers`: `(from, count)` of each, the first
/// ones taking one more when it does not divide evenly.
pub fn shares(count: u64, workers: u64) -> Vec<(u64, u64)> {
    let workers = workers.clamp(1, count.max(1));
    let (each, extra) = (count / workers, count % workers);
    let mut from = 0;
    (0..workers)
        .map(|i| {
            let n = each + u64::from(i < extra);
            let share = (from, n);
            from += n;
            share
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_cover_the_population_once() {
        assert_eq!(shares(10, 3), [(0, 4), (4, 3), (7, 3)]);
        assert_eq!(shares(2, 8), [(0, 1), (1, 1)]);
        assert_eq!(shares(1_000_000, 2), [(0, 500_000), (500_000, 500_000)]);
        assert_eq!(shares(5, 0), [(0, 5)]);
    }

    #[test]
    fn workers_parts_merge_into_the_one_run_portfolio() {
        let rules = rules_of_text("creditLoan.minScore=620");
        assert_eq!(rules.credit_loan.min_score, 620);
        assert_eq!(rules_of_text(&rules_text(&rules)), rules);
        let mut whole = AbRun::new(rules.clone(), Some(default_rules()), false);
        whole.add_synthetic(7, 0, 300);
        let mut parts_a = Vec::new();
        let mut parts_b = Vec::new();
        for (from, count) in shares(300, 3) {
            let mut run = AbRun::new(rules.clone(), Some(default_rules()), false);
            run.add_synthetic(7, from, count);
            let (a, b) = run.parts();
            parts_a.push(a);
            parts_b.extend(b);
        }
        let (a, b) = whole.parts();
        assert_eq!(merge_parts(&parts_a, &rules), merge_parts(&[a], &rules));
        assert_eq!(
            merge_parts(&parts_b, &default_rules()),
            merge_parts(&b.into_iter().collect::<Vec<_>>(), &default_rules())
        );
        let stricter = merge_parts(&parts_a, &rules).expect("merged");
        let looser = merge_parts(&parts_b, &default_rules()).expect("merged");
        assert!(stricter.products.credit_loan.eligible <= looser.products.credit_loan.eligible);
        assert_eq!(merge_parts(&["{".into()], &rules), None);
    }

    #[test]
    fn workers_scored_rows_join_into_one_file() {
        let mut whole = AbRun::new(default_rules(), None, true);
        whole.add_synthetic(9, 0, 30);
        let one = whole.take_scored_csv();
        let mut joined = String::new();
        for (i, (from, count)) in shares(30, 3).into_iter().enumerate() {
            let mut run = AbRun::new(default_rules(), None, true);
            if i > 0 {
                run = run.without_header();
            }
            // In slices, as a worker takes them between progress messages.
            run.add_synthetic(9, from, count / 2);
            joined.push_str(&run.take_scored_csv());
            run.add_synthetic(9, from + count / 2, count - count / 2);
            joined.push_str(&run.take_scored_csv());
        }
        assert_eq!(joined, one);
        assert_eq!(one.lines().count(), 31);
    }

    #[test]
    fn a_csv_in_pieces_counts_its_rows_and_lists_its_problems() {
        let mut run = AbRun::new(default_rules(), None, true);
        assert!(run.push_csv(b"age,monthlyIncome,nope\n41,12000,x\n17,50", false));
        assert!(run.push_csv(b"00,x\n", true));
        assert_eq!(run.counted(), 1);
        let p = run.problems().clone();
        assert_eq!(p.skipped_rows, 1);
        assert_eq!((p.rows[0].row, p.rows[0].field.as_str()), (3, "age"));
        assert_eq!(p.file[0].code, CsvWarningCode::UnknownColumn);
        assert_eq!(Problems::from_text(&p.to_text()), p);
        assert!(run.take_scored_csv().lines().count() >= 2);
        let mut gbk = AbRun::new(default_rules(), None, false);
        assert!(!gbk.push_csv(&[0xC4, 0xEA, 0xC1, 0xE4, b',', b'\n'], true));
        assert!(gbk.problems().whole_file());
    }
}
