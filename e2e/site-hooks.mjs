// What every end-to-end test file sets up the same way: one Chromium and one served site
// for the file's tests, both closed after them.

import { after, before } from 'node:test';
import { DIST, launchBrowser, serveSite } from './harness.mjs';

/**
 * Registers hooks that start Chromium and serve `dist` (under `prefix`) before the file's
 * tests and stop both after them. Returns `{ browser, site }`, filled in by the time the
 * tests run: tests read `env.browser` and `env.site.url`.
 */
export function useSite(dist = DIST, prefix = '/') {
  const env = { browser: undefined, site: undefined };
  before(async () => {
    env.browser = await launchBrowser();
    env.site = await serveSite(dist, prefix);
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/** Resolves once the page's `location.hash` is `hash`. */
export const hashIs = (page, hash) => page.waitForFunction((h) => location.hash === h, hash);
