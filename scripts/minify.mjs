// Minifies the JS glue and the stylesheet of a Trunk build in place, rewrites their
// `integrity` hashes in index.html to match, and drops index.html's comments. scripts/build.sh runs it after the offline
// bundle (which inlines the files as Trunk wrote them).
//
// Why not Trunk's own `minify` setting: its JS minifier cannot parse wasm-bindgen's glue
// (`export { … as default }`) and leaves it whole with a warning, and its HTML minifier
// rewrites index.html in a shape the offline bundle does not read. esbuild (npm) minifies
// both files; the glue's comments (rustdoc of the exported functions) are most of what it
// saves, and the exported names stay as they are.
//
// Usage: node scripts/minify.mjs [DIST_DIR]   (default: dist)

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';

const dist = process.argv[2] ?? 'dist';
const fail = (message) => {
  console.error(`minify: ${message}`);
  process.exit(1);
};

const indexPath = join(dist, 'index.html');
let html;
try {
  html = readFileSync(indexPath, 'utf8');
} catch (e) {
  fail(`cannot read ${indexPath} (build first): ${e.message}`);
}

/** The file names index.html refers to with the given extension (Trunk's hashed names). */
const referenced = (ext) => [
  ...new Set([...html.matchAll(new RegExp(`["'/]([\\w.-]+\\.${ext})["']`, 'g'))].map((m) => m[1])),
];

const jsFiles = referenced('js');
const cssFiles = referenced('css');
if (jsFiles.length !== 1 || cssFiles.length !== 1) {
  fail(`expected one JS glue and one stylesheet in ${indexPath}, found ${jsFiles} and ${cssFiles}`);
}

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const report = [];
for (const [file, loader] of [[jsFiles[0], 'js'], [cssFiles[0], 'css']]) {
  const path = join(dist, file);
  const before = readFileSync(path);
  const { code } = await transform(before.toString('utf8'), {
    loader,
    minify: true,
    // Modern browsers only (the app needs WebAssembly with reference types anyway).
    target: loader === 'js' ? 'es2022' : 'chrome100',
    ...(loader === 'js' ? { format: 'esm' } : {}),
    legalComments: 'none',
  }).catch((e) => fail(`${file}: ${e.message}`));
  writeFileSync(path, code);
  // The integrity attribute of the tag that names this file: Trunk writes one for each
  // asset (sha384), and a stale one would make the browser refuse the file.
  const oldHash = sri(before);
  if (html.includes(oldHash)) html = html.replaceAll(oldHash, sri(code));
  else if (/integrity=/.test(html)) fail(`${indexPath} has integrity hashes, but none for ${file}`);
  report.push(`${file} ${(before.length / 1024).toFixed(1)} -> ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB`);
}
// index.html's comments are for whoever reads the source, not for the browser.
html = html.replace(/<!--[\s\S]*?-->\s*/g, '');
writeFileSync(indexPath, html);
console.log(`minify: ${report.join(', ')}`);
