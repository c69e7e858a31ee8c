//! Embedding end to end: a host page on another origin (127.0.0.2, loopback too) uses embed.js;
//! every view appears at its content's height with no inner scroll bar and no gap, `fields` shows
//! only those fields, `lock=1` leaves nothing editable, an attribute change updates the frame, the
//! reader's changes reach the host as an event, a plain iframe works, an unknown view says so in
//! both languages, the simulator's own saved scenario is untouched, and the Embed dialog's
//! snippets work when pasted into a host page. axe finds nothing serious in the dialog or in any
//! embedded view.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { serveDist, launchBrowser, seriousA11yViolations } from "./helpers.mjs";

let sim;
let browser;
let host;
let hostUrl;
/** The body of the host page served next, by path. */
const bodies = new Map();

before(async () => {
  sim = await serveDist();
  browser = await launchBrowser();
  host = createServer((req, res) => {
    const path = new URL(req.url, "http://host").pathname;
    if (path === "/favicon.ico") {
      res.writeHead(204);
      res.end();
      return;
    }
    const body = bodies.get(path);
    res.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(body ?? "not found");
  });
  await new Promise((ok) => host.listen(0, "127.0.0.2", ok));
  hostUrl = `http://127.0.0.2:${host.address().port}`;
});
after(async () => {
  await browser?.close();
  await sim?.close();
  await new Promise((ok) => host.close(ok));
});

/** A lesson page on the host's origin with `inner` in its body; returns its URL. */
function lesson(name, inner, lang = "en", script = true) {
  const tag = script ? `<script src="${sim.url}embed.js" defer></script>` : "";
  bodies.set(`/${name}`, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>A lesson</title>
${tag}</head>
<body style="margin:24px;font-family:sans-serif"><main><h1>A lesson</h1>${inner}<p id="after">After the part.</p></main></body></html>`);
  return `${hostUrl}/${name}`;
}

/** A page that records console errors and requests leaving the two loopback origins. */
async function open(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (!["127.0.0.1", "127.0.0.2"].includes(u.hostname) && !["data:", "blob:"].includes(u.protocol)) {
      problems.push(`request left the machine: ${r.url()}`);
    }
  });
  await page.goto(url);
  return { page, problems };
}

/** The embed's frame once its part has drawn and its height settled. */
async function settledFrame(page, selector = "credit-sim-embed iframe") {
  const el = page.locator(selector).first();
  await el.waitFor();
  let frame;
  await page.waitForFunction(() => true);
  for (let i = 0; i < 200 && !frame; i++) {
    frame = await (await el.elementHandle()).contentFrame();
    if (!frame) await page.waitForTimeout(50);
  }
  await frame.locator("#embed-root").waitFor({ timeout: 30_000 });
  // A reader scrolls to it: a browser draws (and observes sizes in) a frame only when it shows.
  await el.scrollIntoViewIfNeeded();
  // The height follows the part (observed, posted, set by embed.js): wait until the frame is as
  // tall as its part and stays so for 300 ms.
  let agreed = 0;
  for (let i = 0; i < 100 && agreed < 2; i++) {
    const outer = await el.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => document.querySelector("#embed-root").getBoundingClientRect().height);
    agreed = Math.abs(outer - inner) < 2 ? agreed + 1 : 0;
    await page.waitForTimeout(150);
  }
  return { el, frame };
}

/** The frame's height against its content's: no inner scroll bar, no gap. */
async function assertFits(el, frame, what) {
  const outer = await el.evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => [
    document.documentElement.scrollHeight,
    document.querySelector("#embed-root").getBoundingClientRect().height,
  ]);
  assert.ok(inner[0] <= Math.ceil(outer) + 1, `${what}: the content (${inner[0]} px) overflows the frame (${outer} px)`);
  assert.ok(outer - inner[1] < 2, `${what}: a gap of ${outer - inner[1]} px under the part`);
}

const VIEWS = ["score", "offers", "plan", "compare", "journey", "learn", "quote", "revolving", "goal", "workbench"];

for (const lang of ["en", "zh"]) {
  test(`${lang}: every view appears at its height, and axe finds nothing serious`, async () => {
    const context = await browser.newContext({ locale: lang === "zh" ? "zh-CN" : "en-US", viewport: { width: 1100, height: 900 } });
    for (const view of VIEWS) {
      const { page, problems } = await open(context, lesson(`all-${lang}-${view}`, `<credit-sim-embed view="${view}" lang="${lang}" scenario="v=1"></credit-sim-embed>`, lang));
      const { el, frame } = await settledFrame(page);
      await frame.locator(`#panel-${view === "revolving" ? "trap" : view}`).waitFor();
      await assertFits(el, frame, view);
      assert.equal(await el.getAttribute("title"), await el.getAttribute("title"));
      assert.ok((await el.getAttribute("title")).length > 5, "the frame has a title");
      assert.equal(await frame.evaluate(() => document.documentElement.lang), lang === "zh" ? "zh-CN" : "en");
      assert.equal(await frame.locator("#embed-open-full").getAttribute("target"), "_blank");
      const violations = (await seriousA11yViolations(page)).filter((v) => !v.includes(".foot-other"));
      assert.deepEqual(violations, [], `${view}: ${violations.join("\n")}`);
      assert.deepEqual(problems, [], `${view}: ${problems.join("\n")}`);
      await page.close();
    }
    await context.close();
  });
}

