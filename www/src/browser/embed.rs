//! An embedded page's side of the browser: its query, its messages to the host page
//! (`credit-sim:resize` whenever its height changes, observed, not polled; `credit-sim:scenario`
//! when the reader changes something), the link that opens the same scenario in the full page,
//! and a locked example's read-only inputs.

use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, MutationObserver, MutationObserverInit, ResizeObserver};

/// The page's query (`?embed=quote&lang=zh`), or empty.
pub fn query() -> String {
    gloo_utils::window().location().search().unwrap_or_default()
}

/// Posts `{ type, key: value }` to the host page, if the page is in a frame. The message holds
/// only a height or the scenario text the host already gave, so any origin may read it.
fn post(kind: &str, key: &str, value: JsValue) {
    let window = gloo_utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if JsValue::from(&parent) == JsValue::from(&window) {
        return;
    }
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    let _ = Reflect::set(&message, &key.into(), &value);
    let _ = parent.post_message(&message, "*");
}

/// Tells the host page the scenario changed.
pub fn post_scenario(text: &str) {
    post("credit-sim:scenario", "scenario", text.into());
}

/// The full page with this scenario, for "open in the full simulator".
pub fn full_page_url(text: &str) -> String {
    let location = gloo_utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}#{text}")
}

/// Watches `root`'s height and posts each new one (whole CSS pixels, rounded up) until dropped.
pub struct HeightReporter {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl HeightReporter {
    /// Starts watching `root`, and posts its height now: a browser runs no observer in a frame
    /// it does not draw (a cross-origin frame below the fold), but the host still needs the
    /// first height to lay out its page.
    pub fn start(root: &Element) -> Option<HeightReporter> {
        let target = root.clone();
        let last = std::cell::Cell::new(-1.0_f64);
        let report = move || {
            let height = target.get_bounding_client_rect().height().ceil();
            if (height - last.get()).abs() >= 1.0 {
                last.set(height);
                post("credit-sim:resize", "height", height.into());
            }
        };
        report();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| report());
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(root);
        Some(HeightReporter {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Makes every input under `root` read-only (text) or disabled (choices, switches, sliders,
/// files, and the buttons that change a figure: all but those marked `data-view-only`, such as
/// a download or the schedule's pages), now and whenever the part renders new ones, until
/// dropped: a locked worked example.
pub struct Lock {
    observer: MutationObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

fn lock_inputs(root: &Element) {
    let Ok(inputs) =
        root.query_selector_all("input, select, textarea, button:not([data-view-only])")
    else {
        return;
    };
    for i in 0..inputs.length() {
        let Some(el) = inputs.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let kind = el.get_attribute("type").unwrap_or_default();
        let read_only = matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA")
            && matches!(kind.as_str(), "" | "text" | "number" | "date" | "search");
        let attr = if read_only { "readonly" } else { "disabled" };
        if !el.has_attribute(attr) {
            let _ = el.set_attribute(attr, "");
        }
    }
}

impl Lock {
    /// Locks `root`'s inputs.
    pub fn start(root: &Element) -> Option<Lock> {
        lock_inputs(root);
        let target = root.clone();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| lock_inputs(&target));
        let observer = MutationObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        options.set_attributes(true);
        options.set_attribute_filter(&js_sys::Array::of2(&"readonly".into(), &"disabled".into()));
        observer.observe_with_options(root, &options).ok()?;
        Some(Lock {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The simulator's own page, for a snippet's URLs (`https://host/path/`).
pub fn page_base() -> String {
    let location = gloo_utils::window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Copies `text` to the clipboard; `false` when the browser offers no clipboard here (the
/// snippet's box is then selected, for the reader's own copy).
pub fn copy_text(text: &str) -> bool {
    let navigator = gloo_utils::window().navigator();
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    let write = Reflect::get(&clipboard, &"writeText".into()).unwrap_or(JsValue::UNDEFINED);
    match write.dyn_ref::<js_sys::Function>() {
        Some(f) => f.call1(&clipboard, &text.into()).is_ok(),
        None => false,
    }
}

/// Calls `f` with each height a frame's embedded page reports, until dropped (only the
/// messages whose source is that frame count).
pub fn frame_heights(frame: &Element, f: impl Fn(f64) + 'static) -> gloo_events::EventListener {
    let frame = frame.clone();
    gloo_events::EventListener::new(&gloo_utils::window(), "message", move |e| {
        let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let own = frame
            .dyn_ref::<web_sys::HtmlIFrameElement>()
            .and_then(web_sys::HtmlIFrameElement::content_window)
            .map(JsValue::from);
        let source = e.source().map(JsValue::from);
        if own.is_none() || own != source {
            return;
        }
        let data = e.data();
        let kind = Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|t| t.as_string());
        let height = Reflect::get(&data, &"height".into())
            .ok()
            .and_then(|h| h.as_f64());
        if let (Some("credit-sim:resize"), Some(h)) = (kind.as_deref(), height) {
            f(h);
        }
    })
}

/// Opens a `<dialog>` as a modal (focus moves into it; Escape closes it).
pub fn show_modal(dialog: &Element) {
    if let Some(d) = dialog.dyn_ref::<web_sys::HtmlDialogElement>() {
        if !d.open() {
            let _ = d.show_modal();
        }
    }
}

/// Selects the text of a `<textarea>`, so the reader can copy it.
pub fn select_text(area: &Element) {
    if let Some(t) = area.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.select();
    }
}

/// Sets an element's height in CSS pixels through its style object (the page's CSP refuses
/// `style` attributes).
pub fn set_height(el: &Element, px: f64) {
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h
            .style()
            .set_property("height", &format!("{}px", px.max(0.0).round()));
    }
}
