//! The profile form: presets, then the five dimensions and the optional business block. Each
//! quantity has a slider and a number box; every change dispatches at once and the core
//! validates; a field's problem shows beside it in the page language.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::Ctx;
use crate::engine::all_presets;
use crate::fields::{education_names, occupation_names, Dim, Field, Kind, FIELDS};
use crate::i18n::{
    dim_label, education_label, error_text, field_label, occupation_label, t, Lang, K,
};
use crate::state::Action;

/// The DOM id of a field's main control (`field-business-monthlyRevenue`).
pub fn field_id(key: &str) -> String {
    format!("field-{}", key.replace('.', "-"))
}

fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// One field: label, slider or control, text box, help and error.
fn field_view(st: &Ctx, f: &'static Field) -> Html {
    let lang = st.lang;
    let key = f.key;
    let id = field_id(key);
    let err_id = format!("err-{}", key.replace('.', "-"));
    let raw = st.raw(key).to_owned();
    let problem = st.problem(key).map(|p| {
        p.code.map_or_else(
            || t(lang, K::Required).to_owned(),
            |c| error_text(lang, c, Some(f)),
        )
    });
    let invalid = problem.is_some();
    let d = st.dispatcher();
    let set = Callback::from(move |v: String| d.dispatch(Action::SetField(key.to_owned(), v)));
    let label = field_label(lang, key);
    let error = html! {
        <p class="field-error" id={err_id.clone()} aria-live="polite">{ problem.clone().unwrap_or_default() }</p>
    };
    let described = invalid.then(|| err_id.clone());
    match f.kind {
        Kind::Bool => {
            let checked = raw == "true";
            let set = set.clone();
            html! {
                <div class="field field-check">
                    <input type="checkbox" id={id.clone()} checked={checked}
                        onchange={Callback::from(move |e: Event| {
                            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                            set.emit(if on { "true" } else { "false" }.to_owned());
                        })} />
                    <label for={id}>{ label }</label>
                </div>
            }
        }
        Kind::Education | Kind::Occupation => {
            let options: Vec<(&str, &str)> = if f.kind == Kind::Education {
                education_names()
                    .map(|n| (n, education_label(lang, n)))
                    .collect()
            } else {
                occupation_names()
                    .map(|n| (n, occupation_label(lang, n)))
                    .collect()
            };
            let set = set.clone();
            html! {
                <div class={classes!("field", invalid.then_some("is-invalid"))}>
                    <label for={id.clone()}>{ label }</label>
                    <select id={id} aria-invalid={invalid.then_some("true")} aria-describedby={described}
                        onchange={Callback::from(move |e: Event| set.emit(e.target_unchecked_into::<HtmlSelectElement>().value()))}>
                        { for options.into_iter().map(|(v, l)| html! { <option value={v} selected={raw == v}>{ l }</option> }) }
                    </select>
                    { error }
                </div>
            }
        }
        Kind::Int {
            min, slider_max, ..
        } => quantity(
            lang, &id, label, &raw, min, slider_max, 1, invalid, described, error, set, None,
        ),
        Kind::Amount {
            slider_max, step, ..
        } => quantity(
            lang, &id, label, &raw, 0, slider_max, step, invalid, described, error, set, None,
        ),
        Kind::NullableInt { slider_max, .. } => {
            let never = raw.trim().is_empty();
            let never_id = format!("{id}-never");
            let set2 = set.clone();
            let toggle = html! {
                <div class="field-check field-check-inline">
                    <input type="checkbox" id={never_id.clone()} checked={never}
                        onchange={Callback::from(move |e: Event| {
                            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                            set2.emit(if on { String::new() } else { "12".to_owned() });
                        })} />
                    <label for={never_id}>{ t(lang, K::NeverOverdue) }</label>
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
                    lang,
                    &id,
                    label,
                    &raw,
                    0,
                    slider_max,
                    1,
                    invalid,
                    described,
                    error,
                    set,
                    Some(toggle),
                )
            }
        }
    }
}