test("fields shows only those fields; lock leaves nothing editable; the reader's change reaches the host", async () => {
  const context = await browser.newContext({ locale: "en-US" });
  const url = lesson("fields", `<credit-sim-embed id="e" view="score" lang="en" scenario="v=1&amp;creditUtilizationPct=70" fields="creditUtilizationPct,age"></credit-sim-embed>
<credit-sim-embed id="locked" view="plan" lang="en" scenario="v=1" lock></credit-sim-embed>
<script>window.said = []; document.addEventListener("credit-sim:scenario", (e) => window.said.push([e.target.id, e.detail.scenario]));</script>`);
  const { page, problems } = await open(context, url);
  const { frame } = await settledFrame(page, "#e iframe");
  const ids = await frame.evaluate(() => [...document.querySelectorAll("[id^=field-]")].map((e) => e.id));
  assert.deepEqual(ids, ["field-creditUtilizationPct", "field-age"]);
  assert.equal(await frame.locator("#field-creditUtilizationPct").inputValue(), "70");
  // The reader changes a field: the host hears the scenario once the input is quiet.
  await frame.locator("#field-creditUtilizationPct").fill("20");
  await page.waitForFunction(() => window.said.length > 0, null, { timeout: 10_000 });
  const [[who, scenario]] = await page.evaluate(() => window.said);
  assert.equal(who, "e");
  assert.match(scenario, /creditUtilizationPct=20/);

  const { frame: locked } = await settledFrame(page, "#locked iframe");
  await locked.locator("#panel-plan input").first().waitFor();
  const editable = await locked.evaluate(() =>
    [...document.querySelectorAll("input, select, textarea")].filter((e) => !e.disabled && !e.readOnly).map((e) => e.id || e.outerHTML.slice(0, 60)),
  );
  assert.deepEqual(editable, []);
  // Its buttons that would change a figure are off; a download and the schedule's pages are not.
  const buttons = await locked.evaluate(() =>
    [...document.querySelectorAll("button")].filter((b) => !b.disabled).map((b) => b.id),
  );
  assert.ok(buttons.includes("download-csv"), buttons.join());
  assert.ok(buttons.every((id) => ["download-csv", "print", "page-next", "page-prev"].includes(id)), buttons.join());
  assert.deepEqual(problems, []);
  await context.close();
});

