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
import { runComparison, describe, loanjsSweep, randomLoans, columnsAsSchedule, scheduleDiffs } from "../common.mjs";

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
result.sweep = loanjsSweep({ ours, LoanJs: loanjs.Loan, count: 2000 });
// A wider exact-vs-exact sweep: 200 more random loans, ours against decimal.js, every row.
const amortizeDecimal = makeDecimalImpl(Decimal);
const wide = { loans: 200, rows: 0, differences: [] };
for (const loan of randomLoans(200, 99)) {
  const exact = amortizeDecimal(loan);
  wide.rows += exact.rows.length;
  for (const d of scheduleDiffs(columnsAsSchedule(ours.amortizeColumns(loan)), exact).slice(0, 3)) wide.differences.push(`${JSON.stringify(loan)}: ${d}`);
}
result.decimalSweep = wide;
result.node = process.version;
writeFileSync(new URL("../out/node.json", import.meta.url), JSON.stringify(result, null, 2));
console.log(describe(`Node ${process.version}`, result));
console.log(`decimal.js sweep: ${wide.loans} more random loans, ${wide.rows} rows: ${wide.differences.length === 0 ? "identical to the fen" : `${wide.differences.length} DIFFERENCES`}`);
for (const d of wide.differences.slice(0, 10)) console.log(`  ${d}`);
if (result.agreement.oursVsDecimal.length > 0 || result.agreement.columnsVsAmortize.length > 0 || wide.differences.length > 0) process.exitCode = 1;
