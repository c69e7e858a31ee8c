//! The Reach a goal tab: a target (a score, or a product or deposit-free service eligible under
//! the rules in force), the core's shortest plan to it (`credit_sim::target::plan_to_target`,
//! run on every change), its steps marked "now" or "over time", the months needed and the score
//! month by month; one click applies the "now" steps, another plays the months in the Journey.
//! The form lives in the scenario's form texts under `g.`.

use std::rc::Rc;

use credit_sim::input::Loose;
use credit_sim::offers::ProductRules;
use credit_sim::offers::Service;
use credit_sim::profile::Profile;
use credit_sim::scoring::score_of;
use credit_sim::target::{TargetInput, TargetPlan, When};
use yew::prelude::*;

use super::score::value_text;
use super::tool_form::Group;
use super::ViewProps;
use crate::browser::input::{input_text, selected};
use crate::format::number_of;
use crate::i18n::{goal as tx, money, Lang, Text};
use crate::scenario::action::Action;
use crate::scenario::fields::field;
use crate::scenario::loan::Product;
use crate::scenario::marks::{MonthMark, MAX_MONTHS};
use crate::scenario::pairs::Pair;
use crate::scenario::{problems_of, Problem, Tab};
use crate::widgets::line_chart::LineChart;
use crate::widgets::quantity::field_error;

/// The form's fields: the target (`score` or a product's API name), the score, the horizon.
const FIELDS: [&str; 3] = ["target", "score", "horizon"];

/// The targets of the select, by the core's API name.
const TARGETS: [&str; 7] = [
    "score",
    "creditLoan",
    "creditLine",
    "microBusiness",
    "hotel",
    "rental",
    "carHire",
];

