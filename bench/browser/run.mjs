//! Chromium half of the benchmark, driven by playwright-core with the system Chromium:
//! 1. the peer comparison of bench/common.mjs in one headless page (bench/browser/page.html), and
//! 2. the app (dist/, a release build): time from navigation to the first score on screen (and
//!    the same on a page that only writes a number, the machine's floor), and
//!    input-to-screen times (median and p95 over 50 changes) with a 360-month plan.
//! Writes bench/out/browser.json and prints the figures. Part 2 is skipped, with the reason, when
//! dist/ or the elements it needs are missing.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { mkdirSync, writeFileSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { launchBrowser } from "../../e2e/helpers.mjs";
import { describe, ISOLATED } from "../common.mjs";

const ROOT = resolve(new URL("../..", import.meta.url).pathname);
const budgetMs = Number(process.env.BENCH_BUDGET_MS ?? 400);
const CHANGES = 50;
const FIRST_LOADS = 20;
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".svg": "image/svg+xml" };

/**
 * Serves files on 127.0.0.1 under `root`, only below the `allowed` folders, with `/` as
 * index.html. Cross-origin isolated (COOP/COEP), so performance.now() has fine resolution.
 * `rewrite(path, body)` may change a file on the way out.
 */
async function serve(root, allowed, rewrite = (_, body) => body) {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
      if (path.endsWith("/")) path += "index.html";
      const file = normalize(join(root, path));
      if (!allowed.some((dir) => file.startsWith(join(root, dir))) || !(await stat(file)).isFile()) throw new Error("no");
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-embedder-policy": "require-corp",
      });
      res.end(rewrite(path, await readFile(file)));
    } catch {
      res.writeHead(404);
      res.end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** index.html without its CSP <meta>, for measuring an app whose CSP blocks Trunk's loader. */
const withoutCsp = (path, body) =>
  path.endsWith("index.html") ? Buffer.from(body.toString("utf8").replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, "")) : body;

function quantiles(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

/** Records, from the very start of the page: when #score-value first holds a number in the DOM;
 * when it is first there as rendered by the app itself (on a first visit index.html holds a
 * prerendered copy, and #app is marked data-prerendered until the app replaces it); when its pixels
 * were presented; and when the whole first screen is there (the form's first field; the app renders
 * it in the frame after the score).
 * Presented: the first contentful paint, when the score was in the DOM before it. On these pages
 * every text of the first frame is inserted together with the score (the prerendered copy by one
 * script, the app's first frame by one render, the floor page's number alone), so the first frame
 * with text is the frame with the score. Element Timing (the element carries elementtiming="score")
 * only stands in when there is no such paint: it loses the prerendered copy's entry whenever the app
 * replaces the copy before Chromium reports the paint. */
const FIRST_SCORE_PROBE = () => {
  const now = (key) => window[key] === undefined && (window[key] = performance.now());
  const check = () => {
    const el = document.getElementById("score-value");
    if (el && /\d/.test(el.textContent)) {
      now("__firstScoreMs");
      now(document.querySelector("[data-prerendered]") ? "__prerenderedScoreMs" : "__appScoreMs");
    }
    if (document.getElementById("field-monthlyIncome")) now("__formMs");
    settle();
    return window.__appScoreMs !== undefined && window.__formMs !== undefined;
  };
  const settle = () => {
    const { __elementMs: element, __fcpMs: fcp, __firstScoreMs: first } = window;
    if (fcp !== undefined && first !== undefined && fcp >= first) window.__scorePaintedMs = fcp;
    else if (element !== undefined) window.__scorePaintedMs = element;
  };
  new MutationObserver((_, obs) => {
    if (check()) obs.disconnect();
  }).observe(document, { childList: true, subtree: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === "score" && window.__elementMs === undefined) window.__elementMs = e.renderTime || e.startTime;
    settle();
  }).observe({ type: "element", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") window.__fcpMs = e.startTime;
    settle();
  }).observe({ type: "paint", buffered: true });
};

