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
//   Builds without the search UI have no box: then the figure is the app's first render
//   (`dossier-rendered` performance mark, src/ui/browser.rs) and the table says so.
// - Keystroke to rendered results: in the search view, the time from the keydown of Enter
//   (which runs the search at once) to the first DOM change of the results; typing a
//   letter is also shown, which includes the search box's typing pause
//   (TYPING_PAUSE_MS). Without the search UI, the JS API's `search()` call is timed
//   instead, and the table says so.

import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launchBrowser, openRecordedPage, serveSite, waitForApp } from './harness.mjs';

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
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

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

/** Records when the search box first exists (installed before any page script runs). */
function watchForSearchBox() {
  const seen = () => {
    if (window.__searchBoxAt === undefined && document.querySelector('[data-testid=search-input]')) {
      window.__searchBoxAt = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
}

const browser = await launchBrowser();
const site = await serveSite(dist);
let hasSearchUi;
const loads = [];
const keyTimes = { enter: [], letter: [], api: [] };
try {
  // Does this build have the search view?
  {
    const s = await openRecordedPage(browser, site.url);
    await s.page.goto(`${site.url}#/search`);
    await waitForApp(s.page);
    hasSearchUi = (await s.page.locator('[data-testid=search-input]').count()) > 0;
    await s.context.close();
  }

  for (let i = 0; i < runs; i += 1) {
    const s = await openRecordedPage(browser, site.url);
    await s.context.addInitScript(watchForSearchBox);
    await s.page.goto(`${site.url}${hasSearchUi ? '#/search' : ''}`);
    await waitForApp(s.page);
    if (hasSearchUi) await s.page.waitForFunction(() => window.__searchBoxAt !== undefined);
    loads.push(await s.page.evaluate(() => ({
      box: window.__searchBoxAt ?? null,
      rendered: performance.getEntriesByName('dossier-rendered')[0].startTime,
      engine: performance.getEntriesByName('dossier-engine-built')[0]?.startTime ?? NaN,
      started: performance.getEntriesByName('dossier-started')[0]?.startTime ?? NaN,
      ingested: performance.getEntriesByName('dossier-ingested')[0]?.startTime ?? NaN,
    })));
    await s.context.close();
  }

  const s = await openRecordedPage(browser, site.url);
  const { page } = s;
  if (hasSearchUi) {
    await page.goto(`${site.url}#/search`);
    await waitForApp(page);
    const input = page.getByTestId('search-input');
    await input.waitFor();
    // Arms an observer at the next keydown; resolves to ms from that keydown to the first
    // change under the search view's results.
    const arm = () => page.evaluate(() => {
      window.__keyToResults = new Promise((done) => {
        addEventListener('keydown', () => {
          const t0 = performance.now();
          const root = document.querySelector('[data-testid=search]') ?? document.body;
          const mo = new MutationObserver(() => {
            mo.disconnect();
            done(performance.now() - t0);
          });
          mo.observe(root, { childList: true, subtree: true, characterData: true });
        }, { once: true, capture: true });
      });
    });
    for (let i = 0; i < keys; i += 1) {
      const q = QUERIES[i % QUERIES.length];
      await input.fill(q);
      await arm();
      await input.press('Enter');
      keyTimes.enter.push(await page.evaluate(() => window.__keyToResults));
      // Typing: a new word, then the last letter timed (it includes the typing pause).
      await input.fill(QUERIES[(i + 1) % QUERIES.length].slice(0, -1));
      await input.press('Enter');
      await page.waitForTimeout(50);
      await arm();
      await input.press(QUERIES[(i + 1) % QUERIES.length].slice(-1));
      keyTimes.letter.push(await page.evaluate(() => window.__keyToResults));
    }
  } else {
    await page.goto(site.url);
    await waitForApp(page);
    keyTimes.api = await page.evaluate(({ queries, n }) => {
      const out = [];
      for (let i = 0; i < n; i += 1) {
        const t0 = performance.now();
        window.wasmBindings.search(queries[i % queries.length]);
        out.push(performance.now() - t0);
      }
      return out;
    }, { queries: QUERIES, n: keys });
  }
  await s.context.close();
} finally {
  await browser.close();
  await site.close();
}

// ---- report -------------------------------------------------------------------------

const interactive = median(loads.map((l) => (hasSearchUi ? l.box : l.rendered)));
const rows = [
  ['total transfer, gzip (html + js + wasm + css)', kb(gzipTotal), `${BUDGET.transferKb} KB`, gzipTotal <= BUDGET.transferKb * 1024],
  [
    hasSearchUi
      ? `navigation -> search box in page (#/search), median of ${runs} cold loads`
      : `navigation -> first render (dossier-rendered; no search UI in this build), median of ${runs} cold loads`,
    `${interactive.toFixed(0)} ms`, `${BUDGET.interactiveMs} ms`, interactive <= BUDGET.interactiveMs,
  ],
];
if (hasSearchUi) {
  const enter = median(keyTimes.enter);
  rows.push([`Enter -> results changed in the DOM, median of ${keys}`, `${enter.toFixed(1)} ms`, `${BUDGET.keystrokeMs} ms`, enter <= BUDGET.keystrokeMs]);
  const letter = median(keyTimes.letter);
  rows.push([`typed letter -> results changed (includes the typing pause), median of ${keys}`, `${letter.toFixed(1)} ms`, '(info)', null]);
} else {
  const api = median(keyTimes.api);
  rows.push([`JS API search() call (no search UI in this build), median of ${keys}`, `${api.toFixed(2)} ms`, `${BUDGET.keystrokeMs} ms`, api <= BUDGET.keystrokeMs]);
}
console.log('');
console.log(`Budget (${dist}, headless Chromium, ${new Date().toISOString()}):`);
console.log('| figure | measured | budget | within |');
console.log('|---|---:|---:|:---:|');
for (const [what, got, budget, ok] of rows) {
  console.log(`| ${what} | ${got} | ${budget} | ${ok === null ? '' : ok ? 'yes' : '**no**'} |`);
}
const at = (key) => `${median(loads.map((l) => l[key])).toFixed(0)} ms`;
console.log(`\nStart-up medians after navigation (marks of src/main.rs): wasm running ${at('started')}, `
  + `corpus ingested ${at('ingested')}, engine built ${at('engine')}, first render ${at('rendered')}`);
