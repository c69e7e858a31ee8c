//! The Loan plan tab: the loan form, the summary with the APR first, the chart, the paged
//! schedule, the CSV download and printing.

use std::rc::Rc;

use credit_sim::money::{legal_lines, Schedule, DEFAULT_LPR};
use rust_decimal::Decimal;
use yew::prelude::*;

use super::loan_form::loan_form;
use super::schedule::schedule_table;
use super::ViewProps;
use crate::browser::{self, download};
use crate::csv::{file_name, schedule_csv};
use crate::derive::product_terms;
use crate::format::{daily_pct, months, pct, pct2_or_dash, yuan};
use crate::i18n::{money, plan as tx, Lang};
use crate::scenario::loan::Which;
use crate::widgets::badges::LegalBadges;
use crate::widgets::plan_chart::Chart;

/// Props of a plan summary.
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The plan.
    pub schedule: Rc<Schedule>,
    /// Page language.
    pub lang: Lang,
    /// Element id prefix (`plan`, `plan-b`).
    pub prefix: AttrValue,
    /// The product's daily rate, when it is priced by the day.
    #[prop_or_default]
    pub daily: Option<Decimal>,
    /// A bank calculator's total interest for the plan, where it has one.
    #[prop_or_default]
    pub calculator: Option<Decimal>,
    /// The plan's method (API name), which says why the calculator differs.
    #[prop_or_default]
    pub method: AttrValue,
}

/// A plan's summary: the APR first and largest, then the payment, the totals and the legal lines.
#[function_component(PlanSummary)]
pub fn plan_summary(p: &SummaryProps) -> Html {
    let s = &p.schedule;
    let lang = p.lang;
    let first = s.first_payment();
    let varies = s
        .rows
        .iter()
        .take(s.rows.len().saturating_sub(1))
        .any(|r| r.payment != first);
    let id = |x: &str| format!("{}-{x}", p.prefix);
    // Everything repaid at once: what is due that day, the last row's payment and prepayment.
    let payoff = s
        .rows
        .last()
        .and_then(|r| Some((r.due_date?, r.prepayment?, r.payment)));
    let why = if p.method == "equalPrincipal" {
        tx::CALCULATOR_WHY_EP
    } else {
        tx::CALCULATOR_WHY_EI
    };
    html! {
        <div class="summary" aria-live="polite">
            <div class="apr-block apr-hero">
                <span class="apr-label">{ lang.t(money::APR) }</span>
                <span class="apr-value" id={id("apr")}>{ pct2_or_dash(s.apr) }</span>
                <span class="small">
                    { lang.t(money::SIMPLE_RATE) }{ " " }{ pct(s.simple_annual_rate, 4) }
                    { for p.daily.map(|d| html! { <>{ " · " }<span id={id("daily")}>{ lang.t(money::DAILY_RATE) }{ " " }{ daily_pct(d) }</span></> }) }
                    { " · " }{ lang.t(money::EFFECTIVE_RATE) }{ " " }{ pct2_or_dash(s.effective_annual_rate) }
                </span>
            </div>
            { for s.apr.map(|apr| html! { <LegalBadges lines={legal_lines(apr, DEFAULT_LPR)} lang={lang} /> }) }
            if s.apr.is_none() { <p class="small" id={id("no-apr")}>{ lang.t(tx::NO_APR_BETWEEN) }</p> }
            <dl class="facts facts-grid">
                <div><dt>{ lang.t(if varies { tx::FIRST_PAYMENT } else { tx::MONTHLY_PAYMENT }) }</dt><dd id={id("payment")}>{ yuan(first) }</dd></div>
                <div><dt>{ lang.t(tx::TOTAL_INTEREST) }</dt><dd id={id("interest")}>{ yuan(s.total_interest) }</dd></div>
                if !s.total_fee.is_zero() {
                    <div><dt>{ lang.t(tx::TOTAL_FEE) }</dt><dd id={id("fee")}>{ yuan(s.total_fee) }</dd></div>
                }
                <div><dt>{ lang.t(tx::TOTAL_PAYMENT) }</dt><dd id={id("total")}>{ yuan(s.total_payment) }</dd></div>
                <div><dt>{ lang.t(tx::TERM) }</dt><dd>{ months(u32::try_from(s.rows.len()).unwrap_or(0), lang) }</dd></div>
                { for payoff.map(|(day, balance, last)| html! {
                    <div class="fact-wide"><dt>{ tx::DUE_ON.with_n(lang, day) }</dt>
                        <dd id={id("payoff-due")}>{ yuan(balance + last) }</dd>
                        <dd class="small">{ tx::DUE_DETAIL.with_n(lang, yuan(balance)) }{ " " }{ yuan(last) }</dd></div>
                }) }
                { for s.interest_saved.map(|x| html! {
                    <div><dt>{ lang.t(tx::INTEREST_SAVED) }</dt><dd id={id("saved")}>{ yuan(x) }</dd></div>
                }) }
                { for p.calculator.map(|c| html! {
                    <div><dt>{ lang.t(tx::CALCULATOR) }</dt><dd id={id("calculator")}>{ yuan(c) }</dd></div>
                }) }
            </dl>
            if p.calculator.is_some() { <p class="small" id={id("calculator-why")}>{ lang.t(why) }</p> }
        </div>
    }
}

