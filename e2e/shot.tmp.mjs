import { serveDist, launchBrowser } from "./helpers.mjs";
const [,, locale, width, hash, ...sels] = process.argv;
const s = await serveDist(); const b = await launchBrowser();
const page = await b.newPage({ locale, viewport: { width: Number(width), height: 900 } });
await page.goto(s.url + hash);
await page.locator("#tab-workbench").click();
await page.locator("#pf-run").waitFor();
await page.click("#pf-run");
await page.locator("#pf-results").waitFor({ timeout: 60000 });
await page.waitForTimeout(200);
let i = 0;
for (const sel of sels) { await page.locator(sel).screenshot({ path: `/tmp/shots/el-${locale}-${width}-${i++}.png` }); }
await b.close(); await s.close();
