//! A quantity's slider and number box, bound to one raw text: the slider moves within a natural
//! range, the box takes any text (the core names what is wrong with it).

use yew::prelude::*;

use crate::browser::input::input_text;
use crate::format::{clamp_f64, f1, number_of};

/// What a quantity shows.
#[derive(Clone, PartialEq)]
pub struct Quantity<'a> {
    /// The number box's id (the label's `for`).
    pub id: &'a str,
    /// The error line's id.
    pub err_id: &'a str,
    /// The label.
    pub label: &'a str,
    /// The raw text, exactly as typed.
    pub raw: &'a str,
    /// The slider's range and step.
    pub range: (i64, i64, i64),
    /// The field's error text, when it has one.
    pub error: Option<String>,
    /// Something to show under the controls (a "never" switch).
    pub extra: Option<Html>,
}

/// The error line under a field, announced politely; its id is `err_id`.
pub fn field_error(err_id: &str, error: Option<&str>) -> Html {
    html! { <p class="field-error" id={err_id.to_owned()} aria-live="polite">{ error.unwrap_or_default().to_owned() }</p> }
}

/// A slider and a number box; every change of either sends the new text.
pub fn quantity(q: Quantity<'_>, set: &Callback<String>) -> Html {
    let (min, max, step) = q.range;
    let parsed = number_of(q.raw).unwrap_or(0.0);
    #[allow(clippy::cast_precision_loss)]
    let slider = clamp_f64(parsed, min as f64, max as f64);
    let err_id = q.err_id;
    let invalid = q.error.is_some();
    let described = invalid.then(|| err_id.to_owned());
    let (set_a, set_b) = (set.clone(), set.clone());
    html! {
        <div class={classes!("field", invalid.then_some("is-invalid"))}>
            <label for={q.id.to_owned()}>{ q.label.to_owned() }</label>
            <div class="quantity">
                <input type="range" class="slider" min={min.to_string()} max={max.to_string()} step={step.to_string()}
                    value={f1(slider)} aria-label={q.label.to_owned()} tabindex="-1"
                    oninput={Callback::from(move |e: InputEvent| set_a.emit(input_text(&e)))} />
                <input type="text" class="num" id={q.id.to_owned()} inputmode="decimal" autocomplete="off"
                    value={q.raw.to_owned()} aria-invalid={invalid.then_some("true")} aria-describedby={described}
                    oninput={Callback::from(move |e: InputEvent| set_b.emit(input_text(&e)))} />
            </div>
            { for q.extra }
            { field_error(err_id, q.error.as_deref()) }
        </div>
    }
}
