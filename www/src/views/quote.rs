//! The Check a quote tab (核算真实年化): up to four quotes, each entered the way it was said,
//! with its true APR large, the quoted and the naive rate beside it, the total cost and the legal
//! lines; the examples and our own offers one click away; and every quote's cash flows side by
//! side. The forms live in the scenario's form texts (`quote_form`); the core checks each.

use std::cell::RefCell;
use std::rc::Rc;

use credit_sim::money::LegalLines;
use credit_sim::quote::QuoteCheck;
use rust_decimal::Decimal;
use yew::prelude::*;

use super::quote_form::{
    add, check, offer_quote, place_default, quotes, remove, set_field, OfferQuote, QuoteForm, Said,
    EXAMPLES, MAX_QUOTES,
};
use super::ViewProps;
use crate::browser::input::{input_text, selected};
use crate::format::{pct, pct2, yuan};
use crate::i18n::{money, plan, quote as tx, Lang, Text};
use crate::scenario::action::Action;
use crate::scenario::Problem;
use crate::widgets::badges::LegalBadges;
use crate::widgets::quantity::field_error;

/// A quote's last good figures: the form they were computed from and the core's check.
type Good = Rc<(QuoteForm, QuoteCheck)>;

/// The problem text beside a field of quote `q`.
fn problem_text(lang: Lang, q: &QuoteForm, field: &str) -> &'static str {
    lang.t(match field {
        "amt" => tx::AMOUNT_RANGE,
        "n" => tx::PERIODS_RANGE,
        "rate" => tx::said(&q.kind).2,
        "up" => tx::UPFRONT_RANGE,
        "fee" => tx::FEE_RANGE,
        "kind" => tx::KIND_CHOICE,
        _ => tx::QUOTE_RANGE,
    })
}

/// How a quote was said, in the page language: "0.6%/月 × 12 期 · 先扣 ¥1,000.00".
fn as_quoted(lang: Lang, q: &QuoteForm) -> String {
    let (rate, n) = (q.rate.trim(), q.periods.trim());
    let payment = Decimal::from_str_exact(rate).map_or_else(|_| rate.to_owned(), yuan);
    let mut out = match (q.said(), lang) {
        (Some(Said::FeePerPeriod), Lang::Zh) => format!("{rate}%/月 × {n} 期"),
        (Some(Said::FeePerPeriod), Lang::En) => format!("{rate}% a month × {n}"),
        (Some(Said::TotalFee), Lang::Zh) => format!("分 {n} 期，手续费 {rate}%"),
        (Some(Said::TotalFee), Lang::En) => format!("{n} periods, {rate}% fee"),
        (Some(Said::Installment), Lang::Zh) => format!("每月还 {payment} × {n} 期"),
        (Some(Said::Installment), Lang::En) => format!("{payment} a month × {n}"),
        (Some(Said::FlatRate), Lang::Zh) => format!("月息 {rate}%"),
        (Some(Said::FlatRate), Lang::En) => format!("{rate}% a month on the original amount"),
        (Some(Said::Daily), Lang::Zh) => format!("日利率 {rate}%"),
        (Some(Said::Daily), Lang::En) => format!("{rate}% a day"),
        (_, Lang::Zh) => format!("年利率 {rate}%"),
        (_, Lang::En) => format!("{rate}% a year"),
    };
    let amount = |t: &str| {
        Decimal::from_str_exact(t.trim())
            .ok()
            .filter(|d| !d.is_zero())
    };
    if let Some(up) = amount(&q.upfront) {
        out.push_str(&match lang {
            Lang::Zh => format!("，先扣 {}", yuan(up)),
            Lang::En => format!(", {} kept back", yuan(up)),
        });
    }
    if let Some(fee) = amount(&q.fee) {
        out.push_str(&match lang {
            Lang::Zh => format!("，每期另收 {}", yuan(fee)),
            Lang::En => format!(", + {} each period", yuan(fee)),
        });
    }
    out
}

