// The site built for GitHub Pages (`--public-url /dossier/`) works under that sub-path.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST_SUBPATH, SEEDS, openRecordedPage, visit } from './harness.mjs';
import { useSite } from './site-hooks.mjs';

const env = useSite(DIST_SUBPATH, '/dossier/');

test('under /dossier/ the home view lists the articles and all assets load from the sub-path', async () => {
  assert.match(env.site.url, /\/dossier\/$/);
  const s = await openRecordedPage(env.browser, env.site.url);
  await visit(s.page, env.site.url);
  assert.equal(await s.page.getByTestId('article-item').count(), 5);
  const own = s.requests.filter((u) => /^https?:/.test(u));
  assert.ok(own.length >= 4, `html, js, wasm and css requested: ${own}`);
  for (const url of own) assert.match(new URL(url).pathname, /^\/dossier\//, url);
  assert.deepEqual(s.foreignRequests(), []);
  assert.deepEqual(s.consoleErrors, []);
  await s.context.close();
});

test('under /dossier/ deep links, navigation and reload work', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const { page } = s;
  await visit(page, env.site.url, `#/article/${SEEDS.cfr}`);
  await page.getByTestId('reader').waitFor();
  await page.getByRole('link', { name: '← All articles' }).click();
  await page.getByTestId('article-item').first().waitFor();
  assert.equal(new URL(page.url()).pathname, '/dossier/');
  await page.goBack();
  await page.getByTestId('reader').waitFor();
  await page.reload();
  await page.getByTestId('reader').waitFor();
  assert.equal(new URL(page.url()).hash, `#/article/${SEEDS.cfr}`);
  assert.deepEqual(s.consoleErrors, []);
  assert.deepEqual(s.pageErrors, []);
  await s.context.close();
});
