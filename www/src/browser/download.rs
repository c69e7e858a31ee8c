//! Saving a text or a Blob as a file: an object URL and a click on a temporary link (gloo-file
//! makes and revokes the URL).

use gloo_file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;

/// Offers `text` for download as `name`, with this MIME type (`text/csv;charset=utf-8`).
pub fn text_file(text: &str, name: &str, mime: &str) {
    save(
        ObjectUrl::from(Blob::new_with_options(text, Some(mime))),
        name,
    );
}

/// Offers a Blob for download as `name`.
pub fn blob(blob: &web_sys::Blob, name: &str) {
    save(ObjectUrl::from(Blob::from(blob.clone())), name);
}

fn save(url: ObjectUrl, name: &str) {
    let link = gloo_utils::document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = link {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // A large Blob's download may still read it after the click: revoke the URL a minute later.
    gloo_timers::callback::Timeout::new(60_000, move || drop(url)).forget();
}
