//! A quantity's number box and, where a range is natural, a slider, both bound to one raw text:
//! the slider moves within its range, the box takes any text (the core names what is wrong).

use yew::prelude::*;

use crate::browser::input::input_text;
use crate::format::number_of;

/// A slider's range and step, as the texts of the input's attributes (`"350"`, `"0.001"`).
#[derive(Clone, PartialEq)]
pub struct Slider {
    /// The smallest value.
    pub min: String,
    /// The largest value.
    pub max: String,
    /// The step.
    pub step: String,
}

impl Slider {
    /// A slider over whole numbers.
    pub fn whole(min: i64, max: i64, step: i64) -> Slider {
        Slider {
            min: min.to_string(),
            max: max.to_string(),
            step: step.to_string(),
        }
    }

    /// Where the knob sits for `raw`: the text itself when it is a number in range, else the
    /// nearer end (no float formatting: the texts are the attributes').
    fn value<'a>(&'a self, raw: &'a str) -> &'a str {
        let (lo, hi) = (number_of(&self.min), number_of(&self.max));
        match (number_of(raw), lo, hi) {
            (Some(v), Some(lo), _) if v < lo => &self.min,
            (Some(v), _, Some(hi)) if v > hi => &self.max,
            (Some(_), _, _) => raw.trim(),
            _ => &self.min,
        }
    }
}

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
    /// The slider, where a range is natural.
    pub slider: Option<Slider>,
    /// The field's error text, when it has one.
    pub error: Option<String>,
    /// Something to show under the controls (a "never" switch, a unit, a mark).
    pub extra: Option<Html>,
}

/// The error line under a field, announced politely; its id is `err_id`.
pub fn field_error(err_id: &str, error: Option<&str>) -> Html {
    html! { <p class="field-error" id={err_id.to_owned()} aria-live="polite">{ error.unwrap_or_default().to_owned() }</p> }
}

/// A number box and its slider; every change of either sends the new text.
pub fn quantity(q: Quantity<'_>, set: &Callback<String>) -> Html {
    let err_id = q.err_id;
    let invalid = q.error.is_some();
    let described = invalid.then(|| err_id.to_owned());
    let (set_a, set_b) = (set.clone(), set.clone());
    let slider = q.slider.as_ref().map(|s| {
        html! {
            <input type="range" class="slider" min={s.min.clone()} max={s.max.clone()} step={s.step.clone()}
                value={s.value(q.raw).to_owned()} aria-label={q.label.to_owned()} tabindex="-1"
                oninput={Callback::from(move |e: InputEvent| set_a.emit(input_text(&e)))} />
        }
    });
    html! {
        <div class={classes!("field", invalid.then_some("is-invalid"))}>
            <label for={q.id.to_owned()}>{ q.label.to_owned() }</label>
            <div class={classes!("quantity", q.slider.is_none().then_some("no-slider"))}>
                { for slider }
                <input type="text" class="num" id={q.id.to_owned()} inputmode="decimal" autocomplete="off"
                    value={q.raw.to_owned()} aria-invalid={invalid.then_some("true")} aria-describedby={described}
                    oninput={Callback::from(move |e: InputEvent| set_b.emit(input_text(&e)))} />
            </div>
            { for q.extra }
            { field_error(err_id, q.error.as_deref()) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_knob_sits_on_the_text_or_the_nearer_end() {
        let s = Slider {
            min: "0".into(),
            max: "0.5".into(),
            step: "0.001".into(),
        };
        assert_eq!(s.value("0.25"), "0.25");
        assert_eq!(s.value(" 0.1 "), "0.1");
        assert_eq!(s.value("2"), "0.5");
        assert_eq!(s.value("-1"), "0");
        assert_eq!(s.value("abc"), "0");
        assert_eq!(Slider::whole(350, 950, 1).value("600"), "600");
    }
}