/** In the page: sets `id`'s value, fires input and change, resolves with ms, or null when
 * nothing outside the field changed.
 * - `aligned` false: until the DOM changed and the next frame began (so it includes the wait for
 *   that frame: a change made at a random moment of the display's 16.7 ms cycle);
 * - `aligned` true: the change is made at the start of a frame, in a `requestAnimationFrame`
 *   callback, and timed until a task queued right after it runs: that task comes after the
 *   change's own work and after this frame's style, layout and paint, which include the change.
 *   So it is the main thread's whole work for the change, without any wait for the display. */
const CHANGE_AND_WAIT = ([id, value, aligned]) =>
  new Promise((done) => {
    const el = document.getElementById(id);
    if (!el) return done(null);
    let t0 = 0;
    let changed = false;
    const timer = setTimeout(() => done(null), 5000);
    const finish = () => {
      clearTimeout(timer);
      done(changed ? performance.now() - t0 : null);
    };
    const obs = new MutationObserver((records) => {
      if (!records.some((r) => !el.contains(r.target))) return; // only the field itself changed
      obs.disconnect();
      changed = true;
      if (!aligned) requestAnimationFrame(finish);
    });
    obs.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    const change = () => {
      const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, "value").set.call(el, value);
      t0 = performance.now();
      el.dispatchEvent(new InputEvent("input", { bubbles: true }));
      el.dispatchEvent(new Event("change", { bubbles: true }));
      if (aligned) {
        const after = new MessageChannel();
        after.port1.onmessage = () => {
          obs.disconnect();
          finish();
        };
        after.port2.postMessage(0);
      }
    };
    if (aligned) requestAnimationFrame(change);
    else change();
  });

/** `CHANGES` changes of `id` to `value(i)` timed to the next frame, then `CHANGES` more timed as
 * work (see CHANGE_AND_WAIT): their quantiles, or `{ skipped }` when a change showed nothing. */
async function changes(page, id, value, skipped) {
  const out = [];
  for (const aligned of [false, true]) {
    const seen = [];
    for (let i = 0; i < CHANGES; i++) seen.push(await page.evaluate(CHANGE_AND_WAIT, [id, value(i), aligned]));
    out.push(seen.some((x) => x === null) ? { skipped } : quantiles(seen));
  }
  return out;
}

/** First loads of the app until #score-value shows a number (and, where there is one, the form);
 * the console errors seen. */
async function firstScores(context, url, loads, withForm = false) {
  const times = [];
  const painted = [];
  const forms = [];
  const apps = [];
  const errors = [];
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && errors.push(m.text().slice(0, 160)));
    page.on("pageerror", (e) => errors.push(e.message.slice(0, 160)));
    await page.addInitScript(FIRST_SCORE_PROBE);
    await page.goto(url, { waitUntil: "commit" });
    const ok = await page.waitForFunction(() => window.__firstScoreMs !== undefined, null, { timeout: 15000 }).then(() => true, () => false);
    if (ok) times.push(await page.evaluate(() => window.__firstScoreMs));
    if (ok && (await page.waitForFunction(() => window.__scorePaintedMs !== undefined, null, { timeout: 5000 }).then(() => true, () => false)))
      painted.push(await page.evaluate(() => window.__scorePaintedMs));
    if (ok && withForm && (await page.waitForFunction(() => window.__formMs !== undefined, null, { timeout: 5000 }).then(() => true, () => false)))
      forms.push(await page.evaluate(() => window.__formMs));
    if (ok && withForm && (await page.evaluate(() => window.__appScoreMs !== undefined))) apps.push(await page.evaluate(() => window.__appScoreMs));
    await page.close();
    if (!ok) break;
  }
  return { times, painted, forms, apps, errors };
}

