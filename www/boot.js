// Starts the page's wasm without Trunk's inline loader, so the CSP's script-src stays 'self' plus
// the hash of the one inline script we write ourselves (the prerender's, www/src/prerender.rs):
// Trunk's `pattern_script` (Trunk.toml) writes <script type="module" src="/boot.js" data-js=…
// data-wasm=…>. The view library (dist/deferred/) is the page's own business
// (www/src/browser/library.rs).
// On a first visit index.html already shows the score: a prerendered first frame, #app marked
// data-prerendered (www/src/prerender.rs). The glue and the wasm are fetched and compiled at once,
// but the app starts only after that frame is painted: its first render takes the main thread for
// tens of milliseconds and would hold the frame back until the app's own (BENCHMARKS.md).
// An embed (`?embed=VIEW`, www/src/embed/) starts its own bundle instead of the page's, with the
// views' stylesheet: only what its part needs is fetched. A view it does not know is told so by
// the smallest bundle's shell, in both languages.
const tag = document.querySelector("script[data-js][data-wasm]");
const at = (file) => new URL(file, tag.src).href;
const embed = new URLSearchParams(location.search).get("embed");
// Which bundle holds each view: the same table as bundle_of in www/src/embed/config.rs (a test
// there reads this file).
const EMBEDS = {
  score: "score",
  learn: "learn",
  offers: "loans",
  plan: "loans",
  compare: "loans",
  quote: "quote",
  revolving: "quote",
  journey: "journey",
  goal: "journey",
  workbench: "workbench",
};
if (embed !== null) {
  // The part fills its frame: views.css drops the page's own margins under this class.
  document.documentElement.classList.add("embedded");
  const bundle = Object.hasOwn(EMBEDS, embed) ? EMBEDS[embed] : "score";
  const css = new Promise((done) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = at("deferred/views.css");
    link.onload = link.onerror = done;
    document.head.append(link);
  });
  const glue = import(at(`embed/credit-sim-embed-${bundle}.js`));
  const wasm = WebAssembly.compileStreaming(fetch(at(`embed/credit-sim-embed-${bundle}_bg.wasm`))).catch(() => null);
  const { default: init } = await glue;
  await css;
  await init({ module_or_path: (await wasm) ?? at(`embed/credit-sim-embed-${bundle}_bg.wasm`) });
} else {
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
}
