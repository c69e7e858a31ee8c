//! Median µs of the JS `amortize` per schedule: 12/120/360 rows × every method, through
//! wasm-bindgen's JS glue (object in, object out), as an embedding page pays it.
//!
//!   cargo build --profile release-js --target wasm32-unknown-unknown -p credit-sim --features js
//!   wasm-bindgen --target nodejs --out-dir /tmp/pkg-node target/wasm32-unknown-unknown/release-js/credit_sim.wasm
//!   node bench/node/amortize_bench.mjs /tmp/pkg-node
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";

const pkg = resolve(process.argv[2] ?? "pkg-node");
const { amortize } = createRequire(import.meta.url)(`${pkg}/credit_sim.js`);

const methods = ["equalInstallment", "equalPrincipal", "interestFirst", "bullet", "feeInstallment"];
const loan = (method, termMonths) =>
  method === "feeInstallment"
    ? { principal: "100000", termMonths, method, feeRate: "0.088", startDate: "2024-01-31" }
    : { principal: "1000000", termMonths, method, annualRate: "0.049", startDate: "2024-01-31" };

function medianMicros(input) {
  const samples = [];
  const begin = performance.now();
  while (samples.length < 15 || (performance.now() - begin < 400 && samples.length < 2000)) {
    const t = performance.now();
    const schedule = amortize(input);
    samples.push((performance.now() - t) * 1000);
    if (schedule.rows.length === 0) throw new Error("empty schedule");
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

console.log(`${"method".padEnd(18)} ${"12 rows".padStart(10)} ${"120 rows".padStart(10)} ${"360 rows".padStart(10)}`);
for (const method of methods) {
  const cells = [12, 120, 360].map((n) => `${medianMicros(loan(method, n)).toFixed(1)}µs`.padStart(10));
  console.log(`${method.padEnd(18)} ${cells.join(" ")}`);
}
