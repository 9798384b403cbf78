// Search in the browser: ranked results with highlights, the query language, typo
// tolerance, facets, URL state (reload, back / forward), the reader's matches and the
// n / N keys, the concordance and its CSV export, and the keyboard shortcuts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openRecordedPage, visit } from './harness.mjs';
import { hashIs, useSite } from './site-hooks.mjs';

const env = useSite();

/** The seeds that mention Lavrov (`grep -il lavrov corpus/*.txt`), and the CGTN op-ed. */
const LAVROV = ['001_26dff11e0349677d', '002_7dc7dc72cc67e03f', '004_1902ac851d4e0608'];
const CGTN = '004_1902ac851d4e0608';

/** The article ids of the listed results, in order. */
const resultIds = (page) =>
  page.getByTestId('result').evaluateAll((els) => els.map((e) => e.dataset.id));

/** Waits until the results list shows exactly `count` results for `query` in the URL. */
async function waitForResults(page, query, count) {
  await page.waitForFunction(
    ([q, n]) =>
      new URLSearchParams(location.hash.split('?')[1] ?? '').get('q') === q &&
      document.querySelectorAll('[data-testid=result]').length === n,
    [query, count],
  );
}

async function clean(s) {
  assert.deepEqual(s.consoleErrors, [], 'console errors');
  assert.deepEqual(s.pageErrors, [], 'page errors');
  assert.deepEqual(s.foreignRequests(), [], 'requests to other origins');
  await s.context.close();
}

test('typing Lavrov lists exactly the articles that mention him, with highlights', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const { page } = s;
  await visit(page, env.site.url);
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await hashIs(page, '#/search');
  const input = page.getByTestId('search-input');
  await input.pressSequentially('Lavrov', { delay: 20 });
  await waitForResults(page, 'Lavrov', 3);
  assert.deepEqual((await resultIds(page)).sort(), LAVROV);
  for (const result of await page.getByTestId('result').all()) {
    const marks = await result.locator('mark.hit').allTextContents();
    assert.ok(marks.length > 0, 'every result marks its matches');
    assert.ok(marks.every((m) => /lavrov/i.test(m)), marks.join('|'));
  }
  assert.match(await page.getByTestId('search-total').textContent(), /^3 articles$/);
  assert.match(await page.getByTestId('search-time').textContent(), /^(\d+\.\d|< 0\.1) ms$/);
  await clean(s);
});

test('a phrase, an exclusion and a misspelling', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const { page } = s;
  await visit(page, env.site.url, '#/search?q=%22red%20lines%22');
  await waitForResults(page, '"red lines"', 1);
  assert.deepEqual(await resultIds(page), [CGTN]);
  const phraseMarks = await page.getByTestId('result').locator('mark.hit').allTextContents();
  assert.ok(phraseMarks.length > 0);
  assert.ok(phraseMarks.every((t) => t.toLowerCase() === 'red lines'), phraseMarks.join('|'));

  const input = page.getByTestId('search-input');
  await input.fill('NATO -Lavrov');
  await page.waitForFunction(() => location.hash.includes('NATO%20-Lavrov'));
  const ids = await resultIds(page);
  assert.ok(ids.length > 0);
  assert.deepEqual(ids.filter((id) => LAVROV.includes(id)), []);

  await input.fill('Lavorv');
  await waitForResults(page, 'Lavorv', 3);
  assert.deepEqual((await resultIds(page)).sort(), LAVROV);
  assert.match(await page.getByTestId('search-corrected').textContent(), /Showing results for lavrov/i);
  await clean(s);
});

