//! The borrower's tools on the release build, in both languages: a quote checked beside one of
//! our offers, the minimum-payment trap side by side, a daily-rate loan paid off on any day, a
//! bank calculator's total beside ours, a goal applied and played in the Journey, the Journey's
//! price falling over clean months; each new tab free of serious axe findings and of sideways
//! page scroll at 390 px.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, watchedPage, seriousA11yViolations } from "./helpers.mjs";

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

const text = async (page, sel) => (await page.locator(sel).first().textContent()).trim();
/** Waits until `sel`'s text is `want`. */
const textIs = (page, sel, want) =>
  page.waitForFunction(([s, w]) => document.querySelector(s)?.textContent.trim() === w, [sel, want]);
const percent = (t) => Number(t.replace("%", ""));

const NEW_TABS = { quote: "#quote-flows", trap: "#trap-table", goal: "#goal-months" };

for (const [locale, lang] of [["en-US", "en"], ["zh-CN", "zh"]]) {
  const en = lang === "en";

  test(`a quote is checked beside one of our offers (${lang})`, async () => {
    const { context, guard, page } = await open(locale);
    await openTab(page, "offers", "#offer-creditLoan");
    const offerApr = await text(page, "#offer-creditLoan .apr-value");
    await openTab(page, "quote", "#quote-flows");
    // The two examples a first visit shows: 0.6 % a month for 12 months, 8.8 % for 12 periods.
    assert.equal(await text(page, "#q-0-apr"), "13.03%");
    assert.equal(await text(page, "#q-0-naive"), "7.20%");
    assert.equal(await text(page, "#q-0-quoted"), en ? "0.6% a month × 12" : "0.6%/月 × 12 期");
    assert.equal(await text(page, "#q-1-apr"), "15.86%");
    assert.equal(await text(page, "#q-1-cost"), "¥528.00");
    assert.equal(await page.locator("#q-0-card .badges li").count(), 3);
    // Our credit loan, one click away: the same APR as the Offers tab's.
    await page.click("#quote-offer-creditLoan");
    await page.locator("#q-2-apr").waitFor();
    assert.equal(await text(page, "#q-2-apr"), offerApr);
    assert.match(await text(page, "#q-2-h"), en ? /our offer: credit loan/ : /本页产品：信用贷/);
    assert.equal(await page.locator("#quote-flows thead th").count(), 4);
    assert.equal(await page.locator("#quote-flows .q-apr td").nth(2).textContent(), offerApr);
    // A wrong rate is named beside its box; the last good figures stay.
    await page.fill("#q-0-rate", "abc");
    await page.locator("#q-0-rate-err:not(:empty)").waitFor();
    assert.equal(await text(page, "#q-0-rate-err"), en ? "Enter a rate from 0 to 10 (%)." : "请输入 0 到 10 之间的费率（%）。");
    assert.equal(await page.getAttribute("#q-0-rate", "aria-invalid"), "true");
    assert.equal(await text(page, "#q-0-apr"), "13.03%");
    await page.fill("#q-0-rate", "0.8");
    await page.waitForFunction(() => document.querySelector("#q-0-apr").textContent !== "13.03%");
    assert.ok(percent(await text(page, "#q-0-apr")) > 13.03);
    assert.equal(await text(page, "#q-0-naive"), "9.60%");
    // A fee kept back: what is received falls, the APR rises.
    await page.click("#quote-example-5");
    await page.locator("#q-3-apr").waitFor();
    assert.equal(await text(page, "#q-3-received"), "¥9,000.00");
    assert.ok(percent(await text(page, "#q-3-apr")) > 7.2);
    assert.equal(await page.isDisabled("#quote-add"), true, "four quotes at most");
    await page.click("#q-0-remove");
    await textIs(page, "#q-0-apr", "15.86%");
    // The quotes travel in the link.
    await page.waitForFunction(() => location.hash.includes("q.count=3"));
    guard.assertClean(assert);
    await context.close();
  });

  test(`the minimum-payment trap sets the ways side by side (${lang})`, async () => {
    const { context, guard, page } = await open(locale);
    await openTab(page, "trap", "#trap-table");
    const ids = await page.$$eval("#trap-table tbody tr", (rows) => rows.map((r) => r.id));
    assert.deepEqual(ids, ["full", "minimum", "fixed", "inst-3", "inst-6", "inst-9", "inst-12"].map((w) => `trap-way-${w}`));
    assert.equal(await text(page, "#trap-way-full .trap-apr"), "0.00%");
    assert.equal(await text(page, "#trap-way-full .trap-cost"), "¥0.00");
    assert.equal(await text(page, "#trap-way-inst-12 .trap-apr"), "15.86%");
    assert.equal(await text(page, "#trap-way-inst-12 .trap-cost"), "¥880.00");
    const months = async (id) => Number((await text(page, `#trap-way-${id} .trap-months`)).match(/\d+/)[0]);
    assert.ok((await months("minimum")) > (await months("fixed")), "the minimum takes longest");
    assert.ok(percent(await text(page, "#trap-way-minimum .trap-apr")) > 15);
    assert.match(await text(page, "#trap-note"), en ? /Real issuers' rules .* differ/ : /各发卡机构的实际规则.*各不相同/);
    assert.ok((await page.locator("#trap-chart polyline").count()) >= 7, "a line for each way");
    // ¥50 a month never repays ¥10,000 at 0.05 % a day.
    await page.fill("#trap-fixed", "50");
    await page.waitForFunction(() => /Never|永远/.test(document.querySelector("#trap-way-fixed .trap-months").textContent));
    assert.equal(await text(page, "#trap-way-fixed .trap-apr"), "—");
    // A wrong statement is named beside its box; the table stays.
    await page.fill("#trap-amt", "0");
    await page.locator("#trap-amt-err:not(:empty)").waitFor();
    assert.match(await text(page, "#trap-amt-err"), en ? /above 0/ : /大于 0/);
    assert.equal(await text(page, "#trap-way-inst-12 .trap-apr"), "15.86%");
    guard.assertClean(assert);
    await context.close();
  });

  test(`a daily-rate loan is paid off on any day (${lang})`, async () => {
    const { context, guard, page } = await open(locale);
    await openTab(page, "plan", "#loan-product");
    await page.locator("#plan-apr").waitFor();
    const interest = await text(page, "#plan-interest");
    await page.check("#loan-prepay");
    await page.selectOption("#loan-payoffOn", "day");
    await page.locator("#plan-payoff-due").waitFor();
    const day = await page.inputValue("#loan-payoffDate");
    assert.match(day, /^\d{4}-\d\d-\d\d$/);
    // The last row is dated the payoff day; the plan has no APR then, and says why.
    assert.equal(await text(page, "#schedule-table tbody tr:last-child .date"), day);
    assert.equal(await text(page, "#plan-apr"), "—");
    await page.locator("#plan-no-apr").waitFor();
    assert.match(await text(page, "#plan-payoff-due"), /^¥[\d,]+\.\d\d$/);
    const saved = Number((await text(page, "#plan-saved")).replace(/[¥,]/g, ""));
    assert.ok(saved > 0, `interest saved ${saved}`);
    assert.notEqual(await text(page, "#plan-interest"), interest);
    // A day after the plan ends is named beside the date; the figures stay.
    const due = await text(page, "#plan-payoff-due");
    await page.fill("#loan-payoffDate", `${Number(day.slice(0, 4)) + 3}${day.slice(4)}`);
    await page.locator("#loan-payoffDate-err:not(:empty)").waitFor();
    assert.equal(await text(page, "#plan-payoff-due"), due);
    await page.waitForFunction(() => location.hash.includes("a.payoffOn=true"));
    guard.assertClean(assert);
    await context.close();
  });

  test(`a bank calculator's total stands beside ours (${lang})`, async () => {
    const { context, guard, page } = await open(locale);
    await openTab(page, "plan", "#loan-product");
    await page.selectOption("#loan-product", "custom");
    await page.fill("#loan-amount", "1000000");
    await page.fill("#loan-term", "360");
    await page.fill("#loan-rate", "4.9");
    await textIs(page, "#plan-calculator", "¥910,616.19");
    assert.equal(await text(page, "#plan-interest"), "¥910,615.12");
    assert.match(await text(page, "#plan-calculator-why"), en ? /rounded to the fen/ : /取整到分/);
    await page.selectOption("#loan-method", "equalPrincipal");
    await textIs(page, "#plan-calculator", "¥737,041.67");
    assert.equal(await text(page, "#plan-interest"), "¥737,041.08");
    await page.selectOption("#loan-method", "bullet");
    await page.locator("#plan-calculator").waitFor({ state: "detached" });
    guard.assertClean(assert);
    await context.close();
  });

  test(`a goal is applied and played in the Journey (${lang})`, async () => {
    const { context, guard, page } = await open(locale);
    await openTab(page, "goal", "#goal-months");
    const before = Number(await text(page, "#score-value"));
    assert.equal(await text(page, "#goal-target"), String(before + 25));
    const months = Number(await text(page, "#goal-months"));
    assert.ok(months > 0, "time must add months");
    assert.ok((await page.locator("#goal-steps .step-now").count()) > 0, "a step to make now");
    assert.ok((await page.locator("#goal-steps .step-later").count()) > 0, "a step time makes");
    assert.equal(await page.locator("#goal-chart .j-dot").count(), months + 1);
    await page.click("#goal-apply");
    await page.waitForFunction((b) => Number(document.querySelector("#score-value").textContent) > b, before);
    // The plan now starts from the new profile: nothing left to do now, the target unmoved.
    await page.waitForFunction(() => document.querySelector("#goal-apply")?.disabled);
    assert.equal(await text(page, "#goal-target"), String(before + 25));
    assert.equal(await page.locator("#goal-steps .step-now").count(), 0);
    await page.click("#goal-play");
    await page.locator("#panel-journey:not([aria-busy]) #journey-table").waitFor();
    await page.waitForFunction((n) => document.querySelectorAll("#journey-table tbody tr").length === n, months);
    const marks = await page.$$eval("#journey-table tbody select", (s) => s.map((x) => x.value));
    assert.ok(marks.every((m) => m === "onTime"), marks.join());
    guard.assertClean(assert);
    await context.close();
  });

  test(`the Journey's price falls over clean months (${lang})`, async () => {
    const { context, guard, page } = await open(locale);
    await page.selectOption("#preset", "thinFile");
    await openTab(page, "journey", "#journey-table");
    const aprs = await page.$$eval("#journey-table tbody .j-apr", (c) => c.map((x) => x.textContent));
    const numbers = aprs.map((a) => Number(a.replace("%", "")));
    assert.ok(numbers.every((n) => n > 0), aprs.join());
    for (let i = 1; i < numbers.length; i++) assert.ok(numbers[i] <= numbers[i - 1], aprs.join());
    assert.ok(numbers.at(-1) < numbers[0], aprs.join());
    assert.match(await text(page, "#journey-table tbody .j-daily"), /^0\.\d+%$/);
    // Before the first month the loan is not offered: the chart says so.
    const label = await page.getAttribute("#journey-apr-chart svg", "aria-label");
    assert.match(label, en ? /from not offered to .*not offered that month/ : /从 不提供 到 .*当月不提供/);
    // A missed month: not offered again, and the table says it in words.
    await page.selectOption("#journey-month-2", "missed");
    await page.waitForFunction(() => /not offered|不提供/.test(document.querySelector("#journey-table tbody tr:nth-child(2) .j-apr").textContent));
    guard.assertClean(assert);
    await context.close();
  });

  test(`the new tabs have no serious axe finding and no sideways scroll at 390 px (${lang})`, async () => {
    const { context, guard, page } = await open(locale, { width: 390, height: 844 });
    for (const [tab, ready] of Object.entries(NEW_TABS)) {
      await openTab(page, tab, ready);
      assert.deepEqual(await seriousA11yViolations(page), [], `${tab}`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 390, `${tab}: the page is ${wide} px wide`);
    }
    // The wide tables scroll in their own box, under a sticky first column, with the cue.
    for (const [tab, id] of [["quote", "quote-flows"], ["trap", "trap-table"]]) {
      await openTab(page, tab, `#${id}`);
      const box = await page.evaluate((tid) => {
        const t = document.getElementById(tid);
        const wrap = t.closest(".table-wrap");
        return {
          sticky: getComputedStyle(t.querySelector("tbody tr > :first-child")).position,
          hint: getComputedStyle(wrap.previousElementSibling).display,
        };
      }, id);
      assert.deepEqual(box, { sticky: "sticky", hint: "block" }, tab);
    }
    guard.assertClean(assert);
    await context.close();
  });
}

test("the new tabs have no serious axe finding at 1280 px", async () => {
  for (const locale of ["en-US", "zh-CN"]) {
    const { context, guard, page } = await open(locale);
    for (const [tab, ready] of Object.entries(NEW_TABS)) {
      await openTab(page, tab, ready);
      assert.deepEqual(await seriousA11yViolations(page), [], `${locale} ${tab}`);
    }
    await openTab(page, "journey", "#journey-apr-chart");
    assert.deepEqual(await seriousA11yViolations(page), [], `${locale} journey`);
    guard.assertClean(assert);
    await context.close();
  }
});
