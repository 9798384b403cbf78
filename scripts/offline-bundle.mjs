#!/usr/bin/env node
// Writes DIST/dossier.html: one self-contained file (CSS, JS glue and wasm inlined) that
// works when opened from file:// and makes no network request. scripts/build.sh runs it
// after every build.
//
// Why not dist/index.html? Chromium treats file:// as an opaque origin, so the external ES
// module and the fetch of the .wasm that Trunk emits are both blocked. An inline module
// script is allowed, and wasm-bindgen's init accepts the wasm bytes directly.
//
// Usage: node scripts/offline-bundle.mjs [DIST_DIR]   (default: dist)
//
// It refuses (exit 1, saying why) rather than write a file that would half work: an
// index.html it does not recognise, glue it cannot inline safely, or any reference left
// to another file.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const OUT = 'dossier.html';

function fail(msg) {
  console.error(`offline-bundle: ${msg}`);
  process.exit(1);
}

let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch (e) {
  fail(`cannot read ${join(dist, 'index.html')} (build first): ${e.message}`);
}

/** Reads a file of the build that index.html refers to by an absolute or relative URL. */
function readAsset(href) {
  const name = decodeURIComponent(href.replace(/[?#].*$/, '').replace(/^.*\//, ''));
  try {
    return readFileSync(join(dist, name));
  } catch (e) {
    return fail(`index.html refers to ${href}, which is not in ${dist}: ${e.message}`);
  }
}

/** Text that would end the inline element early, or start a comment state inside a script. */
function checkInlinable(what, text, tag) {
  const closing = new RegExp(`</${tag}`, 'i');
  if (closing.test(text)) fail(`${what} contains </${tag}: it cannot be inlined`);
  if (tag === 'script' && /<!--|<script/i.test(text)) {
    fail(`${what} contains <!-- or <script, which change how HTML parses an inline script`);
  }
}

const jsHref = html.match(/import init, \* as bindings from '([^']+\.js)'/)?.[1];
const wasmHref = html.match(/module_or_path: '([^']+\.wasm)'/)?.[1];
if (!jsHref || !wasmHref) fail(`could not find Trunk's wasm-bindgen loader in ${dist}/index.html`);

// The glue is an ES module (wasm-bindgen's `web` target). An inline module script may keep
// its `export` keywords, but nothing can import from it, so the exports are collected into
// `window.wasmBindings`, the object Trunk's loader exposes (the module namespace).
let glue = readAsset(jsHref).toString('utf8');
const names = new Map(); // exported name -> local name
// `export { a, b as c };`, the list wasm-bindgen ends the file with.
glue = glue.replace(/^export \{([^}]*)\};?[ \t]*$/gm, (_, list) => {
  for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [local, name = local] = item.split(/\s+as\s+/);
    names.set(name, local);
  }
  return '';
});
// `export function search(…)`, `export class X`: each #[wasm_bindgen] export.
glue = glue.replace(
  /^export (?=(?:async\s+)?(?:function\*?|class|const|let|var)\s)((?:async\s+)?(?:function\*?|class|const|let|var)\s+([A-Za-z_$][\w$]*))/gm,
  (_, declaration, name) => {
    names.set(name, name);
    return declaration;
  },
);
if (/^export\b/m.test(glue)) fail('unexpected wasm-bindgen glue: an export statement was not understood');
if (/^import\b/m.test(glue)) fail('unexpected wasm-bindgen glue: it imports another module');
const init = names.get('default');
if (!init) fail('unexpected wasm-bindgen glue: no default export (the init function)');
checkInlinable(jsHref, glue, 'script');
const bindings = [...names]
  .map(([name, local]) => `${JSON.stringify(name)}: ${local}`)
  .join(', ');

// base64 is plain ASCII with no `<`, so it is safe inside a script. The decode loop is
// the fastest portable one (Uint8Array.from with a callback is several times slower).
const wasm64 = readAsset(wasmHref).toString('base64');
const loader = `${glue}
const __dossierWasm = (() => {
  const text = atob(${JSON.stringify(wasm64)});
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
})();
const __dossierWasmExports = await ${init}({ module_or_path: __dossierWasm });
window.wasmBindings = { ${bindings} };
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: __dossierWasmExports } }));
`;

let loaders = 0;
let out = html
  // A <base> would point relative URLs at the filesystem root.
  .replace(/<base [^>]*>\s*/g, '')
  // Preloads would make requests that file:// blocks (and that are no longer needed).
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '')
  // Stylesheets become inline <style> blocks.
  .replace(/<link rel="stylesheet" href="([^"]+)"[^>]*\/?>/g, (_, href) => {
    const css = readAsset(href).toString('utf8');
    checkInlinable(href, css, 'style');
    if (/@import|url\((?!\s*['"]?data:)/i.test(css)) fail(`${href} loads another file (@import or url())`);
    return `<style>\n${css}\n</style>`;
  })
  // Trunk's loader becomes the inlined glue + bytes.
  .replace(/<script type="module">[\s\S]*?<\/script>/g, () => {
    loaders += 1;
    return `<script type="module">\n${loader}</script>`;
  });
if (loaders !== 1) fail(`expected one Trunk loader script in index.html, found ${loaders}`);

// Anything left that the browser would fetch: src/href attributes other than in-page
// anchors (#…) and data: URLs. Links in <a> are navigation, not requests, so they may stay.
const markupOnly = out
  .replace(/<script type="module">[\s\S]*?<\/script>/g, '')
  .replace(/<style>[\s\S]*?<\/style>/g, '')
  .replace(/<a\s[^>]*>/gi, '');
const external = markupOnly.match(/\s(?:src|href)\s*=\s*["']?(?!#|data:)[^"'\s>]+/i);
if (external) fail(`${OUT} would still load another file:${external[0]}`);

writeFileSync(join(dist, OUT), out);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`offline-bundle: wrote ${join(dist, OUT)} (${kb(Buffer.byteLength(out))}; exports: ${[...names.keys()].join(', ')})`);
