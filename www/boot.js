// Starts the app without an inline script, so the CSP can stay "script-src 'self'": Trunk's
// `pattern_script` (Trunk.toml) writes <script type="module" src="/boot.js" data-js=… data-wasm=…>.
const tag = document.querySelector("script[data-js][data-wasm]");
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
