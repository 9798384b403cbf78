// Which crates the wasm's code bytes come from: reads a wasm file that still has its
// `name` section and sums each function body's size by the crate its name starts with.
// A size-investigation aid for docs/benchmarks.md; the shipped wasm is stripped, so build
// one with names first (a separate target dir, since `strip` changes every crate):
//
//   CARGO_TARGET_DIR=target/names cargo build --release --target wasm32-unknown-unknown \
//     --bin dossier-web --config 'profile.release.strip=false'
//   node e2e/bench/wasm-sizes.mjs target/names/wasm32-unknown-unknown/release/dossier-web.wasm [--top 30]
//
// Figures are before wasm-bindgen and wasm-opt, which shrink code by roughly a third.

import { readFileSync } from 'node:fs';

const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error('usage: node e2e/bench/wasm-sizes.mjs FILE.wasm [--top N]');
const top = Number(rest[rest.indexOf('--top') + 1] ?? 30) || 30;
const bytes = readFileSync(file);

let pos = 8; // magic + version
const leb = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return result;
  }
};
const name = () => {
  const len = leb();
  const s = bytes.toString('utf8', pos, pos + len);
  pos += len;
  return s;
};

let importedFuncs = 0;
const bodySizes = [];
const names = new Map();
const sections = {};
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = leb();
  const end = pos + size;
  if (id === 0) {
    const custom = name();
    sections[`custom ${custom}`] = size;
    if (custom === 'name') {
      while (pos < end) {
        const sub = bytes[pos++];
        const subSize = leb();
        const subEnd = pos + subSize;
        if (sub === 1) {
          const n = leb();
          for (let i = 0; i < n; i += 1) names.set(leb(), name());
        }
        pos = subEnd;
      }
    }
  } else {
    sections[['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'][id] ?? id] = size;
    if (id === 2) {
      const n = leb();
      for (let i = 0; i < n; i += 1) {
        name();
        name();
        const kind = bytes[pos++];
        if (kind === 0) { importedFuncs += 1; leb(); }
        else if (kind === 1) { pos += 1; const flags = leb(); leb(); if (flags & 1) leb(); }
        else if (kind === 2) { const flags = leb(); leb(); if (flags & 1) leb(); }
        else if (kind === 3) { pos += 2; }
        else if (kind === 4) { pos += 1; leb(); }
      }
    } else if (id === 10) {
      const n = leb();
      for (let i = 0; i < n; i += 1) {
        const s = leb();
        bodySizes.push(s);
        pos += s;
      }
    }
  }
  pos = end;
}

/**
 * The crate a mangled function name belongs to: legacy `_ZN<len><ident>…` (the first
 * ident, or the type inside `<…>` for impls) or v0 `_R…Cs<hash>_<len><crate>…`.
 * Generic code is counted where it is defined (a component's `view` under yew).
 */
function crateOf(fn) {
  let m = fn.match(/^_ZN(\d+)(.*)/);
  if (m) {
    const ident = m[2].slice(0, Number(m[1]));
    return ident.match(/^_?\$LT\$([A-Za-z_][A-Za-z0-9_]*)/)?.[1] ?? ident;
  }
  m = fn.match(/Cs[0-9A-Za-z]*_(\d+)([A-Za-z_][A-Za-z0-9_]*)/);
  if (m) return m[2].slice(0, Number(m[1]));
  return fn.match(/^([A-Za-z_][A-Za-z0-9_]*)::/)?.[1] ?? '(unnamed)';
}

const byCrate = new Map();
const byFn = [];
bodySizes.forEach((size, i) => {
  const fn = names.get(i + importedFuncs) ?? `func ${i + importedFuncs}`;
  byFn.push([fn, size]);
  const c = crateOf(fn);
  byCrate.set(c, (byCrate.get(c) ?? 0) + size);
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
console.log(`${file}: ${kb(bytes.length)}`);
for (const [s, size] of Object.entries(sections).sort((a, b) => b[1] - a[1])) console.log(`  section ${s.padEnd(24)} ${kb(size)}`);
console.log('\ncode by crate:');
for (const [c, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${c.padEnd(28)} ${kb(size)}`);
console.log(`\nlargest functions:`);
for (const [fn, size] of byFn.sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${kb(size)}  ${fn.slice(0, 150)}`);
