//! The loan planner: the loan form (reused for the compare tab's plan B), the summary with the
//! APR first, the chart, the paged schedule, CSV download and print.

use std::rc::Rc;

use credit_sim::money::{legal_lines, Schedule, DEFAULT_LPR};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::chart::Chart;
use crate::components::form::quantity;
use crate::components::offers::LegalBadges;
use crate::components::schedule_table::schedule_table;
use crate::csv::{file_name, schedule_csv};
use crate::engine::RateSpec;
use crate::format::{daily_pct, months, pct, pct2_or_dash, yuan, yuan_short};
use crate::i18n::{error_text, method_label, prepay_mode_label, t, Lang, K};
use crate::more::Ctx;
use crate::plan::{Action, LoanField, PlanState, Product};
use crate::url;

fn problem_text(lang: Lang, plan: &PlanState, f: LoanField, limit: Option<&str>) -> Option<String> {
    plan.problem(f).map(|p| match p.code {
        Some(code) => {
            let generic = error_text(lang, code, None);
            match (f, code) {
                (LoanField::Amount, _) => lang
                    .pick(
                        "请输入大于 0、不超过 100,000,000 的金额。",
                        "Enter an amount above 0 and at most 100,000,000.",
                    )
                    .to_owned(),
                (LoanField::Term, credit_sim::ErrorCode::UnknownValue) => lang
                    .pick(
                        "请选择该产品提供的期数。",
                        "Choose one of the product's terms.",
                    )
                    .to_owned(),
                (LoanField::Term, _) => lang
                    .pick(
                        "请输入 1 到 360 之间的整数。",
                        "Enter a whole number from 1 to 360.",
                    )
                    .to_owned(),
                (LoanField::RatePct, _) => lang
                    .pick(
                        "请输入 0 到 100 之间的年利率（%）。",
                        "Enter an annual rate from 0 to 100 (%).",
                    )
                    .to_owned(),
                (LoanField::PrepayAfter, _) => lang
                    .pick(
                        "须在第 1 期之后、最后一期之前。",
                        "Must be after period 1 and before the last period.",
                    )
                    .to_owned(),
                (LoanField::PrepayAmount, _) => lang
                    .pick(
                        "请输入大于 0、不超过当期剩余本金的金额。",
                        "Enter an amount above 0 and at most the balance left.",
                    )
                    .to_owned(),
                _ => generic,
            }
        }
        None => format!(
            "{} {}",
            lang.pick("超过你的额度", "Above your limit of"),
            limit.unwrap_or("")
        ),
    })
}

