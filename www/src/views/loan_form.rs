//! A loan plan's form (plan A on the planner and Compare, plan B on Compare): product, amount up
//! to the product's limit, term, method, rate, start date and prepayment. Every change sends the
//! whole form, fitted to its product's terms.

use rust_decimal::Decimal;
use yew::prelude::*;

use super::ViewCtx;
use crate::browser::input::{checked, input_text, selected};
use crate::derive::{
    default_payoff_date, payoff_on_day, prepay_allowed, product_terms, with_field, PlanState,
    RateSpec,
};
use crate::format::{months, yuan_short};
use crate::i18n::{money, plan as tx, profile, Lang};
use crate::scenario::action::Action;
use crate::scenario::loan::{LoanField, Product, Which};
use crate::widgets::quantity::{field_error, quantity, Quantity, Slider};

/// The message beside a field, in the page language.
fn problem_text(lang: Lang, plan: &PlanState, f: LoanField, limit: Option<&str>) -> Option<String> {
    use credit_sim::ErrorCode;
    plan.problem(f).map(|p| match p.code {
        Some(code) => lang
            .t(match (f, code) {
                (LoanField::Amount, _) => tx::AMOUNT_RANGE,
                (LoanField::Term, ErrorCode::UnknownValue) => tx::TERM_CHOICE,
                (LoanField::Term, _) => tx::TERM_RANGE,
                (LoanField::RatePct, _) => tx::RATE_RANGE,
                (LoanField::PrepayAfter, _) => tx::PREPAY_AFTER_RANGE,
                (LoanField::PrepayAmount, _) => tx::PREPAY_AMOUNT_RANGE,
                (LoanField::PayoffDate, _) => tx::PAYOFF_DATE_RANGE,
                _ => return profile::error(lang, code, None),
            })
            .to_owned(),
        None => format!("{} {}", lang.t(tx::ABOVE_LIMIT), limit.unwrap_or("")),
    })
}

/// The slider's end for an amount: the limit when the product gives one, else ¥1,000,000.
fn slider_end(limit: Option<Decimal>, eligible: bool) -> i64 {
    limit
        .filter(|l| eligible && *l > Decimal::ZERO)
        .and_then(|l| i64::try_from(l.trunc().mantissa() / 10_i128.pow(l.trunc().scale())).ok())
        .unwrap_or(1_000_000)
}