/// The results of quote `i`: the APR first and largest, then the rest.
fn figures(lang: Lang, i: usize, good: &(QuoteForm, QuoteCheck)) -> Html {
    let (q, c) = good;
    let id = |x: &str| format!("q-{i}-{x}");
    let lines: LegalLines = c.legal;
    html! {
        <div class="summary" aria-live="polite">
            <div class="apr-block apr-hero">
                <span class="apr-label">{ lang.t(tx::APR) }</span>
                <span class="apr-value" id={id("apr")}>{ pct2(c.apr) }</span>
            </div>
            <dl class="facts facts-grid">
                <div class="fact-wide"><dt>{ lang.t(tx::QUOTED) }</dt><dd id={id("quoted")}>{ as_quoted(lang, q) }</dd></div>
                <div><dt>{ lang.t(tx::NAIVE) }</dt><dd id={id("naive")}>{ pct2(c.naive_annual_rate) }</dd></div>
                <div><dt>{ lang.t(tx::TOTAL_COST) }</dt><dd id={id("cost")}>{ yuan(c.total_cost) }</dd></div>
                <div><dt>{ lang.t(tx::RECEIVED) }</dt><dd id={id("received")}>{ yuan(c.received) }</dd></div>
            </dl>
            <LegalBadges lines={lines} lang={lang} />
        </div>
    }
}

/// The form of quote `i`.
fn quote_card(
    p: &ViewProps,
    i: usize,
    q: &QuoteForm,
    problems: &[Problem],
    good: Option<&Good>,
    shown: usize,
) -> Html {
    let ctx = &p.ctx;
    let lang = ctx.lang();
    let forms = ctx.scenario().forms.clone();
    let id = |f: &str| format!("q-{i}-{f}");
    let problem = |f: &str| problems.iter().any(|p| p.field == f);
    let error = |f: &str| problem(f).then(|| problem_text(lang, q, f));
    let set = |f: &'static str| {
        let forms = forms.clone();
        ctx.on(move |e: InputEvent| Action::SetForms(set_field(&forms, i, f, &input_text(&e))))
    };
    let text_field = |f: &'static str, label: String, value: &str, mode: &'static str| {
        let err_id = format!("{}-err", id(f));
        html! {
            <div class={classes!("field", problem(f).then_some("is-invalid"))}>
                <label for={id(f)}>{ label }</label>
                <input type="text" class="num" inputmode={mode} autocomplete="off" id={id(f)} value={value.to_owned()}
                    aria-invalid={problem(f).then_some("true")} aria-describedby={problem(f).then(|| err_id.clone())}
                    oninput={set(f)} />
                { field_error(&err_id, error(f)) }
            </div>
        }
    };
    let on_kind = {
        let forms = forms.clone();
        ctx.on(move |e: Event| Action::SetForms(set_field(&forms, i, "kind", &selected(&e))))
    };
    let on_remove = {
        let forms = forms.clone();
        ctx.on(move |_: MouseEvent| Action::SetForms(remove(&forms, i)))
    };
    let title = tx::QUOTE_N.with_n(lang, i + 1);
    let (_, rate_label, _) = tx::said(&q.kind);
    let optional = |t: Text| match lang {
        Lang::Zh => format!("{}（{}）", lang.t(t), lang.t(tx::OPTIONAL)),
        Lang::En => format!("{} ({})", lang.t(t), lang.t(tx::OPTIONAL)),
    };
    let stale = !problems.is_empty();
    let quote_err = format!("{}-err", id("quote"));
    html! {
        <section class={classes!("card", "q-card", stale.then_some("is-stale"))} id={id("card")} aria-labelledby={id("h")}>
            <header class="q-head">
                <h3 id={id("h")}>{ title.clone() }
                    if !q.of.is_empty() { <span class="badge badge-ok q-of">{ lang.t(tx::FROM_OFFER) }{ lang.pick("：", ": ") }{ lang.t(tx::offer(&q.of)) }</span> }
                </h3>
                if shown > 1 {
                    <button type="button" class="btn btn-small btn-quiet" id={id("remove")} onclick={on_remove}
                        aria-label={format!("{}: {title}", lang.t(tx::REMOVE))}>{ lang.t(tx::REMOVE) }</button>
                }
            </header>
            <form class="loan-form q-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} aria-label={title.clone()}>
                <div class={classes!("field", problem("kind").then_some("is-invalid"))}>
                    <label for={id("kind")}>{ lang.t(tx::KIND) }</label>
                    <select id={id("kind")} onchange={on_kind}>
                        { for Said::ALL.iter().map(|s| html! {
                            <option value={s.code()} selected={q.kind == s.code()}>{ lang.t(tx::said(s.code()).0) }</option>
                        }) }
                    </select>
                    { field_error(&format!("{}-err", id("kind")), error("kind")) }
                </div>
                { text_field("amt", lang.t(tx::AMOUNT).to_owned(), &q.amount, "decimal") }
                { text_field("n", lang.t(tx::PERIODS).to_owned(), &q.periods, "numeric") }
                { text_field("rate", lang.t(rate_label).to_owned(), &q.rate, "decimal") }
                { text_field("up", optional(tx::UPFRONT), &q.upfront, "decimal") }
                { text_field("fee", optional(tx::FEE), &q.fee, "decimal") }
                { field_error(&quote_err, error("quote")) }
            </form>
            if stale { <p class="note" id={id("stale")}>{ lang.t(tx::STALE) }</p> }
            {
                match good {
                    Some(g) => figures(lang, i, g),
                    None => html! { <p>{ lang.t(tx::NO_RESULT) }</p> },
                }
            }
        </section>
    }
}

