//! Saving a text as a file: a Blob, an object URL and a click on a temporary link (gloo-file
//! makes and revokes the URL).

use gloo_file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;

/// Offers `text` for download as `name`, with this MIME type (`text/csv;charset=utf-8`).
pub fn text_file(text: &str, name: &str, mime: &str) {
    let url = ObjectUrl::from(Blob::new_with_options(text, Some(mime)));
    let link = gloo_utils::document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = link {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
}