/// The form of plan A or B.
pub fn loan_form(ctx: &ViewCtx, which: Which) -> Html {
    let lang = ctx.lang();
    let form = ctx.scenario().plan(which).clone();
    let plan = ctx.plan(which);
    let terms = product_terms(&ctx.derived, form.product);
    let prefix = match which {
        Which::A => "loan-",
        Which::B => "b-loan-",
    };
    let id = |f: LoanField| format!("{prefix}{}", f.code());
    let err_id = |f: LoanField| format!("{}-err", id(f));
    let set = |f: LoanField| {
        let (send, derived, form) = (ctx.send.clone(), ctx.derived.clone(), form.clone());
        Callback::from(move |v: String| {
            let next = with_field(&form, &derived, f, &v);
            send.emit(Action::SetLoan(which, Box::new(next)));
        })
    };
    let on_select = |f: LoanField| {
        let s = set(f);
        Callback::from(move |e: Event| s.emit(selected(&e)))
    };
    let on_check = |f: LoanField| {
        let s = set(f);
        Callback::from(move |e: Event| {
            s.emit(if checked(&e) { "true" } else { "false" }.to_owned())
        })
    };
    let on_text = |f: LoanField| {
        let s = set(f);
        Callback::from(move |e: InputEvent| s.emit(input_text(&e)))
    };
    let limit_text = terms.limit.map(|l| yuan_short(l, lang));
    let error = |f: LoanField| problem_text(lang, plan, f, limit_text.as_deref());
    let invalid = |f: LoanField| plan.problem(f).is_some();
    let described = |f: LoanField| invalid(f).then(|| err_id(f));
    let text_field = |f: LoanField, label: &str, value: &str, mode: &'static str| {
        html! {
            <div class={classes!("field", invalid(f).then_some("is-invalid"))}>
                <label for={id(f)}>{ label.to_owned() }</label>
                <input type="text" inputmode={mode} class="num" id={id(f)} value={value.to_owned()}
                    aria-invalid={invalid(f).then_some("true")} aria-describedby={described(f)}
                    oninput={on_text(f)} />
                { field_error(&err_id(f), error(f).as_deref()) }
            </div>
        }
    };
    let amount_label = match (&limit_text, terms.eligible) {
        (Some(l), true) => match lang {
            Lang::Zh => format!(
                "{}（{} {}）",
                lang.t(tx::AMOUNT),
                lang.t(tx::UP_TO_LIMIT),
                l
            ),
            Lang::En => format!("{} ({} {})", lang.t(tx::AMOUNT), lang.t(tx::UP_TO_LIMIT), l),
        },
        _ => lang.t(tx::AMOUNT).to_owned(),
    };
    let amount = quantity(
        Quantity {
            id: &id(LoanField::Amount),
            err_id: &err_id(LoanField::Amount),
            label: &amount_label,
            raw: &form.amount,
            slider: Some(Slider::whole(
                0,
                slider_end(terms.limit, terms.eligible),
                100,
            )),
            error: error(LoanField::Amount),
            extra: None,
        },
        &set(LoanField::Amount),
    );
    let term = if terms.terms.is_empty() {
        quantity(
            Quantity {
                id: &id(LoanField::Term),
                err_id: &err_id(LoanField::Term),
                label: lang.t(tx::TERM),
                raw: &form.term,
                slider: Some(Slider::whole(1, 360, 1)),
                error: error(LoanField::Term),
                extra: None,
            },
            &set(LoanField::Term),
        )
    } else {
        html! {
            <div class={classes!("field", invalid(LoanField::Term).then_some("is-invalid"))}>
                <label for={id(LoanField::Term)}>{ lang.t(tx::TERM) }</label>
                <select id={id(LoanField::Term)} onchange={on_select(LoanField::Term)} aria-describedby={described(LoanField::Term)}>
                    { for terms.terms.iter().map(|n| html! {
                        <option value={n.to_string()} selected={form.term.trim() == n.to_string()}>{ months(*n, lang) }</option>
                    }) }
                </select>
                { field_error(&err_id(LoanField::Term), error(LoanField::Term).as_deref()) }
            </div>
        }
    };
    let methods = if terms.methods.is_empty() {
        vec!["equalInstallment"]
    } else {
        terms.methods.clone()
    };
    let custom = matches!(terms.rate, RateSpec::UserAnnual);
    let prepay_ok = prepay_allowed(&form, &terms);
    let any_day = terms.daily().is_some();
    let on_day = payoff_on_day(&form, &terms);
    let on_when = {
        let (send, form) = (ctx.send.clone(), form.clone());
        Callback::from(move |e: Event| {
            let mut next = form.clone();
            next.payoff_on = selected(&e) == "day";
            if next.payoff_on && next.payoff_date.trim().is_empty() {
                next.payoff_date = default_payoff_date(&next.start);
            }
            send.emit(Action::SetLoan(which, Box::new(next)));
        })
    };
    let form_label = lang.t(match which {
        Which::A => tx::PLANNER,
        Which::B => tx::PLAN_B,
    });
    html! {
        <form class="loan-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} aria-label={form_label}>
            <div class="field">
                <label for={id(LoanField::Product)}>{ lang.t(tx::PRODUCT) }</label>
                <select id={id(LoanField::Product)} onchange={on_select(LoanField::Product)}>
                    { for Product::ALL.iter().map(|pr| html! {
                        <option value={pr.code()} selected={*pr == form.product}>{ lang.t(money::product(*pr)) }</option>
                    }) }
                </select>
            </div>
            if !terms.eligible { <p class="note" id={format!("{prefix}illustrative")}>{ lang.t(tx::NOT_ELIGIBLE_FOR_PRODUCT) }</p> }
            { amount }
            { term }
            <div class="field">
                <label for={id(LoanField::Method)}>{ lang.t(tx::METHOD) }</label>
                <select id={id(LoanField::Method)} onchange={on_select(LoanField::Method)}>
                    { for methods.iter().map(|m| html! {
                        <option value={*m} selected={form.method == *m}>{ lang.t(money::method(m)) }</option>
                    }) }
                </select>
            </div>
            if custom { { text_field(LoanField::RatePct, lang.t(tx::ANNUAL_RATE), &form.rate_pct, "decimal") } }
            <div class={classes!("field", invalid(LoanField::Start).then_some("is-invalid"))}>
                <label for={id(LoanField::Start)}>{ lang.t(tx::START_DATE) }</label>
                <input type="date" id={id(LoanField::Start)} value={form.start.clone()}
                    aria-invalid={invalid(LoanField::Start).then_some("true")} aria-describedby={described(LoanField::Start)}
                    oninput={on_text(LoanField::Start)} />
                { field_error(&err_id(LoanField::Start), error(LoanField::Start).as_deref()) }
            </div>
            if prepay_ok {
                <div class="field field-check">
                    <input type="checkbox" id={id(LoanField::Prepay)} checked={form.prepay} onchange={on_check(LoanField::Prepay)} />
                    <label for={id(LoanField::Prepay)}>{ lang.t(tx::PREPAY) }</label>
                </div>
                if form.prepay {
                    <div class="prepay">
                        if any_day {
                            <div class="field">
                                <label for={id(LoanField::PayoffOn)}>{ lang.t(tx::PAYOFF_WHEN) }</label>
                                <select id={id(LoanField::PayoffOn)} onchange={on_when}>
                                    <option value="period" selected={!on_day}>{ lang.t(tx::AFTER_A_PERIOD) }</option>
                                    <option value="day" selected={on_day}>{ lang.t(tx::ON_ANY_DAY) }</option>
                                </select>
                            </div>
                        }
                        if on_day {
                            <div class={classes!("field", invalid(LoanField::PayoffDate).then_some("is-invalid"))}>
                                <label for={id(LoanField::PayoffDate)}>{ lang.t(tx::PAYOFF_DATE) }</label>
                                <input type="date" id={id(LoanField::PayoffDate)} value={form.payoff_date.clone()}
                                    aria-invalid={invalid(LoanField::PayoffDate).then_some("true")} aria-describedby={described(LoanField::PayoffDate)}
                                    oninput={on_text(LoanField::PayoffDate)} />
                                { field_error(&err_id(LoanField::PayoffDate), error(LoanField::PayoffDate).as_deref()) }
                            </div>
                        } else {
                            { text_field(LoanField::PrepayAfter, lang.t(tx::PREPAY_AFTER), &form.prepay_after, "numeric") }
                            <div class="field field-check">
                                <input type="checkbox" id={id(LoanField::PrepayAll)} checked={form.prepay_all} onchange={on_check(LoanField::PrepayAll)} />
                                <label for={id(LoanField::PrepayAll)}>{ lang.t(tx::PREPAY_ALL) }</label>
                            </div>
                            if !form.prepay_all {
                                { text_field(LoanField::PrepayAmount, lang.t(tx::PREPAY_AMOUNT), &form.prepay_amount, "decimal") }
                                <div class="field">
                                    <label for={id(LoanField::PrepayMode)}>{ lang.t(tx::PREPAY_MODE) }</label>
                                    <select id={id(LoanField::PrepayMode)} onchange={on_select(LoanField::PrepayMode)}>
                                        { for [("reducePayment", tx::REDUCE_PAYMENT), ("shortenTerm", tx::SHORTEN_TERM)].iter().map(|(m, label)| html! {
                                            <option value={*m} selected={form.prepay_mode == *m}>{ lang.t(*label) }</option>
                                        }) }
                                    </select>
                                </div>
                            }
                        }
                    </div>
                }
            }
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_amount_slider_ends_at_the_limit() {
        assert_eq!(slider_end(Some(Decimal::new(3_500_000, 2)), true), 35_000);
        assert_eq!(slider_end(Some(Decimal::from(20_000)), true), 20_000);
        assert_eq!(slider_end(Some(Decimal::ZERO), true), 1_000_000);
        assert_eq!(slider_end(Some(Decimal::from(20_000)), false), 1_000_000);
        assert_eq!(slider_end(None, true), 1_000_000);
    }
}
