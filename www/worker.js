// Starts the portfolio worker's wasm (credit-sim-worker, www/src/bin/worker.rs) inside a module
// Web Worker; its main() then takes the messages and says "ready".
import init from "./credit-sim-worker.js";
await init({ module_or_path: new URL("./credit-sim-worker_bg.wasm", import.meta.url) });
