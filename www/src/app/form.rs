//! The profile form: presets, the five dimensions and the optional business block. Each quantity
//! has a slider and a number box; every change is sent at once and the core validates it; a
//! field's problem shows beside it in the page language.
//!
//! Plain functions, not components: the form renders with every change anyway, and each
//! component costs the first load its own copy of Yew's lifecycle.

use credit_sim::presets::presets;
use credit_sim::profile::{Education, Occupation};
use credit_sim::scoring::Dimension;
use yew::prelude::*;

use super::state::State;
use crate::browser::input::{checked, selected};
use crate::i18n::{profile as tx, Lang};
use crate::scenario::action::Action;
use crate::scenario::fields::{Dim, Field, Kind, FIELDS};
use crate::widgets::quantity::{field_error, quantity, Quantity, Slider};

/// The DOM id of a field's main control (`field-business-monthlyRevenue`).
pub fn field_id(key: &str) -> String {
    format!("field-{}", key.replace('.', "-"))
}

/// The DOM id of a field's error line (`err-business-monthlyRevenue`).
pub fn error_id(key: &str) -> String {
    format!("err-{}", key.replace('.', "-"))
}

/// A select of a core enum's values: `(API name, label)`.
fn choice_field(
    lang: Lang,
    f: &Field,
    raw: &str,
    error: Option<String>,
    options: Vec<(&'static str, &'static str)>,
    set: Callback<String>,
) -> Html {
    let id = field_id(f.key);
    let err_id = error_id(f.key);
    let invalid = error.is_some();
    html! {
        <div class={classes!("field", invalid.then_some("is-invalid"))}>
            <label for={id.clone()}>{ lang.t(f.label) }</label>
            <select id={id} aria-invalid={invalid.then_some("true")} aria-describedby={invalid.then(|| err_id.clone())}
                onchange={Callback::from(move |e: Event| set.emit(selected(&e)))}>
                { for options.into_iter().map(|(v, l)| html! { <option value={v} selected={raw == v}>{ l }</option> }) }
            </select>
            { field_error(&err_id, error.as_deref()) }
        </div>
    }
}

/// One field: its label, control, number box and error.
fn field_view(st: &State, send: &Callback<Action>, f: &'static Field) -> Html {
    let lang = st.scenario.lang;
    let key = f.key;
    let raw = st.raw(key).to_owned();
    let error = st.problem(key).map(|p| {
        p.code.map_or_else(
            || lang.t(tx::REQUIRED).to_owned(),
            |c| tx::error(lang, c, Some(f)),
        )
    });
    let set = {
        let send = send.clone();
        Callback::from(move |v: String| send.emit(Action::SetField(key.to_owned(), v)))
    };
    let id = field_id(key);
    let err_id = error_id(key);
    let label = lang.t(f.label);
    match f.kind {
        Kind::Bool => html! {
            <div class="field field-check">
                <input type="checkbox" id={id.clone()} checked={raw == "true"}
                    onchange={Callback::from(move |e: Event| set.emit(if checked(&e) { "true" } else { "false" }.to_owned()))} />
                <label for={id}>{ label }</label>
            </div>
        },
        Kind::Education => {
            let options = Education::ALL
                .iter()
                .map(|(n, e)| (*n, lang.t(tx::education(*e))))
                .collect();
            choice_field(lang, f, &raw, error, options, set)
        }
        Kind::Occupation => {
            let options = Occupation::ALL
                .iter()
                .map(|(n, o)| (*n, lang.t(tx::occupation(*o))))
                .collect();
            choice_field(lang, f, &raw, error, options, set)
        }
        Kind::Int {
            min, slider_max, ..
        } => quantity(
            Quantity {
                id: &id,
                err_id: &err_id,
                label,
                raw: &raw,
                slider: Some(Slider::whole(min, slider_max, 1)),
                error,
                extra: None,
            },
            &set,
        ),
        Kind::Amount {
            slider_max, step, ..
        } => quantity(
            Quantity {
                id: &id,
                err_id: &err_id,
                label,
                raw: &raw,
                slider: Some(Slider::whole(0, slider_max, step)),
                error,
                extra: None,
            },
            &set,
        ),
        Kind::NullableInt { slider_max, .. } => {
            let never = raw.trim().is_empty();
            let never_id = format!("{id}-never");
            let set_never = set.clone();
            let toggle = html! {
                <div class="field-check field-check-inline">
                    <input type="checkbox" id={never_id.clone()} checked={never}
                        onchange={Callback::from(move |e: Event| set_never.emit(if checked(&e) { String::new() } else { "12".to_owned() }))} />
                    <label for={never_id}>{ lang.t(tx::NEVER_OVERDUE) }</label>
                </div>
            };
            if never {
                html! {
                    <div class="field">
                        <span class="label-like">{ label }</span>
                        { toggle }
                    </div>
                }
            } else {
                quantity(
                    Quantity {
                        id: &id,
                        err_id: &err_id,
                        label,
                        raw: &raw,
                        slider: Some(Slider::whole(0, slider_max, 1)),
                        error,
                        extra: Some(toggle),
                    },
                    &set,
                )
            }
        }
    }
}

