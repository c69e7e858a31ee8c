//! The only code that talks to the browser (web_sys, gloo): the URL hash, storage, window
//! events, file downloads, timers, and loading the view library. Everything above it is pure or
//! renders through Yew.

pub mod download;
pub mod embed;
pub mod files;
pub mod hash;
pub mod input;
pub mod library;
pub mod storage;
pub mod workers;

use gloo_events::EventListener;
use gloo_utils::{document, window};

use crate::i18n::Lang;

/// Today as `YYYY-MM-DD` in the browser's local time.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Milliseconds since the epoch, for timing a run (a display, never an input of the core).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The browser's language (`navigator.language`), Chinese or English.
pub fn language() -> Lang {
    window()
        .navigator()
        .language()
        .map_or(Lang::En, |tag| Lang::from_tag(&tag))
}

/// Sets `<html lang>` and the document's title. The attribute is set only when it differs:
/// setting it, even to the same value, restyles the whole page (3 ms a keystroke).
pub fn set_language_and_title(lang: Lang, title: &str) {
    let doc = document();
    if let Some(root) = doc
        .document_element()
        .filter(|el| el.get_attribute("lang").as_deref() != Some(lang.tag()))
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
    if doc.title() != title {
        doc.set_title(title);
    }
}

/// The element with this id, if the page has one.
pub fn element(id: &str) -> Option<web_sys::Element> {
    document().get_element_by_id(id)
}

/// Calls `f` on every window event `name` until the listener is dropped.
pub fn on_window(name: &'static str, f: impl FnMut() + 'static) -> EventListener {
    let mut f = f;
    EventListener::new(&window(), name, move |_| f())
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = window().print();
}

/// Calls `f` once the browser has painted the current frame (a timeout queued from the next
/// animation frame), or after 100 ms if no frame comes (a tab loaded in the background).
pub fn after_first_paint(f: impl FnOnce() + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;
    let f = Rc::new(Cell::new(Some(f)));
    let late = f.clone();
    let frame = gloo_render::request_animation_frame(move |_| {
        gloo_timers::callback::Timeout::new(0, move || {
            if let Some(f) = f.take() {
                f();
            }
        })
        .forget();
    });
    gloo_timers::callback::Timeout::new(100, move || {
        drop(frame);
        if let Some(f) = late.take() {
            f();
        }
    })
    .forget();
}
