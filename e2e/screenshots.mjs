// Takes screenshots of the home view and the reader at desktop and phone widths, in light
// and dark mode, into e2e/out/ (gitignored), for people to look at.
//
//   node e2e/screenshots.mjs        (after scripts/build.sh)

import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, SEEDS, launchBrowser, openRecordedPage, serveSite, visit } from './harness.mjs';

const OUT = resolve(fileURLToPath(import.meta.url), '../out');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const VIEWS = {
  home: '',
  reader: `#/article/${SEEDS.first}`,
  'reader-cfr': `#/article/${SEEDS.cfr}`,
  'reader-raw': `#/article/${SEEDS.cfr}?raw=1`,
};

await mkdir(OUT, { recursive: true });
const browser = await launchBrowser();
const site = await serveSite(DIST);
try {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of ['light', 'dark']) {
      const s = await openRecordedPage(browser, site.url, { viewport, colorScheme });
      for (const [name, hash] of Object.entries(VIEWS)) {
        await visit(s.page, site.url, hash);
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