/// Every shown quote side by side: the APR, the naive rate and the total cost, then the cash
/// flows (period 0 the money received, then each payment).
fn flows(lang: Lang, good: &[(usize, Good)]) -> Html {
    if good.is_empty() {
        return Html::default();
    }
    let longest = good
        .iter()
        .map(|(_, g)| g.1.payments.len())
        .max()
        .unwrap_or(0);
    let cell = |g: &Good, k: usize| {
        g.1.payments
            .get(k.wrapping_sub(1))
            .map(|p| yuan(p.amount))
            .unwrap_or_default()
    };
    html! {
        <section class="card" aria-labelledby="quote-flows-h">
            <h3 id="quote-flows-h">{ lang.t(tx::FLOWS) }</h3>
            <p class="help">{ lang.t(tx::FLOWS_HELP) }</p>
            <p class="scroll-hint" aria-hidden="true">{ lang.t(plan::SCROLL_HINT) }{ " →" }</p>
            <div class="table-wrap sticky-first" tabindex="0" role="region" aria-labelledby="quote-flows-h">
                <table class="q-flows" id="quote-flows">
                    <thead><tr>
                        <th scope="col">{ lang.t(tx::PERIOD) }</th>
                        { for good.iter().map(|(i, _)| html! { <th scope="col">{ tx::QUOTE_N.with_n(lang, i + 1) }</th> }) }
                    </tr></thead>
                    <tbody class="q-compare">
                        <tr class="q-apr">
                            <th scope="row">{ lang.t(tx::APR) }</th>
                            { for good.iter().map(|(_, g)| html! { <td>{ pct2(g.1.apr) }</td> }) }
                        </tr>
                        <tr>
                            <th scope="row">{ lang.t(tx::QUOTED) }</th>
                            { for good.iter().map(|(_, g)| html! { <td>{ as_quoted(lang, &g.0) }</td> }) }
                        </tr>
                        <tr>
                            <th scope="row">{ lang.t(tx::NAIVE) }</th>
                            { for good.iter().map(|(_, g)| html! { <td>{ pct2(g.1.naive_annual_rate) }</td> }) }
                        </tr>
                        <tr>
                            <th scope="row">{ lang.t(tx::EFFECTIVE) }</th>
                            { for good.iter().map(|(_, g)| html! { <td>{ pct2(g.1.effective_annual_rate) }</td> }) }
                        </tr>
                        <tr>
                            <th scope="row">{ lang.t(tx::TOTAL_PAYMENT) }</th>
                            { for good.iter().map(|(_, g)| html! { <td>{ yuan(g.1.total_payment) }</td> }) }
                        </tr>
                        <tr>
                            <th scope="row">{ lang.t(tx::TOTAL_COST) }</th>
                            { for good.iter().map(|(_, g)| html! { <td>{ yuan(g.1.total_cost) }</td> }) }
                        </tr>
                    </tbody>
                    <tbody>
                        <tr class="q-received">
                            <th scope="row">{ "0 · " }{ lang.t(tx::RECEIVED) }</th>
                            { for good.iter().map(|(_, g)| html! { <td>{ yuan(g.1.received) }</td> }) }
                        </tr>
                        { for (1..=longest).map(|k| html! {
                            <tr>
                                <th scope="row">{ k }</th>
                                { for good.iter().map(|(_, g)| html! { <td>{ cell(g, k) }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Buttons that add our offers as quotes: the credit loan, each credit-line plan and, with a
/// business, the micro-business loan.
fn offer_buttons(p: &ViewProps) -> Html {
    let ctx = &p.ctx;
    let lang = ctx.lang();
    let o = &ctx.derived.offers;
    let insurance = ctx.derived.rules.credit_loan.insurance_fee_rate;
    let forms = ctx.scenario().forms.clone();
    let button = |which: OfferQuote, id: String, label: String| {
        let (forms, offers) = (forms.clone(), o.clone());
        let onclick = ctx.on(move |_: MouseEvent| {
            Action::SetForms(add(&forms, &offer_quote(&offers, insurance, which)))
        });
        html! { <button type="button" class="btn btn-small btn-quiet" id={id} {onclick}>{ label }</button> }
    };
    let daily = |d: Decimal| match lang {
        Lang::Zh => format!("日利率 {}", pct(d, 4)),
        Lang::En => format!("{} a day", pct(d, 4)),
    };
    let loan = format!(
        "{} · {}",
        lang.t(tx::offer("creditLoan")),
        daily(o.credit_loan.daily_rate)
    );
    html! {
        <div class="q-picks">
            <span class="small">{ lang.t(tx::OUR_OFFERS) }</span>
            { button(OfferQuote::CreditLoan, "quote-offer-creditLoan".into(), loan) }
            { for o.credit_line.installment_plans.iter().map(|plan| {
                let label = match lang {
                    Lang::Zh => format!("{} · {} 期，手续费 {}", lang.t(tx::offer("creditLine")), plan.periods, pct(plan.fee_rate, 2)),
                    Lang::En => format!("{} · {} periods, {} fee", lang.t(tx::offer("creditLine")), plan.periods, pct(plan.fee_rate, 2)),
                };
                button(OfferQuote::CreditLine(plan.periods), format!("quote-offer-creditLine-{}", plan.periods), label)
            }) }
            { for o.micro_business.as_ref().map(|m| {
                let label = format!("{} · {}", lang.t(money::product(crate::scenario::loan::Product::MicroBusiness)), daily(m.daily_rate));
                button(OfferQuote::MicroBusiness, "quote-offer-microBusiness".into(), label)
            }) }
        </div>
    }
}

/// The Check a quote tab.
#[function_component(QuoteView)]
pub fn quote_view(p: &ViewProps) -> Html {
    let ctx = &p.ctx;
    let lang = ctx.lang();
    let forms = ctx.scenario().forms.clone();
    let qs = quotes(&forms);
    let checks = use_memo(qs.clone(), |qs| {
        qs.iter()
            .map(|q| check(q).map(|c| Rc::new((q.clone(), c))))
            .collect::<Vec<_>>()
    });
    // The last good figures of each place, kept while its form has a problem.
    let last: Rc<RefCell<Vec<Option<Good>>>> = use_mut_ref(|| vec![None; MAX_QUOTES]);
    let mut good: Vec<(usize, Good)> = Vec::new();
    let cards = qs.iter().enumerate().map(|(i, q)| {
        let (problems, shown) = match checks.get(i) {
            Some(Ok(g)) => {
                last.borrow_mut()[i] = Some(g.clone());
                (Vec::new(), Some(g.clone()))
            }
            Some(Err(problems)) => (problems.clone(), last.borrow()[i].clone()),
            None => (Vec::new(), None),
        };
        if let Some(g) = &shown {
            good.push((i, g.clone()));
        }
        quote_card(p, i, q, &problems, shown.as_ref(), qs.len())
    });
    let cards: Vec<Html> = cards.collect();
    let example = |k: usize| {
        let forms = forms.clone();
        let form = EXAMPLES[k].form();
        ctx.on(move |_: MouseEvent| Action::SetForms(add(&forms, &form)))
    };
    let on_add = {
        let forms = forms.clone();
        let form = place_default(qs.len());
        ctx.on(move |_: MouseEvent| Action::SetForms(add(&forms, &form)))
    };
    let any_edited = forms.iter().any(|(k, _)| k.starts_with("q."));
    html! {
        <div class="quote" id="quote">
            <section class="card" aria-labelledby="quote-h">
                <h2 id="quote-h">{ lang.t(tx::TITLE) }</h2>
                <p class="hint">{ lang.t(tx::INTRO) }</p>
                <div class="q-picks">
                    <span class="small">{ lang.t(tx::EXAMPLES) }</span>
                    { for EXAMPLES.iter().enumerate().map(|(k, e)| html! {
                        <button type="button" class="btn btn-small btn-quiet" id={format!("quote-example-{k}")} onclick={example(k)}>{ lang.t(e.label) }</button>
                    }) }
                </div>
                { offer_buttons(p) }
                <div class="actions">
                    <button type="button" class="btn btn-small" id="quote-add" disabled={qs.len() >= MAX_QUOTES} onclick={on_add}>{ lang.t(tx::ADD) }</button>
                    <button type="button" class="btn btn-small btn-quiet" id="quote-reset" disabled={!any_edited}
                        onclick={ctx.on(|_: MouseEvent| Action::ClearForms("q.".into()))}>{ lang.t(tx::RESET) }</button>
                </div>
            </section>
            <div class="q-grid">{ for cards }</div>
            { flows(lang, &good) }
        </div>
    }
}
