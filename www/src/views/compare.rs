//! The Compare tab: plan A (the planner's) beside plan B (its own form), and the difference of
//! payment, interest, total and APR. Each plan's summary shows its daily rate beside the APR when
//! its product is priced by the day.

use std::rc::Rc;

use credit_sim::money::Schedule;
use rust_decimal::Decimal;
use yew::prelude::*;

use super::loan_form::loan_form;
use super::plan::PlanSummary;
use super::ViewCtx;
use crate::derive::product_terms;
use crate::format::{pct2_or_dash, yuan};
use crate::i18n::{money, plan as tx};
use crate::scenario::loan::Which;

fn signed(d: Decimal) -> String {
    if d > Decimal::ZERO {
        format!("+{}", yuan(d))
    } else {
        yuan(d)
    }
}

/// The Compare tab.
pub fn compare_view(ctx: &ViewCtx) -> Html {
    let lang = ctx.lang();
    let a = ctx.plan_a.schedule.clone();
    let b = ctx.plan_b.schedule.clone();
    let side = |s: Option<Rc<Schedule>>, which: Which, prefix: &'static str| match s {
        Some(s) => {
            let form = ctx.scenario().plan(which);
            let daily = product_terms(&ctx.derived, form.product).daily();
            html! { <PlanSummary schedule={s} lang={lang} prefix={prefix} daily={daily}
            calculator={ctx.plan(which).calculator} method={form.method.clone()} /> }
        }
        None => html! { <p>{ lang.t(tx::NO_PLAN) }</p> },
    };
    let diff = match (&a, &b) {
        (Some(a), Some(b)) => {
            let apr_diff = match (a.apr, b.apr) {
                (Some(x), Some(y)) => {
                    let pp = (y - x) * Decimal::ONE_HUNDRED;
                    format!(
                        "{}{} pp",
                        if pp > Decimal::ZERO { "+" } else { "" },
                        pp.round_dp(2)
                    )
                }
                _ => "—".to_owned(),
            };
            let cost = |s: &Schedule| s.total_interest + s.total_fee;
            html! {
                <div class="table-wrap sticky-first" tabindex="0" role="region" aria-label={lang.t(tx::DIFFERENCE)}>
                <table class="diff" id="compare-diff">
                    <caption>{ lang.t(tx::DIFFERENCE) }</caption>
                    <thead><tr><th scope="col"></th><th scope="col">{ lang.t(tx::PLAN_A) }</th><th scope="col">{ lang.t(tx::PLAN_B) }</th><th scope="col">{ "B − A" }</th></tr></thead>
                    <tbody>
                        <tr><th scope="row">{ lang.t(tx::METHOD) }</th><td>{ lang.t(money::method(&ctx.scenario().plan_a.method)) }</td><td>{ lang.t(money::method(&ctx.scenario().plan_b.method)) }</td><td></td></tr>
                        <tr><th scope="row">{ lang.t(tx::FIRST_PAYMENT) }</th><td>{ yuan(a.first_payment()) }</td><td>{ yuan(b.first_payment()) }</td><td>{ signed(b.first_payment() - a.first_payment()) }</td></tr>
                        <tr><th scope="row">{ lang.t(tx::TOTAL_INTEREST) }</th><td>{ yuan(cost(a)) }</td><td>{ yuan(cost(b)) }</td><td>{ signed(cost(b) - cost(a)) }</td></tr>
                        <tr><th scope="row">{ lang.t(tx::TOTAL_PAYMENT) }</th><td>{ yuan(a.total_payment) }</td><td>{ yuan(b.total_payment) }</td><td>{ signed(b.total_payment - a.total_payment) }</td></tr>
                        <tr><th scope="row">{ lang.t(money::APR_SHORT) }</th><td>{ pct2_or_dash(a.apr) }</td><td>{ pct2_or_dash(b.apr) }</td><td>{ apr_diff }</td></tr>
                    </tbody>
                </table>
                </div>
            }
        }
        _ => Html::default(),
    };
    html! {
        <div class="compare" id="compare">
            <h2 class="visually-hidden">{ lang.t(tx::COMPARE) }</h2>
            <div class="compare-grid">
                <section class="card" aria-labelledby="plan-a-h">
                    <h3 id="plan-a-h">{ lang.t(tx::PLAN_A) }</h3>
                    <p class="help">{ lang.t(tx::SAME_AS_PLANNER) }</p>
                    { loan_form(ctx, Which::A) }
                    { side(a.clone(), Which::A, "plan-a") }
                </section>
                <section class="card" aria-labelledby="plan-b-h">
                    <h3 id="plan-b-h">{ lang.t(tx::PLAN_B) }</h3>
                    <p class="help">{ "\u{00a0}" }</p>
                    { loan_form(ctx, Which::B) }
                    { side(b.clone(), Which::B, "plan-b") }
                </section>
            </div>
            <section class="card">{ diff }</section>
        </div>
    }
}
