//! The Workbench's portfolio: a generated population or the lender's own CSV, counted under the
//! rules in force (A) and the default or pinned rules (B) by a pool of Web Workers, with a
//! progress bar and Cancel, the results kept until the next run finishes.
//!
//! The panel stays mounted while other tabs are open (the library hides it), so a run goes on
//! when the reader looks at an offer. Its source, seed and size are form texts of the scenario
//! (`pf.source`, `pf.seed`, `pf.count`), so a link reproduces the population; the chosen file,
//! the pinned rules B (also kept in storage) and the results are the panel's own.

use std::rc::Rc;

use credit_sim::offers::{default_rules, ProductRules};
use credit_sim::portfolio::csv_cells::{Kind, COLUMNS};
use credit_sim::portfolio::csv_write::profiles_to_csv;
use credit_sim::presets::presets;
use credit_sim::profile::{Education, Occupation};
use yew::prelude::*;

use super::portfolio_results::{Counted, Finished, PortfolioResults};
use crate::browser::files::{BlobRef, PickedFile};
use crate::browser::workers::{cores, Job, Pool, Said, Source};
use crate::browser::{download, now_ms, storage};
use crate::csv::portfolio_csv;
use crate::format::fixed;
use crate::i18n::workbench::{self as tx, file_problem};
use crate::i18n::{with_commas, Lang};
use crate::portfolio::rows::sections;
use crate::portfolio::{merge_parts, rules_of_text, rules_text, shares, Problems};
use crate::scenario::action::Action;
use crate::scenario::fields::field;
use crate::scenario::pairs::Pair;
use crate::widgets::quantity::{field_error, quantity, Quantity};

/// The largest seed a link or a worker's message carries exactly (2⁵³ − 1).
const MAX_SEED: u64 = 9_007_199_254_740_991;
/// The population sizes a generated portfolio may have.
const COUNTS: std::ops::RangeInclusive<u64> = 1_000..=1_000_000;
/// The form's defaults: seed 1, a population of 100,000.
const DEFAULT_SEED: &str = "1";
const DEFAULT_COUNT: &str = "100000";
const CSV_MIME: &str = "text/csv;charset=utf-8";

/// Props of the panel.
#[derive(Properties, PartialEq)]
pub struct PortfolioProps {
    /// The page language.
    pub lang: Lang,
    /// The rules in force (A).
    pub rules: ProductRules,
    /// The scenario's `pf.` form texts.
    pub form: Vec<Pair>,
    /// Sends an action to the page.
    pub send: Callback<Action>,
}

/// What the panel says under its buttons.
#[derive(Debug, Clone, PartialEq)]
enum Note {
    None,
    Cancelled,
    Failed(String),
    /// The file could not be read at all; the last results stay.
    Unreadable(Problems),
    /// The file held no row that could be counted.
    NoRows(Problems),
}

/// One worker's finished share.
struct Part {
    a: String,
    b: Option<String>,
    problems: Problems,
    scored: Option<BlobRef>,
}

/// A run under way.
struct Running {
    number: u32,
    pool: Pool,
    jobs: Vec<Job>,
    progress: Vec<(f64, f64)>,
    parts: Vec<Option<Part>>,
    rules_a: ProductRules,
    rules_b: Option<ProductRules>,
    b_pinned: bool,
    counted: Counted,
    started: f64,
}

/// The panel's messages.
pub enum Msg {
    /// A file was chosen (or the choice cleared).
    File(Option<PickedFile>),
    /// Run was pressed.
    Run,
    /// Cancel was pressed.
    Cancel,
    /// A worker of run `1` said `2`.
    Said(usize, u32, Said),
    /// Pin the rules in force as B.
    Pin,
    /// Make B the defaults again.
    Unpin,
    /// Save the results as CSV.
    SaveResults,
    /// Save the scored rows as CSV.
    SaveRows,
}

