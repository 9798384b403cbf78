// Measures search in the browser (a measurement, not a test): the engine time the page
// shows for some queries, and how long a keystroke takes to reach the next frame.
//
//   node e2e/measure-search.mjs        (after scripts/build.sh)

import { DIST, launchBrowser, openRecordedPage, serveSite, visit } from './harness.mjs';

const QUERIES = ['Lavrov', 'NATO', '"red lines"', 'sanction*', 'Lavorv', 'Russia Ukraine talks', 'NATO -Lavrov'];
const browser = await launchBrowser();
const site = await serveSite(DIST);
try {
  const s = await openRecordedPage(browser, site.url);
  const { page } = s;
  for (const q of QUERIES) {
    await visit(page, site.url, `#/search?q=${encodeURIComponent(q)}`);
    const shown = await page.getByTestId('search-time').textContent();
    console.log(`${q.padEnd(22)} engine ${shown}`);
  }
  // Keystroke -> next frame, for 20 keystrokes typed into the box.
  await visit(page, site.url, '#/search');
  await page.evaluate(() => {
    window.__frames = [];
    document.getElementById('search-input').addEventListener('input', () => {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.__frames.push(performance.now() - t0), 0));
    });
  });
  await page.getByTestId('search-input').pressSequentially('Lavrov NATO guarantees', { delay: 40 });
  await page.waitForTimeout(300);
  const frames = (await page.evaluate(() => window.__frames)).sort((a, b) => a - b);
  const p = (q) => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))].toFixed(1);
  console.log(`keystroke to next frame over ${frames.length} keys: median ${p(0.5)} ms, p95 ${p(0.95)} ms`);
  if (s.consoleErrors.length) console.error('console errors:', s.consoleErrors);
  await s.context.close();
} finally {
  await browser.close();
  await site.close();
}
