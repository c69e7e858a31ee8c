//! The JS embedding API, called from JavaScript's side in headless Chromium (wasm-bindgen-test).
#![cfg(all(target_arch = "wasm32", feature = "js"))]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(credit_sim::js::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn a_value_that_is_not_plain_data_becomes_a_typed_error() {
    let not_data = js_sys::Function::new_no_args("return 1");
    // Functions are not data: the result is an Error carrying `errors`, never a panic.
    let error = credit_sim::js::loose_from_js(not_data.into()).expect_err("a function is not data");
    assert!(error.is_instance_of::<js_sys::Error>());
    let errors = js_sys::Reflect::get(&error, &JsValue::from_str("errors")).expect("errors");
    assert!(js_sys::Array::is_array(&errors));
    let first = js_sys::Array::from(&errors).get(0);
    let field = js_sys::Reflect::get(&first, &JsValue::from_str("field")).expect("field");
    assert_eq!(field.as_string().as_deref(), Some("(input)"));
}
