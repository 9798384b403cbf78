// The reader: metadata header, clean text without site furniture, the raw-text toggle.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEEDS, openRecordedPage, visit } from './harness.mjs';
import { useSite } from './site-hooks.mjs';

const env = useSite();

/** Page furniture of the CFR seed that cleaning must remove (issue 2). */
const CFR_FURNITURE = [
  'More From Our Experts',
  'More on:',
  'Creative Commons',
  'Top Stories on CFR',
  'Comments are closed',
  'Zoe Liu',
];

test('the CFR article is shown without any of its page furniture', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  await visit(s.page, env.site.url, `#/article/${SEEDS.cfr}`);
  const text = await s.page.getByTestId('reader').innerText();
  assert.match(text, /Can U\.S\.-Russia Diplomacy Ease Ukraine Tensions\?/);
  const found = CFR_FURNITURE.filter((f) => text.includes(f));
  assert.deepEqual(found, [], 'furniture left in the clean text');
  assert.deepEqual(s.consoleErrors, []);
  await s.context.close();
});

test('no seed article shows site furniture lines in its clean text', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  await visit(s.page, env.site.url);
  const ids = await s.page
    .locator('[data-testid=article-item] h3 a')
    .evaluateAll((links) => links.map((a) => decodeURIComponent(a.hash.replace('#/article/', ''))));
  assert.equal(ids.length, 5);
  const leftovers = [];
  for (const id of ids) {
    await visit(s.page, env.site.url, `#/article/${id}`);
    const paragraphs = await s.page.locator('[data-testid=reader-text] p').allTextContents();
    for (const p of paragraphs.map((t) => t.trim())) {
      if (['Comments are closed.', 'Image: Reuters.'].includes(p) || /^More From Our Experts$|^More on:/.test(p)) {
        leftovers.push(`${id}: ${p}`);
      }
    }
  }
  assert.deepEqual(leftovers, []);
  await s.context.close();
});

test('the first article names its outlet and date', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  await visit(s.page, env.site.url, `#/article/${SEEDS.first}`);
  const meta = s.page.getByTestId('reader-meta');
  assert.equal((await meta.locator('[data-field=outlet]').textContent()).trim(), 'The National Interest');
  assert.equal((await meta.locator('[data-field=date]').textContent()).trim(), '2022-01-10');
  await s.context.close();
});

test('the reader has a title, and missing facts say "unknown" rather than nothing', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  for (const id of Object.values(SEEDS)) {
    await visit(s.page, env.site.url, `#/article/${id}`);
    assert.ok((await s.page.getByTestId('reader-title').textContent()).trim().length > 0);
    const facts = await s.page.getByTestId('reader-meta').locator('dd').allTextContents();
    assert.ok(facts.every((f) => f.trim().length > 0), `no blank fact: ${facts}`);
    assert.match(await s.page.title(), / · Dossier$/);
  }
  await s.context.close();
});

test('the source link opens the original without giving it a handle on Dossier', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  await visit(s.page, env.site.url, `#/article/${SEEDS.cfr}`);
  const links = s.page.getByTestId('reader-meta').locator('a');
  for (let i = 0; i < (await links.count()); i += 1) {
    const rel = (await links.nth(i).getAttribute('rel')) ?? '';
    assert.match(rel, /\bnoopener\b/);
    assert.match(await links.nth(i).getAttribute('href'), /^https?:\/\//);
  }
  await s.context.close();
});

test('the toggle shows the original file in a <pre> and back, replacing history', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  await visit(s.page, env.site.url, `#/article/${SEEDS.cfr}`);
  const toggle = s.page.getByTestId('raw-toggle');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  const historyBefore = await s.page.evaluate(() => history.length);
  await toggle.click();
  await s.page.waitForFunction(() => location.hash.endsWith('?raw=1'));
  const raw = s.page.locator('pre[data-testid=reader-raw]');
  await raw.waitFor();
  // The raw file is shown exactly, furniture and all.
  assert.match(await raw.textContent(), /More From Our Experts/);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.equal(await s.page.evaluate(() => history.length), historyBefore);

  await s.page.reload();
  await raw.waitFor();
  await toggle.click();
  await s.page.getByTestId('reader-text').waitFor();
  assert.equal(await raw.count(), 0);
  await s.context.close();
});

test('text from the corpus is rendered as text', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  await visit(s.page, env.site.url, `#/article/${SEEDS.cfr}`);
  // Markup-like characters in the article text would become elements if injected as HTML.
  // The only elements are paragraphs and the reader's own quote marks (<q class="quote">).
  const elements = await s.page.evaluate(
    () => [...document.querySelectorAll('[data-testid=reader-text] *')]
      .map((e) => (e.matches('q.quote') ? 'q.quote' : e.tagName)),
  );
  assert.ok(
    elements.every((t) => t === 'P' || t === 'q.quote'),
    `only paragraphs and quote marks in the body: ${[...new Set(elements)]}`,
  );
  await s.context.close();
});

test('an unknown article id says so and links back', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  await visit(s.page, env.site.url, '#/article/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  const missing = s.page.getByTestId('reader-missing');
  await missing.waitFor();
  assert.match(await missing.textContent(), /<script>alert\(1\)<\/script>/);
  assert.equal(await s.page.locator('main script').count(), 0);
  assert.deepEqual(s.consoleErrors, []);
  await s.context.close();
});
