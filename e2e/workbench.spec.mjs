//! The lender's workbench end to end, in both languages: a rule edited on the Workbench changes the
//! offer; a link with `r.` keys brings the rules back; a bad rule in a link is named; a generated
//! portfolio shows its progress, histogram and A/B tables and downloads its results; a CSV with
//! bad rows lists them, an unreadable file keeps the last results, and Cancel stops a run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { useSite, watchedPage, seriousA11yViolations } from "./helpers.mjs";

const site = useSite();
const LANGS = [
  { locale: "en-US", cancelled: "Cancelled." },
  { locale: "zh-CN", cancelled: "已取消。" },
];

async function openWorkbench(context, hash = "") {
  const guard = await watchedPage(context);
  const { page } = guard;
  await page.goto(site.server.url + hash);
  await page.locator("#tab-workbench").click();
  await page.locator("#rule-creditLoan-minScore").waitFor();
  return guard;
}

/** The text of a download, read from the file Playwright saved. */
async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

for (const { locale } of LANGS) {
  test(`${locale}: an edited rule changes the offer and travels in the link`, async () => {
    const context = await site.browser.newContext({ locale });
    const guard = await openWorkbench(context);
    const { page } = guard;
    await page.locator("#tab-offers").click();
    await page.locator("#offer-creditLoan").waitFor();
    assert.equal(await page.locator("#offer-creditLoan.is-declined").count(), 0, "the default profile gets the loan");

    await page.locator("#tab-workbench").click();
    await page.locator("#rule-creditLoan-minScore").fill("950");
    await page.locator("#rules-creditLoan .rule-changed").waitFor();
    await page.waitForFunction(() => location.hash.includes("r.creditLoan.minScore=950"));
    await page.locator("#tab-offers").click();
    await page.locator("#offer-creditLoan.is-declined").waitFor();

    // Another browser opening the link sees the same rules and the same decline.
    const url = page.url();
    const other = await context.browser().newContext({ locale });
    const again = await watchedPage(other);
    await again.page.goto(url);
    await again.page.locator("#tab-offers").click();
    await again.page.locator("#offer-creditLoan.is-declined").waitFor();
    await again.page.locator("#tab-workbench").click();
    assert.equal(await again.page.locator("#rule-creditLoan-minScore").inputValue(), "950");
    again.assertClean(assert);
    await other.close();

    // Out of range: a field error, and the last valid rules stay in force.
    await page.locator("#tab-workbench").click();
    await page.locator("#rule-creditLoan-minScore").fill("2000");
    await page.locator("#rules-stale").waitFor();
    assert.match(await page.locator("#rule-creditLoan-minScore-err").textContent(), /350.950/);
    await page.locator("#tab-offers").click();
    await page.locator("#offer-creditLoan.is-declined").waitFor();
    guard.assertClean(assert);
    await context.close();
  });
}

test("a link with a bad rule is named in the notice and the defaults stay", async () => {
  const context = await site.browser.newContext({ locale: "en-US" });
  const guard = await watchedPage(context);
  const { page } = guard;
  await page.goto(`${site.server.url}#v=1&r.creditLoan.minScore=2000`);
  await page.locator("#state-notice").waitFor();
  assert.match(await page.locator("#state-notice").textContent(), /r\.creditLoan\.minScore/);
  await page.locator("#tab-offers").click();
  await page.locator("#offer-creditLoan").waitFor();
  assert.equal(await page.locator("#offer-creditLoan.is-declined").count(), 0);
  guard.assertClean(assert);
  await context.close();
});

for (const { locale } of LANGS) {
  test(`${locale}: a generated portfolio shows progress, a histogram and A against B`, async () => {
    const context = await site.browser.newContext({ locale, acceptDownloads: true });
    const guard = await openWorkbench(context, "#v=1&r.creditLoan.minScore=700&pf.seed=7&pf.count=300000");
    const { page } = guard;
    assert.equal(await page.locator("#pf-count").inputValue(), "300000");
    await page.locator("#pf-run").click();
    await page.locator("#pf-progress").waitFor();
    assert.equal(await page.locator("#pf-cancel").isEnabled(), true);
    await page.locator("#pf-results").waitFor({ timeout: 60_000 });
    assert.equal(await page.locator("#pf-progress").count(), 0, "the bar goes when the run ends");

    // Twelve bins for A and twelve for B (the edited rules against the defaults).
    assert.equal(await page.locator("#pf-hist rect.hist-a").count(), 12);
    assert.equal(await page.locator("#pf-hist rect.hist-b").count(), 12);
    const overall = page.locator("#pf-overall tbody tr").first().locator("td");
    assert.deepEqual(await overall.allTextContents(), ["300,000", "300,000", "0"]);
    const loanHead = await page.locator("#pf-creditLoan thead th").count();
    assert.equal(loanHead, 4, "measure, A, B, B − A");
    // A stricter minimum score approves fewer: B (the defaults) approves more, so B − A is positive.
    const approved = page.locator("#pf-creditLoan tbody tr").nth(1).locator("td");
    assert.match((await approved.allTextContents())[2], /^\+\d/);

    const results = await downloaded(page, () => page.locator("#pf-save-results").click());
    assert.equal(results.name, "credit-sim-portfolio-7-300000-results.csv");
    const lines = results.text.replace(/^\uFEFF/, "").trim().split(/\r\n/);
    assert.equal(lines[0].split(",").length, 5);
    assert.match(lines[1], /,300000,300000,0$/);

    // The scored rows: a header and one line per applicant.
    const rows = await downloaded(page, () => page.locator("#pf-save-rows").click());
    const scored = rows.text.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    assert.equal(scored.length, 300_001);
    assert.match(scored[0], /^creditAgeMonths,.*,score,band,/);
    assert.equal(new Set(scored).size, scored.length, "no row twice");

    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations.filter((v) => !v.includes(".foot-other")), []);
    guard.assertClean(assert);
    await context.close();
  });
}

