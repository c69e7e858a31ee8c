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
use credit_sim::portfolio::csv_write::profiles_to_csv;
use credit_sim::presets::presets;
use yew::prelude::*;

use super::portfolio_results::{Counted, Finished, PortfolioResults};
use super::portfolio_source::{
    columns_help, count_of, file_stem, form_value, seed_of, DEFAULT_COUNT, DEFAULT_SEED,
};
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
use crate::scenario::pairs::Pair;
use crate::widgets::quantity::{field_error, quantity, Quantity};

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

/// What a run is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    /// The figures under A and B.
    Results,
    /// A's scored rows of the last results, saved as a file when done.
    ScoredRows,
}

/// A run under way.
struct Running {
    number: u32,
    purpose: Purpose,
    jobs: Vec<Job>,
    progress: Vec<(f64, f64)>,
    parts: Vec<Option<Part>>,
    rules_a: ProductRules,
    rules_b: Option<ProductRules>,
    b_pinned: bool,
    counted: Counted,
    file: Option<PickedFile>,
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
    pool: Option<Pool>,
    running: Option<Running>,
    last: Option<Rc<Finished>>,
    note: Note,
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

impl PortfolioPanel {
    /// Rules B: the pinned ones, or the defaults.
    fn rules_b(&self) -> ProductRules {
        self.pinned.clone().unwrap_or_else(default_rules)
    }

    /// Runs the form's population under A and B.
    fn start(&mut self, ctx: &Context<Self>) {
        let p = ctx.props();
        let csv = form_value(&p.form, "pf.source", "") == "csv";
        let counted = if csv {
            let Some(file) = &self.file else {
                self.file_missing = true;
                return;
            };
            Counted::Csv { name: file.name() }
        } else {
            let seed = seed_of(form_value(&p.form, "pf.seed", DEFAULT_SEED));
            let count = count_of(form_value(&p.form, "pf.count", DEFAULT_COUNT));
            let (Some(seed), Some(count)) = (seed, count) else {
                return;
            };
            Counted::Synthetic { seed, count }
        };
        let rules_b = self.rules_b();
        let rules_b = (rules_b != p.rules).then_some(rules_b);
        let file = csv.then(|| self.file.clone()).flatten();
        let b_pinned = self.pinned.is_some();
        self.launch(
            ctx,
            Purpose::Results,
            counted,
            file,
            p.rules.clone(),
            rules_b,
            b_pinned,
        );
    }

    /// Starts a run on the pool (started first if need be), one job per share.
    #[allow(clippy::too_many_arguments)]
    fn launch(
        &mut self,
        ctx: &Context<Self>,
        purpose: Purpose,
        counted: Counted,
        file: Option<PickedFile>,
        rules_a: ProductRules,
        rules_b: Option<ProductRules>,
        b_pinned: bool,
    ) {
        self.start_pool(ctx);
        let Some(pool) = &self.pool else {
            self.note = Note::Failed(ctx.props().lang.t(tx::NO_WORKERS).to_owned());
            return;
        };
        let sources: Vec<Source> = match (&counted, &file) {
            (Counted::Csv { .. }, Some(f)) => vec![Source::Csv(f.clone())],
            (Counted::Synthetic { seed, count }, _) => {
                let workers = u64::try_from(pool.len()).unwrap_or(1);
                shares(*count, workers)
                    .into_iter()
                    .map(|(from, count)| Source::Synthetic {
                        seed: *seed,
                        from,
                        count,
                    })
                    .collect()
            }
            (Counted::Csv { .. }, None) => return,
        };
        self.runs += 1;
        let number = self.runs;
        let scored = purpose == Purpose::ScoredRows;
        let (text_a, text_b) = (
            rules_text(&rules_a),
            rules_b.as_ref().filter(|_| !scored).map(rules_text),
        );
        let jobs: Vec<Job> = sources
            .into_iter()
            .enumerate()
            .map(|(i, source)| Job {
                run: number,
                source,
                rules_a: text_a.clone(),
                rules_b: text_b.clone(),
                scored,
                header: i == 0,
            })
            .collect();
        for (i, job) in jobs.iter().enumerate() {
            pool.send(i, job);
        }
        self.note = Note::None;
        self.running = Some(Running {
            number,
            purpose,
            progress: vec![(0.0, 0.0); jobs.len()],
            parts: jobs.iter().map(|_| None).collect(),
            jobs,
            rules_a,
            rules_b,
            b_pinned,
            counted,
            file,
            started: now_ms(),
        });
    }

    /// Starts the pool's workers unless they are running: when the Workbench is first opened
    /// (so the first run need not wait for them) and after a cancelled or failed run.
    fn start_pool(&mut self, ctx: &Context<Self>) {
        if self.pool.is_none() {
            let link = ctx.link().clone();
            let said = move |worker, run, said| link.send_message(Msg::Said(worker, run, said));
            self.pool = Pool::start(cores(), said);
        }
    }

