//! The Journey tab (动态授信): the person marks each month of a cash loan (on time, late by some
//! days, missed, pay off, new application) and sees the core's journey: score, limit and price
//! charts (the daily rate and APR a new draw would be quoted each month, or "not offered"), the
//! warnings as they appear, penalty interest, and the lender's view of the score. Every
//! figure comes from `credit_sim::journey`; this file only renders it.

use std::rc::Rc;

use credit_sim::journey::{
    lender_view, simulate_journey, CohortInput, Event, Journey, JourneyInput, LenderView,
    MonthEvent,
};
use credit_sim::money::{Loan, Method, Rate};
use rust_decimal::Decimal;
use yew::prelude::*;

use super::ViewProps;
use crate::browser::input::{input_text, selected};
use crate::format::{daily_pct, fixed, months, pct, pct2, to_f64, yuan, yuan_short};
use crate::i18n::{journey as tx, score, Lang};
use crate::scenario::action::Action;
use crate::scenario::marks::{MonthMark, DEFAULT_DAYS, MAX_DAYS, MAX_MONTHS};
use crate::scenario::Tab;
use crate::widgets::band_class;
use crate::widgets::line_chart::LineChart;

const LOAN_TERM: u32 = 24;

/// The choices of a month's select: the mark's name and the event that names it.
const CHOICES: [(&str, MonthEvent); 5] = [
    ("onTime", MonthEvent::OnTime),
    ("late", MonthEvent::Late),
    ("missed", MonthEvent::Missed),
    ("payOff", MonthEvent::PayOff),
    ("newApplication", MonthEvent::NewApplication),
];

/// The core's event for a month's mark.
fn event_of(m: MonthMark) -> Event {
    match m {
        MonthMark::OnTime => Event::OnTime,
        MonthMark::Late(d) => Event::Late(d),
        MonthMark::Missed => Event::Missed,
        MonthMark::PayOff => Event::PayOff,
        MonthMark::NewApplication => Event::NewApplication,
    }
}

/// The journey's loan: the cash-loan offer's limit (at most ¥10,000; ¥10,000 when not
/// eligible) over 24 months in equal installments at the offer's rate (0.05 % a day otherwise).
fn journey_loan(offer: &credit_sim::offers::LoanOffer) -> Loan {
    let (principal, daily) = if offer.eligible && offer.limit > Decimal::ZERO {
        (offer.limit.min(Decimal::from(10_000)), offer.daily_rate)
    } else {
        (Decimal::from(10_000), Decimal::new(5, 4))
    };
    Loan::new(
        principal,
        LOAN_TERM,
        Method::EqualInstallment,
        Rate::Annual(daily * Decimal::from(360)),
    )
}

fn lender_chart(lang: Lang, v: &LenderView) -> Html {
    let (w, h, pad) = (640.0, 160.0, 24.0);
    let max = v
        .groups
        .iter()
        .map(|g| f64::from(g.defaults))
        .fold(1.0, f64::max)
        .max(to_f64(v.expected_defaults) / 10.0 * 1.3);
    #[allow(clippy::cast_precision_loss)]
    let n = v.groups.len().max(1) as f64;
    let bw = (w - 2.0 * pad) / n;
    let y = |c: f64| h - pad - (h - 2.0 * pad) * (c / max);
    let expected = to_f64(v.expected_defaults) / n;
    let f1 = crate::format::f1;
    #[allow(clippy::cast_precision_loss)]
    let bars = v.groups.iter().enumerate().map(|(i, g)| {
        let top = y(f64::from(g.defaults));
        html! {
            <g>
                <rect x={f1(pad + bw * i as f64 + 4.0)} y={f1(top)} width={f1(bw - 8.0)} height={f1(h - pad - top)} class="l-bar" />
                <text x={f1(pad + bw * (i as f64 + 0.5))} y={f1(top - 3.0)} class="j-tick" text-anchor="middle">{ g.defaults }</text>
            </g>
        }
    });
    html! {
        <figure class="j-chart chart" id="lender-chart">
            <figcaption><span class="chart-title">{ lang.t(tx::LENDER_CHART) }</span></figcaption>
            <svg viewBox={format!("0 0 {} {}", fixed(w, 0), fixed(h, 0))} role="img" aria-label={lang.t(tx::LENDER_CHART)}>
                { for bars }
                <line x1={f1(pad)} x2={f1(w - pad)} y1={f1(y(expected))} y2={f1(y(expected))} class="l-expected" />
                <line x1={f1(pad)} y1={f1(h - pad)} x2={f1(w - pad)} y2={f1(h - pad)} class="j-axis" />
            </svg>
        </figure>
    }
}

