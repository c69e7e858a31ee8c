//! What a phone and the Chinese page show: wide tables scroll under a sticky first column with a
//! cue, the Journey's charts label their range in the page's money format, the Learn tab is
//! Chinese throughout on the Chinese page, and a declined product names the score it needs and
//! the gap, with a way to the improvements and no plan of a ¥0 loan. Both languages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, watchedPage } from "./helpers.mjs";

const site = useSite();

async function open(locale, viewport = { width: 1280, height: 900 }) {
  const context = await site.browser.newContext({ locale, viewport });
  const guard = await watchedPage(context);
  await guard.page.goto(site.server.url);
  await guard.page.locator("#score-value").waitFor();
  return { context, guard, page: guard.page };
}

async function openTab(page, tab, ready) {
  await page.click(`#tab-${tab}`);
  await page.locator(`#panel-${tab}:not([aria-busy]) ${ready}`).first().waitFor();
}

/** How a scrolling table box looks: does it scroll, is its first column sticky, is the cue shown. */
async function tableBox(page, tableId) {
  return page.evaluate((id) => {
    const table = document.getElementById(id);
    const wrap = table.closest(".table-wrap");
    const first = table.querySelector("tbody tr > :first-child");
    const hint = wrap.previousElementSibling;
    return {
      scrolls: wrap.scrollWidth > wrap.clientWidth + 1,
      sticky: getComputedStyle(first).position,
      hint: hint?.classList.contains("scroll-hint") ? getComputedStyle(hint).display : "none",
      page: document.documentElement.scrollWidth,
    };
  }, tableId);
}

/** Scrolls a table's box to its end; true when its last header cell is then inside the box. */
async function lastColumnReachable(page, tableId) {
  return page.evaluate((id) => {
    const table = document.getElementById(id);
    const wrap = table.closest(".table-wrap");
    wrap.scrollLeft = wrap.scrollWidth;
    const box = wrap.getBoundingClientRect();
    const last = table.querySelector("thead th:last-child").getBoundingClientRect();
    return last.right <= box.right + 1 && last.left >= box.left - 1;
  }, tableId);
}

for (const [locale, lang] of [["en-US", "en"], ["zh-CN", "zh"]]) {
  test(`at 390 px the schedule and journey tables scroll with a cue and a sticky first column (${lang})`, async () => {
    const { context, guard, page } = await open(locale, { width: 390, height: 844 });
    await openTab(page, "plan", "#loan-product");
    await page.selectOption("#loan-product", "custom");
    await page.fill("#loan-amount", "1000000");
    await page.fill("#loan-term", "360");
    await page.locator("#schedule-table tbody tr:nth-child(24)").waitFor();
    for (const id of ["schedule-table"]) {
      const box = await tableBox(page, id);
      assert.ok(box.scrolls, `${id} wider than a phone scrolls in its box`);
      assert.equal(box.sticky, "sticky");
      assert.equal(box.hint, "block");
      assert.ok(box.page <= 390, `the page itself does not scroll sideways: ${box.page}`);
      assert.ok(await lastColumnReachable(page, id), `${id}'s balance column can be reached`);
    }
    await openTab(page, "journey", "#journey-table");
    const box = await tableBox(page, "journey-table");
    assert.ok(box.scrolls && box.sticky === "sticky" && box.hint === "block", JSON.stringify(box));
    assert.ok(await lastColumnReachable(page, "journey-table"), "the warnings column can be reached");
    guard.assertClean(assert);
    await context.close();
  });

  test(`the journey's charts and summary read well (${lang})`, async () => {
    const { context, guard, page } = await open(locale);
    await openTab(page, "journey", "#journey-table");
    const top = await page.locator("#journey-limit-chart .y-top").textContent();
    if (lang === "en") assert.match(top, /^¥\d{1,3}(,\d{3})+$/);
    else assert.match(top, /^(\d+(\.\d+)?万|¥[\d,]+)$/);
    assert.match(await page.locator("#journey-score-chart .y-top").textContent(), /^\d{3}$/);
    const gap = await page.evaluate(() => {
      const score = document.getElementById("journey-score").getBoundingClientRect();
      const pill = document.querySelector("#journey-summary .j-now .band-pill").getBoundingClientRect();
      return pill.left - score.right;
    });
    assert.ok(gap >= 4, `space between the score and its band: ${gap}px`);
    guard.assertClean(assert);
    await context.close();
  });

  test(`a declined product names the score it needs and the gap (${lang})`, async () => {
    const { context, guard, page } = await open(locale);
    await page.selectOption("#preset", "thinFile");
    await openTab(page, "offers", "#offer-creditLoan");
    const gap = await page.locator("#offer-creditLoan .gap").textContent();
    const score = await page.locator("#score-value").textContent();
    const want = lang === "en" ? `needs 600, you have ${score}: ${600 - Number(score)} points short`
      : `需要 600 分，你现在 ${score} 分：还差 ${600 - Number(score)} 分`;
    assert.equal(gap, want);
    assert.equal(await page.locator("#offer-creditLoan button").count(), 0, "no plan of a ¥0 loan");
    await page.click("#offer-creditLoan .to-improvements");
    await page.locator("#panel-score #improvements").waitFor();
    guard.assertClean(assert);
    await context.close();
  });
}

test("the Learn tab is Chinese throughout on the Chinese page", async () => {
  const { context, guard, page } = await open("zh-CN");
  await openTab(page, "learn", "#learn");
  const table = await page.locator(".card-table").textContent();
  for (const english of ["months", "yes", "no", "thin file", "secondary", "selfEmployed", "civilServant", "Input"]) {
    assert.ok(!new RegExp(`\\b${english}\\b`).test(table), `"${english}" on the Chinese page`);
  }
  assert.match(table, /经营状况/);
  assert.match(table, /6–11 个月/);
  assert.match(table, /个体经营/);
  guard.assertClean(assert);
  await context.close();
});
