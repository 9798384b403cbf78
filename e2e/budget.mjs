// Prints the seed corpus's performance budget (issue 5): what a visitor downloads, how
// long until the search box can be used, and how long from a keystroke to the results.
// A report, not a test: it always exits 0 (unless it cannot measure at all).
//
//   bash scripts/build.sh && node e2e/budget.mjs [--dist dist] [--runs 10] [--keys 20]
//
// - Transfer: index.html and the css, js and wasm it loads, each gzip -9 (what a static
//   host serving gzip sends). dossier.html is listed for information; it is not part of
//   the site's transfer.
// - Navigation to an interactive search box: a fresh browser context per load (nothing
//   cached), time from the start of navigation until `[data-testid=search-input]` is in the
//   page at `#/search` (seen by a MutationObserver installed before the page's scripts).
//   Yew attaches the box's listeners in the same render that inserts it, so a box in the
//   page is a box that searches.
// - Keystroke to rendered results: in the search view, with a query but its last letter in
//   the box and its results on screen, the time from the keydown of the last letter to the
//   `dossier-results` performance mark, which an effect of the search view sets once the
//   new results are in the DOM. Results follow the box at each keystroke while searches
//   are cheap (LIVE_SEARCH_MS in src/ui/search_page.rs), as they are on the seed corpus.

import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, coldLoad, launchBrowser, median, openRecordedPage, serveSite, waitForApp } from './harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const dist = resolve(option('--dist', DIST));
const runs = Number(option('--runs', 10));
const keys = Number(option('--keys', 20));

const BUDGET = { transferKb: 250, interactiveMs: 300, keystrokeMs: 16 };
/** Words of the seed corpus; each search differs from the one before, so results change. */
const QUERIES = ['Lavrov', 'sanctions', 'Blinken', 'Geneva', 'NATO', 'security guarantees', 'troops', 'Biden', 'diplomacy', 'Ukraine'];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// ---- transfer -----------------------------------------------------------------------

const indexHtml = readFileSync(join(dist, 'index.html'));
const referenced = [...new Set(
  [...indexHtml.toString('utf8').matchAll(/(?:href|from|module_or_path:)\s*=?\s*['"]([^'"]+\.(?:css|js|wasm))['"]/g)]
    .map((m) => m[1].replace(/^.*\//, '')),
)];
const assets = [['index.html', indexHtml], ...referenced.map((name) => [name, readFileSync(join(dist, name))])];
console.log('Transfer (gzip -9):');
let gzipTotal = 0;
for (const [name, bytes] of assets) {
  const gz = gzipSync(bytes, { level: 9 }).length;
  gzipTotal += gz;
  console.log(`  ${name.padEnd(42)} ${kb(bytes.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
}
console.log(`  ${'total'.padEnd(42)} ${''.padStart(10)}     ${kb(gzipTotal).padStart(10)} gzip`);
const bundlePath = join(dist, 'dossier.html');
if (existsSync(bundlePath)) {
  const b = readFileSync(bundlePath);
  console.log(`  (dossier.html, the offline bundle: ${kb(b.length)} raw, ${kb(gzipSync(b, { level: 9 }).length)} gzip)`);
}

// ---- browser figures ----------------------------------------------------------------

const browser = await launchBrowser();
const site = await serveSite(dist);
const loads = [];
const keyTimes = { letter: [] };
try {
  for (let i = 0; i < runs; i += 1) {
    loads.push(await coldLoad(browser, site.url, '#/search'));
  }

  const s = await openRecordedPage(browser, site.url);
  const { page } = s;
  {
    await page.goto(`${site.url}#/search`);
    await waitForApp(page);
    const input = page.getByTestId('search-input');
    await input.waitFor();
    // Arms a probe at the next keydown; resolves to ms from that keydown to the search
    // view's next `dossier-results` mark (set by an effect once the new results are in the
    // DOM, src/ui/search_page.rs), or null if none comes within 5 s. A mark, not a DOM
    // mutation: a keystroke whose results happen to equal the last ones changes no node.
    const arm = () => page.evaluate(() => {
      window.__keyToResults = new Promise((done) => {
        addEventListener('keydown', () => {
          const t0 = performance.now();
          const deadline = t0 + 5000;
          const poll = () => {
            const mark = performance.getEntriesByName('dossier-results').find((m) => m.startTime >= t0);
            if (mark) done(mark.startTime - t0);
            else if (performance.now() > deadline) done(null);
            else setTimeout(poll, 1);
          };
          poll();
        }, { once: true, capture: true });
      });
    });
    const resultsMarks = () => page.evaluate(() => performance.getEntriesByName('dossier-results').length);
    for (let i = 0; i < keys; i += 1) {
      const q = QUERIES[i % QUERIES.length];
      // The query but its last letter, and its results on screen; then the last letter.
      const before = await resultsMarks();
      await input.fill(q.slice(0, -1));
      await page.waitForFunction((n) => performance.getEntriesByName('dossier-results').length > n, before);
      await arm();
      await input.press(q.slice(-1));
      keyTimes.letter.push(await page.evaluate(() => window.__keyToResults));
    }
  }
  await s.context.close();
} finally {
  await browser.close();
  await site.close();
}

// ---- report -------------------------------------------------------------------------

const interactive = median(loads.map((l) => l.searchBox));
const timed = (xs) => xs.filter((x) => x !== null);
const missed = (xs) => (xs.length - timed(xs).length ? ` (${xs.length - timed(xs).length} without results mark)` : '');
const letter = median(timed(keyTimes.letter));
const rows = [
  ['total transfer, gzip (html + js + wasm + css)', kb(gzipTotal), `${BUDGET.transferKb} KB`, gzipTotal <= BUDGET.transferKb * 1024],
  [`navigation -> search box in page (#/search), median of ${runs} cold loads`,
    `${interactive.toFixed(0)} ms`, `${BUDGET.interactiveMs} ms`, interactive <= BUDGET.interactiveMs],
  [`keystroke (a query's last letter) -> its results rendered, median of ${keys}${missed(keyTimes.letter)}`,
    `${letter.toFixed(1)} ms`, `${BUDGET.keystrokeMs} ms`, letter <= BUDGET.keystrokeMs],
];
console.log('');
console.log(`Budget (${dist}, headless Chromium, ${new Date().toISOString()}):`);
console.log('| figure | measured | budget | within |');
console.log('|---|---:|---:|:---:|');
for (const [what, got, budget, ok] of rows) {
  console.log(`| ${what} | ${got} | ${budget} | ${ok === null ? '' : ok ? 'yes' : '**no**'} |`);
}
const at = (key) => `${median(loads.map((l) => l[key])).toFixed(0)} ms`;
console.log(`\nStart-up medians after navigation (marks of src/main.rs): wasm running ${at('dossier-started')}, `
  + `engine ready ${at('dossier-engine-built')}, first render ${at('dossier-rendered')}`);
