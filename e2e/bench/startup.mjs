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
//   engine ready      `dossier-engine-built`: the engine read from the corpus pack (or, in
//                     older builds, search index + quotes built in the page)
//   rendered          `dossier-rendered`: first render (the page is interactive)
//   search box        the search input is in the page (only views that have one)

import { resolve } from 'node:path';
import { DIST, coldLoad, launchBrowser, median, serveSite } from '../harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const dist = resolve(option('--dist', DIST));
const runs = Number(option('--runs', 5));
const timeout = Number(option('--timeout-s', 300)) * 1000;
const route = option('--route', '');

const PHASES = [
  ['wasm downloaded', 'wasm'],
  ['started (compiled + instantiated)', 'dossier-started'],
  ['engine ready (pack read, or index + quotes built)', 'dossier-engine-built'],
  // The box is inserted by the first render; the mark follows in an effect after it.
  ['search box in the page', 'searchBox'],
  ['first render (interactive)', 'dossier-rendered'],
];

const browser = await launchBrowser();
const site = await serveSite(dist);
const loads = [];
try {
  for (let i = 0; i < runs; i += 1) {
    const t = await coldLoad(browser, site.url, route, { timeout });
    loads.push(t);
    console.error(`load ${i + 1}/${runs}: first render at ${t['dossier-rendered'].toFixed(0)} ms`);
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
