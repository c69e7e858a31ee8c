//! The thin slice end to end: the page loads, takes a profile input, and shows a figure the core
//! computed; no console error, no request off 127.0.0.1, and an accessibility check.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDist, launchBrowser, watchedPage, seriousA11yViolations } from "./helpers.mjs";

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("typing a profile value updates the figure the core computed", async () => {
  const context = await browser.newContext({ locale: "en-US" });
  const guard = await watchedPage(context);
  const { page } = guard;
  await page.goto(server.url);
  const income = page.locator("#income");
  const result = page.locator("#result");
  await income.waitFor();
  await income.fill("12000");
  await page.waitForFunction(() => document.querySelector("#result")?.textContent === "10500");
  assert.equal(await result.textContent(), "10500");
  await income.fill("not a number");
  await page.waitForFunction(() => /monthlyIncome/.test(document.querySelector("#result")?.textContent ?? ""));
  assert.deepEqual(await seriousA11yViolations(page), []);
  guard.assertClean(assert);
  await context.close();
});
