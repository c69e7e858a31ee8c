//! Node half of the benchmark: our wasm (wasm-bindgen --target nodejs, in bench/out/node/) against
//! decimal.js (bench/node/decimal_impl.mjs), loanjs and financial, in one process. Prints the
//! table and writes bench/out/node.json. Run by scripts/bench.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import Decimal from "decimal.js";
import loanjs from "loanjs";
import { pmt } from "financial";
import { makeDecimalImpl } from "./decimal_impl.mjs";
import { runComparison, describe } from "../common.mjs";

const require = createRequire(import.meta.url);
const ours = require("../out/node/credit_sim.js");
const budgetMs = Number(process.env.BENCH_BUDGET_MS ?? 400);

const result = runComparison({
  ours,
  amortizeDecimal: makeDecimalImpl(Decimal),
  LoanJs: loanjs.Loan,
  pmt,
  now: () => performance.now(),
  budgetMs,
});
result.node = process.version;
writeFileSync(new URL("../out/node.json", import.meta.url), JSON.stringify(result, null, 2));
console.log(describe(`Node ${process.version}`, result));
if (result.agreement.oursVsDecimal.length > 0 || result.agreement.columnsVsAmortize.length > 0) process.exitCode = 1;
