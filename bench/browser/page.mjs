//! Runs in the benchmark page (page.html): the same comparison as Node, in Chromium.
import init, * as ours from "/bench/out/web/credit_sim.js";
import Decimal from "/node_modules/decimal.js/decimal.mjs";
import { pmt } from "/node_modules/financial/dist/financial.esm.js";
import { makeDecimalImpl } from "/bench/node/decimal_impl.mjs";
import { runComparison, describe, loanjsSweep } from "/bench/common.mjs";

const budgetMs = Number(new URLSearchParams(location.search).get("budget") ?? 400);
try {
  await init();
  const result = runComparison({
    ours,
    amortizeDecimal: makeDecimalImpl(Decimal),
    LoanJs: globalThis.loan.Loan ?? globalThis.loan,
    pmt,
    now: () => performance.now(),
    budgetMs,
  });
  result.sweep = loanjsSweep({ ours, LoanJs: globalThis.loan.Loan ?? globalThis.loan, count: 1000 });
  result.userAgent = navigator.userAgent;
  // With COOP/COEP from the bench server, performance.now() is fine-grained (not 100 µs).
  result.crossOriginIsolated = globalThis.crossOriginIsolated === true;
  document.getElementById("out").textContent = describe("Chromium", result);
  window.__benchResult = result;
} catch (e) {
  window.__benchResult = { error: String(e && e.stack ? e.stack : e) };
}
