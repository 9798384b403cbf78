// Every view has a URL: links, back, forward and reload all restore the same view.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEEDS, openRecordedPage, visit } from './harness.mjs';
import { hashIs, useSite } from './site-hooks.mjs';

const env = useSite();

test('back, forward and reload restore each view', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const { page } = s;
  await visit(page, env.site.url, '#/?sort=outlet');
  const list = await page.getByTestId('article-item').locator('h3').allTextContents();

  // Open the CFR article from the list.
  await page.locator(`a[href="#/article/${SEEDS.cfr}"]`).first().click();
  await hashIs(page, `#/article/${SEEDS.cfr}`);
  await page.getByTestId('reader').waitFor();
  const title = await page.getByTestId('reader-title').textContent();

  await page.goBack();
  await hashIs(page, '#/?sort=outlet');
  await page.getByTestId('article-item').first().waitFor();
  assert.deepEqual(await page.getByTestId('article-item').locator('h3').allTextContents(), list);

  await page.goForward();
  await hashIs(page, `#/article/${SEEDS.cfr}`);
  assert.equal(await page.getByTestId('reader-title').textContent(), title);

  // "All articles" returns to the list in the order it was left in.
  await page.getByRole('link', { name: '← All articles' }).click();
  await hashIs(page, '#/?sort=outlet');
  await page.goBack();
  await hashIs(page, `#/article/${SEEDS.cfr}`);

  await page.reload();
  await page.getByTestId('reader').waitFor();
  assert.equal(await page.getByTestId('reader-title').textContent(), title);
  assert.deepEqual(s.consoleErrors, []);
  assert.deepEqual(s.pageErrors, []);
  assert.deepEqual(s.foreignRequests(), []);
  await s.context.close();
});

test('a deep link opens the reader directly, and navigation never reloads the page', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const { page } = s;
  await visit(page, env.site.url, `#/article/${SEEDS.first}`);
  await page.getByTestId('reader').waitFor();
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.getByRole('link', { name: 'Articles', exact: true }).click();
  await hashIs(page, '#/');
  await page.getByTestId('article-item').first().waitFor();
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  await s.context.close();
});

test('links keep working when the page was opened as index.html', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const { page } = s;
  await visit(page, `${env.site.url}index.html`);
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.getByTestId('article-item').first().getByRole('link').click();
  await page.getByTestId('reader').waitFor();
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  assert.match(page.url(), /index\.html#\/article\//);
  // The raw toggle replaces the history entry; it must stay on index.html too.
  await page.getByTestId('raw-toggle').click();
  await page.getByTestId('reader-raw').waitFor();
  assert.match(page.url(), /index\.html#\/article\/.*\?raw=1$/);
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  await s.context.close();
});

test('a hash typed by hand is followed, and a bad one falls back safely', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const { page } = s;
  await visit(page, env.site.url);
  await page.evaluate((id) => { location.hash = `#/article/${id}`; }, SEEDS.cfr);
  await page.getByTestId('reader').waitFor();
  await page.evaluate(() => { location.hash = '#/?sort=%FF%00&order=up'; });
  await page.getByTestId('article-item').first().waitFor();
  await page.evaluate(() => { location.hash = '#/no/such/page'; });
  await page.getByTestId('not-found').waitFor();
  assert.deepEqual(s.consoleErrors, []);
  assert.deepEqual(s.pageErrors, []);
  await s.context.close();
});

test('a new page starts at the top', async () => {
  const s = await openRecordedPage(env.browser, env.site.url, { viewport: { width: 390, height: 844 } });
  const { page } = s;
  await visit(page, env.site.url);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const link = page.getByTestId('article-item').last().getByRole('link');
  await link.click();
  await page.getByTestId('reader').waitFor();
  await page.waitForFunction(() => window.scrollY === 0);
  await s.context.close();
});
