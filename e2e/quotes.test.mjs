// The Quotes view, speaker pages and quote marks in the reader (issue 4, items 7 and 8).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openRecordedPage, visit } from './harness.mjs';
import { hashIs, useSite } from './site-hooks.mjs';

const env = useSite();

/** Parses CSV as RFC 4180 says: quoted fields may hold commas, "" and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  assert.equal(quoted, false, 'CSV ends inside a quoted field');
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Asserts the page stayed clean: no console errors, no exceptions, no foreign requests. */
function assertClean(s) {
  assert.deepEqual(s.consoleErrors, []);
  assert.deepEqual(s.pageErrors, []);
  assert.deepEqual(s.foreignRequests(), []);
}

async function openQuotes(hash = '#/quotes') {
  const s = await openRecordedPage(env.browser, env.site.url);
  await visit(s.page, env.site.url, hash);
  await s.page.getByTestId('quotes-summary').waitFor();
  return s;
}

test('the navigation leads to the Quotes view, which lists Sergei Lavrov quoted by more than one outlet', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const { page } = s;
  await visit(page, env.site.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quotes' }).click();
  await hashIs(page, '#/quotes');
  const lavrov = page.locator('[data-testid=speaker][data-speaker="Sergei Lavrov"]');
  assert.equal(await lavrov.count(), 1);
  assert.ok(Number(await lavrov.getAttribute('data-count')) >= 2);
  const group = page.locator('[data-testid=speaker-group][data-speaker="Sergei Lavrov"]');
  const outlets = await group.getByTestId('quote').evaluateAll((qs) => qs.map((q) => q.dataset.outlet));
  assert.ok(new Set(outlets).size >= 2, `outlets quoting Lavrov: ${outlets}`);
  assert.ok((await page.getByTestId('quote').count()) > 20, 'the seeds hold many quotes');
  assertClean(s);
  await s.context.close();
});

test('filtering by speaker Dmitry Peskov shows only his quotes, and reload keeps the filter', async () => {
  const s = await openQuotes();
  const { page } = s;
  const all = await page.getByTestId('quote').count();
  const peskov = page.locator('[data-testid=speaker][data-speaker="Dmitry Peskov"]');
  const expected = Number(await peskov.getAttribute('data-count'));
  assert.ok(expected >= 1);
  await peskov.getByRole('link').click();
  await hashIs(page, '#/quotes?speaker=Dmitry%20Peskov');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=quote]').length === n, expected);
  const speakers = await page.locator('[data-testid=quote] .quote-item__speaker').allTextContents();
  assert.deepEqual(new Set(speakers), new Set(['Dmitry Peskov']));
  assert.ok(expected < all);
  assert.equal(await peskov.getByRole('link').getAttribute('aria-current'), 'true');

  await page.reload();
  await page.getByTestId('quotes-summary').waitFor();
  assert.equal(await page.getByTestId('quote').count(), expected);
  assert.equal(await peskov.getByRole('link').getAttribute('aria-current'), 'true');
  assertClean(s);
  await s.context.close();
});

test('search within quotes and the kind facet combine, and the view survives a reload', async () => {
  const s = await openQuotes();
  const { page } = s;
  await page.getByTestId('quote-search').fill('Russia');
  await page.waitForFunction(() => location.hash === '#/quotes?q=Russia');
  const withWord = await page.getByTestId('quote').count();
  assert.ok(withWord > 0);
  const texts = await page.locator('[data-testid=quote] blockquote').allTextContents();
  assert.ok(texts.every((t) => /russia/i.test(t)), 'every quote holds the word');
  await page.locator('[data-testid=kind][data-kind=direct]').getByRole('link').click();
  await hashIs(page, '#/quotes?q=Russia&kind=direct');
  const kinds = await page.getByTestId('quote').evaluateAll((qs) => qs.map((q) => q.dataset.kind));
  assert.ok(kinds.length > 0 && kinds.every((k) => k === 'direct'), `${kinds}`);
  assert.ok(kinds.length <= withWord);

  await page.reload();
  await page.getByTestId('quotes-summary').waitFor();
  assert.equal(await page.getByTestId('quote-search').inputValue(), 'Russia');
  assert.equal(await page.getByTestId('quote').count(), kinds.length);
  assertClean(s);
  await s.context.close();
});

test('tampered Quotes URLs fall back to defaults without errors', async () => {
  const s = await openQuotes('#/quotes?kind=loud&speaker=Nobody%20Atall&q=%E2%82&outlet=');
  const { page } = s;
  assert.equal(await page.getByTestId('quote').count(), 0);
  assert.match(await page.getByTestId('unknown-speakers').textContent(), /Nobody Atall/);
  await visit(page, env.site.url, '#/speaker/Nobody');
  await page.getByTestId('speaker-missing').waitFor();
  assertClean(s);
  await s.context.close();
});

