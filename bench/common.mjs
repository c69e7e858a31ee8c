//! The benchmark itself, shared by Node (bench/node/peers.mjs) and Chromium (bench/browser/):
//! the loans, the agreement checks (ours vs decimal.js to the fen, where loanjs's f64 differs) and
//! the timings (median µs per 360-row schedule). Everything it needs is passed in, so it runs the
//! same in both places.

/** The two headline loans: 1,000,000 at 4.9 %/yr over 360 months, monthly accrual. */
export const HEADLINE = [
  { principal: "1000000", termMonths: 360, method: "equalInstallment", annualRate: "0.049" },
  { principal: "1000000", termMonths: 360, method: "equalPrincipal", annualRate: "0.049" },
];

/** A handful of random loans (seeded, so every run checks the same ones). */
export function randomLoans(count = 8, seed = 20240607) {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const loans = [];
  for (let i = 0; i < count; i++) {
    const fen = 100_000 + Math.floor(next() * 999_900_000); // 1,000.00 to 10,000,000.00
    const principal = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
    const termMonths = 1 + Math.floor(next() * 360);
    const rateBp = 10 + Math.floor(next() * 2390); // 0.10 % to 24.00 %, in hundredths of a percent
    const annualRate = (rateBp / 10000).toString();
    const method = i % 2 === 0 ? "equalInstallment" : "equalPrincipal";
    loans.push({ principal, termMonths, method, annualRate });
  }
  return loans;
}