for (const { locale, cancelled } of LANGS) {
  test(`${locale}: a CSV's bad rows are listed, an unreadable file keeps the results, Cancel stops`, async () => {
    const context = await site.browser.newContext({ locale });
    const guard = await openWorkbench(context, "#v=1&pf.source=csv");
    const { page } = guard;
    await page.locator("#pf-run").click();
    assert.notEqual(await page.locator("#pf-file-err").textContent(), "", "no file chosen");

    const csv = [
      "age,monthlyIncome,education,nope",
      "41,12000,bachelor,x",
      "17,9000,bachelor,x",
      "35,abc,phd,x",
      "52,30000",
      "29,8000.50,vocational,x",
    ].join("\n");
    await page.locator("#pf-file").setInputFiles({ name: "applicants.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.locator("#pf-run").click();
    await page.locator("#pf-problems").waitFor({ timeout: 30_000 });
    assert.equal(await page.locator("#pf-skipped").textContent(), "3");
    const cells = await page.locator("#pf-problem-rows tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].slice(0, 2).map((td) => td.textContent).join(":")),
    );
    assert.deepEqual(cells, ["3:age", "4:monthlyIncome", "4:education", "5:(row)"]);
    assert.equal((await page.locator("#pf-overall tbody tr").first().locator("td").allTextContents())[0], "2");
    assert.match(await page.locator("#pf-problems").textContent(), /nope/);

    // GBK text (年龄 saved by Excel): a message in the page language, and the results stay.
    const gbk = Buffer.from([0xc4, 0xea, 0xc1, 0xe4, 0x2c, 0x0a, 0x33, 0x35, 0x2c, 0x0a]);
    await page.locator("#pf-file").setInputFiles({ name: "excel.csv", mimeType: "text/csv", buffer: gbk });
    await page.locator("#pf-run").click();
    await page.waitForFunction(() => document.querySelector("#pf-status")?.classList.contains("pf-bad"));
    assert.match(await page.locator("#pf-status").textContent(), /UTF-8/);
    assert.equal((await page.locator("#pf-overall tbody tr").first().locator("td").allTextContents())[0], "2");

    // A million generated applicants, cancelled: the workers stop and the results stay.
    await page.locator("#pf-source-synthetic").check();
    await page.locator("#pf-count").fill("1000000");
    await page.locator("#pf-run").click();
    await page.locator("#pf-progress").waitFor();
    await page.locator("#pf-cancel").click();
    await page.waitForFunction((t) => document.querySelector("#pf-status")?.textContent === t, cancelled);
    assert.equal(await page.locator("#pf-progress").count(), 0);
    assert.equal(await page.locator("#pf-run").isEnabled(), true);
    assert.equal((await page.locator("#pf-overall tbody tr").first().locator("td").allTextContents())[0], "2");
    guard.assertClean(assert);
    await context.close();
  });
}

test("a worker that cannot load fails the run with a message, and the page goes on", async () => {
  const context = await site.browser.newContext({ locale: "en-US" });
  await context.route("**/deferred/worker/**", (route) => route.abort());
  const guard = await watchedPage(context);
  const { page } = guard;
  await page.goto(`${site.server.url}#v=1&tab=workbench&pf.count=1000`);
  await page.locator("#pf-run").click();
  await page.waitForFunction(() => document.querySelector("#pf-status")?.classList.contains("pf-bad"));
  assert.match(await page.locator("#pf-status").textContent(), /^The run failed:/);
  assert.equal(await page.locator("#pf-run").isEnabled(), true);
  assert.equal(await page.locator("#pf-progress").count(), 0);
  // The rest of the page still works.
  await page.locator("#rule-creditLoan-minScore").fill("700");
  await page.locator("#rules-creditLoan .rule-changed").waitFor();
  const unexpected = guard.problems.filter((p) => !/deferred\/worker|Failed to load resource|net::ERR_FAILED/.test(p));
  assert.deepEqual(unexpected, []);
  await context.close();
});
