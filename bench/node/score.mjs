//! Scoring through the JS API in Node: median µs of `scoreProfile` and of `offers` for every
//! preset (they run on every keystroke of an embedding page), next to the same calls natively
//! (`cargo bench -p credit-sim --bench score`). Reads the nodejs package scripts/bench builds.
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const api = require("../out/node/credit_sim.js");

/** Median µs of `f` over repeated runs within about `budgetMs`. */
function medianMicros(f, budgetMs = 150) {
  for (let i = 0; i < 20; i++) f(); // warm-up
  const samples = [];
  const end = performance.now() + budgetMs;
  while (performance.now() < end || samples.length < 30) {
    const t0 = performance.now();
    f();
    samples.push((performance.now() - t0) * 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const rules = api.defaultRules();
console.log("scoring through the JS API (Node), median µs per call:");
for (const preset of api.presets()) {
  const score = medianMicros(() => api.scoreProfile(preset.profile));
  const offers = medianMicros(() => api.offers(preset.profile, rules));
  const report = api.scoreProfile(preset.profile);
  console.log(
    `  ${preset.id.padEnd(12)} scoreProfile ${score.toFixed(1).padStart(6)} µs   offers ${offers.toFixed(1).padStart(6)} µs   (score ${report.score}, ${report.band})`,
  );
}
