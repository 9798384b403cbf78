// Screenshots of the search views (results with a facet, the reader at a match, the
// concordance, the help panel) at desktop and phone widths, light and dark, into e2e/out/.
//
//   node e2e/search-screenshots.mjs        (after scripts/build.sh)

import { shootViews } from './shoot.mjs';

await shootViews(() => ({
  search: '#/search?q=Lavrov&lang=en',
  'search-filters': { hash: '#/search?q=NATO&outlet=CGTN', click: '.facets__toggle', phoneOnly: true },
  'search-typo': '#/search?q=Lavorv',
  reader: '#/article/001_26dff11e0349677d?q=Lavrov&m=2',
  kwic: '#/kwic?q=Lavrov&sort=left',
  help: { hash: '#/search?q=%22red%20lines%22', click: '[data-testid=search-help-toggle]' },
}));
