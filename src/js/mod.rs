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

pub mod borrower;
pub mod columns;
pub mod journey;
pub mod money;
pub mod portfolio;
pub mod scoring;
pub mod target;

#[wasm_bindgen(inline_js = r#"
export function plainJson(value) {
  let plain;
  try { plain = isPlain(value, 0); } catch { return undefined; }
  return plain === true ? JSON.stringify(value) : plain;
}
// true when JSON.stringify writes `value` faithfully; undefined when it would not (the caller
// then reads it the slow way); "" when it nests too deep.
function isPlain(value, depth) {
  switch (typeof value) {
    case "string": case "boolean": return true;
    case "number": return Number.isFinite(value) && !Object.is(value, -0) ? true : undefined;
    case "object": {
      if (value === null) return true;
      if (depth >= 64) return "";
      const proto = Object.getPrototypeOf(value);
      if (proto === Array.prototype) {
        for (let i = 0; i < value.length; i++) {
          const item = value[i];
          if (item === undefined) return undefined;
          const plain = isPlain(item, depth + 1);
          if (plain !== true) return plain;
        }
        return true;
      }
      if (proto !== Object.prototype && proto !== null) return undefined;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) return undefined;
        const item = value[key];
        if (item === undefined) return undefined;
        const plain = isPlain(item, depth + 1);
        if (plain !== true) return plain;
      }
      return true;
    }
    default: return undefined;
  }
}
"#)]
extern "C" {
    /// A plain JS value (strings, finite numbers other than -0, booleans, null, arrays and
    /// objects whose prototype is `Object.prototype` or null, holding no `undefined`) as the
    /// JSON text `JSON.stringify` writes, which is faithful for exactly these; `undefined` for
    /// anything else, which serde-wasm-bindgen then reads as before; `""` when it nests 64 levels
    /// deep, which is refused (a value that contains itself would never end).
    #[wasm_bindgen(js_name = plainJson)]
    fn plain_json(value: &JsValue) -> Option<String>;
}

/// Reads any JS value as a [`Loose`] value; a value serde cannot read at all (a function, a
/// symbol) becomes a typed error rather than a panic.
///
/// Plain data, which is what the API's callers pass, crosses as one JSON text that
/// [`crate::input::json::parse`] reads: one crossing instead of one per key and value (a third
/// of `amortizeColumns`'s time for a short plan). Both ways give the same [`Loose`] value.
pub fn loose_from_js(value: JsValue) -> Result<Loose, JsValue> {
    if value.is_undefined() {
        return Ok(Loose::Null);
    }
    match plain_json(&value) {
        Some(text) if text.is_empty() => {
            return Err(input_error(
                "The input nests more than 64 levels deep (or contains itself).".to_owned(),
            ))
        }
        Some(text) => {
            if let Ok(loose) = crate::input::json::parse(&text) {
                return Ok(loose);
            }
        }
        None => {}
    }
    serde_wasm_bindgen::from_value::<Loose>(value)
        .map_err(|e| input_error(format!("The input could not be read as plain data: {e}.")))
}

fn input_error(message: String) -> JsValue {
    let mut errors = ValidationErrors::new();
    errors.push("(input)", crate::error::ErrorCode::WrongType, message);
    errors_to_js(&errors)
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
