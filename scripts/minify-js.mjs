//! Minifies the JavaScript of a built site in place: the wasm-bindgen glue of the main bundle, the
//! embed bundles and the deferred one (Trunk's --minify leaves it as written: 6.7 KB gzipped, 5.0 KB minified),
//! their inline_js snippets and www/boot.js (copied as written, comments and all), and puts the
//! new Subresource Integrity hashes where index.html preloads them. Run by scripts/prerender in
//! release builds:
//!   node scripts/minify-js.mjs <staging dir>
import { readdir, readFile, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.argv[2];
if (!dir) throw new Error("usage: node scripts/minify-js.mjs <site dir>");
const indexPath = join(dir, "index.html");
let index = await readFile(indexPath, "utf8");
// Trunk's HTML minifier drops the quotes: data-js=/credit-sim-www-….js
const main = index.match(/data-js="?\/?([^"\s>]+\.js)/);
if (!main) throw new Error(`${indexPath}: no data-js="…" (the boot script tag of Trunk.toml's pattern_script)`);
const sri = (text) => `sha384-${createHash("sha384").update(text).digest("base64")}`;

// wasm-bindgen's inline_js snippets (the view library's loader), of both bundles.
const snippets = (await readdir(dir, { recursive: true }))
  .filter((f) => /(^|\/)snippets\/.+\.js$/.test(f))
  .sort();
// The embed bundles' glue (dist/embed/credit-sim-embed-*.js).
const embeds = (await readdir(join(dir, "embed")).catch(() => []))
  .filter((f) => /^credit-sim-embed-.+\.js$/.test(f))
  .map((f) => `embed/${f}`)
  .sort();
for (const file of [main[1], "deferred/credit-sim-views.js", "boot.js", ...embeds, ...snippets]) {
  const path = join(dir, file);
  const source = await readFile(path, "utf8");
  // Each is an ES module: the names it exports and the wasm's import names are kept.
  const out = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code) throw new Error(`${file}: terser gave no code`);
  await writeFile(path, out.code);
  const [before, after] = [sri(source), sri(out.code)];
  if (index.includes(before)) index = index.replaceAll(before, after);
  console.log(`minify-js: ${file} ${source.length} → ${out.code.length} B`);
}
await writeFile(indexPath, index);