test('facets narrow the results, update the counts and live in the URL (reload, back, forward)', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const { page } = s;
  await visit(page, env.site.url, '#/search?q=Lavrov');
  await waitForResults(page, 'Lavrov', 3);
  const cgtn = page.locator('[data-testid=facet-option][data-value="CGTN"]');
  assert.equal(await cgtn.getByTestId('facet-count').textContent(), '1');
  const authorCounts = async () =>
    page.locator('[data-facet=author] [data-testid=facet-count]').allTextContents();
  const before = await authorCounts();

  await cgtn.locator('input').check();
  await hashIs(page, '#/search?q=Lavrov&outlet=CGTN');
  await waitForResults(page, 'Lavrov', 1);
  assert.deepEqual(await resultIds(page), [CGTN]);
  assert.notDeepEqual(await authorCounts(), before, 'author counts follow the outlet selection');
  assert.equal(await cgtn.locator('input').isChecked(), true);

  await page.reload();
  await waitForResults(page, 'Lavrov', 1);
  assert.equal(await page.getByTestId('search-input').inputValue(), 'Lavrov');
  assert.equal(await cgtn.locator('input').isChecked(), true);

  await page.goBack();
  await hashIs(page, '#/search?q=Lavrov');
  await waitForResults(page, 'Lavrov', 3);
  assert.equal(await cgtn.locator('input').isChecked(), false);
  await page.goForward();
  await waitForResults(page, 'Lavrov', 1);

  // The date range: nothing in the seeds is from 2030.
  await page.getByTestId('date-after').fill('2030-01-01');
  await page.waitForFunction(() => location.hash.includes('after=2030-01-01'));
  await page.getByTestId('search-empty').waitFor();
  await clean(s);
});

test('a result opens the reader with every match highlighted; n and N move between them', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const { page } = s;
  await visit(page, env.site.url, '#/search?q=Lavrov');
  await waitForResults(page, 'Lavrov', 3);
  const link = page.locator(`[data-testid=result][data-id="${LAVROV[0]}"] a`);
  await link.click();
  await hashIs(page, `#/article/${LAVROV[0]}?q=Lavrov`);
  const hits = page.getByTestId('reader-hit');
  await hits.first().waitFor();
  const total = await hits.count();
  assert.ok(total >= 2, `${total} matches`);
  const position = page.getByTestId('match-position');
  assert.equal(await position.textContent(), `match 1 of ${total}`);
  assert.equal(await position.getAttribute('aria-live'), 'polite');
  assert.equal(await page.locator('mark.hit--current').getAttribute('id'), 'hit-0');

  await page.keyboard.press('n');
  await hashIs(page, `#/article/${LAVROV[0]}?q=Lavrov&m=2`);
  assert.equal(await position.textContent(), `match 2 of ${total}`);
  assert.equal(await page.locator('mark.hit--current').getAttribute('id'), 'hit-1');
  assert.ok(await page.locator('mark.hit--current').isVisible());
  await page.keyboard.press('Shift+N');
  await hashIs(page, `#/article/${LAVROV[0]}?q=Lavrov`);
  await page.getByTestId('match-previous').click();
  await page.waitForFunction((t) => location.hash.endsWith(`m=${t}`), total);

  // Matching moves replace the history entry, so Back returns to the results.
  await page.goBack();
  await hashIs(page, '#/search?q=Lavrov');
  await clean(s);
});

test('the concordance lists every occurrence, sorts, links to it and exports CSV', async () => {
  const s = await openRecordedPage(env.browser, env.site.url, { acceptDownloads: true });
  const { page } = s;
  await visit(page, env.site.url, '#/search?q=Lavrov');
  await waitForResults(page, 'Lavrov', 3);
  await page.getByRole('link', { name: 'Concordance for this query' }).click();
  await hashIs(page, '#/kwic?q=Lavrov');
  const rows = page.getByTestId('kwic-row');
  await rows.first().waitFor();
  const n = await rows.count();
  assert.ok(n >= 7, `${n} rows`); // 3 + 3 + 1 occurrences in the seeds
  for (const match of await rows.locator('.kwic__match').allTextContents()) {
    assert.match(match, /^lavrov$/i);
  }
  // The first word of each right context (punctuation is not a word).
  const rightWords = async () =>
    (await rows.locator('.kwic__right').allTextContents()).map(
      (t) => t.normalize('NFKD').toLowerCase().match(/[\p{L}\p{N}]+/u)?.[0] ?? '',
    );
  const historyLength = () => page.evaluate(() => history.length);
  const entries = await historyLength();
  await page.getByRole('link', { name: 'word to the right' }).click();
  await hashIs(page, '#/kwic?q=Lavrov&sort=right');
  // A sort order is a detail of the page: its link replaces the history entry.
  assert.equal(await historyLength(), entries, 'the sort link replaced the history entry');
  const words = await rightWords();
  assert.deepEqual(words, [...words].sort(), 'rows sorted by the word to the right');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('kwic-export').click();
  const download = await downloading;
  assert.equal(download.suggestedFilename(), 'concordance-lavrov.csv');
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], 'article,paragraph,left,match,right,start,end,raw_start,raw_end');
  assert.equal(lines.length, n + 1, 'one line per row');

  // The second row of the CGTN-free corpus order lands on that occurrence in the reader.
  const target = rows.nth(1).locator('.kwic__match a');
  const href = await target.getAttribute('href');
  const matched = (await target.textContent()).trim();
  await target.click();
  await hashIs(page, href);
  const current = page.locator('mark.hit--current');
  await current.waitFor();
  assert.equal((await current.textContent()).trim(), matched);
  assert.ok(await current.isVisible());
  await clean(s);
});

