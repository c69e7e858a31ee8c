//! The URL hash, which carries the whole scenario (a link reproduces it). The hash trails the
//! input: each change is staged and written once no change came for [`HASH_DELAY_MS`], or when
//! the page is hidden. A `replaceState` costs Chromium about 2 ms of a keystroke's frame and
//! more after it (it refetches the page's icon), so a burst of keystrokes or a slider's drag
//! writes it once. Until then [`current`] gives the staged text. A hash set by someone else
//! meanwhile (a pasted link) wins over the staged text.

use std::cell::RefCell;

use gloo_timers::callback::Timeout;

/// The hash is written once no change came for this many milliseconds.
pub const HASH_DELAY_MS: u32 = 120;

/// A staged text, the hash it was staged over, and the timer that will write it.
struct Staged {
    text: String,
    base: String,
    _timer: Timeout,
}

thread_local! {
    static STAGED: RefCell<Option<Staged>> = const { RefCell::new(None) };
}

/// The page's hash, without `#` (empty outside a browser).
pub fn read() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

fn set(text: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let url = format!("#{text}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Replaces the hash now, without a history entry, a scroll or a `hashchange`; a staged text is
/// dropped.
pub fn replace(text: &str) {
    STAGED.with(|s| s.borrow_mut().take());
    set(text);
}

/// The scenario's current text: the staged one while its hash is still to be written (and no one
/// else changed the hash meanwhile), else the hash.
pub fn current() -> String {
    let hash = read();
    STAGED.with(|s| match &*s.borrow() {
        Some(staged) if staged.base == hash => staged.text.clone(),
        _ => hash,
    })
}

/// Stages `text` for the hash; nothing happens when it is already the current text. Each call
/// restarts the quiet period.
pub fn stage(text: &str) {
    let hash = read();
    STAGED.with(|s| {
        let mut s = s.borrow_mut();
        let base = match &*s {
            Some(staged) if staged.base == hash => {
                if staged.text == text {
                    return;
                }
                staged.base.clone()
            }
            _ if hash == text => {
                *s = None;
                return;
            }
            _ => hash,
        };
        *s = Some(Staged {
            text: text.to_owned(),
            base,
            _timer: Timeout::new(HASH_DELAY_MS, write_now),
        });
    });
}

/// Writes the staged text into the hash now (when the quiet period ends, and when the page is
/// hidden); a hash changed by someone else meanwhile is kept and the staged text dropped.
pub fn write_now() {
    let staged = STAGED.with(|s| s.borrow_mut().take());
    if let Some(staged) = staged {
        if read() == staged.base && staged.text != staged.base {
            set(&staged.text);
        }
    }
}
