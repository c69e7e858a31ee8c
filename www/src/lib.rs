//! Credit Simulator's web front-end: Yew components over the pure `credit-sim` core.
//!
//! Pure logic (formatting, the state reducer, URL and storage encoding, CSV) lives in plain
//! modules with native unit tests; components only render state and dispatch actions.

pub mod csv;
pub mod engine;
pub mod fields;
pub mod format;
pub mod i18n;
pub mod marks;
pub mod plan;
pub mod prerender;
pub mod state;
pub mod storage;
pub mod url;

pub mod app;
pub mod components;
pub mod more;

/// How the page starts: the score's frame first, unless that frame is already on screen (the
/// prerendered copy), in which case waiting a frame for the form would only delay it.
fn page_props(first_frame_shown: bool) -> app::AppProps {
    app::AppProps {
        main_after_first_paint: !first_frame_shown,
        prerender: None,
    }
}

/// Renders the app into the page's `<div id="app">`, or into the body when it is missing. The div
/// is emptied first: it holds the `<noscript>` text and, on a first visit, the prerendered first
/// frame (`prerender`), which the app's own first render replaces with the same markup and the
/// form at once.
pub fn mount() {
    let document = web_sys::window().and_then(|w| w.document());
    match document.and_then(|d| d.get_element_by_id("app")) {
        Some(root) => {
            let shown = root.has_attribute("data-prerendered");
            root.set_inner_html("");
            let _ = root.remove_attribute("data-prerendered");
            yew::Renderer::<app::App>::with_root_and_props(root, page_props(shown)).render();
        }
        None => {
            yew::Renderer::<app::App>::with_props(page_props(false)).render();
        }
    }
}
