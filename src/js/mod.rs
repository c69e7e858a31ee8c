//! The embedding API for JavaScript (feature `js`): thin wasm-bindgen wrappers that read loose JS
//! values, call the pure core, and turn typed validation errors into JS `Error`s carrying `errors`.
//!
//! One file per area (`money.rs`, `scoring.rs`, ...), each with its functions and the TypeScript
//! types of their inputs and outputs in a `typescript_custom_section`. Every function reads its
//! input with [`loose_from_js`] and calls the same `*_loose` entry point of the core that native
//! tests and fuzzing use, so the JS face adds no logic of its own.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::error::ValidationErrors;
use crate::input::Loose;

pub mod columns;
pub mod journey;
pub mod money;
pub mod scoring;

/// Reads any JS value as a [`Loose`] value; a value serde cannot read at all (a function, a
/// symbol) becomes a typed error rather than a panic.
pub fn loose_from_js(value: JsValue) -> Result<Loose, JsValue> {
    if value.is_undefined() {
        return Ok(Loose::Null);
    }
    serde_wasm_bindgen::from_value::<Loose>(value).map_err(|e| {
        let mut errors = ValidationErrors::new();
        errors.push(
            "(input)",
            crate::error::ErrorCode::WrongType,
            format!("The input could not be read as plain data: {e}."),
        );
        errors_to_js(&errors)
    })
}

/// Turns validation errors into a JS `Error` whose `message` is a readable sentence and whose
/// `errors` is the array of `{ field, code, message }`.
pub fn errors_to_js(errors: &ValidationErrors) -> JsValue {
    let error = js_sys::Error::new(&errors.to_string());
    let list = to_js(errors).unwrap_or(JsValue::NULL);
    // Setting a property on a fresh Error object cannot fail; ignore the impossible case.
    let _ = js_sys::Reflect::set(&error, &JsValue::from_str("errors"), &list);
    error.into()
}

/// Serializes an output value as a plain JS object (maps as objects, not `Map`s), `None` as
/// `null` (API.md's `business: null`, `microBusiness: null`, `monthsSinceOverdue: null`), not
/// `undefined`: an output then survives `JSON.stringify` and can be given back as input.
/// Optional fields marked `skip_serializing_if` stay absent.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_missing_as_null(true)
        .serialize_maps_as_objects(true);
    value
        .serialize(&serializer)
        .map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}
