//! The scenario as text, and the channel between the two bundles: the URL hash
//! (`#v=1&lang=en&...`) holds the whole scenario, raw field texts exactly as typed. The main
//! bundle owns the profile, language and tab keys; the deferred bundle (`crate::plan`) owns the
//! plan keys (`a.*`, `b.*`, `page`). Each writes only its own
//! keys, keeps the other's, saves the whole text in storage and tells the other by a window
//! event. The hash itself trails the input by [`HASH_DELAY_MS`] (a `replaceState` is costly);
//! until then the text waits on `window`, where both bundles read it ([`current_text`]). Only
//! the helpers at the bottom touch the browser.

use crate::fields::FIELDS;
use crate::i18n::Lang;
use crate::plan::{LoanField, LoanForm};
use crate::state::{Notice, State, Tab};
use crate::storage;

/// A decoded `key=value` pair.
pub type Pair = (String, String);

/// The event the main bundle fires on `window` after it wrote the hash.
pub const EV_MAIN: &str = "credit-sim:main";
/// The event the main bundle fires when the page is reset (the planner resets too).
pub const EV_RESET: &str = "credit-sim:reset";
/// The event the deferred bundle fires to open the planner (an offer's "plan this").
pub const EV_OPEN_PLAN: &str = "credit-sim:open-plan";
/// The event the deferred bundle fires once its views are mounted.
pub const EV_READY: &str = "credit-sim:ready";

/// The format version written into every encoded scenario.
pub const VERSION: &str = "1";

fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The `key=value` pairs of a text (a leading `#` or `?` is skipped).
pub fn pairs(text: &str) -> Vec<Pair> {
    text.trim_start_matches(['#', '?'])
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode_component(k), decode_component(v))
        })
        .collect()
}

/// Whether the pairs carry the current format version.
pub fn has_version(pairs: &[Pair]) -> bool {
    pairs.iter().any(|(k, v)| k == "v" && v == VERSION)
}

/// Pairs as `key=value&...` text.
pub fn join(pairs: &[Pair]) -> String {
    let mut out = String::new();
    for (k, v) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&encode_component(k));
        out.push('=');
        out.push_str(&encode_component(v));
    }
    out
}

/// Whether a key belongs to the deferred bundle (the loan plans, the Journey marks).
pub fn is_plan_key(k: &str) -> bool {
    k.starts_with("a.") || k.starts_with("b.") || k == "page" || k == "j"
}

/// Whether a plan key and its value can be read by the planner (checked by the main bundle too,
/// so that a bad link is reported at once and never saved).
pub fn plan_pair_ok(k: &str, v: &str) -> bool {
    match k {
        "page" => v.parse::<usize>().is_ok(),
        "j" => crate::marks::decode(v).is_some(),
        _ => k
            .strip_prefix("a.")
            .or_else(|| k.strip_prefix("b."))
            .and_then(LoanField::from_code)
            .is_some_and(|f| LoanForm::new("").set(f, v)),
    }
}

/// The main bundle's pairs of the state.
pub fn encode(s: &State) -> Vec<Pair> {
    let mut pairs: Vec<Pair> = vec![
        ("v".into(), VERSION.into()),
        ("lang".into(), s.lang.code().into()),
        ("tab".into(), s.tab.code().into()),
    ];
    for (k, v) in &s.raw {
        if k.starts_with("business.") && !s.has_business {
            continue;
        }
        pairs.push(((*k).to_owned(), v.clone()));
    }
    pairs.push(("biz".into(), if s.has_business { "1" } else { "0" }.into()));
    if let Some(p) = &s.preset {
        pairs.push(("preset".into(), p.clone()));
    }
    pairs
}

/// Why a text could not be read as a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// No `v=` or another version.
    Version,
}

