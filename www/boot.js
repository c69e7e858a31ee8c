// Starts the app without an inline script, so the CSP can stay "script-src 'self'": Trunk's
// `pattern_script` (Trunk.toml) writes <script type="module" src="/boot.js" data-js=… data-wasm=…>.
// The deferred bundle (Loan plan, Compare, Journey, Learn; dist/deferred/) is loaded once, when the
// main app first asks for it: the promise is kept, so asking again costs nothing.
const tag = document.querySelector("script[data-js][data-wasm]");
let deferred;
window.creditSimLoadDeferred = () =>
  (deferred ??= import(new URL("deferred/credit-sim-more.js", tag.src).href).then((m) =>
    m.default({ module_or_path: new URL("deferred/credit-sim-more_bg.wasm", tag.src) }),
  ));
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