/// The panel.
pub struct PortfolioPanel {
    file: Option<PickedFile>,
    file_missing: bool,
    pinned: Option<ProductRules>,
    runs: u32,
    running: Option<Running>,
    last: Option<Rc<Finished>>,
    note: Note,
}

fn form_value<'a>(form: &'a [Pair], key: &str, default: &'a str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == key)
        .map_or(default, |(_, v)| v.as_str())
}

/// A whole number typed with or without separators (`100,000`, `100 000`).
fn whole(text: &str) -> Option<u64> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '_' | '，'))
        .collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The seed, or none when the text is not one.
fn seed_of(text: &str) -> Option<u64> {
    whole(text).filter(|s| *s <= MAX_SEED)
}

/// The population's size, or none when the text is not one.
fn count_of(text: &str) -> Option<u64> {
    whole(text).filter(|n| COUNTS.contains(n))
}

fn count_text(n: f64) -> String {
    #[allow(clippy::cast_possible_truncation)]
    let n = n.round() as i64;
    with_commas(n)
}

/// A file size in MB, one place.
fn megabytes(bytes: f64) -> String {
    format!("{} MB", fixed(bytes / 1_048_576.0, 1))
}

/// The column help's words for a kind of cell.
fn kind_text(lang: Lang, name: &str, kind: Kind) -> String {
    let names = |all: &[&str]| all.join(" / ");
    match kind {
        Kind::Integer => lang.t(tx::KIND_INTEGER).to_owned(),
        Kind::NullableInteger => lang.t(tx::KIND_NULLABLE).to_owned(),
        Kind::Amount => lang.t(tx::KIND_AMOUNT).to_owned(),
        Kind::Boolean => lang.t(tx::KIND_BOOLEAN).to_owned(),
        Kind::Name if name == "education" => names(&Education::ALL.map(|(n, _)| n)),
        Kind::Name => names(&Occupation::ALL.map(|(n, _)| n)),
    }
}

