//! The borrower's tools through the JS API in Node: median µs of `checkQuote` and `revolve` over
//! 360 periods and of `planToTarget` (each preset toward a product, and the slowest case found:
//! an unreachable score over a 120-month horizon), as an embedding page pays them per keystroke.
//! Reads the nodejs package scripts/bench builds, or the directory given:
//!
//!   cargo build --profile release-js --target wasm32-unknown-unknown -p credit-sim --features js
//!   wasm-bindgen --target nodejs --out-dir bench/out/node target/wasm32-unknown-unknown/release-js/credit_sim.wasm
//!   echo '{ "type": "commonjs" }' > bench/out/node/package.json
//!   echo '{ "type": "module" }' > bench/out/node/snippets/package.json
//!   node bench/node/borrower.mjs [bench/out/node]
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const pkg = resolve(process.argv[2] ?? new URL("../out/node", import.meta.url).pathname);
const api = require(`${pkg}/credit_sim.js`);
const budgetMs = Number(process.env.BENCH_BUDGET_MS ?? 400);

/** Median µs of `f` over repeated runs within about `budgetMs`, after a warm-up. */
function medianMicros(f) {
  for (let i = 0; i < 20; i++) f();
  const samples = [];
  const end = performance.now() + budgetMs;
  while (performance.now() < end || samples.length < 30) {
    const t0 = performance.now();
    f();
    samples.push((performance.now() - t0) * 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

const row = (name, us, note) => console.log(`  ${name.padEnd(46)} ${us.toFixed(1).padStart(8)} µs   ${note}`);

console.log("checkQuote, 360 periods (median µs per call):");
const quotes = [
  ["decliningRate 1,000,000 at 4.9 % (a mortgage)", { principal: "1000000", periods: 360,
    quote: { kind: "decliningRate", annualRate: "0.049" } }],
  ["decliningRate, dated, daily accrual, fees", { principal: "1000000", periods: 360,
    startDate: "2024-01-31", upfrontFee: "20000", feePerPeriod: "50",
    quote: { kind: "decliningRate", dailyRate: "0.00013", accrual: "daily" } }],
  ["feePerPeriod 0.6 % a month", { principal: "120000", periods: 360,
    quote: { kind: "feePerPeriod", feeRate: "0.006" } }],
  ["installment 6,000 a month", { principal: "1000000", periods: 360,
    quote: { kind: "installment", payment: "6000" } }],
];
for (const [name, input] of quotes) {
  const check = api.checkQuote(input);
  row(name, medianMicros(() => api.checkQuote(input)), `APR ${check.apr}, ${check.payments.length} payments`);
}

console.log("revolve (median µs per call):");
const statements = [
  ["100,000 paid 1,550 a month (paid off)", { statement: "100000", startDate: "2024-01-31", monthlyPayment: "1550", maxMonths: 600 }],
  ["8,000 at a 2 % minimum, no floor (360 months)", { statement: "8000", startDate: "2024-02-01", minimumShare: "0.02", minimumFloor: "0" }],
  ["10,000 at the default minimum", { statement: "10000", startDate: "2024-01-10" }],
];
for (const [name, input] of statements) {
  const out = api.revolve(input);
  row(name, medianMicros(() => api.revolve(input)), `${out.months} months, paid off ${out.paidOff}, APR ${out.apr}`);
}

console.log("planToTarget (median µs per call):");
const rules = api.defaultRules();
const goals = [];
for (const preset of api.presets()) {
  for (const product of ["creditLoan", "carHire"]) {
    goals.push([`${preset.id} → ${product}`, { profile: preset.profile, target: { product }, rules }]);
  }
}
goals.push(["recovering → carHire, 120-month horizon", {
  profile: api.presets().find((p) => p.id === "recovering").profile, target: { product: "carHire" }, horizonMonths: 120 }]);
goals.push(["default → score 950 (unreachable), 120 months", {
  profile: api.defaultProfile(), target: { score: 950 }, horizonMonths: 120 }]);
let slowest = 0;
for (const [name, input] of goals) {
  const plan = api.planToTarget(input);
  const us = medianMicros(() => api.planToTarget(input));
  slowest = Math.max(slowest, us);
  row(name, us, `${plan.reachable ? "reached" : "best found"} in ${plan.months} months, ${plan.steps.length} steps`);
}
console.log(`  slowest planToTarget: ${slowest.toFixed(1)} µs`);