/// A slider and a number box bound to one raw text.
#[allow(clippy::too_many_arguments)]
pub fn quantity(
    _lang: Lang,
    id: &str,
    label: &str,
    raw: &str,
    min: i64,
    slider_max: i64,
    step: i64,
    invalid: bool,
    described: Option<String>,
    error: Html,
    set: Callback<String>,
    extra: Option<Html>,
) -> Html {
    let parsed = crate::format::number_of(raw).unwrap_or(0.0);
    #[allow(clippy::cast_precision_loss)]
    let slider = crate::format::clamp_f64(parsed, min as f64, slider_max as f64);
    let set_a = set.clone();
    let set_b = set;
    html! {
        <div class={classes!("field", invalid.then_some("is-invalid"))}>
            <label for={id.to_owned()}>{ label.to_owned() }</label>
            <div class="quantity">
                <input type="range" class="slider" min={min.to_string()} max={slider_max.to_string()} step={step.to_string()}
                    value={crate::format::f1(slider)} aria-label={label.to_owned()} tabindex="-1"
                    oninput={Callback::from(move |e: InputEvent| set_a.emit(input_value(&e)))} />
                <input type="text" class="num" id={id.to_owned()} inputmode="decimal" autocomplete="off"
                    value={raw.to_owned()} aria-invalid={invalid.then_some("true")} aria-describedby={described}
                    oninput={Callback::from(move |e: InputEvent| set_b.emit(input_value(&e)))} />
            </div>
            { for extra }
            { error }
        </div>
    }
}

/// The whole form. Plain functions, not components: the form renders with every state change
/// anyway, and each component costs the first load its own copy of Yew's lifecycle.
pub fn profile_form(st: &Ctx) -> Html {
    let lang = st.lang;
    let presets = all_presets();
    let d = st.dispatcher();
    let on_preset = {
        let presets = presets.clone();
        Callback::from(move |e: Event| {
            let id = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(p) = presets.iter().find(|p| p.id == id) {
                d.dispatch(Action::ApplyProfile(Box::new(p.profile.clone()), Some(id)));
            }
        })
    };
    let current = st.preset.clone().unwrap_or_default();
    let groups = Dim::SCORED.iter().map(|&dim| {
        html! {
            <fieldset class="group" id={format!("group-{}", dim.id())}>
                <legend>{ dim_label(lang, dim.id()) }</legend>
                <div class="group-fields">
                    { for FIELDS.iter().filter(|f| f.dim == dim).map(|f| field_view(st, f)) }
                </div>
            </fieldset>
        }
    });
    let d2 = st.dispatcher();
    let has_business = st.has_business;
    html! {
        <section class="form card" aria-labelledby="form-title">
            <h2 id="form-title">{ t(lang, K::ProfileTitle) }</h2>
            <div class="field presets">
                <label for="preset">{ t(lang, K::Presets) }</label>
                <select id="preset" onchange={on_preset} aria-describedby="preset-help">
                    <option value="" selected={current.is_empty()}>{ t(lang, K::PresetNone) }</option>
                    { for presets.iter().map(|p| html! {
                        <option value={p.id} selected={current == p.id}>{ lang.pick(p.name_zh, p.name_en) }</option>
                    }) }
                </select>
                <p class="help" id="preset-help">{ t(lang, K::PresetLabel) }</p>
            </div>
            { for groups }
            <fieldset class="group" id="group-business">
                <legend>{ dim_label(lang, "business") }</legend>
                <div class="field field-check">
                    <input type="checkbox" id="field-hasBusiness" checked={has_business}
                        onchange={Callback::from(move |e: Event| {
                            d2.dispatch(Action::SetBusiness(e.target_unchecked_into::<HtmlInputElement>().checked()));
                        })} />
                    <label for="field-hasBusiness">{ t(lang, K::HasBusiness) }</label>
                </div>
                if has_business {
                    <div class="group-fields">
                        { for FIELDS.iter().filter(|f| f.dim == Dim::Business).map(|f| field_view(st, f)) }
                    </div>
                }
            </fieldset>
        </section>
    }
}