fn lender_section(lang: Lang, v: &LenderView) -> Html {
    let p = &v.price;
    html! {
        <section class="card lender" id="lender-view" aria-labelledby="lender-title">
            <h3 id="lender-title">{ lang.t(tx::LENDER_TITLE) }</h3>
            <p class="hint">{ lang.t(tx::LENDER_INTRO) }</p>
            <dl class="j-facts facts facts-grid">
                <div><dt>{ lang.t(tx::LENDER_PD) }</dt><dd id="lender-pd">{ pct(v.probability_of_default, 2) }</dd></div>
                <div><dt>{ lang.t(tx::LENDER_EXPECTED_DEFAULTS) }</dt><dd>{ v.expected_defaults.round_dp(0).to_string() }</dd></div>
                <div><dt>{ lang.t(tx::LENDER_DEFAULTS) }</dt><dd id="lender-defaults">{ v.defaults }</dd></div>
                <div><dt>{ lang.t(tx::LENDER_EXPECTED_LOSS) }</dt><dd>{ yuan(v.expected_loss) }</dd></div>
                <div><dt>{ lang.t(tx::LENDER_SIMULATED_LOSS) }</dt><dd>{ yuan(v.simulated_loss) }</dd></div>
            </dl>
            { lender_chart(lang, v) }
            <h4>{ lang.t(tx::LENDER_PRICE) }</h4>
            <dl class="j-facts facts facts-grid">
                <div><dt>{ lang.t(tx::LENDER_FUNDING) }</dt><dd>{ pct2(p.funding_cost) }</dd></div>
                <div><dt>{ lang.t(tx::LENDER_LOSS_RATE) }</dt><dd>{ pct2(p.expected_loss) }</dd></div>
                <div><dt>{ lang.t(tx::LENDER_OPERATING) }</dt><dd>{ pct2(p.operating_cost) }</dd></div>
                <div><dt>{ lang.t(tx::LENDER_MARGIN) }</dt><dd>{ pct2(p.margin) }</dd></div>
                <div><dt>{ lang.t(tx::LENDER_APR) }</dt><dd id="lender-apr">{ pct2(p.apr) }</dd></div>
                <div><dt>{ lang.t(tx::LENDER_DAILY) }</dt><dd>{ daily_pct(p.daily_rate) }
                    if p.clamped { <span class="hint">{ " · " }{ lang.t(tx::LENDER_CLAMPED) }</span> }
                </dd></div>
            </dl>
        </section>
    }
}

/// A month's price as the table shows it, or "not offered".
fn price_text(lang: Lang, shown: Option<String>) -> String {
    shown.unwrap_or_else(|| lang.t(tx::NOT_OFFERED).to_owned())
}

/// What the APR line does, for screen readers: from where to where, and whether the loan was
/// not offered in some months (where the line breaks).
fn apr_summary(lang: Lang, from: Option<Decimal>, to: Option<Decimal>, gaps: bool) -> String {
    let shown = |a: Option<Decimal>| price_text(lang, a.map(pct2));
    let mut out = match lang {
        Lang::Zh => format!("从 {} 到 {}", shown(from), shown(to)),
        Lang::En => format!("from {} to {}", shown(from), shown(to)),
    };
    if gaps {
        out.push_str(lang.t(tx::APR_GAPS));
    }
    out
}

