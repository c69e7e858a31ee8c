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
    console.log(`== ${file}: top self time`);
    for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      console.log(`${((100 * us) / total).toFixed(1).padStart(5)} %  ${name.slice(0, 110)}`);
    }
  }
} else {
  const require = createRequire(import.meta.url);
  const ours = require("../out/node/credit_sim.js");
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
