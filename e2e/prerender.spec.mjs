//! The prerendered first frame (www/src/prerender.rs): a first visit shows the default scenario's
//! score from index.html alone, in the browser's language, and it is the very markup the app then
//! renders; a link or a saved scenario of its own shows nothing until the app has rendered it.
//! The wasm download is held back in each test, so the page is seen before the app starts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, watchedPage, seriousA11yViolations } from "./helpers.mjs";

const site = useSite();

/** In the page: #app's element children (the noscript aside) as comparable values: tag, sorted
 * attributes, own text and children, so markup parsed from index.html and markup the app built can
 * be compared whatever the order their attributes were written in. */
const APP_FRAME = () => {
  const canon = (el) => ({
    tag: el.tagName.toLowerCase(),
    attrs: [...el.attributes].map((a) => `${a.name}=${a.value}`).sort(),
    text: [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(""),
    children: [...el.children].map(canon),
  });
  return [...document.getElementById("app").children].filter((el) => el.tagName !== "NOSCRIPT").map(canon);
};

/** Opens `url` with the app's wasm held back; resolves to what was on the page before the app
 * started and a function that lets the wasm through and resolves once the app has rendered. */
async function openHeld(context, url) {
  const guard = await watchedPage(context);
  const { page } = guard;
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url, { waitUntil: "domcontentloaded" });
  const before = {
    lang: await page.evaluate(() => document.documentElement.lang),
    prerendered: await page.evaluate(() => document.getElementById("app").dataset.prerendered ?? null),
    frame: await page.evaluate(APP_FRAME),
    score: await page.evaluate(() => document.getElementById("score-value")?.textContent ?? null),
    form: await page.evaluate(() => document.getElementById("field-monthlyIncome") !== null),
  };
  const start = async () => {
    release();
    await page.locator("#field-monthlyIncome").waitFor();
  };
  return { guard, page, before, start };
}

for (const [locale, lang, title] of [
  ["en-US", "en", "Credit Simulator"],
  ["zh-CN", "zh-CN", "信用模拟器"],
]) {
  test(`a first visit (${locale}) paints the default score before the app starts, as the app renders it`, async () => {
    const context = await site.browser.newContext({ locale });
    const { guard, page, before, start } = await openHeld(context, site.server.url);
    assert.equal(before.lang, lang);
    assert.equal(before.prerendered, lang.slice(0, 2));
    assert.match(before.score ?? "", /^\d{3}$/, "the prerendered score is on the page");
    assert.equal(before.form, false, "the form comes with the app");
    assert.ok(JSON.stringify(before.frame).includes(title));
    // Seen before the wasm arrived, so it came from index.html; the CSP let its script run.
    await start();
    const live = await page.evaluate(APP_FRAME);
    assert.equal(await page.getAttribute("#app", "data-prerendered"), null, "the app drops the mark");
    // The app's first frame: everything up to the (still empty) <main>; after it, the form.
    const upToMain = (frame) => frame.slice(0, frame.findIndex((el) => el.tag === "main"));
    assert.ok(upToMain(before.frame).length >= 4);
    assert.deepEqual(upToMain(live), upToMain(before.frame));
    assert.equal(await page.textContent("#score-value"), before.score);
    assert.equal(await page.evaluate(() => document.querySelectorAll("#score-value").length), 1);
    assert.deepEqual(await seriousA11yViolations(page), []);
    guard.assertClean(assert);
    await context.close();
  });
}

test("a link to another scenario shows no prerendered score, only the app's own", async () => {
  const context = await site.browser.newContext({ locale: "en-US" });
  // The default scenario's text (what a first visit saves), with a higher income.
  const first = await openHeld(context, site.server.url);
  await first.start();
  // The hash trails the app's first write (www/src/url.rs, HASH_DELAY_MS).
  await first.page.waitForFunction(() => location.hash.includes("monthlyIncome="));
  const text = await first.page.evaluate(() => location.hash.slice(1));
  const defaultScore = await first.page.textContent("#score-value");
  await first.page.close();
  assert.match(text, /monthlyIncome=9000/);
  const link = `${site.server.url}#${text.replace("monthlyIncome=9000", "monthlyIncome=60000")}`;
  const { guard, page, before, start } = await openHeld(context, link);
  assert.equal(before.score, null, "nothing is shown for a scenario that was not prerendered");
  assert.equal(before.prerendered, null);
  await start();
  assert.ok(Number(await page.textContent("#score-value")) > Number(defaultScore));
  guard.assertClean(assert);
  await context.close();
});

test("a returning visitor with the default saved sees it prerendered in the saved language", async () => {
  const context = await site.browser.newContext({ locale: "en-US" });
  const first = await openHeld(context, site.server.url);
  await first.start();
  await first.page.click("#lang-switch");
  await first.page.waitForFunction(() => location.hash.includes("lang=zh"));
  await first.page.close();
  // No hash this time: the page reads the saved scenario, the default in Chinese.
  const again = await openHeld(context, site.server.url);
  assert.equal(again.before.lang, "zh-CN");
  assert.ok(JSON.stringify(again.before.frame).includes("信用分"));
  await again.start();
  again.guard.assertClean(assert);
  // An edited scenario saved: nothing prerendered.
  await again.page.fill("#field-monthlyIncome", "20000");
  await again.page.waitForFunction(() => location.hash.includes("monthlyIncome=20000"));
  await again.page.close();
  const edited = await openHeld(context, site.server.url);
  assert.equal(edited.before.score, null);
  await edited.start();
  edited.guard.assertClean(assert);
  await context.close();
});
