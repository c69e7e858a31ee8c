//! Whole journeys through the app on the release build: presets, score, offers and plan; invalid
//! input beside its field with the last result kept; language switch; a shared link reproducing
//! the numbers in a second browser; reload from storage; CSV download; keyboard only; axe in both
//! languages; no horizontal scroll at 375 px; screenshots at 375 and 1280 px.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, mkdir } from "node:fs/promises";
import { useSite, watchedPage, seriousA11yViolations } from "./helpers.mjs";

const site = useSite();

async function open(locale = "en-US", viewport = { width: 1280, height: 900 }) {
  const context = await site.browser.newContext({ locale, viewport, acceptDownloads: true });
  const guard = await watchedPage(context);
  return { context, guard, page: guard.page };
}

const text = (page, sel) => page.locator(sel).first().textContent();
const score = async (page) => Number(await text(page, "#score-value"));

// What each tab shows once its view is there: every tab but Score is in the deferred bundle,
// loaded the first time one of them is opened.
const CONTENT = {
  score: "#reasons",
  offers: "#offer-creditLoan",
  plan: "#loan-product",
  compare: "#compare-diff",
  journey: "#journey-table",
  learn: "#learn",
};

/** Opens a tab and waits until its view has loaded (no loading state left). */
async function openTab(page, tab) {
  await page.click(`#tab-${tab}`);
  await page.locator(`#panel-${tab}:not([aria-busy]) ${CONTENT[tab]}`).first().waitFor();
}

async function ready(page, url = site.server.url) {
  await page.goto(url);
  await page.locator("#score-value").waitFor();
}

test("a preset gives a score, offers and a repayment plan", async () => {
  const { context, guard, page } = await open();
  await ready(page);
  await page.selectOption("#preset", "salaried");
  const s = await score(page);
  assert.ok(s >= 350 && s <= 950, `score ${s}`);
  await page.click("#tab-offers");
  const apr = await text(page, "#offer-creditLoan .apr-value");
  assert.match(apr, /^\d+\.\d\d%$/);
  await page.click("#offer-creditLoan button");
  await page.locator("#plan-apr").waitFor();
  assert.match(await text(page, "#plan-apr"), /^\d+\.\d\d%$/);
  assert.match(await text(page, "#plan-payment"), /^¥[\d,]+\.\d\d$/);
  const rows = await page.locator("#schedule-table tbody tr").count();
  assert.ok(rows >= 3 && rows <= 24, `rows ${rows}`);
  guard.assertClean(assert);
  await context.close();
});

test("invalid input shows a message beside the field and keeps the last result", async () => {
  const { context, guard, page } = await open();
  await ready(page);
  await page.fill("#field-monthlyIncome", "20000");
  const good = await score(page);
  await page.fill("#field-monthlyIncome", "abc");
  await page.locator("#err-monthlyIncome").waitFor();
  assert.match(await text(page, "#err-monthlyIncome"), /Enter an amount/);
  assert.equal(await page.getAttribute("#field-monthlyIncome", "aria-invalid"), "true");
  assert.equal(await score(page), good);
  await page.fill("#field-age", "17");
  assert.match(await text(page, "#err-age"), /18 to 100/);
  await page.click("#lang-switch");
  assert.match(await text(page, "#err-age"), /18 到 100/);
  assert.equal(await score(page), good);
  // A 360-month custom plan stays paged; an invalid term keeps the plan.
  await page.click("#tab-plan");
  await page.selectOption("#loan-product", "custom");
  await page.fill("#loan-amount", "1000000");
  await page.fill("#loan-term", "360");
  await page.selectOption("#loan-method", "equalPrincipal");
  await page.fill("#loan-rate", "4.9");
  await page.waitForFunction(() => document.querySelector("#plan-payment")?.textContent === "¥6,861.11");
  assert.equal(await page.locator("#schedule-table tbody tr").count(), 24);
  await page.fill("#loan-term", "999");
  await page.locator("#loan-term-err").waitFor();
  assert.equal(await text(page, "#plan-payment"), "¥6,861.11");
  guard.assertClean(assert);
  await context.close();
});

test("the language follows the browser and can be switched", async () => {
  const { context, guard, page } = await open("zh-CN");
  await ready(page);
  assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
  assert.equal(await text(page, "#tab-score"), "评分");
  await page.click("#lang-switch");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await text(page, "#tab-score"), "Score");
  assert.match(await text(page, "#independence-notice"), /not affiliated with Ant Group/);
  guard.assertClean(assert);
  await context.close();
});

