//! The Journey page (动态授信): the user marks each month of a cash loan (on time, late N days,
//! missed, pay off, new application; kept by the deferred reducer and in the hash) and sees the core's journey — score and limit charts,
//! the warnings as they appear, penalty interest — and the lender's view of the score. All
//! figures come from `credit_sim::journey`; this file only renders them.

use credit_sim::journey::{
    lender_view, simulate_journey, CohortInput, Event as Mark, Journey, JourneyInput, LenderView,
    MonthEvent, Warning,
};
use credit_sim::money::{Loan, Method, Rate};
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::components::band_class;
use crate::format::{daily_pct, pct, pct2, to_f64, yuan};
use crate::i18n::{band_label, t, Lang, K};
use crate::marks::{MonthMark, DEFAULT_DAYS, MAX_MONTHS};
use crate::more::Ctx;
use crate::plan::Action;

const LOAN_TERM: u32 = 24;

fn event_key(e: MonthEvent) -> K {
    match e {
        MonthEvent::OnTime => K::EvOnTime,
        MonthEvent::Late => K::EvLate,
        MonthEvent::Missed => K::EvMissed,
        MonthEvent::PayOff => K::EvPayOff,
        MonthEvent::NewApplication => K::EvNewApplication,
        MonthEvent::LimitRaised => K::EvLimitRaised,
        MonthEvent::LimitFrozen => K::EvLimitFrozen,
        MonthEvent::LimitCut => K::EvLimitCut,
        MonthEvent::LoanRepaid => K::EvLoanRepaid,
    }
}

fn warning_key(w: Warning) -> K {
    match w {
        Warning::Overdue => K::WarnOverdue,
        Warning::HighUtilization => K::WarnHighUtilization,
        Warning::HighDebtService => K::WarnHighDebtService,
        Warning::ScoreDrop => K::WarnScoreDrop,
        Warning::ManyApplications => K::WarnManyApplications,
    }
}

/// The choices of the month selector: (value, label key).
const CHOICES: [(&str, K); 5] = [
    ("onTime", K::EvOnTime),
    ("late", K::EvLate),
    ("missed", K::EvMissed),
    ("payOff", K::EvPayOff),
    ("newApplication", K::EvNewApplication),
];

/// The core's event for a month's mark.
fn event_of(m: MonthMark) -> Mark {
    match m {
        MonthMark::OnTime => Mark::OnTime,
        MonthMark::Late(d) => Mark::Late(d),
        MonthMark::Missed => Mark::Missed,
        MonthMark::PayOff => Mark::PayOff,
        MonthMark::NewApplication => Mark::NewApplication,
    }
}

