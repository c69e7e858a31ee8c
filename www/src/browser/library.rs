//! Loading the view library (the tabs other than Score: a second wasm and its stylesheet,
//! `dist/deferred/`) and talking to it. The library exports two functions: `mount(root, feed, send)` renders into
//! `root` and calls `send(actionText)` for every action, and `update(feed)` gives it the next
//! feed. The texts are `scenario::feed::Feed` and `scenario::action::Action`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export function deferredUrl(file) {
  const tag = document.querySelector("script[data-js][data-wasm]");
  return new URL("deferred/" + file, tag ? tag.src : location.href).href;
}
export function importViewLibrary(ready, failed) {
  const at = deferredUrl;
  const css = new Promise((done) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = at("views.css");
    link.onload = link.onerror = done;
    document.head.append(link);
  });
  import(at("credit-sim-views.js"))
    .then(async (m) => {
      await m.default({ module_or_path: at("credit-sim-views_bg.wasm") });
      await css;
      return m;
    })
    .then(ready, failed);
}
"#)]
extern "C" {
    /// The view library's module, once it has started.
    #[derive(Clone)]
    pub type ViewLibrary;

    #[wasm_bindgen(js_name = importViewLibrary)]
    fn import_view_library(ready: &js_sys::Function, failed: &js_sys::Function);

    /// The address of a file under the site's `deferred/` directory.
    #[wasm_bindgen(js_name = deferredUrl)]
    pub fn deferred_url(file: &str) -> String;

    #[wasm_bindgen(method, catch)]
    fn mount(
        this: &ViewLibrary,
        root: &web_sys::Element,
        feed: &str,
        send: &js_sys::Function,
    ) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch)]
    fn update(this: &ViewLibrary, feed: &str) -> Result<(), JsValue>;
}

/// Downloads and starts the library, then calls `ready` with it, or `failed` when the download
/// or the start fails (offline, a server error).
pub fn load(ready: impl FnOnce(ViewLibrary) + 'static, failed: impl FnOnce() + 'static) {
    let on_ready = Closure::once_into_js(move |m: JsValue| ready(m.unchecked_into()));
    let on_failed = Closure::once_into_js(move |_: JsValue| failed());
    import_view_library(on_ready.unchecked_ref(), on_failed.unchecked_ref());
}

/// A function for the library to call with each action's text; `f` gets the text.
pub fn sender(f: impl Fn(String) + 'static) -> js_sys::Function {
    Closure::<dyn Fn(String)>::new(f)
        .into_js_value()
        .unchecked_into()
}

impl ViewLibrary {
    /// Renders the library's views into `root`, fed with `feed`; `false` when it failed.
    pub fn start(&self, root: &web_sys::Element, feed: &str, send: &js_sys::Function) -> bool {
        self.mount(root, feed, send).is_ok()
    }

    /// Gives the library the next feed.
    pub fn feed(&self, feed: &str) {
        let _ = self.update(feed);
    }
}
