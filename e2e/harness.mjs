// Shared set-up for the end-to-end tests: one headless Chromium per test file, the built
// site served on loopback, and pages that record everything the tests assert on
// (console errors, uncaught exceptions, every request).

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Flags that work in containers without a GPU, and keep Chromium off the network. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/** dist/ built for the root of a host (`scripts/build.sh`). */
export const DIST = process.env.DOSSIER_DIST ?? resolve(ROOT, 'dist');
/** The same site built with `--public-url /dossier/`, as on GitHub Pages. */
export const DIST_SUBPATH = process.env.DOSSIER_DIST_SUBPATH ?? resolve(ROOT, 'target/dist-dossier');

/** Ids of seed articles the tests refer to (file stems in corpus/). */
export const SEEDS = {
  first: '000_660aaf9185c519ef',
  cfr: '003_115b22df84fd61fe',
};

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/test.sh, which installs it`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Serves a built site; `prefix` is "/" or a sub-path such as "/dossier/". */
export async function serveSite(dist, prefix = '/') {
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html missing: build first (scripts/build.sh, see scripts/test.sh)`);
  }
  return startServer({ root: dist, prefix });
}

/**
 * Opens a new page in a fresh context and records what happens on it.
 * Returns { page, context, consoleErrors, pageErrors, requests, foreignRequests() }.
 */
export async function openRecordedPage(browser, siteUrl, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  const requests = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  context.on('request', (req) => requests.push(req.url()));
  const origin = new URL(siteUrl).origin;
  return {
    page,
    context,
    consoleErrors,
    pageErrors,
    requests,
    /** Requests that left the page's own origin (data: and blob: are not network). */
    foreignRequests: () =>
      requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin),
  };
}

/** Waits until the app has rendered for the first time (it sets a performance mark). */
export async function waitForApp(page) {
  await page.waitForFunction(
    () => performance.getEntriesByName('dossier-rendered').length > 0,
    null,
    { timeout: 15_000 },
  );
}

/** Goes to `hash` on the site and waits for the app. */
export async function visit(page, siteUrl, hash = '') {
  await page.goto(siteUrl + hash);
  await waitForApp(page);
}

/** Text content of every element matching `selector`. */
export function texts(page, selector) {
  return page.locator(selector).allTextContents();
}

/** The median of `xs` (numbers). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs in the page before its scripts: notes when the search box first appears. */
function watchForSearchBox() {
  const seen = () => {
    if (window.__searchBoxAt === undefined && document.querySelector('[data-testid=search-input]')) {
      window.__searchBoxAt = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
}

/**
 * One cold load of `siteUrl + hash` in a fresh browser context (nothing cached), up to the
 * first render. Answers when each start-up milestone came, in ms after navigation (NaN
 * for one the view or the build does not have): `wasm` downloaded (and `wasmBytes`), the
 * app's marks `dossier-started`, `dossier-engine-built` and `dossier-rendered`, and
 * `searchBox`, the search input in the page (Yew attaches its listeners in the render that
 * inserts it, so a box in the page is a box that searches).
 */
export async function coldLoad(browser, siteUrl, hash = '', { timeout = 15_000 } = {}) {
  const s = await openRecordedPage(browser, siteUrl);
  try {
    await s.context.addInitScript(watchForSearchBox);
    await s.page.goto(`${siteUrl}${hash}`);
    await s.page.waitForFunction(
      () => performance.getEntriesByName('dossier-rendered').length > 0,
      null,
      { timeout, polling: 100 },
    );
    return await s.page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
      return {
        wasm: wasm?.responseEnd ?? NaN,
        wasmBytes: wasm?.encodedBodySize ?? NaN,
        'dossier-started': at('dossier-started'),
        'dossier-engine-built': at('dossier-engine-built'),
        'dossier-rendered': at('dossier-rendered'),
        searchBox: window.__searchBoxAt ?? NaN,
      };
    });
  } finally {
    await s.context.close();
  }
}