/// The marks with month `i` changed by `f` (a month past the end changes nothing).
fn with_mark(
    marks: &[MonthMark],
    i: usize,
    f: impl FnOnce(MonthMark) -> MonthMark,
) -> Vec<MonthMark> {
    let mut next = marks.to_vec();
    if let Some(m) = next.get_mut(i) {
        *m = f(*m);
    }
    next
}

/// The Journey tab.
#[function_component(JourneyView)]
pub fn journey_view(p: &ViewProps) -> Html {
    let ctx = &p.ctx;
    let lang = ctx.lang();
    let marks = ctx.scenario().marks.clone();
    let loan = journey_loan(&ctx.derived.offers.credit_loan);
    let journey: Rc<Option<Journey>> = use_memo(
        (
            ctx.feed.profile.clone(),
            ctx.feed.rules.clone(),
            loan.clone(),
            marks.clone(),
        ),
        |(profile, rules, loan, marks)| {
            let events = marks.iter().map(|m| event_of(*m)).collect();
            let mut input = JourneyInput::new(profile.clone(), loan.clone(), events);
            input.rules = rules.clone();
            simulate_journey(&input).ok()
        },
    );
    let view = use_memo(ctx.derived.report.score, |score| {
        lender_view(&CohortInput::new(*score))
    });
    let set_marks = |f: fn(&[MonthMark]) -> Vec<MonthMark>| {
        let marks = marks.clone();
        ctx.on(move |_: MouseEvent| Action::SetMarks(f(&marks)))
    };
    let set_event = |i: usize| {
        let marks = marks.clone();
        ctx.on(move |e: yew::Event| {
            let name = selected(&e);
            Action::SetMarks(with_mark(&marks, i, |_| {
                MonthMark::of_name(&name, DEFAULT_DAYS)
            }))
        })
    };
    let set_days = |i: usize| {
        let (marks, send) = (marks.clone(), ctx.send.clone());
        // A box being cleared to type a new number sends nothing until it holds one.
        Callback::from(move |e: InputEvent| {
            if let Ok(days) = input_text(&e).trim().parse::<u32>() {
                let days = days.clamp(1, MAX_DAYS);
                send.emit(Action::SetMarks(with_mark(&marks, i, |m| match m {
                    MonthMark::Late(_) => MonthMark::Late(days),
                    other => other,
                })));
            }
        })
    };
    let Some(j) = journey.as_ref() else {
        return html! { <section class="card" id="journey"><h2>{ lang.t(Tab::Journey.label()) }</h2></section> };
    };
    let last = j.months.last().unwrap_or(&j.start);
    let rows = j.months.iter().enumerate().map(|(i, m)| {
        let mark = marks.get(i).copied().unwrap_or(MonthMark::OnTime);
        let n = i + 1;
        let prev = if i == 0 { j.start.score } else { j.months[i - 1].score };
        let delta = i64::from(m.score) - i64::from(prev);
        let select_id = format!("journey-month-{n}");
        html! {
            <tr data-month={n.to_string()} class={classes!((!m.warnings.is_empty()).then_some("has-warning"))}>
                <th scope="row"><label for={select_id.clone()}>{ tx::MONTH_N.with_n(lang, n) }</label></th>
                <td>
                    <select id={select_id} onchange={set_event(i)}>
                        { for CHOICES.iter().map(|(v, e)| html! { <option value={*v} selected={*v == mark.name()}>{ lang.t(tx::event(*e)) }</option> }) }
                    </select>
                    if let MonthMark::Late(days) = mark {
                        <label class="j-days field">
                            <span class="visually-hidden">{ format!("{} · {}", tx::MONTH_N.with_n(lang, n), lang.t(tx::DAYS_LATE)) }</span>
                            <input id={format!("journey-days-{n}")} type="number" min="1" max="3650" inputmode="numeric" title={lang.t(tx::DAYS_LATE)}
                                   value={days.to_string()} oninput={set_days(i)} />
                        </label>
                    }
                </td>
                <td class={classes!("j-score", band_class(m.band))}>{ m.score }
                    if delta != 0 { <span class={classes!("j-delta", (delta < 0).then_some("is-down"))}>{ format!(" {delta:+}") }</span> }
                </td>
                <td class="j-limit">{ yuan(m.limit) }</td>
                <td class="j-daily">{ price_text(lang, m.daily_rate.map(daily_pct)) }</td>
                <td class="j-apr">{ price_text(lang, m.apr.map(pct2)) }</td>
                <td>{ yuan(m.balance) }</td>
                <td class="j-penalty">{ yuan(m.penalty_interest) }</td>
                <td class="j-events">{ m.events.iter().skip(1).map(|e| lang.t(tx::event(*e))).collect::<Vec<_>>().join(" · ") }</td>
                <td class="j-warnings">
                    { for m.warnings.iter().map(|w| html! { <span class="j-warning badge badge-warn" data-warning={w.api_name()}>{ lang.t(tx::warning(*w)) }</span> }) }
                </td>
            </tr>
        }
    });
    let all = || std::iter::once(&j.start).chain(&j.months);
    let scores: Vec<Option<f64>> = all().map(|m| Some(f64::from(m.score))).collect();
    let limits: Vec<Option<f64>> = all().map(|m| Some(to_f64(m.limit))).collect();
    let lo_score = (all()
        .map(|m| m.score)
        .min()
        .unwrap_or(350)
        .saturating_sub(20))
    .max(350);
    let hi_score = (all().map(|m| m.score).max().unwrap_or(950) + 20).min(950);
    let hi_limit = all().map(|m| m.limit).max().unwrap_or_default() * Decimal::new(11, 1);
    let aprs: Vec<Option<f64>> = all().map(|m| m.apr.map(to_f64)).collect();
    let offered: Vec<Decimal> = all().filter_map(|m| m.apr).collect();
    let lo_apr = offered.iter().min().copied().unwrap_or_default();
    let hi_apr = offered.iter().max().copied().unwrap_or_default();
    // A flat price gets a band around it, so its line sits mid-chart.
    let pad = ((hi_apr - lo_apr) / Decimal::from(10)).max(Decimal::new(5, 3));
    let (lo_apr, hi_apr) = ((lo_apr - pad).max(Decimal::ZERO), hi_apr + pad);
    let apr_summary = apr_summary(
        lang,
        j.start.apr,
        last.apr,
        offered.len() < j.months.len() + 1,
    );
    let headline_warning = j.months.iter().rev().find(|m| !m.warnings.is_empty());
    let score_summary = match lang {
        Lang::Zh => format!("从 {} 到 {}", j.start.score, last.score),
        Lang::En => format!("from {} to {}", j.start.score, last.score),
    };
    let limit_summary = match lang {
        Lang::Zh => format!("从 {} 到 {}", yuan(j.start.limit), yuan(last.limit)),
        Lang::En => format!("from {} to {}", yuan(j.start.limit), yuan(last.limit)),
    };
    html! {
        <section class="card journey" id="journey" aria-labelledby="journey-title">
            <h2 id="journey-title">{ lang.t(Tab::Journey.label()) }</h2>
            <p class="hint">{ lang.t(tx::INTRO) }</p>
            <p class="hint" id="journey-loan">{ format!("{} · {} · {} · {}", lang.t(tx::LOAN), yuan(loan.principal), months(LOAN_TERM, lang), pct2(loan.rate.annual())) }</p>
            <div class="j-summary headline" id="journey-summary" aria-live="polite" aria-atomic="true">
                <div><span class="hl-label">{ lang.t(tx::START) }</span>
                    <span class="hl-num">{ j.start.score }</span></div>
                <div><span class="hl-label">{ lang.t(tx::NOW) }</span>
                    <span class="j-now">
                        <span class={classes!("hl-num", band_class(last.band))} id="journey-score">{ last.score }</span>
                        <span class={classes!("band-pill", band_class(last.band))}>{ lang.t(score::band(last.band)) }</span>
                    </span></div>
                <div><span class="hl-label">{ lang.t(tx::LIMIT) }</span>
                    <span class="hl-num" id="journey-limit">{ yuan(last.limit) }</span></div>
                <div><span class="hl-label">{ lang.t(tx::TOTAL_PENALTY) }</span>
                    <span class="hl-num" id="journey-penalty">{ yuan(j.total_penalty_interest) }</span></div>
                <div class="j-alert note" id="journey-alert" role="status">
                    if let Some(m) = headline_warning {
                        { format!("{}: ", tx::MONTH_N.with_n(lang, m.month)) }
                        { m.warnings.iter().map(|w| lang.t(tx::warning(*w))).collect::<Vec<_>>().join("; ") }
                    } else {
                        { lang.t(tx::NO_WARNINGS) }
                    }
                </div>
            </div>
            <div class="j-charts">
                <LineChart id="journey-score-chart" title={lang.t(tx::SCORE_CHART)} summary={score_summary}
                    values={scores} range={(f64::from(lo_score), f64::from(hi_score))}
                    labels={(AttrValue::from(lo_score.to_string()), AttrValue::from(hi_score.to_string()))} />
                <LineChart id="journey-limit-chart" title={lang.t(tx::LIMIT_CHART)} summary={limit_summary}
                    values={limits} range={(0.0, to_f64(hi_limit).max(1.0))}
                    labels={(AttrValue::from(yuan_short(Decimal::ZERO, lang)), AttrValue::from(yuan_short(hi_limit, lang)))} />
                <LineChart id="journey-apr-chart" title={lang.t(tx::APR_CHART)} summary={apr_summary}
                    values={aprs} range={(to_f64(lo_apr), to_f64(hi_apr))}
                    labels={(AttrValue::from(pct(lo_apr, 1)), AttrValue::from(pct(hi_apr, 1)))} />
            </div>
            <h3 id="journey-months-h">{ lang.t(tx::MONTHS) }</h3>
            <div class="j-buttons actions">
                <button type="button" class="btn btn-small btn-quiet" disabled={marks.len() >= MAX_MONTHS}
                    onclick={set_marks(|m| [m, &[MonthMark::OnTime]].concat())}>{ lang.t(tx::ADD_MONTH) }</button>
                <button type="button" class="btn btn-small btn-quiet" disabled={marks.len() <= 1}
                    onclick={set_marks(|m| m[..m.len().saturating_sub(1).max(1)].to_vec())}>{ lang.t(tx::REMOVE_MONTH) }</button>
                <button type="button" class="btn btn-small btn-quiet"
                    onclick={set_marks(|m| vec![MonthMark::OnTime; m.len()])}>{ lang.t(tx::ALL_ON_TIME) }</button>
            </div>
            <p class="scroll-hint" aria-hidden="true">{ lang.t(crate::i18n::plan::SCROLL_HINT) }{ " →" }</p>
            <div class="table-wrap sticky-first" tabindex="0" role="region" aria-labelledby="journey-months-h">
                <table class="j-table" id="journey-table">
                    <thead><tr>
                        <th scope="col">{ lang.t(tx::MONTH) }</th>
                        <th scope="col">{ lang.t(tx::MARK) }</th>
                        <th scope="col">{ lang.t(tx::SCORE) }</th>
                        <th scope="col">{ lang.t(tx::LIMIT) }</th>
                        <th scope="col">{ lang.t(tx::DAILY_RATE) }</th>
                        <th scope="col">{ lang.t(tx::APR) }</th>
                        <th scope="col">{ lang.t(tx::BALANCE) }</th>
                        <th scope="col">{ lang.t(tx::PENALTY) }</th>
                        <th scope="col">{ lang.t(tx::EVENTS) }</th>
                        <th scope="col">{ lang.t(tx::WARNINGS) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            { lender_section(lang, &view) }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_changes_one_month() {
        let marks = vec![MonthMark::OnTime; 3];
        let late = with_mark(&marks, 1, |_| MonthMark::Late(30));
        assert_eq!(
            late,
            [MonthMark::OnTime, MonthMark::Late(30), MonthMark::OnTime]
        );
        assert_eq!(with_mark(&marks, 9, |_| MonthMark::Missed), marks);
    }
}
