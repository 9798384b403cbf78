// Takes screenshots of the home view and the reader at desktop and phone widths, in light
// and dark mode, into e2e/out/ (gitignored), for people to look at.
//
//   node e2e/screenshots.mjs        (after scripts/build.sh)

import { SEEDS } from './harness.mjs';
import { shootViews } from './shoot.mjs';

await shootViews(() => ({
  home: '',
  reader: `#/article/${SEEDS.first}`,
  'reader-cfr': `#/article/${SEEDS.cfr}`,
  'reader-raw': `#/article/${SEEDS.cfr}?raw=1`,
}));