/// Applies one main-bundle pair (profile, language, tab) to the parts `s` has; `false` when the
/// key is not the main bundle's or its value cannot be read.
pub fn apply_main_pair(
    k: &str,
    v: &str,
    lang: &mut Lang,
    tab: &mut Tab,
    raw: &mut [(&'static str, String)],
    has_business: &mut bool,
) -> bool {
    match k {
        "v" | "preset" => true,
        "lang" => match v {
            "zh" => {
                *lang = Lang::Zh;
                true
            }
            "en" => {
                *lang = Lang::En;
                true
            }
            _ => false,
        },
        "tab" => Tab::from_code(v).map(|t| *tab = t).is_some(),
        "biz" => {
            *has_business = v == "1";
            v == "1" || v == "0"
        }
        _ => {
            FIELDS.iter().any(|f| f.key == k)
                && v.len() <= 40
                && crate::state::set_raw_in(raw, k, v)
        }
    }
}

/// Reads a scenario on top of `base` (the defaults). Unknown keys and values that cannot belong
/// to a field are skipped and reported by `Ok((state, false))`; a text without the current
/// version is refused. Invalid field texts are kept, so the form shows them with their messages,
/// exactly as they were shared. Plan keys are only checked here: the planner reads them.
pub fn decode(text: &str, base: &State) -> Result<(State, bool), DecodeError> {
    let pairs = pairs(text);
    if !has_version(&pairs) {
        return Err(DecodeError::Version);
    }
    let mut s = base.clone();
    let mut clean = true;
    let mut preset = None;
    for (k, v) in &pairs {
        let ok = if is_plan_key(k) {
            plan_pair_ok(k, v)
        } else {
            if k == "preset" {
                preset = Some(v.clone());
            }
            apply_main_pair(
                k,
                v,
                &mut s.lang,
                &mut s.tab,
                &mut s.raw,
                &mut s.has_business,
            )
        };
        clean &= ok;
    }
    s.revalidate();
    s.preset = preset;
    if !clean {
        s.notice = Some(Notice::LinkIgnored);
    }
    Ok((s, clean))
}

/// The text of `own` pairs merged with the other bundle's pairs of `current`: the main bundle
/// (`main = true`) writes its pairs first and keeps the readable plan pairs; the planner keeps the
/// main pairs and writes its own after them.
pub fn merge(current: &str, own: &[Pair], main: bool) -> String {
    let cur = pairs(current);
    let keep = has_version(&cur);
    let others = cur.into_iter().filter(|(k, v)| {
        keep && if main {
            is_plan_key(k) && plan_pair_ok(k, v)
        } else {
            !is_plan_key(k)
        }
    });
    let all: Vec<Pair> = if main {
        own.iter().cloned().chain(others).collect()
    } else {
        others.chain(own.iter().cloned()).collect()
    };
    join(&all)
}

/// The page's current hash, without `#` (empty outside a browser).
pub fn read_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Replaces the hash now, without adding a history entry, scrolling or firing `hashchange`.
/// A write still pending from [`write_own`] is dropped: this one supersedes it.
pub fn replace_hash(encoded: &str) {
    drop_pending();
    set_hash(encoded);
}

fn set_hash(encoded: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let url = format!("#{encoded}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The scenario as both bundles see it: the text last written, while its hash is still to be
/// written, else the hash. A hash changed by someone else meanwhile (a pasted link) wins.
pub fn current_text() -> String {
    pending_or_hash().0
}

/// The current text, and whether it is a pending one (its hash not yet written).
fn pending_or_hash() -> (String, bool) {
    let hash = read_hash();
    match (
        shared(PENDING_TEXT).as_string(),
        shared(PENDING_BASE).as_string(),
    ) {
        (Some(text), Some(base)) if base == hash => (text, true),
        _ => (hash, false),
    }
}

/// Writes this bundle's pairs into the scenario (keeping the other's), saves the whole text in
/// storage, and returns it. The hash follows once the input has been quiet for one to two
/// [`HASH_DELAY_MS`]: a `replaceState` costs Chromium about 2 ms of the keystroke's frame, and
/// more after it (BENCHMARKS.md), so a burst of keystrokes or a slider's drag writes it once.
/// A text already in place is not written again.
pub fn write_own(own: &[Pair], main: bool) -> String {
    let (current, pending) = pending_or_hash();
    let text = merge(&current, own, main);
    stage_over(&text, &current, pending);
    if storage::load().as_deref() != Some(text.as_str()) {
        storage::save(&text);
    }
    text
}

/// Makes `text` the scenario both bundles read at once ([`current_text`]); the hash follows as
/// in [`write_own`]. Nothing happens when it is already the current text.
pub fn stage(text: &str) {
    let (current, pending) = pending_or_hash();
    stage_over(text, &current, pending);
}

/// [`stage`] over `current` as [`pending_or_hash`] gave it, so a caller that already read it
/// does not read the hash and `window` again.
fn stage_over(text: &str, current: &str, pending: bool) {
    if text == current {
        return;
    }
    if !pending {
        set_shared(PENDING_BASE, &current.into());
    }
    set_shared(PENDING_TEXT, &text.into());
    let writes = shared(PENDING_WRITES).as_f64().unwrap_or(0.0) + 1.0;
    set_shared(PENDING_WRITES, &writes.into());
    if shared(PENDING_SEEN).is_undefined() {
        set_shared(PENDING_SEEN, &writes.into());
        start_hash_timer();
    }
}

/// Writes the pending text into the hash now (on `pagehide`, and when the timer fires); a hash
/// changed by someone else meanwhile is kept and the pending text dropped.
pub fn write_hash_now() {
    if let (Some(text), Some(base)) = (
        shared(PENDING_TEXT).as_string(),
        shared(PENDING_BASE).as_string(),
    ) {
        if read_hash() == base && text != base {
            set_hash(&text);
        }
    }
    drop_pending();
}

/// The hash is written once no write came for a whole timer of this many milliseconds (so
/// 120 to 240 ms after the last).
pub const HASH_DELAY_MS: i32 = 120;

// The pending write lives on `window`, so both bundles (two wasm instances) share it: the text,
// the hash it was based on, a count of writes, and the count the running timer last saw
// (undefined when no timer runs).
const PENDING_TEXT: &str = "creditSimPendingText";
const PENDING_BASE: &str = "creditSimPendingBase";
const PENDING_WRITES: &str = "creditSimPendingWrites";
const PENDING_SEEN: &str = "creditSimPendingSeen";

/// Forgets the pending write; a timer still running then finds nothing to do.
fn drop_pending() {
    for key in [PENDING_TEXT, PENDING_BASE, PENDING_WRITES, PENDING_SEEN] {
        set_shared(key, &wasm_bindgen::JsValue::UNDEFINED);
    }
}

fn shared(key: &str) -> wasm_bindgen::JsValue {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &key.into()).ok())
        .unwrap_or_default()
}

fn set_shared(key: &str, value: &wasm_bindgen::JsValue) {
    if let Some(w) = web_sys::window() {
        let _ = js_sys::Reflect::set(&w, &key.into(), value);
    }
}

thread_local! {
    /// This bundle's timer callback, made once (a closure per timer would be left behind by
    /// every timer that never fires).
    static ON_HASH_TIMER: wasm_bindgen::closure::Closure<dyn Fn()> =
        wasm_bindgen::closure::Closure::<dyn Fn()>::new(on_hash_timer);
}

fn start_hash_timer() {
    use wasm_bindgen::JsCast;
    if let Some(window) = web_sys::window() {
        ON_HASH_TIMER.with(|f| {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                f.as_ref().unchecked_ref(),
                HASH_DELAY_MS,
            );
        });
    }
}

/// A trailing wait without a clock: while writes came since the timer started, wait again.
fn on_hash_timer() {
    let writes = shared(PENDING_WRITES);
    if shared(PENDING_TEXT).is_string() && writes.as_f64() != shared(PENDING_SEEN).as_f64() {
        set_shared(PENDING_SEEN, &writes);
        start_hash_timer();
    } else {
        write_hash_now();
    }
}

/// Fires a window event (the channel between the bundles).
pub fn fire(name: &str) {
    if let Some(w) = web_sys::window() {
        if let Ok(e) = web_sys::Event::new(name) {
            let _ = w.dispatch_event(&e);
        }
    }
}

/// Calls `f` on every window event `name` until the returned guard is dropped.
pub fn listen(name: &'static str, f: impl Fn() + 'static) -> impl FnOnce() {
    use wasm_bindgen::JsCast;
    let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    let window = web_sys::window();
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
    }
    move || {
        if let Some(w) = window {
            let _ = w.remove_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        }
        drop(listener);
    }
}