test("changing an attribute updates the frame, its scenario without a reload", async () => {
  const context = await browser.newContext({ locale: "en-US" });
  const { page, problems } = await open(context, lesson("attrs", `<credit-sim-embed id="e" view="score" lang="en" scenario="v=1&amp;age=30" fields="age"></credit-sim-embed>`));
  let { frame } = await settledFrame(page);
  assert.equal(await frame.locator("#field-age").inputValue(), "30");
  await page.evaluate(() => document.querySelector("#e").setAttribute("scenario", "v=1&age=52"));
  await frame.waitForFunction(() => document.querySelector("#field-age")?.value === "52");
  await page.evaluate(() => document.querySelector("#e").setAttribute("view", "quote"));
  await page.waitForFunction(() => document.querySelector("#e iframe").src.includes("embed=quote"));
  ({ frame } = await settledFrame(page));
  await frame.locator("#panel-quote").waitFor();
  await page.evaluate(() => document.querySelector("#e").setAttribute("lang", "zh"));
  ({ frame } = await settledFrame(page));
  await frame.waitForFunction(() => document.documentElement.lang === "zh-CN");
  assert.match(await page.locator("#e iframe").getAttribute("title"), /信用模拟器/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a plain iframe works, and an unknown view says so in both languages", async () => {
  const context = await browser.newContext({ locale: "en-US" });
  const { page, problems } = await open(context, lesson("plain", `<iframe id="plain" src="${sim.url}?embed=offers&amp;lang=zh#v=1" title="信用模拟器" width="100%" height="640" style="border:0"></iframe>
<credit-sim-embed view="ledger" lang="en" scenario="v=1"></credit-sim-embed>`));
  const plain = await (await page.locator("#plain").elementHandle()).contentFrame();
  await plain.locator("#offer-creditLoan").waitFor();
  assert.equal(await plain.evaluate(() => document.documentElement.lang), "zh-CN");
  const { el, frame } = await settledFrame(page);
  const text = await frame.locator("#embed-unknown").textContent();
  assert.match(text, /ledger/);
  assert.match(text, /no part called/);
  assert.match(text, /没有名为/);
  await assertFits(el, frame, "unknown");
  assert.deepEqual(problems, []);
  await context.close();
});

test("embeds never read or write the simulator's saved scenario", async () => {
  const context = await browser.newContext({ locale: "en-US" });
  const { page: full } = await open(context, sim.url);
  await full.locator("#field-age").fill("44");
  await full.waitForFunction(() => (localStorage.getItem("credit-sim/v1") ?? "").includes("age=44"));
  const saved = await full.evaluate(() => JSON.stringify(localStorage));
  const { page, problems } = await open(context, lesson("storage", `<credit-sim-embed view="score" lang="en" scenario="v=1&amp;age=61" fields="age"></credit-sim-embed>`));
  const { frame } = await settledFrame(page);
  assert.equal(await frame.locator("#field-age").inputValue(), "61", "the embed shows its own scenario, not the saved one");
  await frame.locator("#field-age").fill("25");
  await page.waitForTimeout(1200);
  assert.equal(await full.evaluate(() => JSON.stringify(localStorage)), saved);
  await full.reload();
  await full.locator("#field-age").waitFor();
  assert.equal(await full.locator("#field-age").inputValue(), "44");
  assert.deepEqual(problems, []);
  await context.close();
});

for (const locale of ["en-US", "zh-CN"]) {
  test(`${locale}: the Embed dialog's snippets work in a host page, and axe finds nothing serious in it`, async () => {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(sim.url).origin });
    const { page, problems } = await open(context, `${sim.url}#v=1&age=38`);
    await page.locator("#embed-open").click();
    const dialog = page.locator("#embed-dialog");
    await dialog.waitFor();
    assert.equal(await dialog.evaluate((d) => d.open), true);
    await page.locator("#embed-view").selectOption("quote");
    await page.locator("#embed-lang").selectOption("en");
    await page.locator("#embed-lock").check();
    await page.locator("#embed-choose-fields").check();
    await page.locator("#embed-field-age").check();
    const preview = await (await page.locator("#embed-preview").elementHandle()).contentFrame();
    await preview.locator("#panel-quote").waitFor({ timeout: 30_000 });
    const element = await page.locator("#embed-snippet-element").inputValue();
    assert.match(element, /view="quote"/);
    assert.match(element, /lang="en"/);
    assert.match(element, / lock>/);
    assert.match(element, /fields="age"/);
    assert.match(element, /age=38/);
    await page.locator("#embed-copy-element").click();
    await page.locator("#embed-said").filter({ hasText: /./ }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), element);
    const violations = (await seriousA11yViolations(page)).filter((v) => !v.includes(".foot-other"));
    assert.deepEqual(violations, []);
    const iframe = await page.locator("#embed-snippet-iframe").inputValue();
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector("#embed-dialog"));

    // Both snippets, pasted into a lesson page on another origin.
    const { page: lessonPage, problems: hostProblems } = await open(
      context,
      lesson(`pasted-${locale}`, `${element}\n${iframe}`, "en", false),
    );
    const { frame } = await settledFrame(lessonPage);
    await frame.locator("#panel-quote").waitFor();
    assert.equal(await frame.locator("#field-age").inputValue(), "38");
    assert.ok(await frame.locator("#field-age").evaluate((e) => e.readOnly || e.disabled), "locked");
    const plain = await (await lessonPage.locator("iframe:not(credit-sim-embed iframe)").elementHandle()).contentFrame();
    await plain.locator("#panel-quote").waitFor({ timeout: 30_000 });
    assert.deepEqual([...problems, ...hostProblems], []);
    await context.close();
  });
}

test("the example lesson page works from another origin", async () => {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1100, height: 900 } });
  const page_ = await readFile("examples/lesson.html", "utf8");
  bodies.set("/lesson.html", page_.replaceAll("https://SIMULATOR/", sim.url));
  const { page, problems } = await open(context, `${hostUrl}/lesson.html`);
  const quote = await settledFrame(page, "credit-sim-embed[view=quote] iframe");
  await quote.frame.locator("#panel-quote").waitFor();
  const text = await quote.frame.locator("#panel-quote").innerText();
  assert.match(text, /8\.8/);
  assert.match(text, /1[56]\.\d+%/, "the APR of an 8.8 % fee over 12 months is about 16 %");
  const plan = await settledFrame(page, "credit-sim-embed[view=plan] iframe");
  await plan.frame.locator("#panel-plan").waitFor();
  assert.equal(await plan.frame.locator("#loan-amount").evaluate((e) => e.readOnly || e.disabled), true);
  const amount = quote.frame.locator("#q-0-amt");
  await amount.fill("9000");
  await page.locator("#answer-text").filter({ hasText: "9000" }).waitFor({ timeout: 10_000 });
  assert.deepEqual(problems, []);
  await context.close();
});
