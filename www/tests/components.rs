//! Component tests: the app renders in headless Chromium (wasm-bindgen-test + Yew's scheduler).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_app_renders_a_figure_from_the_core() {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let root = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&root).expect("appended");
    yew::Renderer::<credit_sim_www::app::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let html = root.inner_html();
    assert!(html.contains("7500"), "{html}");
}