/// Where printing stands: the whole schedule is rendered only while the page prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Printing {
    /// The screen: one page of the schedule.
    No,
    /// The Print button was pressed: render every row, then open the print dialog.
    Asked,
    /// The browser prints (`beforeprint` until `afterprint`).
    Yes,
}

/// The Loan plan tab.
#[function_component(Planner)]
pub fn planner(p: &ViewProps) -> Html {
    let printing = use_state_eq(|| Printing::No);
    {
        let set = printing.setter();
        use_effect_with((), move |()| {
            let on = set.clone();
            let listeners = [
                browser::on_window("beforeprint", move || on.set(Printing::Yes)),
                browser::on_window("afterprint", move || set.set(Printing::No)),
            ];
            move || drop(listeners)
        });
    }
    {
        // Every row is in the page now: print it.
        let set = printing.setter();
        use_effect_with(*printing, move |p| {
            if *p == Printing::Asked {
                set.set(Printing::Yes);
                browser::print();
            }
        });
    }
    let ctx = &p.ctx;
    let lang = ctx.lang();
    let daily = product_terms(&ctx.derived, ctx.scenario().plan_a.product).daily();
    let body = match ctx.plan_a.schedule.clone() {
        None => html! { <p>{ lang.t(tx::NO_PLAN) }</p> },
        Some(s) => {
            let csv_s = s.clone();
            let on_csv = Callback::from(move |_| {
                download::text_file(
                    &schedule_csv(&csv_s, lang),
                    &file_name(&csv_s),
                    "text/csv;charset=utf-8",
                );
            });
            let ask = printing.setter();
            let on_print = Callback::from(move |_| ask.set(Printing::Asked));
            html! {
                <>
                    <PlanSummary schedule={s.clone()} lang={lang} prefix="plan" daily={daily}
                        calculator={ctx.plan_a.calculator} method={ctx.scenario().plan_a.method.clone()} />
                    <div class="actions no-print">
                        <button type="button" class="btn" id="download-csv" data-view-only="true" onclick={on_csv}>{ lang.t(tx::DOWNLOAD_CSV) }</button>
                        <button type="button" class="btn btn-quiet" id="print" data-view-only="true" onclick={on_print}>{ lang.t(tx::PRINT) }</button>
                    </div>
                    <Chart schedule={s.clone()} lang={lang} />
                    { schedule_table(ctx, &s, *printing != Printing::No) }
                </>
            }
        }
    };
    let stale = !ctx.plan_a.problems.is_empty();
    html! {
        <div class="planner">
            <section class="card plan-form no-print" aria-labelledby="planner-h">
                <h2 id="planner-h">{ lang.t(tx::PLANNER) }</h2>
                { loan_form(ctx, Which::A) }
            </section>
            <section class={classes!("card", "plan-result", stale.then_some("is-stale"))} aria-labelledby="summary-h">
                <h2 id="summary-h">{ lang.t(tx::SUMMARY) }</h2>
                if stale { <p class="note" id="plan-stale">{ lang.t(tx::PLAN_INVALID) }</p> }
                { body }
            </section>
        </div>
    }
}