/// The whole form.
pub fn profile_form(st: &State, send: &Callback<Action>) -> Html {
    let lang = st.scenario.lang;
    let all = presets();
    let on_preset = {
        let send = send.clone();
        Callback::from(move |e: Event| send.emit(Action::ApplyPreset(selected(&e))))
    };
    let current = st.scenario.profile.preset.clone().unwrap_or_default();
    let group = |dim: Dim| {
        html! {
            <div class="group-fields">
                { for FIELDS.iter().filter(|f| f.dim == dim).map(|f| field_view(st, send, f)) }
            </div>
        }
    };
    let groups = Dimension::ALL.iter().map(|&d| {
        let dim = Dim::Scored(d);
        html! {
            <fieldset class="group" id={format!("group-{}", dim.id())}>
                <legend>{ lang.t(tx::group(dim)) }</legend>
                { group(dim) }
            </fieldset>
        }
    });
    let has_business = st.scenario.profile.has_business;
    let on_business = {
        let send = send.clone();
        Callback::from(move |e: Event| send.emit(Action::SetBusiness(checked(&e))))
    };
    html! {
        <section class="form card" aria-labelledby="form-title">
            <h2 id="form-title">{ lang.t(tx::PROFILE_TITLE) }</h2>
            <div class="field presets">
                <label for="preset">{ lang.t(tx::PRESETS) }</label>
                <select id="preset" onchange={on_preset} aria-describedby="preset-help">
                    <option value="" selected={current.is_empty()}>{ lang.t(tx::PRESET_NONE) }</option>
                    { for all.iter().map(|p| html! {
                        <option value={p.id} selected={current == p.id}>{ lang.pick(p.name_zh, p.name_en) }</option>
                    }) }
                </select>
                <p class="help" id="preset-help">{ lang.t(tx::PRESET_HELP) }</p>
            </div>
            { for groups }
            <fieldset class="group" id="group-business">
                <legend>{ lang.t(tx::group(Dim::Business)) }</legend>
                <div class="field field-check">
                    <input type="checkbox" id="field-hasBusiness" checked={has_business} onchange={on_business} />
                    <label for="field-hasBusiness">{ lang.t(tx::HAS_BUSINESS) }</label>
                </div>
                if has_business { { group(Dim::Business) } }
            </fieldset>
        </section>
    }
}

/// Only the listed fields, in the listed order, under the form's title (an embedded page's
/// form: a lesson about utilisation shows two fields, not thirty). Business fields show with
/// the business switch, and only while a business is on.
pub fn fields_form(st: &State, send: &Callback<Action>, keys: &[&str]) -> Html {
    let lang = st.scenario.lang;
    let has_business = st.scenario.profile.has_business;
    let business = keys.iter().any(|k| k.starts_with("business."));
    let on_business = {
        let send = send.clone();
        Callback::from(move |e: Event| send.emit(Action::SetBusiness(checked(&e))))
    };
    let shown = keys
        .iter()
        .filter_map(|k| FIELDS.iter().find(|f| f.key == *k))
        .filter(|f| !f.key.starts_with("business.") || has_business);
    html! {
        <section class="form card embed-form" aria-labelledby="form-title">
            <h2 id="form-title">{ lang.t(tx::PROFILE_TITLE) }</h2>
            <div class="group-fields">
                if business {
                    <div class="field field-check">
                        <input type="checkbox" id="field-hasBusiness" checked={has_business} onchange={on_business} />
                        <label for="field-hasBusiness">{ lang.t(tx::HAS_BUSINESS) }</label>
                    </div>
                }
                { for shown.map(|f| field_view(st, send, f)) }
            </div>
        </section>
    }
}
