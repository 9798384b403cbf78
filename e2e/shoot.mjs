// What the screenshot scripts share: every view at desktop and phone widths, in light and
// dark mode, into e2e/out/ (gitignored), for people to look at.

import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, launchBrowser, openRecordedPage, serveSite, visit } from './harness.mjs';

const OUT = resolve(fileURLToPath(import.meta.url), '../out');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/**
 * Takes the screenshots. `views(s)` gets a fresh recorded page (it may visit pages to find
 * a URL) and answers `{ name: hash }` or `{ name: { hash, click?, phoneOnly? } }`: after
 * the hash is visited, `click` (a selector) is clicked; `phoneOnly` views are skipped on the
 * desktop. Set FULL=1 for full-page shots. Reports pages that scroll sideways and console
 * errors.
 */
export async function shootViews(views) {
  await mkdir(OUT, { recursive: true });
  const browser = await launchBrowser();
  const site = await serveSite(DIST);
  try {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of ['light', 'dark']) {
        const s = await openRecordedPage(browser, site.url, { viewport, colorScheme });
        for (const [name, entry] of Object.entries(await views(s, site.url))) {
          const view = typeof entry === 'string' ? { hash: entry } : entry;
          if (view.phoneOnly && device !== 'phone') continue;
          await visit(s.page, site.url, view.hash);
          if (view.click) await s.page.locator(view.click).click();
          // Views focus or scroll after rendering (the reader at a quote or a match).
          await s.page.waitForTimeout(150);
          const wide = await s.page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
          if (wide) console.error(`${name} ${device}: the page scrolls sideways`);
          const file = resolve(OUT, `${name}-${device}-${colorScheme}.png`);
          await s.page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
          console.log(file);
        }
        if (s.consoleErrors.length) console.error('console errors:', s.consoleErrors);
        await s.context.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
}