/// The journey's loan: the cash-loan offer's limit (at most ¥10,000; ¥10,000 when not
/// eligible) over 24 months in equal installments at the offer's rate (0.05 % a day otherwise).
fn journey_loan(st: &Ctx) -> Loan {
    let o = &st.derived.offers.credit_loan;
    let (principal, daily) = if o.eligible && o.limit > Decimal::ZERO {
        (o.limit.min(Decimal::from(10_000)), o.daily_rate)
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

fn months_label(lang: Lang, n: usize) -> String {
    t(lang, K::JourneyMonthN).replace("{n}", &n.to_string())
}

/// A line chart of `values` over months 0..n, with a y range.
fn line_chart(
    id: &str,
    title: &str,
    values: &[f64],
    lo: f64,
    hi: f64,
    labels: (String, String),
) -> Html {
    let (w, h, pad) = (640.0, 180.0, 30.0);
    let n = values.len().max(2) - 1;
    let x = |i: usize| pad + (w - 2.0 * pad) * (i as f64) / (n as f64);
    let span = if hi > lo { hi - lo } else { 1.0 };
    let y =
        |v: f64| h - pad - (h - 2.0 * pad) * crate::format::clamp_f64((v - lo) / span, 0.0, 1.0);
    let points: String = values
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{:.1},{:.1} ", x(i), y(*v)))
        .collect();
    let dots = values.iter().enumerate().map(|(i, v)| {
        html! { <circle cx={format!("{:.1}", x(i))} cy={format!("{:.1}", y(*v))} r="3" class="j-dot" fill="#1d4e89" /> }
    });
    html! {
        <figure class="j-chart chart" id={id.to_owned()}>
            <figcaption><span class="chart-title">{ title }</span></figcaption>
            <svg viewBox={format!("0 0 {w} {h}")} role="img" aria-label={title.to_owned()} preserveAspectRatio="none">
                <line x1={pad.to_string()} y1={(h - pad).to_string()} x2={(w - pad).to_string()} y2={(h - pad).to_string()} class="j-axis" stroke="#8a94a6" />
                <text x="2" y={(pad - 8.0).to_string()} class="j-tick" font-size="11" fill="#4a5568">{ labels.1 }</text>
                <text x="2" y={(h - pad + 16.0).to_string()} class="j-tick" font-size="11" fill="#4a5568">{ labels.0 }</text>
                <polyline points={points} class="j-line" fill="none" stroke="#1d4e89" stroke-width="2.5" />
                { for dots }
            </svg>
        </figure>
    }
}

fn lender_chart(lang: Lang, v: &LenderView) -> Html {
    let (w, h, pad) = (640.0, 160.0, 24.0);
    let max = v
        .groups
        .iter()
        .map(|g| f64::from(g.defaults))
        .fold(1.0, f64::max)
        .max(to_f64(v.expected_defaults) / 10.0 * 1.3);
    let n = v.groups.len().max(1) as f64;
    let bw = (w - 2.0 * pad) / n;
    let y = |c: f64| h - pad - (h - 2.0 * pad) * (c / max);
    let expected = to_f64(v.expected_defaults) / n;
    let bars = v.groups.iter().enumerate().map(|(i, g)| {
        let top = y(f64::from(g.defaults));
        html! {
            <g>
                <rect x={format!("{:.1}", pad + bw * i as f64 + 4.0)} y={format!("{top:.1}")} width={format!("{:.1}", bw - 8.0)}
                      height={format!("{:.1}", h - pad - top)} class="l-bar" fill="#f4b942" />
                <text x={format!("{:.1}", pad + bw * (i as f64 + 0.5))} y={format!("{:.1}", top - 3.0)} class="j-tick" font-size="11" fill="#4a5568" text-anchor="middle">{ g.defaults }</text>
            </g>
        }
    });
    html! {
        <figure class="j-chart chart" id="lender-chart">
            <figcaption><span class="chart-title">{ t(lang, K::LenderChart) }</span></figcaption>
            <svg viewBox={format!("0 0 {w} {h}")} role="img" aria-label={t(lang, K::LenderChart)}>
                { for bars }
                <line x1={pad.to_string()} x2={(w - pad).to_string()} y1={format!("{:.1}", y(expected))} y2={format!("{:.1}", y(expected))} class="l-expected" stroke="#c0392b" stroke-width="2" stroke-dasharray="6 4" />
                <line x1={pad.to_string()} y1={(h - pad).to_string()} x2={(w - pad).to_string()} y2={(h - pad).to_string()} class="j-axis" stroke="#8a94a6" />
            </svg>
        </figure>
    }
}

fn lender_section(lang: Lang, v: &LenderView) -> Html {
    let p = &v.price;
    html! {
        <section class="card lender" id="lender-view" aria-labelledby="lender-title">
            <h3 id="lender-title">{ t(lang, K::LenderTitle) }</h3>
            <p class="hint">{ t(lang, K::LenderIntro) }</p>
            <dl class="j-facts facts facts-grid">
                <div><dt>{ t(lang, K::LenderPd) }</dt><dd id="lender-pd">{ pct(v.probability_of_default, 2) }</dd></div>
                <div><dt>{ t(lang, K::LenderExpectedDefaults) }</dt><dd>{ v.expected_defaults.round_dp(0).to_string() }</dd></div>
                <div><dt>{ t(lang, K::LenderDefaults) }</dt><dd id="lender-defaults">{ v.defaults }</dd></div>
                <div><dt>{ t(lang, K::LenderExpectedLoss) }</dt><dd>{ yuan(v.expected_loss) }</dd></div>
                <div><dt>{ t(lang, K::LenderSimulatedLoss) }</dt><dd>{ yuan(v.simulated_loss) }</dd></div>
            </dl>
            { lender_chart(lang, v) }
            <h4>{ t(lang, K::LenderPrice) }</h4>
            <dl class="j-facts facts facts-grid">
                <div><dt>{ t(lang, K::LenderFunding) }</dt><dd>{ pct2(p.funding_cost) }</dd></div>
                <div><dt>{ t(lang, K::LenderLossRate) }</dt><dd>{ pct2(p.expected_loss) }</dd></div>
                <div><dt>{ t(lang, K::LenderOperating) }</dt><dd>{ pct2(p.operating_cost) }</dd></div>
                <div><dt>{ t(lang, K::LenderMargin) }</dt><dd>{ pct2(p.margin) }</dd></div>
                <div><dt>{ t(lang, K::LenderApr) }</dt><dd id="lender-apr">{ pct2(p.apr) }</dd></div>
                <div><dt>{ t(lang, K::LenderDaily) }</dt><dd>{ daily_pct(p.daily_rate) }
                    if p.clamped { <span class="hint">{ " · " }{ t(lang, K::LenderClamped) }</span> }
                </dd></div>
            </dl>
        </section>
    }
}

/// The Journey tab.
/// A plain function, not a component (like `form::profile_form`): it reads the state, so it
/// rendered with every change anyway.
pub fn journey_view(st: &Ctx) -> Html {
    let lang = st.lang;
    let marks = &st.journey;
    let loan = journey_loan(st);
    let events: Vec<Mark> = marks.iter().map(|m| event_of(*m)).collect();
    let input = JourneyInput::new((*st.profile).clone(), loan.clone(), events);
    let journey: Option<Journey> = simulate_journey(&input).ok();
    let view = lender_view(&CohortInput::new(st.derived.report.score));

    let set_event = |i: usize| {
        let d = st.dispatcher();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            d.dispatch(Action::SetMark(
                i,
                MonthMark::of_name(&el.value(), DEFAULT_DAYS),
            ));
        })
    };
    let set_days = |i: usize| {
        let d = st.dispatcher();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(days) = el.value().trim().parse::<u32>() {
                d.dispatch(Action::SetLateDays(i, days));
            }
        })
    };
    let send = |a: Action| {
        let d = st.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(a.clone()))
    };

    let Some(j) = journey else {
        return html! { <section class="card" id="journey"><h2>{ t(lang, K::TabJourney) }</h2></section> };
    };
    let last = j.months.last().unwrap_or(&j.start);
    let rows = j.months.iter().enumerate().map(|(i, m)| {
        let mark = marks.get(i).copied().unwrap_or(MonthMark::OnTime);
        let name = mark.name();
        let n = i + 1;
        let prev = if i == 0 { j.start.score } else { j.months[i - 1].score };
        let delta = i64::from(m.score) - i64::from(prev);
        let select_id = format!("journey-month-{n}");
        html! {
            <tr data-month={n.to_string()} class={classes!((!m.warnings.is_empty()).then_some("has-warning"))}>
                <th scope="row">
                    <label for={select_id.clone()}>{ months_label(lang, n) }</label>
                </th>
                <td>
                    <select id={select_id} onchange={set_event(i)}>
                        { for CHOICES.iter().map(|(v, k)| html! { <option value={*v} selected={*v == name}>{ t(lang, *k) }</option> }) }
                    </select>
                    if let MonthMark::Late(days) = mark {
                        <label class="j-days field">
                            <span class="visually-hidden">{ format!("{} · {}", months_label(lang, n), t(lang, K::JourneyDaysLate)) }</span>
                            <input id={format!("journey-days-{n}")} type="number" min="1" max="3650" inputmode="numeric" title={t(lang, K::JourneyDaysLate)}
                                   value={days.to_string()} oninput={set_days(i)} />
                        </label>
                    }
                </td>
                <td class={classes!("j-score", band_class(m.band))}>{ m.score }
                    if delta != 0 { <span class={classes!("j-delta", (delta < 0).then_some("is-down"))}>{ format!(" {delta:+}") }</span> }
                </td>
                <td class="j-limit">{ yuan(m.limit) }</td>
                <td>{ yuan(m.balance) }</td>
                <td class="j-penalty">{ yuan(m.penalty_interest) }</td>
                <td class="j-events">{ m.events.iter().skip(1).map(|e| t(lang, event_key(*e))).collect::<Vec<_>>().join(" · ") }</td>
                <td class="j-warnings">
                    { for m.warnings.iter().map(|w| html! { <span class="j-warning badge badge-warn" data-warning={w.api_name()}>{ t(lang, warning_key(*w)) }</span> }) }
                </td>
            </tr>
        }
    });
    let scores: Vec<f64> = std::iter::once(&j.start)
        .chain(&j.months)
        .map(|m| f64::from(m.score))
        .collect();
    let limits: Vec<f64> = std::iter::once(&j.start)
        .chain(&j.months)
        .map(|m| to_f64(m.limit))
        .collect();
    let lo_score = scores.iter().copied().fold(950.0, f64::min) - 20.0;
    let hi_score = scores.iter().copied().fold(350.0, f64::max) + 20.0;
    let hi_limit = limits.iter().copied().fold(0.0, f64::max) * 1.1;
    let warnings_now: Vec<Warning> = last.warnings.clone();
    let headline_warning = j.months.iter().rev().find(|m| !m.warnings.is_empty());
    html! {
        <section class="card journey" id="journey" aria-labelledby="journey-title">
            <h2 id="journey-title">{ t(lang, K::TabJourney) }</h2>
            <p class="hint">{ t(lang, K::JourneyIntro) }</p>
            <p class="hint" id="journey-loan">{ format!("{} · {} · {} · {}", t(lang, K::JourneyLoan), yuan(loan.principal), crate::format::months(LOAN_TERM, lang), pct2(loan.rate.annual())) }</p>
            <div class="j-summary headline" id="journey-summary" aria-live="polite" aria-atomic="true">
                <div><span class="hl-label">{ t(lang, K::JourneyStart) }</span>
                    <span class="hl-num">{ j.start.score }</span></div>
                <div><span class="hl-label">{ t(lang, K::JourneyNow) }</span>
                    <span class={classes!("hl-num", band_class(last.band))} id="journey-score">{ last.score }</span>
                    <span class={classes!("band-pill", band_class(last.band))}>{ band_label(lang, last.band.api_name()) }</span></div>
                <div><span class="hl-label">{ t(lang, K::JourneyLimit) }</span>
                    <span class="hl-num" id="journey-limit">{ yuan(last.limit) }</span></div>
                <div><span class="hl-label">{ t(lang, K::JourneyTotalPenalty) }</span>
                    <span class="hl-num" id="journey-penalty">{ yuan(j.total_penalty_interest) }</span></div>
                <div class="j-alert note" id="journey-alert" role="status">
                    if let Some(m) = headline_warning {
                        { format!("{}: ", months_label(lang, m.month as usize)) }
                        { m.warnings.iter().map(|w| t(lang, warning_key(*w))).collect::<Vec<_>>().join("; ") }
                    } else {
                        { t(lang, K::JourneyNoWarnings) }
                    }
                </div>
                <span class="visually-hidden">{ warnings_now.len() }</span>
            </div>
            <div class="j-charts">
                { line_chart("journey-score-chart", t(lang, K::JourneyScoreChart), &scores, lo_score, hi_score, (format!("{lo_score:.0}"), format!("{hi_score:.0}"))) }
                { line_chart("journey-limit-chart", t(lang, K::JourneyLimitChart), &limits, 0.0, hi_limit.max(1.0), ("¥0".to_owned(), format!("¥{hi_limit:.0}"))) }
            </div>
            <h3 id="journey-months-h">{ t(lang, K::JourneyMonths) }</h3>
            <div class="j-buttons actions">
                <button type="button" class="btn btn-small btn-quiet" onclick={send(Action::AddMonth)} disabled={marks.len() >= MAX_MONTHS}>{ t(lang, K::JourneyAddMonth) }</button>
                <button type="button" class="btn btn-small btn-quiet" onclick={send(Action::RemoveMonth)} disabled={marks.len() <= 1}>{ t(lang, K::JourneyRemoveMonth) }</button>
                <button type="button" class="btn btn-small btn-quiet" onclick={send(Action::AllOnTime)}>{ t(lang, K::JourneyAllOnTime) }</button>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="journey-months-h">
                <table class="j-table" id="journey-table">
                    <thead><tr>
                        <th scope="col">{ t(lang, K::JourneyMonthCol) }</th>
                        <th scope="col">{ t(lang, K::JourneyMark) }</th>
                        <th scope="col">{ t(lang, K::JourneyScore) }</th>
                        <th scope="col">{ t(lang, K::JourneyLimit) }</th>
                        <th scope="col">{ t(lang, K::JourneyBalance) }</th>
                        <th scope="col">{ t(lang, K::JourneyPenalty) }</th>
                        <th scope="col">{ t(lang, K::JourneyEvents) }</th>
                        <th scope="col">{ t(lang, K::JourneyWarnings) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            { lender_section(lang, &view) }
        </section>
    }
}
