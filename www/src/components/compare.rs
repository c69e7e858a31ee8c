//! The compare tab: plan A (the planner's settings) beside plan B (its own form), and the
//! difference of payment, interest, total and APR. Each plan's summary shows its daily rate
//! beside the APR when its product is priced by the day.

use credit_sim::money::Schedule;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::components::planner::{loan_form_view, PlanSummary};
use crate::engine::RateSpec;
use crate::format::{pct2_or_dash, yuan};
use crate::i18n::{method_label, t, K};
use crate::more::Ctx;

fn signed(d: Decimal) -> String {
    if d > Decimal::ZERO {
        format!("+{}", yuan(d))
    } else {
        yuan(d)
    }
}

/// The compare tab.
/// A plain function, not a component (like `form::profile_form`): it reads the state, so it
/// rendered with every change anyway.
pub fn compare(st: &Ctx) -> Html {
    let lang = st.lang;
    let a = st.plan.schedule.clone();
    let b = st.plan_b.schedule.clone();
    // The daily rate beside the APR, for a product priced by the day.
    let daily = |b: bool| match st.terms(st.loan_form(b).product).rate {
        RateSpec::Daily(d) => Some(d),
        _ => None,
    };
    let side = |s: Option<std::rc::Rc<Schedule>>, prefix: &'static str| match s {
        Some(s) => {
            let daily = daily(prefix == "plan-b");
            html! { <PlanSummary schedule={s} lang={lang} prefix={prefix} daily={daily} /> }
        }
        None => html! { <p>{ t(lang, K::NoPlan) }</p> },
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
            html! {
                <div class="table-wrap" tabindex="0" role="region" aria-label={t(lang, K::Difference)}>
                <table class="diff" id="compare-diff">
                    <caption>{ t(lang, K::Difference) }</caption>
                    <thead><tr><th scope="col"></th><th scope="col">{ t(lang, K::PlanA) }</th><th scope="col">{ t(lang, K::PlanB) }</th><th scope="col">{ "B − A" }</th></tr></thead>
                    <tbody>
                        <tr><th scope="row">{ t(lang, K::Method) }</th><td>{ method_label(lang, &st.loan.method) }</td><td>{ method_label(lang, &st.loan_b.method) }</td><td></td></tr>
                        <tr><th scope="row">{ t(lang, K::FirstPayment) }</th><td>{ yuan(a.first_payment()) }</td><td>{ yuan(b.first_payment()) }</td><td>{ signed(b.first_payment() - a.first_payment()) }</td></tr>
                        <tr><th scope="row">{ t(lang, K::TotalInterest) }</th><td>{ yuan(a.total_interest + a.total_fee) }</td><td>{ yuan(b.total_interest + b.total_fee) }</td><td>{ signed(b.total_interest + b.total_fee - a.total_interest - a.total_fee) }</td></tr>
                        <tr><th scope="row">{ t(lang, K::TotalPayment) }</th><td>{ yuan(a.total_payment) }</td><td>{ yuan(b.total_payment) }</td><td>{ signed(b.total_payment - a.total_payment) }</td></tr>
                        <tr><th scope="row">{ t(lang, K::AprShort) }</th><td>{ pct2_or_dash(a.apr) }</td><td>{ pct2_or_dash(b.apr) }</td><td>{ apr_diff }</td></tr>
                    </tbody>
                </table>
                </div>
            }
        }
        _ => Html::default(),
    };
    html! {
        <div class="compare" id="compare">
            <h2 class="visually-hidden">{ t(lang, K::Compare) }</h2>
            <div class="compare-grid">
                <section class="card" aria-labelledby="plan-a-h">
                    <h3 id="plan-a-h">{ t(lang, K::PlanA) }</h3>
                    <p class="help">{ t(lang, K::SameAsPlanner) }</p>
                    { loan_form_view(st, false) }
                    { side(a.clone(), "plan-a") }
                </section>
                <section class="card" aria-labelledby="plan-b-h">
                    <h3 id="plan-b-h">{ t(lang, K::PlanB) }</h3>
                    <p class="help">{ "\u{00a0}" }</p>
                    { loan_form_view(st, true) }
                    { side(b.clone(), "plan-b") }
                </section>
            </div>
            <section class="card">{ diff }</section>
        </div>
    }
}
