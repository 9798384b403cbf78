// Measures what a visitor waits for: bytes transferred and the time from navigation to
// the app's first render in headless Chromium. A measurement, not a test: it prints
// figures and never fails on them.
//
//   node e2e/measure-startup.mjs [--runs 10] [--hash '#/article/<id>']   (after scripts/build.sh)
//
// Startup time is the `dossier-rendered` performance mark, which the app sets after its
// first render (src/ui/browser.rs); its startTime counts from the start of navigation.
// Each load uses a fresh browser context, so nothing comes from the HTTP cache.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launchBrowser, openRecordedPage, serveSite, waitForApp } from './harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', 10));
const hash = option('--hash', '');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// Sizes of what the page downloads.
let rawTotal = 0;
let gzipTotal = 0;
for (const name of (await readdir(DIST)).sort()) {
  // dossier.html is the offline bundle (scripts/offline-bundle.mjs), not part of the site.
  if (!/\.(html|js|wasm|css)$/.test(name) || name === 'dossier.html') continue;
  const bytes = await readFile(join(DIST, name));
  const gz = gzipSync(bytes, { level: 9 }).length;
  rawTotal += bytes.length;
  gzipTotal += gz;
  console.log(`${name.padEnd(44)} ${kb(bytes.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip -9`);
}
console.log(`${'total'.padEnd(44)} ${kb(rawTotal).padStart(10)} raw ${kb(gzipTotal).padStart(10)} gzip -9`);

const browser = await launchBrowser();
const site = await serveSite(DIST);
const times = [];
try {
  for (let i = 0; i < runs; i += 1) {
    const s = await openRecordedPage(browser, site.url);
    await s.page.goto(site.url + hash);
    await waitForApp(s.page);
    const t = await s.page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        engine: performance.getEntriesByName('dossier-engine-built')[0]?.startTime ?? NaN,
        rendered: performance.getEntriesByName('dossier-rendered')[0].startTime,
        domContentLoaded: nav.domContentLoadedEventEnd,
      };
    });
    times.push(t);
    await s.context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
const rendered = times.map((t) => t.rendered);
console.log(`navigation -> first render (${runs} cold loads, ${site.url}${hash}):`);
console.log(`  median ${median(rendered).toFixed(0)} ms, min ${Math.min(...rendered).toFixed(0)} ms, max ${Math.max(...rendered).toFixed(0)} ms`);
console.log(`  (engine built at median ${median(times.map((t) => t.engine)).toFixed(0)} ms)`);
console.log(`  (DOMContentLoaded median ${median(times.map((t) => t.domContentLoaded)).toFixed(0)} ms)`);
