//! Printing the plan gives the whole schedule (every row, in a print-only table rendered when
//! Print is pressed or the browser starts printing) while the screen keeps its page of 24; and
//! the Compare tab shows each plan's daily rate beside its APR where the product has one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, watchedPage } from "./helpers.mjs";

const site = useSite();

/** Rows of `sel` that the current media shows. */
const shownRows = (page, sel) =>
  page.evaluate((s) => [...document.querySelectorAll(`${s} tbody tr`)].filter((r) => r.getClientRects().length > 0).length, sel);

for (const months of [24, 60]) {
  test(`printing a ${months}-month plan gives every row; the screen keeps one page`, async () => {
    const context = await site.browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
    const guard = await watchedPage(context);
    const { page } = guard;
    await page.goto(`${site.server.url}#v=1&lang=en&tab=plan&a.product=custom&a.amount=100000&a.term=${months}&a.rate=4.9`);
    await page.locator("#schedule-table").waitFor();
    assert.equal(await shownRows(page, "#schedule-table"), 24);
    assert.equal(await page.locator("#schedule-print").count(), 0, "no print table until printing");
    // The dialog is the browser's: record the call instead.
    await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
    await page.click("#print");
    await page.waitForFunction(() => window.__printed === 1);
    assert.equal(await page.locator("#schedule-print tbody tr").count(), months);
    // The screen still shows one page.
    assert.equal(await shownRows(page, "#schedule-table"), 24);
    assert.equal(await shownRows(page, "#schedule-print"), 0);
    await page.emulateMedia({ media: "print" });
    assert.equal(await shownRows(page, "#schedule-print"), months);
    assert.equal(await shownRows(page, "#schedule-table"), 0, "the paged table is not printed twice");
    const last = await page.locator("#schedule-print tbody tr").last().locator("th").textContent();
    assert.equal(last, String(months));
    if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/print-${months}.png`, fullPage: true });
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.waitForFunction(() => !document.querySelector("#schedule-print"));
    // Printing from the browser's menu (Ctrl+P) renders the rows too.
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.locator("#schedule-print").waitFor({ state: "attached" });
    assert.equal(await page.locator("#schedule-print tbody tr").count(), months);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.waitForFunction(() => !document.querySelector("#schedule-print"));
    assert.equal(await page.evaluate(() => window.__printed), 1, "no print loop");
    guard.assertClean(assert);
    await context.close();
  });
}

test("Compare shows the daily rate beside the APR where the product has one", async () => {
  for (const [locale, lang, label] of [["en-US", "en", "Daily rate"], ["zh-CN", "zh", "日利率"]]) {
    const context = await site.browser.newContext({ locale });
    const guard = await watchedPage(context);
    const { page } = guard;
    await page.goto(`${site.server.url}#v=1&lang=${lang}&tab=compare&a.product=creditLoan&b.product=custom&b.rate=4.9`);
    await page.locator("#compare-diff").waitFor();
    const daily = await page.locator("#plan-a-daily").textContent();
    assert.match(daily, new RegExp(`${label} \\d+\\.\\d+ ?%`));
    assert.equal(await page.locator("#plan-b-daily").count(), 0, "a custom loan has no daily rate");
    await page.selectOption("#b-loan-product", "creditLoan");
    await page.locator("#plan-b-daily").waitFor();
    assert.equal(await page.locator("#plan-b-daily").textContent(), daily);
    guard.assertClean(assert);
    await context.close();
  }
});
