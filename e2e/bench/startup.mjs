// Where start-up time goes, for any build of the site: cold loads in headless Chromium,
// each split by the app's performance marks (src/main.rs, src/ui/browser.rs). A
// measurement, not a test: it prints figures and never fails on them.
//
//   node e2e/bench/startup.mjs [--dist dist] [--runs 5] [--timeout-s 300] [--route '#/search']
//
// --route loads that view instead of home; at `#/search` the last phase is the search
// box appearing (`[data-testid=search-input]`, as e2e/budget.mjs times it: a box in the
// page is a box that searches).
//
// For 10,000 articles compiled in (docs/startup-at-scale.md):
//   DOSSIER_CORPUS=target/bench/synth bash scripts/build.sh --dist target/dist-10k
//   node e2e/bench/startup.mjs --dist target/dist-10k --runs 3
//
// Phases, from the start of navigation:
//   wasm downloaded   responseEnd of the .wasm (served from loopback, so ~ no network time)
//   started           `dossier-started`: the module is compiled and instantiated and `main` runs
//   ingested          `dossier-ingested`: corpus files -> clean articles (builds before the
//                     corpus pack only; a phase whose mark is missing is left out)
//   engine ready      `dossier-engine-built`: the engine read from the corpus pack (or, in
//                     older builds, search index + quotes built in the page)
//   rendered          `dossier-rendered`: first render (the page is interactive)
//   search box        the search input is in the page (only views that have one)

import { resolve } from 'node:path';
import { DIST, launchBrowser, openRecordedPage, serveSite } from '../harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const dist = resolve(option('--dist', DIST));
const runs = Number(option('--runs', 5));
const timeout = Number(option('--timeout-s', 300)) * 1000;
const route = option('--route', '');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const PHASES = [
  ['wasm downloaded', 'wasm'],
  ['started (compiled + instantiated)', 'dossier-started'],
  ['ingested', 'dossier-ingested'],
  ['engine ready (pack read, or index + quotes built)', 'dossier-engine-built'],
  // The box is inserted by the first render; the mark follows in an effect after it.
  ['search box in the page', 'searchBox'],
  ['first render (interactive)', 'dossier-rendered'],
];

/** Runs in the page before its scripts: notes when the search box first appears. */
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
const loads = [];
try {
  for (let i = 0; i < runs; i += 1) {
    const s = await openRecordedPage(browser, site.url);
    await s.context.addInitScript(watchForSearchBox);
    await s.page.goto(`${site.url}${route}`);
    await s.page.waitForFunction(() => performance.getEntriesByName('dossier-rendered').length > 0, null, { timeout, polling: 100 });
    const t = await s.page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
      return {
        wasm: wasm?.responseEnd ?? NaN,
        wasmBytes: wasm?.encodedBodySize ?? NaN,
        'dossier-started': at('dossier-started'),
        'dossier-ingested': at('dossier-ingested'),
        'dossier-engine-built': at('dossier-engine-built'),
        'dossier-rendered': at('dossier-rendered'),
        searchBox: window.__searchBoxAt ?? NaN,
      };
    });
    loads.push(t);
    console.error(`load ${i + 1}/${runs}: first render at ${t['dossier-rendered'].toFixed(0)} ms`);
    await s.context.close();
  }
} finally {
  await browser.close();
  await site.close();
}

console.log(`${dist}: ${runs} cold loads from ${site.url}${route}, wasm ${(loads[0].wasmBytes / 1e6).toFixed(1)} MB`);
console.log('| phase | at (ms after navigation, median) | phase took (ms) |');
console.log('|---|---:|---:|');
let prev = 0;
for (const [label, key] of PHASES) {
  const at = median(loads.map((l) => l[key]));
  if (Number.isNaN(at)) continue;
  console.log(`| ${label} | ${at.toFixed(0)} | ${(at - prev).toFixed(0)} |`);
  prev = at;
}