    /// Ends the run under way, if any, terminating the pool's workers (a worker cannot be
    /// interrupted otherwise); the next run starts new ones.
    fn stop(&mut self) {
        self.running = None;
        if let Some(pool) = self.pool.take() {
            pool.stop();
        }
    }

    fn said(&mut self, worker: usize, number: u32, said: Said) -> bool {
        // A worker that fails to load speaks for no run (0), perhaps while none goes on: the
        // pool is dropped either way, so the next run starts whole.
        if let Said::Failed(message) = &said {
            let this_run = self.running.as_ref().map(|r| r.number);
            if number == 0 || this_run == Some(number) {
                if this_run.is_some() {
                    self.note = Note::Failed(message.clone());
                }
                self.stop();
                return true;
            }
        }
        let Some(run) = self.running.as_mut().filter(|r| r.number == number) else {
            return false;
        };
        match said {
            Said::Ready | Said::Failed(_) => false,
            Said::Progress { done, total } => {
                if let Some(p) = run.progress.get_mut(worker) {
                    *p = (done, total);
                }
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

    /// Merges the workers' parts into the results, or saves the scored rows.
    fn finish(&mut self) {
        let Some(run) = self.running.take() else {
            return;
        };
        let seconds = (now_ms() - run.started) / 1000.0;
        let parts: Vec<Part> = run.parts.into_iter().flatten().collect();
        if run.purpose == Purpose::ScoredRows {
            let blobs: Vec<BlobRef> = parts.into_iter().filter_map(|p| p.scored).collect();
            let name = format!("{}-scored.csv", file_stem(&run.counted));
            BlobRef::save(&blobs, "\u{FEFF}", &name, CSV_MIME);
            return;
        }
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
                    file: run.file,
                    counted: run.counted,
                    workers: parts.len(),
                    seconds,
                    run: run.number,
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

    /// Counts the last results' population again under their rules A, writing each row, and
    /// saves the file when done (the rows are written only when asked for: a million of them
    /// take hundreds of megabytes).
    fn save_rows(&mut self, ctx: &Context<Self>) {
        if self.running.is_some() {
            return;
        }
        if let Some(r) = self.last.clone() {
            let (counted, file, rules) = (r.counted.clone(), r.file.clone(), r.rules_a.clone());
            self.launch(ctx, Purpose::ScoredRows, counted, file, rules, None, false);
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
                <label for="pf-progress" id="pf-progress-label">{ lang.t(if run.purpose == Purpose::ScoredRows { tx::PREPARING_ROWS } else { tx::RUNNING }) }{ format!(" {}%", fixed(fraction * 100.0, 0)) }</label>
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
            pool: None,
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
                self.save_rows(ctx);
                true
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
                        <button type="button" class="btn btn-small btn-quiet" id="pf-template" data-view-only="true" onclick={template}>{ lang.t(tx::TEMPLATE) }</button>
                        { columns_help(lang) }
                    </div>
                    </fieldset>
                    <fieldset class="pf-b">
                        <legend>{ lang.t(tx::COMPARE_WITH) }</legend>
                        <p id="pf-b-is">{ lang.t(if self.pinned.is_some() { tx::B_PINNED } else { tx::B_DEFAULTS }) }</p>
                        <div class="actions">
                            <button type="button" class="btn btn-small btn-quiet" id="pf-pin" data-view-only="true" onclick={link.callback(|_| Msg::Pin)}>{ lang.t(tx::PIN_B) }</button>
                            if self.pinned.is_some() {
                                <button type="button" class="btn btn-small btn-quiet" id="pf-unpin" data-view-only="true" onclick={link.callback(|_| Msg::Unpin)}>{ lang.t(tx::UNPIN_B) }</button>
                            }
                        </div>
                        if same { <p class="hint" id="pf-same">{ lang.t(tx::SAME_RULES) }</p> }
                    </fieldset>
                </div>
                <div class="actions">
                    <button type="button" class="btn" id="pf-run" data-view-only="true" disabled={running} onclick={link.callback(|_| Msg::Run)}>{ lang.t(tx::RUN) }</button>
                    <button type="button" class="btn btn-quiet" id="pf-cancel" data-view-only="true" disabled={!running} onclick={link.callback(|_| Msg::Cancel)}>{ lang.t(tx::CANCEL) }</button>
                </div>
                { self.progress_view(lang) }
                { self.note_view(lang) }
            </section>
            if let Some(result) = &self.last {
                <PortfolioResults result={result.clone()} {lang} {stale} busy={running}
                    on_save_results={link.callback(|_| Msg::SaveResults)}
                    on_save_rows={link.callback(|_| Msg::SaveRows)} />
            }
            </>
        }
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        if first_render {
            self.start_pool(ctx);
        }
    }

    fn destroy(&mut self, _: &Context<Self>) {
        self.stop();
    }
}
