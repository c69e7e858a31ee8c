// Starts the page's wasm without Trunk's inline loader, so the CSP's script-src stays 'self' plus
// the hash of the one inline script we write ourselves (the prerender's, www/src/prerender.rs):
// Trunk's `pattern_script` (Trunk.toml) writes <script type="module" src="/boot.js" data-js=…
// data-wasm=…>. The view library (dist/deferred/) is the page's own business
// (www/src/browser/library.rs).
// On a first visit index.html already shows the score: a prerendered first frame, #app marked
// data-prerendered (www/src/prerender.rs). The glue and the wasm are fetched and compiled at once,
// but the app starts only after that frame is painted: its first render takes the main thread for
// tens of milliseconds and would hold the frame back until the app's own (BENCHMARKS.md).
const tag = document.querySelector("script[data-js][data-wasm]");
const glue = import(tag.dataset.js);
const wasm = WebAssembly.compileStreaming(fetch(tag.dataset.wasm)).catch(() => null);
if (document.querySelector("#app[data-prerendered]"))
  await new Promise((painted) => {
    requestAnimationFrame(() => setTimeout(painted));
    setTimeout(painted, 100); // no frame comes in a background tab
  });
const { default: init } = await glue;
// The glue fetches and compiles the wasm itself if streaming compilation failed (a server that
// does not send application/wasm).
await init({ module_or_path: (await wasm) ?? tag.dataset.wasm });
