//! The saved scenario in localStorage, under a versioned key. The saved text is the link's text;
//! anything unreadable or of another version is ignored (with a notice), never trusted.
//!
//! Plain web_sys rather than gloo-storage: gloo's `LocalStorage::raw()` throws where storage is
//! refused (blocked third-party storage in an embedded frame, some private modes), and its typed
//! `get` and `set` go through serde_json, whose code the first load would carry for a value that
//! is already text.

/// The storage key; a new format gets a new key.
pub const KEY: &str = "credit-sim/v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The saved text, if any.
pub fn load() -> Option<String> {
    storage().and_then(|s| s.get_item(KEY).ok().flatten())
}

/// True when an older format's key is present (its contents are never read).
pub fn has_old() -> bool {
    storage().is_some_and(|s| {
        (0..s.length().unwrap_or(0)).any(|i| {
            s.key(i)
                .ok()
                .flatten()
                .is_some_and(|k| k.starts_with("credit-sim") && !k.starts_with(KEY))
        })
    })
}

/// Saves the text unless it is already saved; failures (private mode, quota) are ignored.
pub fn save(text: &str) {
    if let Some(s) = storage() {
        if s.get_item(KEY).ok().flatten().as_deref() != Some(text) {
            let _ = s.set_item(KEY, text);
        }
    }
}

/// Forgets the saved scenario.
pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}

/// The key of the Workbench's pinned rules B (rule values' text), beside the scenario's.
pub const RULES_B_KEY: &str = "credit-sim/v1.rulesB";

/// The text saved under `key`, if any.
pub fn load_at(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

/// Saves `text` under `key`, or removes the key for `None`; failures are ignored.
pub fn save_at(key: &str, text: Option<&str>) {
    if let Some(s) = storage() {
        let _ = match text {
            Some(t) => s.set_item(key, t),
            None => s.remove_item(key),
        };
    }
}