/// Runs `f` on the form's group, whose defaults are a score 25 points above `score` within 24
/// months.
fn with_group<T>(score: u32, f: impl FnOnce(Group<'_>) -> T) -> T {
    let near = (score + 25).min(950).to_string();
    f(Group {
        prefix: "g.",
        fields: &FIELDS,
        defaults: &["score", &near, "24"],
    })
}

/// The texts of the form: as typed, or until then the defaults for a person at `score`.
pub fn form_values(forms: &[Pair], score: u32) -> Vec<String> {
    with_group(score, |g| g.values(forms))
}

/// The changes that set a field (the whole form, the first time: see `tool_form`).
fn form_change(forms: &[Pair], score: u32, f: &str, value: &str) -> Vec<Pair> {
    with_group(score, |g| g.change(forms, f, value))
}

/// The changes that write the form as it is shown (so applying a plan does not move a default
/// target with the score).
fn form_kept(values: &[String]) -> Vec<Pair> {
    FIELDS
        .iter()
        .zip(values)
        .map(|(f, v)| (format!("g.{f}"), v.clone()))
        .collect()
}

/// The field of a path of the core's input.
fn field_of(path: &str) -> String {
    match path {
        "target.score" => "score",
        "horizonMonths" => "horizon",
        _ => "target",
    }
    .to_owned()
}

/// The plan of the form for `profile` under `rules`, or every problem of the form.
pub fn plan(
    values: &[String],
    profile: &Profile,
    rules: &ProductRules,
) -> Result<TargetPlan, Vec<Problem>> {
    let get = |i: usize| values.get(i).map_or("", |v| v.trim());
    let number = |t: &str| number_of(t).map_or_else(|| Loose::text(t), Loose::Number);
    let target = match get(0) {
        "score" => Loose::object([("score", number(get(1)))]),
        product => Loose::object([("product", Loose::text(product))]),
    };
    let loose = Loose::object([
        ("profile", profile.to_loose()),
        ("target", target),
        ("horizonMonths", number(get(2))),
    ]);
    let mut input = TargetInput::from_loose(&loose).map_err(|e| problems_of(&e, field_of))?;
    input.rules = rules.clone();
    Ok(credit_sim::target::plan_to_target(&input))
}

/// The "now" steps as the profile form's fields and raw texts.
pub fn now_steps(plan: &TargetPlan, lang: Lang) -> Vec<Pair> {
    plan.steps
        .iter()
        .filter(|s| s.when == When::Now)
        .map(|s| (s.field.to_owned(), value_text(s.to, lang).0))
        .collect()
}

/// The Journey's marks that play the plan: its months on time (at least one, at most the
/// Journey's longest).
pub fn play_marks(plan: &TargetPlan) -> Vec<MonthMark> {
    let n = usize::try_from(plan.months).unwrap_or(MAX_MONTHS);
    vec![MonthMark::OnTime; n.clamp(1, MAX_MONTHS)]
}

/// A target's name in the select, with the score it needs under the rules in force.
fn target_label(lang: Lang, target: &str, rules: &ProductRules) -> String {
    let (name, min): (Text, u32) = match target {
        "creditLoan" => (
            money::product(Product::CreditLoan),
            rules.credit_loan.min_score,
        ),
        "creditLine" => (
            money::product(Product::CreditLine),
            rules.credit_line.min_score,
        ),
        "microBusiness" => (
            money::product(Product::MicroBusiness),
            rules.micro_business.min_score,
        ),
        "hotel" => (money::service(Service::Hotel), rules.deposit_free.hotel),
        "rental" => (money::service(Service::Rental), rules.deposit_free.rental),
        "carHire" => (
            money::service(Service::CarHire),
            rules.deposit_free.car_hire,
        ),
        _ => return lang.t(tx::A_SCORE).to_owned(),
    };
    format!("{} · {}", lang.t(name), tx::NEEDS.with_n(lang, min))
}

/// The plan's steps, summary and chart.
fn plan_view(p: &ViewProps, values: &[String], plan: &TargetPlan) -> Html {
    let ctx = &p.ctx;
    let lang = ctx.lang();
    let label = |key: &str| field(key).map_or(key.to_owned(), |f| lang.t(f.label).to_owned());
    let rows = plan.steps.iter().map(|s| {
        let now = s.when == When::Now;
        html! {
            <tr class={classes!(if now { "step-now" } else { "step-later" })} data-field={s.field}>
                <th scope="row">{ label(s.field) }</th>
                <td>{ value_text(s.from, lang).1 }</td>
                <td>{ value_text(s.to, lang).1 }</td>
                <td class="step-gain">{ format!("{:+}", s.score_gain) }</td>
                <td><span class={classes!("badge", if now { "badge-ok" } else { "badge-wait" })}>{ lang.t(if now { tx::WHEN_NOW } else { tx::WHEN_OVER_TIME }) }</span></td>
            </tr>
        }
    });
    let now = now_steps(plan, lang);
    let marks = play_marks(plan);
    let kept = form_kept(values);
    let on_apply = {
        let (now, kept) = (now.clone(), kept.clone());
        let send = ctx.send.clone();
        Callback::from(move |_: MouseEvent| {
            send.emit(Action::SetForms(kept.clone()));
            send.emit(Action::SetFields(now.clone()));
        })
    };
    let on_play = {
        let (now, marks) = (now.clone(), marks.clone());
        let send = ctx.send.clone();
        Callback::from(move |_: MouseEvent| {
            send.emit(Action::SetForms(kept.clone()));
            if !now.is_empty() {
                send.emit(Action::SetFields(now.clone()));
            }
            send.emit(Action::SetMarks(marks.clone()));
            send.emit(Action::SetTab(Tab::Journey));
        })
    };
    let scores: Vec<Option<f64>> = plan
        .timeline
        .iter()
        .map(|t| Some(f64::from(t.score)))
        .collect();
    let all = plan
        .timeline
        .iter()
        .map(|t| t.score)
        .chain([plan.start_score, plan.target_score]);
    let lo = all.clone().min().unwrap_or(350).saturating_sub(10).max(350);
    let hi = (all.max().unwrap_or(950) + 10).min(950);
    let summary = match lang {
        Lang::Zh => format!(
            "从 {} 分到 {} 分，用 {} 个月",
            plan.start_score, plan.final_score, plan.months
        ),
        Lang::En => format!(
            "from {} to {} in {} months",
            plan.start_score, plan.final_score, plan.months
        ),
    };
    html! {
        <section class="card goal-plan" aria-labelledby="goal-plan-h" aria-live="polite">
            <h3 id="goal-plan-h">{ lang.t(tx::STEPS) }</h3>
            <p class={classes!("goal-status", if plan.reachable { "is-ok" } else { "note-bad" })} id="goal-status">
                <span class={classes!("badge", if plan.reachable { "badge-ok" } else { "badge-warn" })}>
                    { lang.t(if plan.reachable { tx::REACHABLE } else { tx::UNREACHABLE_SHORT }) }
                </span>
                if !plan.reachable { { " " }{ lang.t(tx::UNREACHABLE) } }
            </p>
            <dl class="facts facts-grid">
                <div><dt>{ lang.t(tx::START) }</dt><dd id="goal-start">{ plan.start_score }</dd></div>
                <div><dt>{ lang.t(tx::TARGET_SCORE) }</dt><dd id="goal-target">{ plan.target_score }</dd></div>
                <div><dt>{ lang.t(tx::FINAL) }</dt><dd id="goal-final">{ plan.final_score }</dd></div>
                <div><dt>{ lang.t(tx::MONTHS) }</dt><dd id="goal-months">{ plan.months }</dd></div>
            </dl>
            if plan.steps.is_empty() {
                <p id="goal-none">{ lang.t(tx::ALREADY) }</p>
            } else {
                <p class="scroll-hint" aria-hidden="true">{ lang.t(crate::i18n::plan::SCROLL_HINT) }{ " →" }</p>
                <div class="table-wrap sticky-first" tabindex="0" role="region" aria-labelledby="goal-plan-h">
                    <table class="goal-steps" id="goal-steps">
                        <thead><tr>
                            <th scope="col">{ lang.t(tx::STEP) }</th>
                            <th scope="col">{ lang.t(tx::FROM) }</th>
                            <th scope="col">{ lang.t(tx::TO) }</th>
                            <th scope="col">{ lang.t(tx::GAIN) }</th>
                            <th scope="col">{ lang.t(tx::WHEN) }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
            <div class="actions">
                <button type="button" class="btn" id="goal-apply" disabled={now.is_empty()} onclick={on_apply}>{ lang.t(tx::APPLY) }</button>
                <button type="button" class="btn btn-quiet" id="goal-play" onclick={on_play} aria-describedby="goal-play-help">{ lang.t(tx::PLAY) }</button>
            </div>
            <p class="help" id="goal-play-help">{ tx::PLAY_HELP.with_n(lang, marks.len()) }</p>
            <LineChart id="goal-chart" title={lang.t(tx::TIMELINE)} summary={summary}
                values={scores} range={(f64::from(lo), f64::from(hi))}
                labels={(AttrValue::from(lo.to_string()), AttrValue::from(hi.to_string()))} />
        </section>
    }
}

/// The Reach a goal tab.
#[function_component(GoalView)]
pub fn goal_view(p: &ViewProps) -> Html {
    let ctx = &p.ctx;
    let lang = ctx.lang();
    let forms = ctx.scenario().forms.clone();
    let profile = ctx.feed.profile.clone();
    let rules = ctx.feed.rules.clone();
    let score = *use_memo(profile.clone(), score_of);
    let values = form_values(&forms, score);
    let result = use_memo(
        (values.clone(), profile, rules.clone()),
        |(values, profile, rules)| {
            plan(values, profile, rules).map(|p| Rc::new((values.clone(), p)))
        },
    );
    let last = use_mut_ref(|| None::<Rc<(Vec<String>, TargetPlan)>>);
    let (shown, problems) = match result.as_ref() {
        Ok(r) => {
            *last.borrow_mut() = Some(r.clone());
            (Some(r.clone()), Vec::new())
        }
        Err(problems) => (last.borrow().clone(), problems.clone()),
    };
    let problem = |f: &str| problems.iter().any(|p| p.field == f);
    let error = |f: &str, text: Text| problem(f).then(|| lang.t(text));
    let set = |f: &'static str| {
        let forms = forms.clone();
        ctx.on(move |v: String| Action::SetForms(form_change(&forms, score, f, &v)))
    };
    let on_target = {
        let set = set("target");
        Callback::from(move |e: Event| set.emit(selected(&e)))
    };
    let value = |f: &str| {
        FIELDS
            .iter()
            .position(|x| *x == f)
            .and_then(|i| values.get(i))
            .cloned()
            .unwrap_or_default()
    };
    let text_box = |f: &'static str, label: Text, range: Text| {
        let id = format!("goal-{f}");
        let err_id = format!("{id}-err");
        let set = set(f);
        html! {
            <div class={classes!("field", problem(f).then_some("is-invalid"))}>
                <label for={id.clone()}>{ lang.t(label) }</label>
                <input type="text" class="num" inputmode="numeric" autocomplete="off" id={id} value={value(f)}
                    aria-invalid={problem(f).then_some("true")} aria-describedby={problem(f).then(|| err_id.clone())}
                    oninput={Callback::from(move |e: InputEvent| set.emit(input_text(&e)))} />
                { field_error(&err_id, error(f, range)) }
            </div>
        }
    };
    let stale = !problems.is_empty();
    html! {
        <div class="goal" id="goal">
            <section class="card" aria-labelledby="goal-h">
                <h2 id="goal-h">{ lang.t(tx::TITLE) }</h2>
                <p class="hint">{ lang.t(tx::INTRO) }</p>
                <form class="goal-form" aria-label={lang.t(tx::FORM)} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <div class={classes!("field", problem("target").then_some("is-invalid"))}>
                        <label for="goal-target-kind">{ lang.t(tx::TARGET) }</label>
                        <select id="goal-target-kind" onchange={on_target}>
                            { for TARGETS.iter().map(|t| html! {
                                <option value={*t} selected={value("target") == *t}>{ target_label(lang, t, &rules) }</option>
                            }) }
                        </select>
                        { field_error("goal-target-kind-err", error("target", tx::TARGET_CHOICE)) }
                    </div>
                    if value("target") == "score" { { text_box("score", tx::SCORE, tx::SCORE_RANGE) } }
                    { text_box("horizon", tx::HORIZON, tx::HORIZON_RANGE) }
                </form>
                if stale { <p class="note" id="goal-stale">{ lang.t(tx::STALE) }</p> }
            </section>
            { for shown.map(|r| plan_view(p, &r.0, &r.1)) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use credit_sim::offers::default_rules;

    fn pair(k: &str, v: &str) -> Pair {
        (k.to_owned(), v.to_owned())
    }

    #[test]
    fn a_score_near_by_until_a_target_is_typed() {
        let p = credit_sim::default_profile();
        let values = form_values(&[], score_of(&p));
        assert_eq!(values, ["score", "765", "24"]);
        let plan = plan(&values, &p, &default_rules()).expect("a plan");
        assert!(plan.reachable && plan.final_score >= 765);
        assert!(plan.steps.iter().any(|s| s.when == When::Now));
        assert!(plan.steps.iter().any(|s| s.when == When::OverTime));
        assert_eq!(now_steps(&plan, Lang::En), [pair("billsOnTimePct", "99")]);
        assert_eq!(play_marks(&plan).len(), 24);
        assert_eq!(form_values(&[], 940)[1], "950");
    }

    #[test]
    fn products_and_problems() {
        let p = credit_sim::default_profile();
        let rules = default_rules();
        let v = |t: &str, s: &str, h: &str| vec![t.to_owned(), s.to_owned(), h.to_owned()];
        let plan_of = |t, s, h| plan(&v(t, s, h), &p, &rules);
        let car = plan_of("carHire", "", "24").expect("a plan");
        assert!(car.reachable && car.steps.is_empty() && car.months == 0);
        assert_eq!(play_marks(&car).len(), 1);
        let fields = |r: Result<TargetPlan, Vec<Problem>>| -> Vec<String> {
            r.unwrap_err().into_iter().map(|p| p.field).collect()
        };
        assert_eq!(fields(plan_of("score", "990", "121")), ["score", "horizon"]);
        assert_eq!(fields(plan_of("score", "abc", "x")), ["score", "horizon"]);
        assert_eq!(fields(plan_of("nope", "", "24")), ["target"]);
        // The micro-business loan needs a business, which no plan makes: the best plan found.
        assert!(
            !plan_of("microBusiness", "", "24")
                .expect("a plan")
                .reachable
        );
    }
}
