//! The lender's workbench through the JS API in Node (the nodejs package that scripts/bench or
//! scripts/bench-portfolio builds into bench/out/node), every figure the best of a few runs:
//!   1. one thread: `PortfolioRun.addSynthetic` of 100,000 and of 1,000,000 profiles (generated,
//!      scored, offered and counted inside WASM), µs per profile;
//!   2. the page's way: a pool of two worker_threads (started and warmed beforehand, as a page
//!      keeps its Web Workers), each a `PortfolioRun` over half of the population, their
//!      `part()`s merged by `mergePortfolio` (100,000 and 1,000,000), wall time;
//!   3. `portfolio({ profiles })` of 10,000 JS profile objects against `offers()` called once per
//!      profile from JavaScript (the ratio API.md's portfolio must beat by 2);
//!   4. 1,000,000 CSV rows (written by `profilesToCsv`) pushed in 1 MiB chunks into a
//!      `PortfolioRun`, one thread.
//! Every path's figures are checked against each other before they are timed.
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { Worker, isMainThread, parentPort } from "node:worker_threads";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const api = require("../out/node/credit_sim.js");

if (!isMainThread) {
  // A worker of the pool: for each share asked of it, its part.
  parentPort.on("message", ({ seed, from, count }) => {
    const run = new api.PortfolioRun({});
    run.addSynthetic({ seed, from, count });
    parentPort.postMessage(run.part());
    run.free();
  });
  parentPort.postMessage("ready");
} else {
  await main();
}

function best(runs, f) {
  let fastest = Infinity;
  let value;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = f();
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return { ms: fastest, value };
}

/** A pool of workers, each with the WASM loaded, as a page keeps its Web Workers. */
async function pool(size) {
  const self = fileURLToPath(import.meta.url);
  return Promise.all(Array.from({ length: size }, () => new Promise((resolve, reject) => {
    const worker = new Worker(self);
    worker.once("message", () => resolve(worker));
    worker.once("error", reject);
  })));
}

/** The population split between the pool's workers, their parts merged: wall time. */
async function inWorkers(workers, seed, count) {
  const t0 = performance.now();
  const share = Math.ceil(count / workers.length);
  const parts = await Promise.all(workers.map((worker, w) => new Promise((resolve) => {
    const from = w * share;
    worker.once("message", resolve);
    worker.postMessage({ seed, from, count: Math.min(share, count - from) });
  })));
  const summary = api.mergePortfolio({ parts });
  return { ms: performance.now() - t0, summary };
}

async function main() {
  const out = {};
  const one = (n) => {
    const run = new api.PortfolioRun({});
    run.addSynthetic({ seed: 1, count: n });
    const summary = run.finish();
    run.free();
    return summary;
  };
  const t100k = best(3, () => one(100_000));
  const t1m = best(1, () => one(1_000_000));
  out.oneThread100kMs = t100k.ms;
  out.oneThread1mMs = t1m.ms;
  out.oneThreadUsPerProfile = (t100k.ms * 1000) / 100_000;

  const workers = await pool(2);
  await inWorkers(workers, 9, 20_000); // warm-up
  let workers100k = Infinity;
  for (let i = 0; i < 3; i++) {
    const w = await inWorkers(workers, 1, 100_000);
    workers100k = Math.min(workers100k, w.ms);
    if (JSON.stringify(w.summary) !== JSON.stringify(t100k.value)) throw new Error("the workers' merged portfolio differs");
  }
  out.twoWorkers100kMs = workers100k;
  const w1m = await inWorkers(workers, 1, 1_000_000);
  if (JSON.stringify(w1m.summary) !== JSON.stringify(t1m.value)) throw new Error("the workers' 1M portfolio differs");
  out.twoWorkers1mMs = w1m.ms;
  await Promise.all(workers.map((w) => w.terminate()));

  // The JS API: one portfolio() call against offers() per profile.
  const n = 10_000;
  const people = api.syntheticProfiles({ seed: 2, count: n });
  const rules = api.defaultRules();
  const whole = best(5, () => api.portfolio({ profiles: people, rules }));
  const each = best(3, () => {
    let eligible = 0;
    for (const p of people) if (api.offers(p, rules).creditLoan.eligible) eligible += 1;
    return eligible;
  });
  if (each.value !== whole.value.products.creditLoan.eligible) throw new Error("portfolio() and offers() disagree");
  out.portfolioCallUsPerProfile = (whole.ms * 1000) / n;
  out.offersEachUsPerProfile = (each.ms * 1000) / n;
  out.jsApiRatio = each.ms / whole.ms;

  // 1,000,000 CSV rows, pushed in chunks of 1 MiB.
  const chunks = [];
  for (let from = 0; from < 1_000_000; from += 10_000) {
    const text = api.profilesToCsv(api.syntheticProfiles({ seed: 4, from, count: 10_000 }));
    chunks.push(Buffer.from(from === 0 ? text : text.slice(text.indexOf("\n") + 1)));
  }
  const csv = Buffer.concat(chunks);
  chunks.length = 0;
  const read = best(1, () => {
    const run = new api.PortfolioRun({});
    for (let at = 0; at < csv.length; at += 1 << 20) run.pushCsv(csv.subarray(at, at + (1 << 20)));
    const count = run.finishCsv();
    const problems = run.takeProblems();
    run.free();
    if (count !== 1_000_000 || problems.rejectedRows.length || problems.warnings.length) throw new Error(`CSV read ${count} rows`);
    return count;
  });
  out.csvMb = csv.length / 1e6;
  out.csv1mMs = read.ms;
  console.log(JSON.stringify(out, (k, v) => (typeof v === "number" ? Math.round(v * 100) / 100 : v), 2));
}
