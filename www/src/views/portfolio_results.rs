//! A finished portfolio run on screen: what was counted and how fast, the score histogram, one
//! table per group of measures with A, B and B − A, the downloads, and the rows a CSV had wrong.
//! Every figure comes from `portfolio::rows`, the same rows the results CSV writes.

use std::rc::Rc;

use credit_sim::offers::ProductRules;
use credit_sim::portfolio::csv_codes::{CsvRowCode, RowProblemCode};
use credit_sim::portfolio::Portfolio;
use yew::prelude::*;

use crate::browser::files::PickedFile;
use crate::format::fixed;
use crate::i18n::workbench::{self as tx, file_problem};
use crate::i18n::{profile, with_commas, Lang};
use crate::portfolio::rows::{sections, Figure, Section};
use crate::portfolio::Problems;
use crate::scenario::fields::field;
use crate::widgets::histogram::{Bin, Histogram};

/// What was counted.
#[derive(Debug, Clone, PartialEq)]
pub enum Counted {
    /// A generated population.
    Synthetic {
        /// Its seed.
        seed: u64,
        /// Its size.
        count: u64,
    },
    /// A CSV file.
    Csv {
        /// The file's name.
        name: String,
    },
}

/// A finished run.
#[derive(Debug, Clone, PartialEq)]
pub struct Finished {
    /// Under the rules in force when it ran.
    pub a: Portfolio,
    /// Under rules B, unless they were the same.
    pub b: Option<Portfolio>,
    /// B was the pinned rules (not the defaults).
    pub b_pinned: bool,
    /// The rules A were.
    pub rules_a: ProductRules,
    /// What the CSV had wrong.
    pub problems: Problems,
    /// The file counted, to count it again for its scored rows.
    pub file: Option<PickedFile>,
    /// What was counted.
    pub counted: Counted,
    /// Workers used.
    pub workers: usize,
    /// Seconds from Run to the last part.
    pub seconds: f64,
    /// The run's number in this page (the page's tests and benchmarks wait for a new one).
    pub run: u32,
}

/// Props of the results.
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The run.
    pub result: Rc<Finished>,
    /// The page language.
    pub lang: Lang,
    /// True when the rules in force are no longer the run's rules A.
    pub stale: bool,
    /// True while a run goes on (the scored rows are counted again when asked for).
    pub busy: bool,
    /// Saves the results as CSV.
    pub on_save_results: Callback<MouseEvent>,
    /// Saves the scored rows as CSV.
    pub on_save_rows: Callback<MouseEvent>,
}

fn count_text(n: u64) -> String {
    i64::try_from(n).map_or_else(|_| n.to_string(), with_commas)
}

/// A group's card: its title and table.
fn table_card(lang: Lang, s: &Section) -> Html {
    let head = format!("{}-h", s.id);
    let wide = !matches!(s.id, "pf-overall" | "pf-bands");
    html! {
        <section class={classes!("card", "pf-table", wide.then_some("pf-wide"))} id={s.id} aria-labelledby={head.clone()}>
            <h3 id={head.clone()}>{ s.title.clone() }</h3>
            { table(lang, s, &head) }
        </section>
    }
}

