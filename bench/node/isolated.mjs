//! One peer and one method alone in this Node process (bench/common.mjs `isolatedTiming`):
//!   node bench/node/isolated.mjs <ours|loanjs> <equalInstallment|equalPrincipal>
//! Prints one JSON line; scripts/bench runs it once per pair.
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import loanjs from "loanjs";
import { isolatedTiming } from "../common.mjs";

const require = createRequire(import.meta.url);
const [who, method] = process.argv.slice(2);
const ours = who === "ours" ? require("../out/node/credit_sim.js") : null;
const budgetMs = Number(process.env.BENCH_BUDGET_MS ?? 400);
const result = isolatedTiming({ who, method, ours, LoanJs: loanjs.Loan, now: () => performance.now(), budgetMs });
console.log(JSON.stringify(result));
