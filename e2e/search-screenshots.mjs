// Screenshots of the search views (results with a facet, the reader at a match, the
// concordance, the help panel) at desktop and phone widths, light and dark, into e2e/out/.
//
//   node e2e/search-screenshots.mjs        (after scripts/build.sh)

import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, launchBrowser, openRecordedPage, serveSite, visit } from './harness.mjs';

const OUT = resolve(fileURLToPath(import.meta.url), '../out');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const VIEWS = {
  search: { hash: '#/search?q=Lavrov&lang=en' },
  'search-filters': { hash: '#/search?q=NATO&outlet=CGTN', click: '.facets__toggle', phoneOnly: true },
  'search-typo': { hash: '#/search?q=Lavorv' },
  reader: { hash: '#/article/001_26dff11e0349677d?q=Lavrov&m=2' },
  kwic: { hash: '#/kwic?q=Lavrov&sort=left' },
  help: { hash: '#/search?q=%22red%20lines%22', click: '[data-testid=search-help-toggle]' },
};

await mkdir(OUT, { recursive: true });
const browser = await launchBrowser();
const site = await serveSite(DIST);
try {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of ['light', 'dark']) {
      const s = await openRecordedPage(browser, site.url, { viewport, colorScheme });
      for (const [name, view] of Object.entries(VIEWS)) {
        if (view.phoneOnly && device !== 'phone') continue;
        await visit(s.page, site.url, view.hash);
        if (view.click) await s.page.locator(view.click).click();
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
