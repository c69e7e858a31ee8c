//! Ours and loanjs each alone in a fresh Node process (bench/common.mjs `isolatedTiming`):
//!   node bench/node/isolated.mjs                      every pair of `ISOLATED`, one child each
//!   node bench/node/isolated.mjs <who> <method>       one pair in this process
//! Prints one JSON line per pair.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import loanjs from "loanjs";
import { isolatedTiming, ISOLATED } from "../common.mjs";

const require = createRequire(import.meta.url);
const [who, method] = process.argv.slice(2);
if (!who) {
  const self = fileURLToPath(import.meta.url);
  for (const pair of ISOLATED) process.stdout.write(execFileSync(process.execPath, [self, ...pair], { encoding: "utf8" }));
} else {
  const ours = who === "ours" ? require("../out/node/credit_sim.js") : null;
  const budgetMs = Number(process.env.BENCH_BUDGET_MS ?? 400);
  const result = isolatedTiming({ who, method, ours, LoanJs: loanjs.Loan, now: () => performance.now(), budgetMs });
  console.log(JSON.stringify(result));
}