/// The CSV's columns, each with its field's label and what its cells hold.
fn columns_help(lang: Lang) -> Html {
    html! {
        <details class="pf-columns" id="pf-columns">
            <summary>{ lang.t(tx::COLUMNS) }</summary>
            <p class="hint">{ lang.t(tx::COLUMNS_HELP) }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label={lang.t(tx::COLUMNS)}>
                <table>
                    <thead><tr>
                        <th scope="col">{ lang.t(tx::COLUMN) }</th>
                        <th scope="col">{ lang.t(tx::MEANING) }</th>
                        <th scope="col">{ lang.t(tx::CELLS) }</th>
                    </tr></thead>
                    <tbody>
                        { for COLUMNS.iter().map(|c| html! {
                            <tr>
                                <td><code>{ c.name }</code></td>
                                <td class="pf-wrap">{ field(c.name).map(|f| lang.t(f.label)).unwrap_or_default() }</td>
                                <td class="pf-wrap">{ kind_text(lang, c.name, c.kind) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}

impl PortfolioPanel {
    /// Rules B: the pinned ones, or the defaults.
    fn rules_b(&self) -> ProductRules {
        self.pinned.clone().unwrap_or_else(default_rules)
    }

    fn start(&mut self, ctx: &Context<Self>) {
        let p = ctx.props();
        let csv = form_value(&p.form, "pf.source", "") == "csv";
        let (sources, counted) = if csv {
            let Some(file) = self.file.clone() else {
                self.file_missing = true;
                return;
            };
            let counted = Counted::Csv { name: file.name() };
            (vec![Source::Csv(file)], counted)
        } else {
            let seed = seed_of(form_value(&p.form, "pf.seed", DEFAULT_SEED));
            let count = count_of(form_value(&p.form, "pf.count", DEFAULT_COUNT));
            let (Some(seed), Some(count)) = (seed, count) else {
                return;
            };
            let workers = u64::try_from(cores()).unwrap_or(1);
            let sources = shares(count, workers)
                .into_iter()
                .map(|(from, count)| Source::Synthetic { seed, from, count })
                .collect();
            (sources, Counted::Synthetic { seed, count })
        };
        self.runs += 1;
        let number = self.runs;
        let rules_b = self.rules_b();
        let rules_b = (rules_b != p.rules).then_some(rules_b);
        let (text_a, text_b) = (rules_text(&p.rules), rules_b.as_ref().map(rules_text));
        let jobs: Vec<Job> = sources
            .into_iter()
            .enumerate()
            .map(|(i, source)| Job {
                run: number,
                source,
                rules_a: text_a.clone(),
                rules_b: text_b.clone(),
                scored: true,
                header: i == 0,
            })
            .collect();
        let link = ctx.link().clone();
        let said = move |worker, run, said| link.send_message(Msg::Said(worker, run, said));
        let Some(pool) = Pool::start(jobs.len(), said) else {
            self.note = Note::Failed(ctx.props().lang.t(tx::NO_WORKERS).to_owned());
            return;
        };
        self.stop();
        self.note = Note::None;
        self.running = Some(Running {
            number,
            pool,
            progress: vec![(0.0, 0.0); jobs.len()],
            parts: jobs.iter().map(|_| None).collect(),
            jobs,
            rules_a: p.rules.clone(),
            rules_b,
            b_pinned: self.pinned.is_some(),
            counted,
            started: now_ms(),
        });
    }

    /// Ends the run under way, if any, terminating its workers.
    fn stop(&mut self) {
        if let Some(run) = self.running.take() {
            run.pool.stop();
        }
    }

    fn said(&mut self, worker: usize, number: u32, said: Said) -> bool {
        let Some(run) = self.running.as_mut() else {
            return false;
        };
        // A worker says `ready`, or fails to load, before it has a job: those speak for no run
        // (0). Anything else must be this run's.
        if number != run.number && !(number == 0 && matches!(said, Said::Ready | Said::Failed(_))) {
            return false;
        }
        match said {
            Said::Ready => {
                if let Some(job) = run.jobs.get(worker) {
                    run.pool.send(worker, job);
                }
                false
            }
            Said::Progress { done, total } => {
                if let Some(p) = run.progress.get_mut(worker) {
                    *p = (done, total);
                }
                true
            }
            Said::Failed(message) => {
                self.stop();
                self.note = Note::Failed(message);
                true
            }
            Said::Done {
                a,
                b,
                problems,
                scored,
                ..
            } => {
                if let Some(slot) = run.parts.get_mut(worker) {
                    *slot = Some(Part {
                        a,
                        b,
                        problems: Problems::from_text(&problems),
                        scored,
                    });
                }
                if run.parts.iter().all(Option::is_some) {
                    self.finish();
                }
                true
            }
        }
    }

    /// Merges the workers' parts into the results.
    fn finish(&mut self) {
        let Some(run) = self.running.take() else {
            return;
        };
        let seconds = (now_ms() - run.started) / 1000.0;
        let parts: Vec<Part> = run.parts.into_iter().flatten().collect();
        let a_parts: Vec<String> = parts.iter().map(|p| p.a.clone()).collect();
        let b_parts: Vec<String> = parts.iter().filter_map(|p| p.b.clone()).collect();
        let a = merge_parts(&a_parts, &run.rules_a);
        let b = match &run.rules_b {
            Some(rules) => merge_parts(&b_parts, rules).map(Some),
            None => Some(None),
        };
        let mut problems = Problems::default();
        for p in &parts {
            problems.rows.extend(p.problems.rows.iter().cloned());
            problems.skipped_rows += p.problems.skipped_rows;
            problems.file.extend(p.problems.file.iter().cloned());
        }
        let workers = parts.len();
        let scored = parts.into_iter().filter_map(|p| p.scored).collect();
        run.pool.stop();
        if problems.whole_file() {
            self.note = Note::Unreadable(problems);
            return;
        }
        match (a, b) {
            (Some(a), Some(_)) if a.count == 0 => self.note = Note::NoRows(problems),
            (Some(a), Some(b)) => {
                self.note = Note::None;
                self.last = Some(Rc::new(Finished {
                    a,
                    b,
                    b_pinned: run.b_pinned,
                    rules_a: run.rules_a,
                    problems,
                    scored,
                    counted: run.counted,
                    workers,
                    seconds,
                }));
            }
            _ => self.note = Note::Failed("a worker's part could not be read".to_owned()),
        }
    }

    fn save_results(&self, lang: Lang) {
        let Some(r) = &self.last else {
            return;
        };
        let text = portfolio_csv(&sections(&r.a, r.b.as_ref(), lang), lang);
        download::text_file(
            &text,
            &format!("{}-results.csv", file_stem(&r.counted)),
            CSV_MIME,
        );
    }

    fn save_rows(&self) {
        if let Some(r) = &self.last {
            let name = format!("{}-scored.csv", file_stem(&r.counted));
            BlobRef::save(&r.scored, "\u{FEFF}", &name, CSV_MIME);
        }
    }

    fn progress_view(&self, lang: Lang) -> Html {
        let Some(run) = &self.running else {
            return Html::default();
        };
        let (done, total) = run
            .progress
            .iter()
            .fold((0.0, 0.0), |(d, t), (done, total)| (d + done, t + total));
        let fraction = if total > 0.0 { done / total } else { 0.0 };
        let how_far = match &run.counted {
            Counted::Synthetic { count, .. } => {
                #[allow(clippy::cast_precision_loss)]
                let count = *count as f64;
                format!(
                    "{} / {} {}",
                    count_text(done),
                    count_text(count),
                    lang.t(tx::APPLICANTS)
                )
            }
            Counted::Csv { name } => format!("{name} · {} / {}", megabytes(done), megabytes(total)),
        };
        html! {
            <div class="pf-progress">
                <label for="pf-progress" id="pf-progress-label">{ lang.t(tx::RUNNING) }{ format!(" {}%", fixed(fraction * 100.0, 0)) }</label>
                <progress id="pf-progress" max="1" value={fixed(fraction, 4)}></progress>
                <span class="hint">{ how_far }{ format!(" · {} {}", run.jobs.len(), lang.t(tx::WORKERS)) }</span>
            </div>
        }
    }

    fn note_view(&self, lang: Lang) -> Html {
        let file_words = |p: &Problems| {
            p.file
                .iter()
                .filter(|f| f.code.whole_file())
                .map(|f| lang.t(file_problem(f.code)))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let text = match &self.note {
            Note::None => String::new(),
            Note::Cancelled => lang.t(tx::CANCELLED).to_owned(),
            Note::Failed(m) => format!("{} {m}", lang.t(tx::FAILED)),
            Note::Unreadable(p) => format!("{} {}", file_words(p), lang.t(tx::KEPT)),
            Note::NoRows(p) => format!("{} {}", lang.t(tx::NO_ROWS), file_words(p)),
        };
        let bad = matches!(
            self.note,
            Note::Failed(_) | Note::Unreadable(_) | Note::NoRows(_)
        );
        html! {
            <p id="pf-status" role="status" class={classes!(bad.then_some("pf-bad"))}>{ text }</p>
        }
    }
}

/// The downloads' names: `credit-sim-portfolio-1-100000`, `credit-sim-portfolio-applicants`.
fn file_stem(counted: &Counted) -> String {
    match counted {
        Counted::Synthetic { seed, count } => format!("credit-sim-portfolio-{seed}-{count}"),
        Counted::Csv { name } => {
            let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
            let safe: String = stem
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() || c == '-' || c == '_' {
                        c
                    } else {
                        '-'
                    }
                })
                .take(60)
                .collect();
            format!("credit-sim-portfolio-{safe}")
        }
    }
}

impl Component for PortfolioPanel {
    type Message = Msg;
    type Properties = PortfolioProps;

    fn create(_: &Context<Self>) -> Self {
        let pinned = storage::load_at(storage::RULES_B_KEY).map(|t| rules_of_text(&t));
        PortfolioPanel {
            file: None,
            file_missing: false,
            pinned,
            runs: 0,
            running: None,
            last: None,
            note: Note::None,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::File(file) => {
                self.file_missing = file.is_none();
                self.file = file;
                true
            }
            Msg::Run => {
                self.start(ctx);
                true
            }
            Msg::Cancel => {
                if self.running.is_some() {
                    self.stop();
                    self.note = Note::Cancelled;
                }
                true
            }
            Msg::Said(worker, number, said) => self.said(worker, number, said),
            Msg::Pin => {
                let rules = ctx.props().rules.clone();
                storage::save_at(storage::RULES_B_KEY, Some(&rules_text(&rules)));
                self.pinned = Some(rules);
                true
            }
            Msg::Unpin => {
                storage::save_at(storage::RULES_B_KEY, None);
                self.pinned = None;
                true
            }
            Msg::SaveResults => {
                self.save_results(ctx.props().lang);
                false
            }
            Msg::SaveRows => {
                self.save_rows();
                false
            }
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let p = ctx.props();
        let lang = p.lang;
        let link = ctx.link();
        let source = form_value(&p.form, "pf.source", "");
        let csv = source == "csv";
        let seed = form_value(&p.form, "pf.seed", DEFAULT_SEED);
        let count = form_value(&p.form, "pf.count", DEFAULT_COUNT);
        let set = |key: &'static str, default: &'static str| {
            let send = p.send.clone();
            Callback::from(move |text: String| {
                let text = if text == default { String::new() } else { text };
                send.emit(Action::SetForms(vec![(key.to_owned(), text)]));
            })
        };
        let choose = |value: &'static str| {
            let send = p.send.clone();
            Callback::from(move |_: Event| {
                send.emit(Action::SetForms(vec![(
                    "pf.source".to_owned(),
                    value.to_owned(),
                )]))
            })
        };
        let template = Callback::from(|_: MouseEvent| {
            let people: Vec<_> = presets().into_iter().map(|p| p.profile).collect();
            let text = format!("\u{FEFF}{}", profiles_to_csv(&people));
            download::text_file(&text, "credit-sim-applicants-template.csv", CSV_MIME);
        });
        let rules_b = self.rules_b();
        let same = rules_b == p.rules;
        let running = self.running.is_some();
        let stale = self.last.as_ref().is_some_and(|r| r.rules_a != p.rules);
        let file_error = (csv && self.file_missing).then(|| lang.t(tx::NO_FILE));
        html! {
            <>
            <section class="card portfolio" id="portfolio" aria-labelledby="pf-h">
                <h2 id="pf-h">{ lang.t(tx::PORTFOLIO) }</h2>
                <p class="hint">{ lang.t(tx::PORTFOLIO_INTRO) }</p>
                <div class="pf-controls">
                    <fieldset class="pf-source">
                        <legend>{ lang.t(tx::SOURCE) }</legend>
                        <div class="pf-radios">
                            <label class="radio"><input type="radio" name="pf-source" id="pf-source-synthetic" checked={!csv} onchange={choose("")} />{ lang.t(tx::SOURCE_SYNTHETIC) }</label>
                            <label class="radio"><input type="radio" name="pf-source" id="pf-source-csv" checked={csv} onchange={choose("csv")} />{ lang.t(tx::SOURCE_CSV) }</label>
                        </div>
                    <div class="pf-synthetic" hidden={csv}>
                        { quantity(Quantity {
                            id: "pf-seed",
                            err_id: "pf-seed-err",
                            label: lang.t(tx::SEED),
                            raw: seed,
                            slider: None,
                            error: seed_of(seed).is_none().then(|| lang.t(tx::SEED_RANGE).to_owned()),
                            extra: None,
                        }, &set("pf.seed", DEFAULT_SEED)) }
                        { quantity(Quantity {
                            id: "pf-count",
                            err_id: "pf-count-err",
                            label: lang.t(tx::COUNT),
                            raw: count,
                            slider: None,
                            error: count_of(count).is_none().then(|| lang.t(tx::COUNT_RANGE).to_owned()),
                            extra: None,
                        }, &set("pf.count", DEFAULT_COUNT)) }
                    </div>
                    <div class="pf-csv" hidden={!csv}>
                        <div class="field">
                            <label for="pf-file">{ lang.t(tx::FILE) }</label>
                            <input type="file" id="pf-file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
                                aria-describedby="pf-file-err" aria-invalid={file_error.is_some().to_string()}
                                onchange={link.callback(|e: Event| Msg::File(PickedFile::of_change(&e)))} />
                            { field_error("pf-file-err", file_error) }
                        </div>
                        <button type="button" class="btn btn-small btn-quiet" id="pf-template" onclick={template}>{ lang.t(tx::TEMPLATE) }</button>
                        { columns_help(lang) }
                    </div>
                    </fieldset>
                    <fieldset class="pf-b">
                        <legend>{ lang.t(tx::COMPARE_WITH) }</legend>
                        <p id="pf-b-is">{ lang.t(if self.pinned.is_some() { tx::B_PINNED } else { tx::B_DEFAULTS }) }</p>
                        <div class="actions">
                            <button type="button" class="btn btn-small btn-quiet" id="pf-pin" onclick={link.callback(|_| Msg::Pin)}>{ lang.t(tx::PIN_B) }</button>
                            if self.pinned.is_some() {
                                <button type="button" class="btn btn-small btn-quiet" id="pf-unpin" onclick={link.callback(|_| Msg::Unpin)}>{ lang.t(tx::UNPIN_B) }</button>
                            }
                        </div>
                        if same { <p class="hint" id="pf-same">{ lang.t(tx::SAME_RULES) }</p> }
                    </fieldset>
                </div>
                <div class="actions">
                    <button type="button" class="btn" id="pf-run" disabled={running} onclick={link.callback(|_| Msg::Run)}>{ lang.t(tx::RUN) }</button>
                    <button type="button" class="btn btn-quiet" id="pf-cancel" disabled={!running} onclick={link.callback(|_| Msg::Cancel)}>{ lang.t(tx::CANCEL) }</button>
                </div>
                { self.progress_view(lang) }
                { self.note_view(lang) }
            </section>
            if let Some(result) = &self.last {
                <PortfolioResults result={result.clone()} {lang} {stale}
                    on_save_results={link.callback(|_| Msg::SaveResults)}
                    on_save_rows={link.callback(|_| Msg::SaveRows)} />
            }
            </>
        }
    }

    fn destroy(&mut self, _: &Context<Self>) {
        self.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_and_sizes_are_whole_numbers_in_range() {
        for (text, seed, count) in [
            ("1", Some(1), None),
            ("100,000", Some(100_000), Some(100_000)),
            ("1 000 000", Some(1_000_000), Some(1_000_000)),
            ("999", Some(999), None),
            ("1000001", Some(1_000_001), None),
            ("9007199254740992", None, None),
            ("-5", None, None),
            ("1e5", None, None),
            ("", None, None),
            ("１０", None, None),
        ] {
            assert_eq!((seed_of(text), count_of(text)), (seed, count), "{text}");
        }
    }

    #[test]
    fn download_names_are_safe_file_names() {
        assert_eq!(
            file_stem(&Counted::Synthetic {
                seed: 7,
                count: 1_000
            }),
            "credit-sim-portfolio-7-1000"
        );
        assert_eq!(
            file_stem(&Counted::Csv {
                name: "我的 客户/2026.csv".into()
            }),
            "credit-sim-portfolio-我的-客户-2026"
        );
    }
}
