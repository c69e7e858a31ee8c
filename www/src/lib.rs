//! Credit Simulator's web front-end: Yew components over the pure `credit-sim` core.

pub mod app;

/// Renders the app into the page's `<main id="app">` (or the body when it is missing).
pub fn mount() {
    let document = web_sys::window().and_then(|w| w.document());
    match document.and_then(|d| d.get_element_by_id("app")) {
        Some(root) => {
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