async function measureApp(browser, benchUrl) {
  const distIndex = join(ROOT, "dist", "index.html");
  if (!(await stat(distIndex).catch(() => null))) return { skipped: "no dist/ (run: trunk build --release --offline)" };
  let site = await serve(join(ROOT, "dist"), ["/"]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const out = {};
  try {
    // The floor first: the same measure on a page that does nothing but write a number.
    const floor = await firstScores(context, `${benchUrl}bench/browser/baseline.html`, FIRST_LOADS);
    if (floor.times.length) out.baselineFirstScoreMs = quantiles(floor.times);
    if (floor.painted.length) out.baselineScorePaintedMs = quantiles(floor.painted);
    let first = await firstScores(context, site.url, FIRST_LOADS, true);
    if (first.times.length === 0) {
      out.asShipped = { skipped: `no score on screen within 15 s; console: ${first.errors[0] ?? "no error"}` };
      if (first.errors.some((e) => e.includes("Content Security Policy"))) {
        // Measure what the page would do with its CSP fixed, and say so.
        await site.close();
        site = await serve(join(ROOT, "dist"), ["/"], withoutCsp);
        out.cspMetaRemoved = true;
        first = await firstScores(context, site.url, FIRST_LOADS, true);
      }
    }
    if (first.times.length) out.firstScoreMs = quantiles(first.times);
    else out.firstScore = { skipped: `no #score-value with a number; console: ${first.errors[0] ?? "no error"}` };
    if (first.painted.length) out.scorePaintedMs = quantiles(first.painted);
    if (first.forms.length) out.wholeFirstScreenMs = quantiles(first.forms);
    if (first.apps.length) out.appScoreMs = quantiles(first.apps);
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: "load" });
    await page.waitForSelector("#score-value", { timeout: 20000 }).catch(() => null);
    await page.waitForSelector("#field-monthlyIncome", { timeout: 5000 }).catch(() => null);
    // Input to screen on the profile: monthlyIncome → score.
    // Incomes that cross a debt-to-income bin, so every change moves the score on screen.
    const income = (i) => String(i % 2 ? 3000 : 30000);
    [out.incomeToScreen, out.incomeWork] = await changes(page, "field-monthlyIncome", income, "#field-monthlyIncome missing or the screen did not change");

    // Input to screen with a 360-month plan: the planner's tab, a free-term product, 360 months.
    await page.click("#tab-plan", { timeout: 3000 }).catch(() => null);
    await page.waitForSelector("#loan-term", { timeout: 5000 }).catch(() => null);
    if (await page.$("#loan-product")) await page.selectOption("#loan-product", "custom").catch(() => null);
    const term = await page.$("#loan-term");
    const tag = term && (await term.evaluate((el) => el.tagName));
    if (!term) {
      out.planToScreen = { skipped: "no #loan-term (planner) on the page" };
    } else {
      if (tag === "SELECT") await page.selectOption("#loan-term", "360").catch(() => null);
      else await page.evaluate(CHANGE_AND_WAIT, ["loan-term", "360", false]);
      const termNow = await page.$eval("#loan-term", (el) => el.value);
      out.planTermMonths = Number(termNow);
      [out.planToScreen, out.planWork] = await changes(page, "loan-amount", (i) => String(500000 + 1000 * i), "#loan-amount missing or the plan did not change");
      // While the plan is 360 months, the profile input again (everything recomputes).
      [out.incomeToScreenWithPlan, out.incomeWorkWithPlan] = await changes(page, "field-monthlyIncome", income, "#field-monthlyIncome is not on the planner's screen");
    }
    await page.close();
  } finally {
    await context.close();
    await site.close();
  }
  return out;
}

