//! Where the time of one 360-row schedule goes through the JS API: runs `amortize` and
//! `amortizeColumns` for a second or two each under `node --cpu-prof` (scripts/bench --profile
//! starts it so), then prints the functions with the most self time (wasm functions by name).
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { HEADLINE } from "../common.mjs";

const dir = process.argv[2];
if (dir) {
  // Summarize the profiles in `dir`.
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
    const prof = JSON.parse(readFileSync(`${dir}/${file}`, "utf8"));
    const self = new Map();
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const dt = new Map();
    for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
    let total = 0;
    for (const [id, us] of dt) {
      const n = byId.get(id);
      const name = n.callFrame.functionName || `(${n.callFrame.url.split("/").pop() || "program"})`;
      self.set(name, (self.get(name) ?? 0) + us);
      total += us;
    }
    // The same samples by kind of work.
    const kinds = [
      ["decimal and money maths", /rust_decimal|credit_sim::money|credit_sim::amount|__multi3|__udivti3|__umodti3|u128_div_rem|__floattidf|specialized_div_rem/],
      ["input reading (JS → Rust)", /credit_sim::input|Loose|from_value|Deserializ|__wbg_entries|string_get|wbg_cast/],
      ["output building and text (Rust → JS)", /serde|to_js|getStringFromWasm|decode|encode|__wbg|wasm-to-js|__wbindgen|__externref|js_sys|wasm_bindgen|fmt|to_str|ArrayString|fen_text|credit_sim\.js|getDataView|getUint8|getArray|get buffer|credit_sim::js/],
      ["allocation", /dlmalloc|alloc::|Vec<|__rust_alloc|__rdl/],
      ["garbage collection", /garbage collector/],
    ];
    const byKind = new Map();
    for (const [name, us] of self) {
      const kind = kinds.find(([, re]) => re.test(name))?.[0] ?? "other (program, idle, profiler)";
      byKind.set(kind, (byKind.get(kind) ?? 0) + us);
    }
    console.log(`== ${file}: self time by kind`);
    for (const [kind, us] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`${((100 * us) / total).toFixed(1).padStart(5)} %  ${kind}`);
    console.log(`== ${file}: top self time`);
    for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      console.log(`${((100 * us) / total).toFixed(1).padStart(5)} %  ${name.slice(0, 110)}`);
    }
  }
} else {
  const require = createRequire(import.meta.url);
  // A build that keeps function names (no wasm-opt), so the profile names wasm functions.
  const ours = require(process.env.PROFILE_MODULE ?? "../out/node-names/credit_sim.js");
  const seconds = Number(process.env.PROFILE_SECONDS ?? 1.5);
  for (const name of (process.env.PROFILE_FN ?? "amortize,amortizeColumns").split(",")) {
    if (typeof ours[name] !== "function") continue;
    const end = performance.now() + seconds * 1000;
    let calls = 0;
    while (performance.now() < end) {
      ours[name](HEADLINE[0]);
      calls++;
    }
    console.log(`${name}: ${calls} calls in ${seconds} s`);
  }
}
