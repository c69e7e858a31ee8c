//! Runs in bench/browser/isolated.html: one peer, one method, nothing else in the page.
import init, * as ours from "/bench/out/web/credit_sim.js";
import { isolatedTiming } from "/bench/common.mjs";

const q = new URLSearchParams(location.search);
const who = q.get("who");
try {
  if (who === "ours") await init();
  window.__isolated = isolatedTiming({
    who,
    method: q.get("method"),
    ours,
    LoanJs: globalThis.loan.Loan ?? globalThis.loan,
    now: () => performance.now(),
    budgetMs: Number(q.get("budget") ?? 400),
  });
} catch (e) {
  window.__isolated = { error: String(e && e.stack ? e.stack : e) };
}
