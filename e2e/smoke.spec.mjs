//! The thin slice end to end: the page loads, takes a profile input, and shows a figure the core
//! computed; no console error, no request off 127.0.0.1, and an accessibility check.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, watchedPage, seriousA11yViolations } from "./helpers.mjs";

const site = useSite();

test("typing a profile value updates the figure the core computed", async () => {
  const context = await site.browser.newContext({ locale: "en-US" });
  const guard = await watchedPage(context);
  const { page } = guard;
  await page.goto(site.server.url);
  const income = page.locator("#field-monthlyIncome");
  const score = page.locator("#score-value");
  await score.waitFor();
  const before = await score.textContent();
  await income.fill("60000");
  await page.waitForFunction((b) => document.querySelector("#score-value")?.textContent !== b, before);
  assert.ok(Number(await score.textContent()) > Number(before), "a higher income scores higher");
  await income.fill("not a number");
  await page.locator("#err-monthlyIncome").waitFor();
  assert.equal(await page.getAttribute("#field-monthlyIncome", "aria-invalid"), "true");
  // Only the main bundle was fetched: the deferred tabs load when one is opened.
  const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  assert.ok(!fetched.some((u) => u.includes("/deferred/")), fetched.join("\n"));
  assert.deepEqual(await seriousA11yViolations(page), []);
  guard.assertClean(assert);
  await context.close();
});