test('keyboard: / focuses search, j / k move, Enter opens, Esc goes back', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const { page } = s;
  await visit(page, env.site.url);
  await page.keyboard.press('/');
  await hashIs(page, '#/search');
  const input = page.getByTestId('search-input');
  await page.waitForFunction(() => document.activeElement?.id === 'search-input');
  await page.keyboard.type('Lavrov');
  await waitForResults(page, 'Lavrov', 3);
  assert.equal(await input.inputValue(), 'Lavrov', '"/" itself is not typed');

  await page.keyboard.press('Escape');
  assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'search-input');
  await page.keyboard.press('j');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'result-0');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'result-1');
  const second = (await resultIds(page))[1];
  await page.keyboard.press('Enter');
  await hashIs(page, `#/article/${second}?q=Lavrov`);
  await page.getByTestId('reader-hit').first().waitFor();

  // "/" from a searched article opens the search for its query, cursor in the box.
  await page.keyboard.press('/');
  await hashIs(page, '#/search?q=Lavrov');
  await page.waitForFunction(() => document.activeElement?.id === 'search-input');
  await page.goBack();
  await hashIs(page, `#/article/${second}?q=Lavrov`);

  await page.keyboard.press('Escape');
  await hashIs(page, '#/search?q=Lavrov');
  await waitForResults(page, 'Lavrov', 3);

  // The help panel: by its button and by "?".
  await page.keyboard.press('?');
  await page.getByTestId('search-help').waitFor();
  assert.match(await page.getByTestId('search-help').textContent(), /exact phrase/);
  await page.keyboard.press('?');
  await page.getByTestId('search-help').waitFor({ state: 'detached' });
  await page.getByTestId('search-help-toggle').click();
  await page.getByTestId('search-help').waitFor();

  // Letters typed in the box are text, not shortcuts.
  await input.focus();
  await page.keyboard.type(' jkn');
  assert.equal(await input.inputValue(), 'Lavrov jkn');
  await clean(s);
});

test('tampered search URLs open a working page', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const { page } = s;
  await visit(page, env.site.url, '#/search?q=%E2%82&after=yesterday&month=13&sort=%00&outlet=');
  await page.getByTestId('search').waitFor();
  await visit(page, env.site.url, '#/article/x?q=Lavrov&m=-4');
  await page.getByTestId('reader-missing').waitFor();
  await visit(page, env.site.url, `#/article/${CGTN}?q=Lavrov&m=999`);
  assert.equal(await page.getByTestId('match-position').textContent(), 'match 1 of 1');
  await visit(page, env.site.url, '#/kwic?q=&sort=sideways');
  await page.getByTestId('kwic').waitFor();
  await clean(s);
});

test('speaker:"Dmitry Peskov" keeps the articles that quote him', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const { page } = s;
  const query = 'speaker:"Dmitry Peskov"';
  await visit(page, `${env.site.url}#/search?q=${encodeURIComponent(query)}`);
  await waitForResults(page, query, 2);
  // Peskov is quoted in 001 (told reporters) and 004 (said that …), per the gold fixtures.
  assert.deepEqual((await resultIds(page)).sort(), ['001_26dff11e0349677d', CGTN]);
  await clean(s);
});