test("a shared link opens the same scenario; a reload keeps everything", async () => {
  const { context, guard, page } = await open();
  await ready(page);
  await page.selectOption("#preset", "shopOwner");
  await page.fill("#field-monthlyIncome", "23456");
  await page.click("#tab-plan");
  await page.selectOption("#loan-product", "custom");
  await page.fill("#loan-amount", "250000");
  await page.fill("#loan-term", "120");
  await page.locator("#plan-apr").waitFor();
  const want = { score: await score(page), payment: await text(page, "#plan-payment"), apr: await text(page, "#plan-apr") };
  // The hash trails the last keystroke (www/src/url.rs, HASH_DELAY_MS): wait for it.
  await page.waitForFunction(() => location.hash.includes("a.amount=250000") && location.hash.includes("a.term=120"));
  const link = page.url();
  assert.match(link, /#v=1&/);

  const other = await open("zh-CN");
  await ready(other.page, link);
  await other.page.locator("#plan-payment").waitFor();
  assert.equal(await score(other.page), want.score);
  assert.equal(await text(other.page, "#plan-payment"), want.payment);
  assert.equal(await text(other.page, "#plan-apr"), want.apr);
  assert.equal(await other.page.inputValue("#field-monthlyIncome"), "23456");
  other.guard.assertClean(assert);
  await other.context.close();

  // No hash: the saved scenario comes back from localStorage.
  await ready(page, site.server.url);
  await page.locator("#plan-payment").waitFor();
  assert.equal(await score(page), want.score);
  assert.equal(await text(page, "#plan-payment"), want.payment);
  await page.reload();
  await page.locator("#plan-payment").waitFor();
  assert.equal(await page.inputValue("#loan-amount"), "250000");

  // Reset goes back to the defaults.
  await page.click("#reset");
  assert.equal(await page.inputValue("#field-monthlyIncome"), "9000");
  guard.assertClean(assert);
  await context.close();
});

test("corrupted or old saved state is ignored with a notice", async () => {
  const { context, guard, page } = await open();
  await ready(page);
  await page.evaluate(() => localStorage.setItem("credit-sim/v1", "garbage%%%{"));
  await ready(page, site.server.url);
  await page.locator("#state-notice").waitFor();
  assert.ok((await score(page)) >= 350);
  await page.evaluate(() => { localStorage.clear(); localStorage.setItem("credit-sim/v0", "{}"); });
  await ready(page, site.server.url);
  await page.locator("#state-notice").waitFor();
  await ready(page, `${site.server.url}#v=1&age=abc&tab=nowhere&zzz=1`);
  await page.locator("#state-notice").waitFor();
  await page.locator("#err-age").waitFor();
  guard.assertClean(assert);
  await context.close();
});

test("the CSV download holds the table's figures", async () => {
  const { context, guard, page } = await open();
  await ready(page);
  await page.click("#tab-plan");
  await page.locator("#plan-payment").waitFor();
  const firstRow = await page.locator("#schedule-table tbody tr").first().locator("td").allTextContents();
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-csv")]);
  assert.match(download.suggestedFilename(), /^credit-sim-plan-.*\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  assert.equal(csv.charCodeAt(0), 0xfeff);
  const line1 = csv.split("\r\n")[1];
  for (const cell of firstRow.filter((c) => c.startsWith("¥"))) {
    assert.ok(line1.includes(cell.replace(/[¥,]/g, "")), `${cell} in ${line1}`);
  }
  guard.assertClean(assert);
  await context.close();
});

test("the form works with the keyboard alone", async () => {
  const { context, guard, page } = await open();
  await ready(page);
  const before = await score(page);
  let found = false;
  for (let i = 0; i < 80 && !found; i++) {
    await page.keyboard.press("Tab");
    found = await page.evaluate(() => document.activeElement?.id === "field-onTimeRatePct");
  }
  assert.ok(found, "reached the on-time field by Tab");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("40");
  assert.ok((await score(page)) < before);
  // Tabs are links: Enter opens one.
  await page.focus("#tab-offers");
  await page.keyboard.press("Enter");
  await page.locator("#offer-creditLoan").waitFor();
  guard.assertClean(assert);
  await context.close();
});

for (const [locale, lang] of [["en-US", "en"], ["zh-CN", "zh"]]) {
  test(`axe finds no serious violation (${lang})`, async () => {
    const { context, guard, page } = await open(locale);
    await ready(page);
    for (const tab of ["score", "offers", "plan", "compare", "learn"]) {
      await openTab(page, tab);
      assert.deepEqual(await seriousA11yViolations(page), [], `${lang} ${tab}`);
    }
    guard.assertClean(assert);
    await context.close();
  });
}

test("no horizontal scroll at 375 px; screenshots", async () => {
  await mkdir("docs", { recursive: true });
  const { context, guard, page } = await open("zh-CN", { width: 375, height: 800 });
  await ready(page);
  for (const tab of ["score", "offers", "plan", "compare", "learn"]) {
    await openTab(page, tab);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 375, `${tab}: scrollWidth ${wide}`);
  }
  guard.assertClean(assert);
  await context.close();

  // The screenshots are in English: the test machine's Chromium may have no CJK font.
  const phone = await open("en-US", { width: 375, height: 800 });
  await ready(phone.page);
  await phone.page.selectOption("#preset", "newGraduate");
  for (const tab of ["score", "offers", "plan", "compare", "learn"]) {
    await openTab(phone.page, tab);
    const w = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(w <= 375, `en ${tab}: scrollWidth ${w}`);
  }
  await phone.page.click("#tab-score");
  await phone.page.evaluate(() => window.scrollTo(0, 0));
  await phone.page.screenshot({ path: "docs/screenshot-375.png", fullPage: false });
  if (process.env.SHOTS_DIR) {
    for (const tab of ["offers", "plan"]) {
      await openTab(phone.page, tab);
      await phone.page.locator(`#panel-${tab}`).scrollIntoViewIfNeeded();
      await phone.page.screenshot({ path: `${process.env.SHOTS_DIR}/375-${tab}.png`, fullPage: true });
    }
  }
  phone.guard.assertClean(assert);
  await phone.context.close();

  const wide = await open("en-US", { width: 1280, height: 900 });
  await ready(wide.page);
  await wide.page.selectOption("#preset", "salaried");
  await wide.page.screenshot({ path: "docs/screenshot-1280.png", fullPage: false });
  if (process.env.SHOTS_DIR) {
    for (const tab of ["offers", "plan", "compare", "learn"]) {
      await openTab(wide.page, tab);
      await wide.page.screenshot({ path: `${process.env.SHOTS_DIR}/1280-${tab}.png`, fullPage: true });
    }
  }
  wide.guard.assertClean(assert);
  await wide.context.close();
});
