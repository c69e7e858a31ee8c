//! Files in and out: a CSV chosen from disk (it never leaves the browser: workers read it in
//! slices), and a Blob made by a worker, saved when asked.

use wasm_bindgen::JsCast;
use web_sys::{Blob, File, HtmlInputElement};
use yew::Event;

/// A file chosen in a file input.
#[derive(Debug, Clone, PartialEq)]
pub struct PickedFile(pub(crate) File);

impl PickedFile {
    /// The file the `change` event's input holds, if one was chosen.
    pub fn of_change(e: &Event) -> Option<PickedFile> {
        let input = e.target()?.dyn_into::<HtmlInputElement>().ok()?;
        input.files()?.get(0).map(PickedFile)
    }

    /// Its name.
    pub fn name(&self) -> String {
        self.0.name()
    }

    /// Its size in bytes.
    pub fn size(&self) -> f64 {
        self.0.size()
    }
}

/// A Blob a worker made (the scored rows), kept until it is saved.
#[derive(Debug, Clone, PartialEq)]
pub struct BlobRef(pub(crate) Blob);

impl BlobRef {
    /// Its size in bytes.
    pub fn size(&self) -> f64 {
        self.0.size()
    }

    /// Offers it for download as `name`, behind `prefix` (a byte-order mark, so spreadsheet
    /// programs read the text as UTF-8).
    pub fn save(parts: &[BlobRef], prefix: &str, name: &str, mime: &str) {
        let all = js_sys::Array::new();
        all.push(&prefix.into());
        for p in parts {
            all.push(&p.0);
        }
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type(mime);
        if let Ok(blob) = Blob::new_with_blob_sequence_and_options(&all, &bag) {
            super::download::blob(&blob, name);
        }
    }
}