const bench = await serve(ROOT, ["/bench/", "/node_modules/"]);
const browser = await launchBrowser();
const result = { chromium: browser.version() };
try {
  // BENCH_ONLY_APP=1 measures the page alone (while working on it: about a minute).
  if (!process.env.BENCH_ONLY_APP) await compare();
  if (process.env.BENCH_SKIP_APP) result.app = { skipped: "BENCH_SKIP_APP is set" };
  else result.app = await measureApp(browser, bench.url).catch((e) => ({ skipped: `the app could not be measured: ${String(e.message ?? e).split("\n")[0]}` }));
} finally {
  await browser.close();
  await bench.close();
}

/** Ours against the peers in one page, then each of ours and loanjs alone in a fresh page. */
async function compare() {
  const page = await browser.newPage();
  await page.goto(`${bench.url}bench/browser/page.html?budget=${budgetMs}`);
  await page.waitForFunction(() => window.__benchResult !== undefined, null, { timeout: 120000 });
  result.comparison = await page.evaluate(() => window.__benchResult);
  await page.close();
  if (result.comparison.error) console.log(`comparison failed in Chromium: ${result.comparison.error}`);
  else console.log(describe(`Chromium ${result.chromium}`, result.comparison));
  // Each of ours and loanjs alone in a fresh page: the f64 peer's best case (bench/common.mjs).
  result.isolated = [];
  for (const [who, method] of ISOLATED) {
    const one = await browser.newPage();
    await one.goto(`${bench.url}bench/browser/isolated.html?who=${who}&method=${method}&budget=${budgetMs}`);
    await one.waitForFunction(() => window.__isolated !== undefined, null, { timeout: 60000 });
    result.isolated.push(await one.evaluate(() => window.__isolated));
    await one.close();
  }
  console.log("alone in a fresh page (median µs per 360-row schedule):");
  for (const r of result.isolated) console.log(`  ${r.who.padEnd(7)} ${r.method.padEnd(17)} ${r.error ?? r.us.toFixed(1)}`);
}
const fmt = (q) => (q && q.median !== undefined ? `median ${q.median.toFixed(1)} ms, p95 ${q.p95.toFixed(1)} ms (n=${q.n})` : `skipped: ${q?.skipped ?? "not measured"}`);
console.log("== the app (dist/, release build)");
if (result.app.skipped) console.log(`skipped: ${result.app.skipped}`);
else {
  if (result.app.asShipped) console.log(`as shipped: ${result.app.asShipped.skipped}`);
  if (result.app.cspMetaRemoved) console.log("figures below: served with index.html's CSP <meta> removed (it blocks Trunk's inline loader)");
  console.log(`navigation to the first score painted: ${fmt(result.app.scorePaintedMs)}`);
  console.log(`  … in the DOM: ${fmt(result.app.firstScoreMs ?? result.app.firstScore)}`);
  console.log(`  … rendered by the app itself (not the prerendered copy): ${fmt(result.app.appScoreMs)}`);
  console.log(`  … the whole first screen in the DOM (the form too): ${fmt(result.app.wholeFirstScreenMs)}`);
  console.log(`  the floor (bench/browser/baseline.html, one script writing a number), painted: ${fmt(result.app.baselineScorePaintedMs)}`);
  console.log(`  … in the DOM: ${fmt(result.app.baselineFirstScoreMs)}`);
  console.log(`monthlyIncome to screen (next frame): ${fmt(result.app.incomeToScreen)}; work: ${fmt(result.app.incomeWork)}`);
  console.log(`planner amount to screen (${result.app.planTermMonths ?? "?"}-month plan): ${fmt(result.app.planToScreen)}; work: ${fmt(result.app.planWork)}`);
  console.log(`monthlyIncome to screen, on the planner: ${fmt(result.app.incomeToScreenWithPlan)}; work: ${fmt(result.app.incomeWorkWithPlan)}`);
}
mkdirSync(join(ROOT, "bench/out"), { recursive: true });
writeFileSync(join(ROOT, "bench/out/browser.json"), JSON.stringify(result, null, 2));
if (result.comparison && (result.comparison.error || result.comparison.agreement?.oursVsDecimal.length)) process.exitCode = 1;
