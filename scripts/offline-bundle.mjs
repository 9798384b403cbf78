#!/usr/bin/env node
// Writes dist/dossier.html: one self-contained file (CSS, JS glue and wasm inlined) that
// works when opened from file:// and makes no network request.
//
// Why not dist/index.html? Chromium treats file:// as an opaque origin, so the external ES
// module and the fetch of the .wasm that Trunk emits are both blocked. An inline module
// script is allowed, and wasm-bindgen's init accepts the wasm bytes directly.
//
// Usage: node scripts/offline-bundle.mjs [DIST_DIR]   (default: dist)

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');

/** Reads a file that index.html refers to by an absolute or relative URL. */
function readAsset(href) {
  const name = href.replace(/^.*\//, '');
  return readFileSync(join(dist, name));
}

function fail(msg) {
  console.error(`offline-bundle: ${msg}`);
  process.exit(1);
}

const jsHref = html.match(/import init, \* as bindings from '([^']+\.js)'/)?.[1];
const wasmHref = html.match(/module_or_path: '([^']+\.wasm)'/)?.[1];
if (!jsHref || !wasmHref) fail(`could not find the wasm-bindgen loader in ${dist}/index.html`);

// The glue is an ES module whose only export statement is `export { initSync, __wbg_init as default };`.
// Inline it as the body of an inline module and call __wbg_init with the bytes.
let glue = readAsset(jsHref).toString('utf8');
const exportLine = /^export \{([^}]*)\};?\s*$/m;
const exported = glue.match(exportLine)?.[1];
if (exported === undefined) fail('unexpected wasm-bindgen glue: no single export statement');
glue = glue.replace(exportLine, '');
// Rebuild what Trunk exposes as window.wasmBindings (the module namespace): `local as name`.
const bindings = exported
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)
  .map((s) => {
    const [local, name = local] = s.split(/\s+as\s+/);
    return `${JSON.stringify(name)}: ${local}`;
  })
  .join(', ');
if (glue.includes('</script')) fail('glue contains </script>');

const wasm64 = readAsset(wasmHref).toString('base64');
const loader = `${glue}
const __dossierWasm = Uint8Array.from(atob(${JSON.stringify(wasm64)}), (c) => c.charCodeAt(0));
const __dossierWasmExports = await __wbg_init({ module_or_path: __dossierWasm });
window.wasmBindings = { ${bindings} };
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: __dossierWasmExports } }));
`;

let out = html
  // A <base> would point relative URLs at the filesystem root.
  .replace(/<base [^>]*>\s*/g, '')
  // Preloads would make requests that file:// blocks (and that we no longer need).
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '')
  // Stylesheets become inline <style> blocks.
  .replace(/<link rel="stylesheet" href="([^"]+)"[^>]*\/?>/g, (_, href) => {
    const css = readAsset(href).toString('utf8');
    if (css.includes('</style')) fail(`${href} contains </style>`);
    return `<style>\n${css}\n</style>`;
  })
  // The Trunk loader becomes the inlined glue + bytes.
  .replace(/<script type="module">[\s\S]*?<\/script>/, () => `<script type="module">\n${loader}</script>`);

if (/(?:src|href)="\/?[^"#][^"]*"/.test(out.replace(/<a [^>]*>/g, ''))) {
  fail('dossier.html still refers to an external file');
}
writeFileSync(join(dist, 'dossier.html'), out);
console.log(`offline-bundle: wrote ${join(dist, 'dossier.html')} (${out.length} bytes)`);