/// A group's table: the measure, A, and with B also B and B − A.
fn table(lang: Lang, s: &Section, head: &str) -> Html {
    let with_b = s.rows.iter().any(|r| r.b.is_some());
    html! {
            <div class="table-wrap sticky-first" tabindex="0" role="region" aria-labelledby={head.to_owned()}>
                <table>
                    <thead><tr>
                        <th scope="col">{ lang.t(tx::MEASURE) }</th>
                        <th scope="col">{ lang.t(tx::RULES_A) }</th>
                        if with_b {
                            <th scope="col">{ lang.t(tx::RULES_B) }</th>
                            <th scope="col">{ lang.t(tx::DIFF) }</th>
                        }
                    </tr></thead>
                    <tbody>
                        { for s.rows.iter().map(|r| {
                            let diff = r.b.map(|b| Figure::difference_text(r.a, b, lang));
                            let moved = r.b.and_then(|b| Figure::difference(r.a, b)).is_some_and(|d| !d.is_zero());
                            html! {
                                <tr>
                                    <th scope="row">{ r.label.clone() }</th>
                                    <td>{ r.a.text() }</td>
                                    if let Some(b) = r.b { <td>{ b.text() }</td> }
                                    if let Some(d) = diff { <td class={classes!(moved.then_some("pf-moved"))}>{ d }</td> }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
    }
}

/// A skipped row's problem in words.
fn row_problem(lang: Lang, code: RowProblemCode, column: &str) -> String {
    match code {
        RowProblemCode::Row(CsvRowCode::WrongFieldCount) => {
            lang.t(tx::WRONG_FIELD_COUNT).to_owned()
        }
        RowProblemCode::Row(CsvRowCode::NotUtf8) => lang.t(tx::ROW_NOT_UTF8).to_owned(),
        RowProblemCode::Field(code) => profile::error(lang, code, field(column)),
    }
}

/// The rows and columns a CSV had wrong.
fn problems_view(lang: Lang, p: &Problems) -> Html {
    let warnings = p.file.iter().filter(|f| !f.code.whole_file());
    let listed = p
        .rows
        .iter()
        .map(|r| r.row)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let unlisted = p
        .skipped_rows
        .saturating_sub(u64::try_from(listed).unwrap_or(u64::MAX));
    html! {
        <section class="card pf-problems" id="pf-problems" aria-labelledby="pf-problems-h">
            <h3 id="pf-problems-h">{ lang.t(tx::PROBLEMS) }</h3>
            <p><strong id="pf-skipped">{ count_text(p.skipped_rows) }</strong>{ " " }{ lang.t(tx::SKIPPED) }
                if unlisted > 0 { { format!(" · {} {}", count_text(unlisted), lang.t(tx::MORE_ROWS)) } }
            </p>
            <ul class="pf-warnings">
                { for warnings.map(|w| html! {
                    <li>{ lang.t(file_problem(w.code)) }{ w.field.as_ref().map(|f| format!(": {f}")).unwrap_or_default() }</li>
                }) }
            </ul>
            if !p.rows.is_empty() {
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="pf-problems-h">
                    <table id="pf-problem-rows">
                        <thead><tr>
                            <th scope="col">{ lang.t(tx::ROW) }</th>
                            <th scope="col">{ lang.t(tx::COLUMN) }</th>
                            <th scope="col">{ lang.t(tx::PROBLEM) }</th>
                        </tr></thead>
                        <tbody>
                            { for p.rows.iter().map(|r| html! {
                                <tr>
                                    <td>{ r.row }</td>
                                    <td><code>{ r.field.clone() }</code></td>
                                    <td class="pf-problem">{ row_problem(lang, r.code, &r.field) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}

/// The results of a run.
#[function_component(PortfolioResults)]
pub fn portfolio_results(p: &ResultsProps) -> Html {
    let lang = p.lang;
    let r = &p.result;
    let all = sections(&r.a, r.b.as_ref(), lang);
    let what = match &r.counted {
        Counted::Synthetic { seed, count } => format!(
            "{} {} · {} {}",
            count_text(*count),
            lang.t(tx::APPLICANTS),
            lang.t(tx::SEED),
            seed
        ),
        Counted::Csv { name } => format!(
            "{name} · {} {}",
            count_text(r.a.count),
            lang.t(tx::APPLICANTS)
        ),
    };
    let how = format!(
        "{} {} · {} s",
        r.workers,
        lang.t(tx::WORKERS),
        fixed(r.seconds, 2)
    );
    let bins: Vec<Bin> =
        r.a.score_histogram
            .iter()
            .enumerate()
            .map(|(i, bin)| Bin {
                label: bin.from.to_string(),
                a: bin.count,
                b: r.b
                    .as_ref()
                    .map(|b| b.score_histogram.get(i).map_or(0, |x| x.count)),
            })
            .collect();
    let top = bins
        .iter()
        .flat_map(|b| [b.a, b.b.unwrap_or(0)])
        .max()
        .unwrap_or(0);
    let summary = bins
        .iter()
        .map(|b| format!("{}: {}", b.label, count_text(b.a)))
        .collect::<Vec<_>>()
        .join(", ");
    let b_name = format!(
        "{}: {}",
        lang.t(tx::RULES_B),
        lang.t(if r.b_pinned {
            tx::B_PINNED
        } else {
            tx::B_DEFAULTS
        })
    );
    html! {
        <div class="pf-results" id="pf-results" data-run={r.run.to_string()}>
            <section class="card pf-summary" aria-labelledby="pf-results-h">
                <h3 id="pf-results-h">{ lang.t(tx::RESULTS) }</h3>
                <p class="pf-what">{ what }<span class="hint">{ " · " }{ how }</span></p>
                if r.b.is_some() { <p class="hint">{ b_name.clone() }</p> }
                if p.stale { <p class="note" id="pf-stale">{ lang.t(tx::STALE_RESULTS) }</p> }
                <Histogram id="pf-hist" title={lang.t(tx::HISTOGRAM)} summary={summary}
                    names={(AttrValue::from(lang.t(tx::RULES_A)), AttrValue::from(b_name))}
                    top_label={count_text(top)} {bins} />
                { for all.iter().filter(|s| s.id == "pf-histogram").map(|s| html! {
                    <details class="pf-as-table" id={s.id}>
                        <summary id="pf-histogram-h">{ lang.t(tx::AS_TABLE) }</summary>
                        { table(lang, s, "pf-histogram-h") }
                    </details>
                }) }
                <div class="actions">
                    <button type="button" class="btn" id="pf-save-results" data-view-only="true" onclick={p.on_save_results.clone()}>{ lang.t(tx::DOWNLOAD_RESULTS) }</button>
                    <button type="button" class="btn btn-quiet" id="pf-save-rows" data-view-only="true" disabled={p.busy} onclick={p.on_save_rows.clone()}>{ lang.t(tx::DOWNLOAD_ROWS) }</button>
                </div>
            </section>
            if r.problems.skipped_rows > 0 || !r.problems.file.is_empty() { { problems_view(lang, &r.problems) } }
            { for all.iter().filter(|s| s.id != "pf-histogram").map(|s| table_card(lang, s)) }
        </div>
    }
}