test('the CSV and JSON exports download the quotes in view with their provenance', async () => {
  const s = await openQuotes('#/quotes?speaker=Sergei%20Lavrov');
  const { page } = s;
  const shown = await page.getByTestId('quote').count();
  assert.ok(shown >= 2);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  assert.equal(csvDownload.suggestedFilename(), 'dossier-quotes.csv');
  const rows = parseCsv(await readFile(await csvDownload.path(), 'utf8'));
  const [header, ...records] = rows;
  for (const col of ['article', 'title', 'outlet', 'date', 'speaker', 'kind', 'text', 'start', 'end']) {
    assert.ok(header.includes(col), `CSV has a ${col} column`);
  }
  assert.equal(records.length, shown);
  const col = (name) => header.indexOf(name);
  for (const r of records) {
    assert.equal(r.length, header.length, `every row has every column: ${r}`);
    assert.equal(r[col('speaker')], 'Sergei Lavrov');
    assert.ok(Number(r[col('start')]) < Number(r[col('end')]));
  }
  assert.ok(new Set(records.map((r) => r[col('outlet')])).size >= 2);

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  assert.equal(jsonDownload.suggestedFilename(), 'dossier-quotes.json');
  const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8'));
  assert.equal(json.length, shown);
  assert.deepEqual(json.map((q) => q.text), records.map((r) => r[col('text')].replace(/^'(?=[=+\-@])/, '')));
  assert.ok(json.every((q) => q.article && q.speaker === 'Sergei Lavrov' && q.end > q.start));
  for (const field of ['title', 'outlet', 'date', 'kind', 'file', 'paragraph']) {
    assert.ok(json.every((q) => field in q), `every JSON quote has ${field}`);
  }
  assert.ok(json.some((q) => q.outlet === 'The National Interest'));
  assertClean(s);
  await s.context.close();
});

test('a quote link opens the reader at that quote, highlighted and focused', async () => {
  const s = await openQuotes('#/quotes?speaker=Dmitry%20Peskov');
  const { page } = s;
  const item = page.getByTestId('quote').first();
  const words = (await item.locator('blockquote').textContent()).replace(/^“|”$/g, '');
  await item.locator('.quote-item__open').click();
  await page.getByTestId('reader-text').waitFor();
  const id = await page.evaluate(() => new URLSearchParams(location.hash.split('?')[1]).get('quote'));
  assert.match(id, /^\d+$/);
  const mark = page.locator(`#quote-${id}`);
  await page.waitForFunction((i) => document.activeElement?.id === `quote-${i}`, id);
  assert.equal(await mark.textContent(), words);
  assert.match(await mark.getAttribute('class'), /quote--current/);
  assert.match(await mark.getAttribute('title'), /^Dmitry Peskov/);
  assert.ok(await mark.isVisible());
  const box = await mark.boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box.y >= 0 && box.y < viewport.height, `the quote is scrolled into view (y=${box.y})`);
  assertClean(s);
  await s.context.close();
});

test('the speaker page lists the outlets quoting him, and his quotes link to the reader', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const { page } = s;
  await visit(page, env.site.url, '#/speaker/Sergey%20Lavrov');
  await page.getByTestId('speaker-page').waitFor();
  assert.equal(await page.getByTestId('speaker-name').textContent(), 'Sergei Lavrov');
  const outlets = await page.getByTestId('speaker-outlet').evaluateAll((os) => os.map((o) => o.dataset.outlet));
  assert.ok(outlets.length >= 2, `${outlets}`);
  const quotes = page.getByTestId('quote');
  assert.ok((await quotes.count()) >= 2);
  const links = await quotes.locator('.quote-item__open').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.every((h) => /^#\/article\/[^?]+\?quote=\d+$/.test(h)), `${links}`);
  assert.match(await page.title(), /^Sergei Lavrov · Dossier$/);
  assertClean(s);
  await s.context.close();
});

test('tabbing onto a quote in the reader shows its speaker', async () => {
  const s = await openQuotes('#/quotes?speaker=Sergei%20Lavrov');
  const { page } = s;
  const href = await page.getByTestId('quote').first().locator('.quote-item__article').getAttribute('href');
  await visit(page, env.site.url, href);
  await page.getByTestId('reader-text').waitFor();
  assert.ok((await page.locator('q.quote').count()) > 0, 'the reader marks quotes');
  let focused = null;
  for (let i = 0; i < 80 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el?.matches('q.quote')) return null;
      const after = getComputedStyle(el, '::after');
      return { title: el.title, content: after.content, display: after.display };
    });
  }
  assert.ok(focused, 'Tab reaches a quote');
  assert.notEqual(focused.display, 'none');
  assert.equal(focused.content, JSON.stringify(focused.title), 'the callout shows the speaker');
  assert.ok(focused.title.length > 0);
  assertClean(s);
  await s.context.close();
});