/// A loan form, A or B.
/// A plain function, not a component (like `form::profile_form`): it reads the state, so it
/// rendered with every change anyway.
pub fn loan_form_view(st: &Ctx, b: bool) -> Html {
    let lang = st.lang;
    let form = st.loan_form(b).clone();
    let plan = if b { &st.plan_b } else { &st.plan };
    let terms = st.terms(form.product);
    let prefix = if b { "b-loan-" } else { "loan-" };
    let id = |f: LoanField| format!("{prefix}{}", f.code());
    let set = |f: LoanField| {
        let d = st.dispatcher();
        Callback::from(move |v: String| d.dispatch(Action::SetLoan(b, f, v)))
    };
    let on_select = |f: LoanField| {
        let s = set(f);
        Callback::from(move |e: Event| {
            s.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let on_check = |f: LoanField| {
        let s = set(f);
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            s.emit(if on { "true" } else { "false" }.to_owned());
        })
    };
    let on_text = |f: LoanField| {
        let s = set(f);
        Callback::from(move |e: InputEvent| {
            s.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let limit_text = terms.limit.map(|l| yuan_short(l, lang));
    let err = |f: LoanField| problem_text(lang, plan, f, limit_text.as_deref());
    let err_html = |f: LoanField| {
        html! { <p class="field-error" id={format!("{}-err", id(f))} aria-live="polite">{ err(f).unwrap_or_default() }</p> }
    };
    let invalid = |f: LoanField| plan.problem(f).is_some();
    let described = |f: LoanField| invalid(f).then(|| format!("{}-err", id(f)));
    let slider_max = terms
        .limit
        .filter(|l| terms.eligible && *l > rust_decimal::Decimal::ZERO)
        .and_then(|l| {
            i64::try_from(l.trunc().mantissa())
                .ok()
                .map(|m| m / 10_i64.pow(l.trunc().scale()))
        })
        .unwrap_or(1_000_000);
    let amount_label = match (&limit_text, terms.eligible) {
        (Some(l), true) => match lang {
            Lang::Zh => format!("{}（{} {}）", t(lang, K::Amount), t(lang, K::UpToLimit), l),
            Lang::En => format!("{} ({} {})", t(lang, K::Amount), t(lang, K::UpToLimit), l),
        },
        _ => t(lang, K::Amount).to_owned(),
    };
    let amount = quantity(
        lang,
        &id(LoanField::Amount),
        &amount_label,
        &form.amount,
        0,
        slider_max,
        100,
        invalid(LoanField::Amount),
        described(LoanField::Amount),
        err_html(LoanField::Amount),
        set(LoanField::Amount),
        None,
    );
    let term = if terms.terms.is_empty() {
        quantity(
            lang,
            &id(LoanField::Term),
            t(lang, K::Term),
            &form.term,
            1,
            360,
            1,
            invalid(LoanField::Term),
            described(LoanField::Term),
            err_html(LoanField::Term),
            set(LoanField::Term),
            None,
        )
    } else {
        html! {
            <div class={classes!("field", invalid(LoanField::Term).then_some("is-invalid"))}>
                <label for={id(LoanField::Term)}>{ t(lang, K::Term) }</label>
                <select id={id(LoanField::Term)} onchange={on_select(LoanField::Term)} aria-describedby={described(LoanField::Term)}>
                    { for terms.terms.iter().map(|n| html! {
                        <option value={n.to_string()} selected={form.term.trim() == n.to_string()}>{ months(*n, lang) }</option>
                    }) }
                </select>
                { err_html(LoanField::Term) }
            </div>
        }
    };
    let methods = if terms.methods.is_empty() {
        vec!["equalInstallment"]
    } else {
        terms.methods.clone()
    };
    let custom = matches!(terms.rate, RateSpec::UserAnnual);
    let fee_plan = matches!(terms.rate, RateSpec::FeeByTerm(_));
    let prepay_ok = !fee_plan
        && matches!(
            form.method.as_str(),
            "equalInstallment" | "equalPrincipal" | "interestFirst"
        );
    html! {
        <form class="loan-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}
            aria-label={t(lang, if b { K::PlanB } else { K::Planner })}>
            <div class="field">
                <label for={id(LoanField::Product)}>{ t(lang, K::Product) }</label>
                <select id={id(LoanField::Product)} onchange={on_select(LoanField::Product)}>
                    { for Product::ALL.iter().map(|pr| html! {
                        <option value={pr.code()} selected={*pr == form.product}>{ t(lang, pr.label()) }</option>
                    }) }
                </select>
            </div>
            if !terms.eligible { <p class="note" id={format!("{prefix}illustrative")}>{ t(lang, K::NotEligibleForProduct) }</p> }
            { amount }
            { term }
            <div class="field">
                <label for={id(LoanField::Method)}>{ t(lang, K::Method) }</label>
                <select id={id(LoanField::Method)} onchange={on_select(LoanField::Method)}>
                    { for methods.iter().map(|m| html! {
                        <option value={*m} selected={form.method == *m}>{ method_label(lang, m) }</option>
                    }) }
                </select>
            </div>
            if custom {
                <div class={classes!("field", invalid(LoanField::RatePct).then_some("is-invalid"))}>
                    <label for={id(LoanField::RatePct)}>{ t(lang, K::AnnualRate) }</label>
                    <input type="text" inputmode="decimal" class="num" id={id(LoanField::RatePct)} value={form.rate_pct.clone()}
                        aria-invalid={invalid(LoanField::RatePct).then_some("true")} aria-describedby={described(LoanField::RatePct)}
                        oninput={on_text(LoanField::RatePct)} />
                    { err_html(LoanField::RatePct) }
                </div>
            }
            <div class={classes!("field", invalid(LoanField::Start).then_some("is-invalid"))}>
                <label for={id(LoanField::Start)}>{ t(lang, K::StartDate) }</label>
                <input type="date" id={id(LoanField::Start)} value={form.start.clone()}
                    aria-invalid={invalid(LoanField::Start).then_some("true")} aria-describedby={described(LoanField::Start)}
                    oninput={on_text(LoanField::Start)} />
                { err_html(LoanField::Start) }
            </div>
            if prepay_ok {
                <div class="field field-check">
                    <input type="checkbox" id={id(LoanField::Prepay)} checked={form.prepay} onchange={on_check(LoanField::Prepay)} />
                    <label for={id(LoanField::Prepay)}>{ t(lang, K::Prepay) }</label>
                </div>
                if form.prepay {
                    <div class="prepay">
                        <div class={classes!("field", invalid(LoanField::PrepayAfter).then_some("is-invalid"))}>
                            <label for={id(LoanField::PrepayAfter)}>{ t(lang, K::PrepayAfter) }</label>
                            <input type="text" inputmode="numeric" class="num" id={id(LoanField::PrepayAfter)} value={form.prepay_after.clone()}
                                aria-invalid={invalid(LoanField::PrepayAfter).then_some("true")} aria-describedby={described(LoanField::PrepayAfter)}
                                oninput={on_text(LoanField::PrepayAfter)} />
                            { err_html(LoanField::PrepayAfter) }
                        </div>
                        <div class="field field-check">
                            <input type="checkbox" id={id(LoanField::PrepayAll)} checked={form.prepay_all} onchange={on_check(LoanField::PrepayAll)} />
                            <label for={id(LoanField::PrepayAll)}>{ t(lang, K::PrepayAll) }</label>
                        </div>
                        if !form.prepay_all {
                            <div class={classes!("field", invalid(LoanField::PrepayAmount).then_some("is-invalid"))}>
                                <label for={id(LoanField::PrepayAmount)}>{ t(lang, K::PrepayAmount) }</label>
                                <input type="text" inputmode="decimal" class="num" id={id(LoanField::PrepayAmount)} value={form.prepay_amount.clone()}
                                    aria-invalid={invalid(LoanField::PrepayAmount).then_some("true")} aria-describedby={described(LoanField::PrepayAmount)}
                                    oninput={on_text(LoanField::PrepayAmount)} />
                                { err_html(LoanField::PrepayAmount) }
                            </div>
                            <div class="field">
                                <label for={id(LoanField::PrepayMode)}>{ t(lang, K::PrepayMode) }</label>
                                <select id={id(LoanField::PrepayMode)} onchange={on_select(LoanField::PrepayMode)}>
                                    { for ["reducePayment", "shortenTerm"].iter().map(|m| html! {
                                        <option value={*m} selected={form.prepay_mode == *m}>{ prepay_mode_label(lang, m) }</option>
                                    }) }
                                </select>
                            </div>
                        }
                    </div>
                }
            }
        </form>
    }
}

/// Props of a plan summary.
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The plan.
    pub schedule: Rc<Schedule>,
    /// Page language.
    pub lang: Lang,
    /// Element id prefix (`plan`, `plan-b`).
    pub prefix: AttrValue,
    /// The daily rate of the product, when it has one.
    #[prop_or_default]
    pub daily: Option<rust_decimal::Decimal>,
}

/// The summary: APR first and largest, then payment, totals and the legal lines.
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
    html! {
        <div class="summary" aria-live="polite">
            <div class="apr-block apr-hero">
                <span class="apr-label">{ t(lang, K::Apr) }</span>
                <span class="apr-value" id={id("apr")}>{ pct2_or_dash(s.apr) }</span>
                <span class="small">
                    { t(lang, K::SimpleRate) }{ " " }{ pct(s.simple_annual_rate, 4) }
                    { for p.daily.map(|d| html! { <>{ " · " }<span id={id("daily")}>{ t(lang, K::DailyRate) }{ " " }{ daily_pct(d) }</span></> }) }
                    { " · " }{ t(lang, K::EffectiveRate) }{ " " }{ pct2_or_dash(s.effective_annual_rate) }
                </span>
            </div>
            { for s.apr.map(|apr| html! { <LegalBadges lines={legal_lines(apr, DEFAULT_LPR)} lang={lang} /> }) }
            <dl class="facts facts-grid">
                <div><dt>{ t(lang, if varies { K::FirstPayment } else { K::MonthlyPayment }) }</dt><dd id={id("payment")}>{ yuan(first) }</dd></div>
                <div><dt>{ t(lang, K::TotalInterest) }</dt><dd id={id("interest")}>{ yuan(s.total_interest) }</dd></div>
                if !s.total_fee.is_zero() {
                    <div><dt>{ t(lang, K::TotalFee) }</dt><dd id={id("fee")}>{ yuan(s.total_fee) }</dd></div>
                }
                <div><dt>{ t(lang, K::TotalPayment) }</dt><dd id={id("total")}>{ yuan(s.total_payment) }</dd></div>
                <div><dt>{ t(lang, K::Term) }</dt><dd>{ months(u32::try_from(s.rows.len()).unwrap_or(0), lang) }</dd></div>
                { for s.interest_saved.map(|x| html! {
                    <div><dt>{ t(lang, K::InterestSaved) }</dt><dd id={id("saved")}>{ yuan(x) }</dd></div>
                }) }
            </dl>
        </div>
    }
}

fn download_csv(text: &str, name: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type("text/csv;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let doc = web_sys::window().and_then(|w| w.document());
    if let Some(a) = doc
        .as_ref()
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
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

/// The planner tab.
#[function_component(Planner)]
pub fn planner() -> Html {
    let printing = use_state_eq(|| Printing::No);
    {
        let set = printing.setter();
        use_effect_with((), move |()| {
            let on = set.clone();
            let before = url::listen("beforeprint", move || on.set(Printing::Yes));
            let after = url::listen("afterprint", move || set.set(Printing::No));
            move || {
                before();
                after();
            }
        });
    }
    {
        // Every row is in the page now: print it.
        let set = printing.setter();
        use_effect_with(*printing, move |p| {
            if *p == Printing::Asked {
                set.set(Printing::Yes);
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
        });
    }
    let Some(st) = use_context::<Ctx>() else {
        return Html::default();
    };
    let lang = st.lang;
    let daily = match st.terms(st.loan.product).rate {
        RateSpec::Daily(d) => Some(d),
        _ => None,
    };
    let body = match st.plan.schedule.clone() {
        None => html! { <p>{ t(lang, K::NoPlan) }</p> },
        Some(s) => {
            let csv_s = s.clone();
            let on_csv = Callback::from(move |_| {
                download_csv(&schedule_csv(&csv_s, lang), &file_name(&csv_s))
            });
            let ask = printing.setter();
            let on_print = Callback::from(move |_| ask.set(Printing::Asked));
            html! {
                <>
                    <PlanSummary schedule={s.clone()} lang={lang} prefix="plan" daily={daily} />
                    <div class="actions no-print">
                        <button type="button" class="btn" id="download-csv" onclick={on_csv}>{ t(lang, K::DownloadCsv) }</button>
                        <button type="button" class="btn btn-quiet" id="print" onclick={on_print}>{ t(lang, K::Print) }</button>
                    </div>
                    <Chart schedule={s.clone()} lang={lang} />
                    { schedule_table(&st, &s, *printing != Printing::No) }
                </>
            }
        }
    };
    let stale = !st.plan.problems.is_empty();
    html! {
        <div class="planner">
            <section class="card plan-form no-print" aria-labelledby="planner-h">
                <h2 id="planner-h">{ t(lang, K::Planner) }</h2>
                { loan_form_view(&st, false) }
            </section>
            <section class={classes!("card", "plan-result", stale.then_some("is-stale"))} aria-labelledby="summary-h">
                <h2 id="summary-h">{ t(lang, K::Summary) }</h2>
                if stale { <p class="note" id="plan-stale">{ t(lang, K::PlanInvalid) }</p> }
                { body }
            </section>
        </div>
    }
}
