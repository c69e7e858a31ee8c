//! The view library's wasm (bin `credit-sim-views`, built by scripts/build-deferred into
//! `dist/deferred/`): exports `mount` and `update` for the page (`crate::browser::library`).

use wasm_bindgen::prelude::*;
use yew::Callback;

/// Renders the views into `root` with the first feed; `send(actionText)` gets each action.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, feed: &str, send: js_sys::Function) {
    let send = Callback::from(move |action: credit_sim_www::scenario::action::Action| {
        let _ = send.call1(&JsValue::NULL, &JsValue::from(action.to_text()));
    });
    credit_sim_www::library::mount(root, feed, send);
}

/// Gives the views the next feed.
#[wasm_bindgen]
pub fn update(feed: &str) {
    credit_sim_www::library::update(feed);
}

fn main() {}
