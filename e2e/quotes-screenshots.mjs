// Screenshots of the Quotes view, a speaker page and the reader at a focused quote, at
// desktop and phone widths, light and dark, into e2e/out/ (gitignored).
//
//   node e2e/quotes-screenshots.mjs        (after scripts/build.sh)

import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, launchBrowser, openRecordedPage, serveSite, visit } from './harness.mjs';

const OUT = resolve(fileURLToPath(import.meta.url), '../out');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

await mkdir(OUT, { recursive: true });
const browser = await launchBrowser();
const site = await serveSite(DIST);
try {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of ['light', 'dark']) {
      const s = await openRecordedPage(browser, site.url, { viewport, colorScheme });
      await visit(s.page, site.url, '#/quotes?speaker=Sergei%20Lavrov');
      // The reader opened at one of Lavrov's quotes: scrolled to it, focused, highlighted.
      const atQuote = await s.page.locator('[data-testid=quote] .quote-item__open').nth(1).getAttribute('href');
      const views = {
        quotes: '#/quotes',
        'quotes-filtered': '#/quotes?speaker=Sergei%20Lavrov&kind=direct',
        speaker: '#/speaker/Sergei%20Lavrov',
        'reader-quote': atQuote,
      };
      for (const [name, hash] of Object.entries(views)) {
        await visit(s.page, site.url, hash);
        await s.page.waitForTimeout(150); // the reader focuses its quote after rendering
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