/** "5307.27" from 530727 fen. */
export function fenText(fen) {
  const sign = fen < 0 ? "-" : "";
  const digits = String(Math.abs(fen)).padStart(3, "0");
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

const FIELDS = ["payment", "principal", "interest", "fee", "balance"];
const TOTALS = ["totalPayment", "totalInterest", "totalFee", "apr", "effectiveAnnualRate", "simpleAnnualRate"];

/** Rows of `amortizeColumns`'s answer as Schedule-like objects of strings. */
export function columnsAsSchedule(cols) {
  const rows = [];
  for (let i = 0; i < cols.length; i++) {
    const row = { period: cols.period[i] };
    for (const f of FIELDS) row[f] = fenText(cols[f][i]);
    rows.push(row);
  }
  const out = { rows };
  for (const t of TOTALS) out[t] = cols[t];
  return out;
}

/** Differences between two Schedules (rows and totals), as readable lines; [] when identical. */
export function scheduleDiffs(a, b) {
  const diffs = [];
  if (a.rows.length !== b.rows.length) diffs.push(`rows: ${a.rows.length} vs ${b.rows.length}`);
  const n = Math.min(a.rows.length, b.rows.length);
  for (let i = 0; i < n; i++) {
    for (const f of ["period", ...FIELDS]) {
      if (String(a.rows[i][f]) !== String(b.rows[i][f])) diffs.push(`row ${i + 1} ${f}: ${a.rows[i][f]} vs ${b.rows[i][f]}`);
    }
  }
  for (const t of TOTALS) if (String(a[t]) !== String(b[t])) diffs.push(`${t}: ${a[t]} vs ${b[t]}`);
  return diffs;
}

/**
 * How loanjs (f64) differs from the exact schedule: rows with any amount off by a fen or more
 * (the last row apart: loanjs folds the rounding remainder into its sums, not into that row),
 * the largest gap, and the same for the last row.
 */
export function loanjsDiff(exact, loanjsResult) {
  let rowsOff = 0;
  let maxFen = 0;
  let lastRowMaxFen = 0;
  const n = Math.min(exact.rows.length, loanjsResult.installments.length);
  for (let i = 0; i < n; i++) {
    const e = exact.rows[i];
    const l = loanjsResult.installments[i];
    const pairs = [
      [e.payment, l.installment],
      [e.principal, l.capital],
      [e.interest, l.interest],
      [e.balance, l.remain],
    ];
    let worst = 0;
    for (const [want, got] of pairs) worst = Math.max(worst, Math.abs(Math.round(Number(want) * 100) - Math.round(got * 100)));
    if (i === exact.rows.length - 1) lastRowMaxFen = worst;
    else {
      if (worst > 0) rowsOff++;
      maxFen = Math.max(maxFen, worst);
    }
  }
  return { rows: exact.rows.length, rowsOff, maxDiffFen: maxFen, lastRowMaxFen, lengthDiff: loanjsResult.installments.length - exact.rows.length };
}

/** loanjs's arguments for a LoanInput. */
export function loanjsArgs(loan) {
  return [Number(loan.principal), loan.termMonths, Number(loan.annualRate) * 100, loan.method === "equalPrincipal" ? "diminishing" : "annuity"];
}

/** Median µs per call of `fn`, in batches of at least `minBatchMs`, for about `budgetMs`. */
export function medianUs(now, fn, budgetMs, minBatchMs = 5) {
  for (let i = 0; i < 5; i++) fn();
  let batch = 1;
  for (;;) {
    const t = now();
    for (let i = 0; i < batch; i++) fn();
    if (now() - t > minBatchMs || batch >= 1 << 20) break;
    batch *= 2;
  }
  const samples = [];
  const start = now();
  while (now() - start < budgetMs || samples.length < 5) {
    const t = now();
    for (let i = 0; i < batch; i++) fn();
    samples.push(((now() - t) * 1000) / batch);
  }
  samples.sort((x, y) => x - y);
  return samples[Math.floor(samples.length / 2)];
}

/**
 * Runs the comparison. `ours` is the wasm-bindgen module (amortize may be missing while it
 * lands; amortizeColumns is always there); `amortizeDecimal` from decimal_impl.mjs; `LoanJs` is
 * loanjs's `Loan`; `pmt` is financial's. Returns a plain object for JSON.
 */
export function runComparison({ ours, amortizeDecimal, LoanJs, pmt, now, budgetMs = 400 }) {
  const hasAmortize = typeof ours.amortize === "function";
  const loans = [...HEADLINE, ...randomLoans()];
  const agreement = { loans: loans.length, rows: 0, oursVsDecimal: [], columnsVsAmortize: [], loanjs: [], financialPmt: [] };
  for (const loan of loans) {
    const exact = amortizeDecimal(loan);
    const cols = columnsAsSchedule(ours.amortizeColumns(loan));
    agreement.rows += exact.rows.length;
    const label = `${loan.method} ${loan.principal} ${loan.termMonths}m ${loan.annualRate}`;
    for (const d of scheduleDiffs(cols, exact).slice(0, 5)) agreement.oursVsDecimal.push(`${label} (columns): ${d}`);
    if (hasAmortize) {
      const full = ours.amortize(loan);
      for (const d of scheduleDiffs(full, exact).slice(0, 5)) agreement.oursVsDecimal.push(`${label} (amortize): ${d}`);
      for (const d of scheduleDiffs(full, cols).slice(0, 5)) agreement.columnsVsAmortize.push(`${label}: ${d}`);
    }
    agreement.loanjs.push({ loan: label, ...loanjsDiff(exact, new LoanJs(...loanjsArgs(loan))) });
    if (loan.method === "equalInstallment") {
      const p = -pmt(Number(loan.annualRate) / 12, loan.termMonths, Number(loan.principal));
      const pFen = Math.round(p * 100);
      const wantFen = Math.round(Number(exact.rows[0].payment) * 100);
      agreement.financialPmt.push({ loan: label, exact: exact.rows[0].payment, financial: p, diffFen: pFen - wantFen });
    }
  }
  const sum = (f) => agreement.loanjs.reduce((s, r) => s + f(r), 0);
  const max = (f) => agreement.loanjs.reduce((s, r) => Math.max(s, f(r)), 0);
  agreement.loanjsRowsOff = sum((r) => r.rowsOff);
  agreement.loanjsMaxDiffFen = max((r) => r.maxDiffFen);
  agreement.loanjsLastRowsOff = sum((r) => (r.lastRowMaxFen > 0 ? 1 : 0));
  agreement.loanjsLastRowMaxDiffFen = max((r) => r.lastRowMaxFen);

  const timings = {};
  for (const loan of HEADLINE) {
    const t = {};
    if (hasAmortize) t.ours = medianUs(now, () => ours.amortize(loan), budgetMs);
    t.oursColumns = medianUs(now, () => ours.amortizeColumns(loan), budgetMs);
    // The same call for a 1-month plan: the fixed cost of a call (boundary, validation, totals).
    const oneMonth = { ...loan, termMonths: 1 };
    t.oursColumns1Month = medianUs(now, () => ours.amortizeColumns(oneMonth), Math.min(budgetMs, 200));
    t.decimalJs = medianUs(now, () => amortizeDecimal(loan), budgetMs);
    const args = loanjsArgs(loan);
    t.loanjs = medianUs(now, () => new LoanJs(...args), budgetMs);
    if (loan.method === "equalInstallment") {
      const rate = Number(loan.annualRate) / 12;
      t.financialPmt = medianUs(now, () => pmt(rate, loan.termMonths, -1000000), Math.min(budgetMs, 200));
    }
    const best = t.ours ?? t.oursColumns;
    t.ratios = {
      oursColumnsOverDecimalJs: t.oursColumns / t.decimalJs,
      oursColumnsOverLoanjs: t.oursColumns / t.loanjs,
    };
    if (t.ours !== undefined) {
      t.ratios.oursOverDecimalJs = t.ours / t.decimalJs;
      t.ratios.oursOverLoanjs = t.ours / t.loanjs;
    }
    t.ratios.bestOursOverFinancialPmt = t.financialPmt ? best / t.financialPmt : undefined;
    timings[loan.method] = t;
  }
  return { hasAmortize, agreement, timings };
}

/**
 * A wider agreement sweep against the f64 peer only: `count` random loans (a different seed),
 * ours (amortizeColumns, exact; checked against decimal.js above and against the Rust reference
 * planner by tests/money_fast.rs) against loanjs, row by row.
 */
export function loanjsSweep({ ours, LoanJs, count }) {
  const loans = randomLoans(count, 7);
  const out = { loans: count, rows: 0, rowsOff: 0, maxDiffFen: 0, loansWithRowsOff: 0, lastRowsOff: 0, example: null };
  for (const loan of loans) {
    const exact = columnsAsSchedule(ours.amortizeColumns(loan));
    const d = loanjsDiff(exact, new LoanJs(...loanjsArgs(loan)));
    out.rows += d.rows;
    out.rowsOff += d.rowsOff;
    out.maxDiffFen = Math.max(out.maxDiffFen, d.maxDiffFen);
    if (d.rowsOff > 0) {
      out.loansWithRowsOff++;
      out.example ??= `${loan.method} ${loan.principal} ${loan.termMonths}m ${loan.annualRate}`;
    }
    if (d.lastRowMaxFen > 0) out.lastRowsOff++;
  }
  return out;
}

/** The result as a few readable lines. */
export function describe(where, result) {
  const lines = [`== ${where}`];
  const a = result.agreement;
  if (!result.hasAmortize) lines.push("note: the JS `amortize` is not in this build yet; timing amortizeColumns only");
  lines.push(`agreement: ${a.loans} loans, ${a.rows} rows; ours vs decimal.js: ${a.oursVsDecimal.length === 0 ? "identical to the fen (rows, totals, apr, effectiveAnnualRate)" : `${a.oursVsDecimal.length} DIFFERENCES`}`);
  for (const d of a.oursVsDecimal.slice(0, 10)) lines.push(`  ${d}`);
  if (result.hasAmortize) lines.push(`amortize vs amortizeColumns: ${a.columnsVsAmortize.length === 0 ? "identical" : `${a.columnsVsAmortize.length} DIFFERENCES`}`);
  lines.push(`loanjs (f64): ${a.loanjsRowsOff} of ${a.rows - a.loans} rows before the last differ by a fen or more (largest gap ${a.loanjsMaxDiffFen} fen); last rows: ${a.loanjsLastRowsOff} of ${a.loans} differ (largest ${a.loanjsLastRowMaxDiffFen} fen)`);
  const pmtOff = a.financialPmt.filter((p) => p.diffFen !== 0).length;
  lines.push(`financial pmt (f64, payment only): ${a.financialPmt.length - pmtOff} of ${a.financialPmt.length} first payments equal to the fen`);
  if (result.sweep) {
    const w = result.sweep;
    lines.push(`loanjs sweep: ${w.loans} more random loans, ${w.rows} rows: ${w.rowsOff} rows before the last off by a fen or more, in ${w.loansWithRowsOff} loans (largest gap ${w.maxDiffFen} fen${w.example ? `; e.g. ${w.example}` : ""}); ${w.lastRowsOff} last rows differ`);
  }
  const f = (x) => (x === undefined ? "—" : x < 10 ? x.toFixed(2) : x.toFixed(1));
  lines.push("median µs per 360-row schedule:");
  lines.push(`  ${"method".padEnd(18)} ${"amortize".padStart(9)} ${"columns".padStart(9)} ${"decimal.js".padStart(11)} ${"loanjs".padStart(8)} ${"fin.pmt".padStart(8)}   ours/decimal.js  ours/loanjs`);
  for (const [method, t] of Object.entries(result.timings)) {
    const best = t.ours ?? t.oursColumns;
    lines.push(
      `  ${method.padEnd(18)} ${f(t.ours).padStart(9)} ${f(t.oursColumns).padStart(9)} ${f(t.decimalJs).padStart(11)} ${f(t.loanjs).padStart(8)} ${f(t.financialPmt).padStart(8)}   ${(best / t.decimalJs).toFixed(3).padStart(15)}  ${(best / t.loanjs).toFixed(2).padStart(11)}` +
        (t.ours !== undefined ? `   (columns: ${(t.oursColumns / t.decimalJs).toFixed(3)}, ${(t.oursColumns / t.loanjs).toFixed(2)})` : ""),
    );
  }
  const fixed = Object.entries(result.timings).map(([m, t]) => `${m} ${f(t.oursColumns1Month)}`).join(", ");
  lines.push(`fixed cost of a call (amortizeColumns, 1-month plan, µs): ${fixed}`);
  return lines.join("\n");
}

/** The peers timed one by one, each in a fresh process or page (see `isolatedTiming`). */
export const ISOLATED = [
  ["ours", "equalInstallment"],
  ["ours", "equalPrincipal"],
  ["loanjs", "equalInstallment"],
  ["loanjs", "equalPrincipal"],
];

/**
 * Median µs of one peer on the headline loan of one method, meant to run alone in a fresh
 * process or page: the JIT then sees one call site with one shape, the best case of an f64
 * library (in the shared run loanjs's inner call sees both methods and is not inlined).
 * `who` is "ours" (`amortizeColumns`) or "loanjs".
 */
export function isolatedTiming({ who, method, ours, LoanJs, now, budgetMs }) {
  const loan = { principal: "1000000", termMonths: 360, method, annualRate: "0.049" };
  const args = loanjsArgs(loan);
  const f = who === "loanjs" ? () => new LoanJs(...args) : () => ours.amortizeColumns(loan);
  return { who, method, us: medianUs(now, f, budgetMs) };
}
