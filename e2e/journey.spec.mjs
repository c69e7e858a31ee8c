//! The Journey page end to end: mark month 3 late, see that month's score fall below month 2's,
//! the overdue warning appear (also in the live summary), penalty interest charged; then the
//! lender's view is there; no console error, no request off 127.0.0.1.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, watchedPage, seriousA11yViolations } from "./helpers.mjs";

const site = useSite();

const scoreOf = (page, month) =>
  page.evaluate(
    (m) => Number.parseInt(document.querySelector(`tr[data-month="${m}"] .j-score`)?.firstChild?.textContent ?? "NaN", 10),
    month,
  );

test("marking a month late lowers the score and raises a warning", async () => {
  const context = await site.browser.newContext({ locale: "en-US" });
  const guard = await watchedPage(context);
  const { page } = guard;
  await page.goto(site.server.url);
  await page.locator("#tab-journey").click();
  const month3 = page.locator("#journey-month-3");
  await month3.waitFor();
  assert.equal(await page.locator("#journey-alert").textContent(), "No warnings");
  assert.equal(await page.locator("#journey-penalty").textContent(), "¥0.00");
  const finalBefore = Number(await page.locator("#journey-score").textContent());
  assert.ok((await scoreOf(page, 3)) >= (await scoreOf(page, 2)));

  await month3.selectOption("late");
  const days = page.locator("#journey-days-3");
  await days.waitFor();
  await days.fill("45");
  await page.waitForFunction(() => document.querySelector('tr[data-month="3"] [data-warning="overdue"]'));

  assert.ok((await scoreOf(page, 3)) < (await scoreOf(page, 2)), "month 3 falls below month 2");
  assert.ok(Number(await page.locator("#journey-score").textContent()) < finalBefore, "the end score is lower");
  assert.match(await page.locator("#journey-alert").textContent(), /Month \d+: .*Overdue|Overdue/);
  assert.notEqual(await page.locator("#journey-penalty").textContent(), "¥0.00");
  assert.notEqual(await page.locator('tr[data-month="3"] .j-penalty').textContent(), "¥0.00");
  assert.match(await page.locator('tr[data-month="3"] .j-events').textContent(), /Limit (cut|frozen)/);
  assert.equal(await page.locator("#journey-summary").getAttribute("aria-live"), "polite");
  // Charts and the lender's view.
  assert.equal(await page.locator("#journey-score-chart svg .j-dot").count(), 13);
  await page.locator("#lender-view").waitFor();
  assert.ok(Number(await page.locator("#lender-defaults").textContent()) > 0);
  assert.equal(await page.locator("#lender-chart rect").count(), 10);

  // The footer's contrast (.foot-other) belongs to the app's stylesheet and is reported by the
  // smoke test; this test checks that the Journey page adds no violation of its own.
  const mine = (await seriousA11yViolations(page)).filter((v) => !v.includes(".foot-other"));
  assert.deepEqual(mine, []);
  guard.assertClean(assert);
  await context.close();
});

test("the journey's marks live in the link: a reload and another browser see the same", async () => {
  const context = await site.browser.newContext({ locale: "en-US" });
  const guard = await watchedPage(context);
  const { page } = guard;
  await page.goto(site.server.url);
  await page.locator("#tab-journey").click();
  const month3 = page.locator("#journey-month-3");
  await month3.waitFor();
  const before = Number(await page.locator("#journey-score").textContent());
  await month3.selectOption("late");
  await page.locator("#journey-days-3").fill("45");
  await page.waitForFunction(() => document.querySelector('tr[data-month="3"] [data-warning="overdue"]'));
  await page.waitForFunction(() => location.hash.includes("j=o2l45o9"));
  const want = {
    month3: await scoreOf(page, 3),
    end: Number(await page.locator("#journey-score").textContent()),
    penalty: await page.locator("#journey-penalty").textContent(),
  };
  assert.ok(want.end < before, "the late month lowers the score");
  const link = page.url();

  const sameJourney = async (p) => {
    const m3 = p.locator("#journey-month-3");
    await m3.waitFor();
    assert.equal(await m3.inputValue(), "late");
    assert.equal(await p.locator("#journey-days-3").inputValue(), "45");
    assert.equal(await scoreOf(p, 3), want.month3);
    assert.equal(Number(await p.locator("#journey-score").textContent()), want.end);
    assert.equal(await p.locator("#journey-penalty").textContent(), want.penalty);
    assert.equal(await p.locator("#journey-table tbody tr").count(), 12);
  };
  await page.reload();
  await sameJourney(page);
  // Without the hash, the saved scenario brings the journey back.
  await page.goto(site.server.url);
  await sameJourney(page);

  const other = await site.browser.newContext({ locale: "en-US" });
  const otherGuard = await watchedPage(other);
  await otherGuard.page.goto(link);
  await sameJourney(otherGuard.page);
  otherGuard.assertClean(assert);
  await other.close();

  // Reset clears the marks (and the key).
  await page.click("#reset");
  await page.locator("#tab-journey").click();
  await page.locator("#journey-month-3").waitFor();
  await page.waitForFunction(() => document.querySelector("#journey-month-3")?.value === "onTime");
  await page.waitForFunction(() => !location.hash.includes("j="));
  guard.assertClean(assert);
  await context.close();
});

test("a bad journey in a link is ignored with the notice", async () => {
  const context = await site.browser.newContext({ locale: "en-US" });
  const guard = await watchedPage(context);
  const { page } = guard;
  await page.goto(`${site.server.url}#v=1&lang=en&tab=journey&j=o2l0zz`);
  await page.locator("#state-notice").waitFor();
  const month3 = page.locator("#journey-month-3");
  await month3.waitFor();
  assert.equal(await month3.inputValue(), "onTime");
  assert.equal(await page.locator("#journey-table tbody tr").count(), 12);
  await page.waitForFunction(() => !location.hash.includes("j="));
  guard.assertClean(assert);
  await context.close();
});
