// The single-file bundle (dist/dossier.html, scripts/offline-bundle.mjs) works when opened
// from disk: it renders, reads, searches and reports panics, and asks for nothing but
// itself.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, SEEDS, launchBrowser, openRecordedPage, visit } from './harness.mjs';

const BUNDLE = resolve(DIST, 'dossier.html');
const BUNDLE_URL = pathToFileURL(BUNDLE).href;

let browser;
before(async () => {
  if (!existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} missing: scripts/build.sh writes it (scripts/offline-bundle.mjs)`);
  }
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Every request of the page except data: URLs, which are not network. */
function fetched(s) {
  return s.requests.filter((u) => !u.startsWith('data:'));
}

/** Asserts the page asked for nothing but the bundle and logged no error. */
function assertSelfContained(s) {
  const requests = fetched(s);
  assert.ok(requests.some((u) => u.split('#')[0] === BUNDLE_URL), `the bundle was loaded: ${requests}`);
  const others = requests.filter((u) => u.split('#')[0] !== BUNDLE_URL);
  assert.deepEqual(others, [], 'requests other than dossier.html itself');
  assert.deepEqual(s.consoleErrors, []);
  assert.deepEqual(s.pageErrors, []);
}

test('from file:// the bundle lists the five articles and opens one in the reader', async () => {
  const s = await openRecordedPage(browser, BUNDLE_URL);
  const { page } = s;
  await visit(page, BUNDLE_URL);
  assert.equal(new URL(page.url()).protocol, 'file:');
  assert.equal(await page.getByTestId('article-item').count(), 5);

  await page.getByTestId('article-item').first().locator('h3 a').click();
  await page.getByTestId('reader').waitFor();
  const paragraphs = await page.locator('[data-testid=reader-text] p').count();
  assert.ok(paragraphs > 3, `the reader shows the article text (${paragraphs} paragraphs)`);

  await page.goBack();
  await page.getByTestId('article-item').first().waitFor();
  assert.equal(await page.getByTestId('article-item').count(), 5);
  assertSelfContained(s);
  await s.context.close();
});

test('from file:// a deep link opens the reader, and survives a reload', async () => {
  const s = await openRecordedPage(browser, BUNDLE_URL);
  await visit(s.page, BUNDLE_URL, `#/article/${SEEDS.cfr}`);
  await s.page.getByTestId('reader').waitFor();
  await s.page.reload();
  await s.page.getByTestId('reader').waitFor();
  assert.match(await s.page.getByTestId('reader-title').innerText(), /Diplomacy/);
  assertSelfContained(s);
  await s.context.close();
});

test('from file:// the JS API searches the compiled-in articles', async () => {
  const s = await openRecordedPage(browser, BUNDLE_URL);
  await visit(s.page, BUNDLE_URL);
  const { hits, ids, limited, everything } = await s.page.evaluate(() => {
    const api = window.wasmBindings;
    const ids = [...document.querySelectorAll('[data-testid=article-item] h3 a')].map((a) =>
      decodeURIComponent(a.hash.replace('#/article/', '')));
    return {
      hits: api.search('Lavrov'),
      ids,
      limited: api.search('Lavrov', 1).length,
      everything: api.search('').length,
    };
  });
  assert.ok(hits.length >= 2, `several seed articles mention Lavrov: ${hits.length}`);
  for (const hit of hits) {
    assert.ok(ids.includes(hit.id), `hit ${hit.id} is one of the listed articles`);
    assert.equal(typeof hit.title, 'string');
    assert.ok(hit.title.length > 0);
    assert.ok(hit.score > 0);
    assert.match(hit.snippet, /Lavrov/);
    assert.ok(hit.outlet === null || typeof hit.outlet === 'string');
    assert.ok(hit.date === null || /^\d{4}-\d{2}-\d{2}$/.test(hit.date), hit.date);
  }
  assert.deepEqual(
    [...hits.map((h) => h.score)].sort((a, b) => b - a),
    hits.map((h) => h.score),
    'best first',
  );
  assert.equal(limited, 1);
  assert.equal(everything, 5, 'an empty query lists every article');
  assertSelfContained(s);
  await s.context.close();
});

test('from file:// the search box finds articles (once the search UI exists)', async (t) => {
  const s = await openRecordedPage(browser, BUNDLE_URL);
  const { page } = s;
  await visit(page, BUNDLE_URL, '#/search');
  if ((await page.getByTestId('search-input').count()) === 0) {
    t.skip('no [data-testid=search-input] in this build: the search UI has not landed');
    await s.context.close();
    return;
  }
  await page.getByTestId('search-input').fill('Lavrov');
  await page.getByTestId('search-input').press('Enter');
  await page.getByTestId('result').first().waitFor();
  assert.ok((await page.getByTestId('result').count()) >= 2);
  assert.match(await page.getByTestId('results').innerText(), /Lavrov/);
  assertSelfContained(s);
  await s.context.close();
});

test('from file:// a panic shows the error banner', async () => {
  const s = await openRecordedPage(browser, BUNDLE_URL);
  await visit(s.page, BUNDLE_URL);
  await s.page.evaluate(() => { location.hash = '#/__panic'; });
  const banner = s.page.getByTestId('panic-banner');
  await banner.waitFor({ state: 'visible' });
  assert.match(await banner.textContent(), /panic probe: deliberate failure requested by #\/__panic/);
  assert.deepEqual(fetched(s).filter((u) => u.split('#')[0] !== BUNDLE_URL), []);
  await s.context.close();
});
