//! Screenshots of every tab at 1280 and 390 px in both languages, of the release build (dist/),
//! for looking at what the page shows: node scripts/screenshots.mjs [out dir] [preset]
//! (default out dir: screenshots/, gitignored; default preset: salaried).
import { mkdir } from "node:fs/promises";
import { serveDist, launchBrowser } from "../e2e/helpers.mjs";

const out = process.argv[2] ?? "screenshots";
const preset = process.argv[3] ?? "salaried";
const TABS = {
  score: "#reasons", offers: "#offer-creditLoan", plan: "#loan-product", compare: "#compare-diff",
  quote: "#quote-flows", trap: "#trap-table", goal: "#goal-months", journey: "#journey-table", learn: "#learn",
  workbench: "#rules-creditLoan",
};
await mkdir(out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const [locale, lang] of [["zh-CN", "zh"], ["en-US", "en"]]) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ locale, viewport: { width, height: width > 600 ? 900 : 844 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.locator("#score-value").waitFor();
      await page.selectOption("#preset", preset);
      for (const [tab, ready] of Object.entries(TABS)) {
        await page.click(`#tab-${tab}`);
        await page.locator(`#panel-${tab}:not([aria-busy]) ${ready}`).first().waitFor();
        await page.waitForTimeout(150);
        const path = `${out}/${width}-${lang}-${tab}.png`;
        if (width > 600) {
          await page.screenshot({ path, fullPage: true });
        } else {
          // On a phone the tab's panel is below the form: shoot the panel itself.
          await page.locator(`#panel-${tab}`).screenshot({ path });
        }
        console.log(path);
      }
      // The Workbench after a portfolio run, with one rule changed so A and B differ.
      await page.fill("#rule-creditLoan-minScore", "680");
      await page.fill("#pf-count", "20000");
      await page.click("#pf-run");
      await page.locator("#pf-results").waitFor({ timeout: 60_000 });
      await page.waitForTimeout(150);
      const path = `${out}/${width}-${lang}-portfolio.png`;
      if (width > 600) {
        await page.screenshot({ path, fullPage: true });
      } else {
        await page.locator("#panel-workbench").screenshot({ path });
      }
      console.log(path);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
