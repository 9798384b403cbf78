// The home view: every article listed with its facts, the corpus summary, sorting.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openRecordedPage, texts, visit } from './harness.mjs';
import { useSite } from './site-hooks.mjs';

const env = useSite();

test('the home view lists exactly the five seed articles', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  await visit(s.page, env.site.url);
  assert.equal(await s.page.getByTestId('article-item').count(), 5);
  const summary = await s.page.getByTestId('corpus-summary').textContent();
  assert.match(summary, /Articles\s*5(?!\d)/);
  assert.deepEqual(s.consoleErrors, []);
  assert.deepEqual(s.pageErrors, []);
  assert.deepEqual(s.foreignRequests(), []);
  await s.context.close();
});

test('every list item shows outlet, date, authors, length and language', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  await visit(s.page, env.site.url);
  for (const field of ['outlet', 'date', 'authors', 'words', 'language']) {
    const values = await texts(s.page, `[data-testid=article-item] [data-field=${field}]`);
    assert.equal(values.length, 5, field);
    assert.ok(values.every((v) => v.trim().length > 0), `${field} is never blank: ${values}`);
  }
  const words = await texts(s.page, '[data-testid=article-item] [data-field=words]');
  assert.ok(words.every((w) => /^[\d,]+ words?$/.test(w)), `word counts: ${words}`);
  await s.context.close();
});

test('sorting by outlet puts the choice in the URL and survives a reload', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  await visit(s.page, env.site.url);
  await s.page.getByRole('link', { name: /^Outlet/ }).click();
  await s.page.waitForFunction(() => location.hash === '#/?sort=outlet');
  const outlets = await texts(s.page, '[data-testid=article-item] [data-field=outlet]');
  const known = outlets.filter((o) => o !== 'unknown');
  const sorted = [...known].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  assert.deepEqual(known, sorted, 'known outlets A–Z');
  assert.deepEqual(outlets.slice(known.length), outlets.filter((o) => o === 'unknown'), 'unknowns last');

  await s.page.reload();
  await s.page.getByTestId('article-item').first().waitFor();
  assert.deepEqual(await texts(s.page, '[data-testid=article-item] [data-field=outlet]'), outlets);
  assert.equal(
    await s.page.getByRole('link', { name: /^Outlet/ }).getAttribute('aria-current'),
    'true',
  );
  assert.deepEqual(s.consoleErrors, []);
  await s.context.close();
});

test('sorting by date twice flips between newest and oldest first', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  const dates = () => texts(s.page, '[data-testid=article-item] [data-field=date]');
  await visit(s.page, env.site.url, '#/?sort=outlet');
  await s.page.getByRole('link', { name: /^Date/ }).click();
  await s.page.waitForFunction(() => location.hash === '#/');
  const newest = await dates();
  await s.page.getByRole('link', { name: /^Date/ }).click();
  await s.page.waitForFunction(() => location.hash === '#/?order=asc');
  const oldest = await dates();
  const known = (list) => list.filter((d) => d !== 'unknown');
  assert.deepEqual(known(newest), [...known(newest)].sort().reverse(), 'newest first');
  assert.deepEqual(known(oldest), [...known(oldest)].sort(), 'oldest first');
  // Only dates the texts state are known (issue 2); the first seed states 2022-01-10.
  assert.ok(known(oldest).includes('2022-01-10'), `dates shown: ${oldest}`);
  assert.equal(oldest.length, 5);
  await s.context.close();
});

test('every control is reachable by keyboard and shows a visible focus', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  await visit(s.page, env.site.url);
  const reached = new Set();
  for (let i = 0; i < 30; i += 1) {
    await s.page.keyboard.press('Tab');
    const info = await s.page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return {
        text: el.textContent.trim(),
        tag: el.tagName,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      };
    });
    if (info.tag === 'BODY') break;
    assert.ok(info.outline, `focused ${info.tag} "${info.text}" shows a focus outline`);
    reached.add(info.text);
  }
  assert.ok([...reached].some((t) => t.startsWith('Outlet')), 'sort control reachable');
  assert.ok([...reached].some((t) => t === 'Articles'), 'navigation reachable');
  const titles = await texts(s.page, '[data-testid=article-item] h3');
  for (const title of titles) assert.ok(reached.has(title.trim()), `"${title}" reachable`);

  // Enter on a focused article link opens the reader.
  await s.page.getByTestId('article-item').first().getByRole('link').focus();
  await s.page.keyboard.press('Enter');
  await s.page.getByTestId('reader').waitFor();
  // Focus moves to the new page, so the next Tab lands in the reader, not the header.
  await s.page.waitForFunction(() => document.activeElement?.id === 'main');
  await s.page.keyboard.press('Tab');
  assert.equal(await s.page.evaluate(() => document.activeElement.textContent), '← All articles');
  await s.context.close();
});
