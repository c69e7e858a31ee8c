//! What a control holds when its event fires: the text of an input, whether a box is checked,
//! the value of a select.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::{Event, InputEvent, TargetCast};

/// The text of the input an `input` event came from.
pub fn input_text(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// Whether the checkbox a `change` event came from is checked.
pub fn checked(e: &Event) -> bool {
    e.target_unchecked_into::<HtmlInputElement>().checked()
}

/// The value of the select a `change` event came from.
pub fn selected(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}
