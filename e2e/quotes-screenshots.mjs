// Screenshots of the Quotes view, a speaker page and the reader at a focused quote, at
// desktop and phone widths, light and dark, into e2e/out/ (gitignored).
//
//   node e2e/quotes-screenshots.mjs        (after scripts/build.sh)

import { visit } from './harness.mjs';
import { shootViews } from './shoot.mjs';

await shootViews(async (s, siteUrl) => {
  await visit(s.page, siteUrl, '#/quotes?speaker=Sergei%20Lavrov');
  // The reader opened at one of Lavrov's quotes: scrolled to it, focused, highlighted.
  const atQuote = await s.page.locator('[data-testid=quote] .quote-item__open').nth(1).getAttribute('href');
  return {
    quotes: '#/quotes',
    'quotes-filtered': '#/quotes?speaker=Sergei%20Lavrov&kind=direct',
    speaker: '#/speaker/Sergei%20Lavrov',
    'reader-quote': atQuote,
  };
});
