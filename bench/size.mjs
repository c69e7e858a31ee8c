//! What takes the space in a .wasm file: bytes per section, and code bytes per crate and the
//! largest functions (from the name section, so run it on a build that keeps names, e.g. the
//! wasm before wasm-opt). A small twiggy-like view with no install. Usage:
//!   node bench/size.mjs <file.wasm> [--top N] [--json out.json]
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const file = args[0];
const top = Number(args[args.indexOf("--top") + 1] || 12) || 12;
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : null;
const bytes = readFileSync(file);

let pos = 8;
const u32 = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) return result;
    shift += 7;
  }
};
const str = () => {
  const len = u32();
  const s = bytes.toString("utf8", pos, pos + len);
  pos += len;
  return s;
};
const SECTION = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount", "tag"];
const sections = [];
let importedFuncs = 0;
const bodies = [];
const names = new Map();
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = u32();
  const start = pos;
  const end = pos + size;
  let name = SECTION[id] ?? `id${id}`;
  if (id === 0) name = `custom:${str()}`;
  sections.push({ name, bytes: end - start + 1 + (start - (start - 1)) });
  if (id === 2) {
    const count = u32();
    for (let i = 0; i < count; i++) {
      str();
      str();
      const kind = bytes[pos++];
      if (kind === 0) {
        importedFuncs++;
        u32();
      } else if (kind === 1) {
        pos++;
        const flags = u32();
        u32();
        if (flags & 1) u32();
      } else if (kind === 2) {
        const flags = u32();
        u32();
        if (flags & 1) u32();
      } else if (kind === 3) {
        pos += 2;
      } else if (kind === 4) {
        pos++;
        u32();
      }
    }
  } else if (id === 10) {
    const count = u32();
    for (let i = 0; i < count; i++) {
      const len = u32();
      bodies.push({ index: importedFuncs + i, bytes: len });
      pos += len;
    }
  } else if (name === "custom:name") {
    while (pos < end) {
      const sub = bytes[pos++];
      const len = u32();
      const subEnd = pos + len;
      if (sub === 1) {
        const count = u32();
        for (let i = 0; i < count; i++) {
          const idx = u32();
          names.set(idx, str());
        }
      }
      pos = subEnd;
    }
  }
  pos = end;
}

/** Readable form of a legacy-mangled Rust name (`_ZN4core3fmt5write17h…E` → `core::fmt::write`). */
function demangle(name) {
  if (!name || !name.startsWith("_ZN")) return name;
  const parts = [];
  let i = 3;
  while (i < name.length && name[i] !== "E") {
    const m = name.slice(i).match(/^(\d+)/);
    if (!m) break;
    i += m[1].length;
    parts.push(name.slice(i, i + Number(m[1])));
    i += Number(m[1]);
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts.join("::").replace(/\$LT\$/g, "<").replace(/\$GT\$/g, ">").replace(/\$u20\$/g, " ").replace(/\$C\$/g, ",").replace(/\$RF\$/g, "&").replace(/\.\./g, "::");
}

/** The crate a function belongs to, from its (mangled or demangled) name. */
function crateOf(raw) {
  if (!raw) return "(no name)";
  if (raw.startsWith("_R")) {
    // v0 mangling: the first crate root `C<disambiguator>_<len><name>`.
    const m = raw.match(/C(?:s[0-9A-Za-z]*_)?(\d+)/);
    if (m) {
      const at = m.index + m[0].length;
      return raw.slice(at, at + Number(m[1]));
    }
  }
  let n = demangle(raw).replace(/^_?[<&*]+/, "").replace(/^(mut |const |dyn )/, "");
  const m = n.match(/^([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::/);
  if (m) return m[1];
  if (/^__wbg|^__wbindgen|^__externref/.test(n)) return "wasm_bindgen";
  if (/^(__|memcpy|memset|memmove|memcmp)/.test(n)) return "compiler_builtins";
  return "(other)";
}

const codeTotal = bodies.reduce((s, b) => s + b.bytes, 0);
const byCrate = new Map();
for (const b of bodies) {
  const c = crateOf(names.get(b.index));
  byCrate.set(c, (byCrate.get(c) ?? 0) + b.bytes);
}
const crates = [...byCrate].sort((a, b) => b[1] - a[1]);
const largest = [...bodies].sort((a, b) => b.bytes - a.bytes).slice(0, top).map((b) => ({ bytes: b.bytes, name: demangle(names.get(b.index)) ?? `func${b.index}` }));
const report = {
  file,
  bytes: bytes.length,
  gzipBytes: gzipSync(bytes, { level: 9 }).length,
  functions: bodies.length,
  named: names.size,
  sections: sections.sort((a, b) => b.bytes - a.bytes),
  codeBytes: codeTotal,
  byCrate: crates.map(([crate, b]) => ({ crate, bytes: b, share: b / codeTotal })),
  largest,
};
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2));
console.log(`${file}: ${report.bytes} B (${report.gzipBytes} B gzipped), ${report.functions} functions`);
console.log(`  sections: ${report.sections.map((s) => `${s.name} ${s.bytes}`).join(", ")}`);
if (names.size === 0) console.log("  (no name section: code per crate needs a build that keeps names)");
else {
  console.log(`  code by crate (of ${codeTotal} B): ${report.byCrate.slice(0, top).map((c) => `${c.crate} ${(100 * c.share).toFixed(1)} %`).join(", ")}`);
  console.log("  largest functions:");
  for (const f of largest) console.log(`    ${String(f.bytes).padStart(6)}  ${f.name.slice(0, 100)}`);
}
