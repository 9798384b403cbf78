// The JavaScript API (src/ui/js_api.rs, `window.wasmBindings`) on the served site, at the
// root of a host and under /dossier/ as on GitHub Pages: search the compiled-in articles,
// and index and search a corpus handed over from JavaScript (the benchmark's path).
// dossier.html from file:// is covered in offline.test.mjs.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, DIST_SUBPATH, launchBrowser, openRecordedPage, serveSite, visit } from './harness.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Two small articles in the shape buildIndex takes. */
const SCRIPT_CORPUS = [
  {
    id: 'geneva',
    title: 'Blinken and Lavrov meet in Geneva',
    body: 'Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Friday.\n\nThe talks lasted ninety minutes.',
  },
  {
    id: 'brussels',
    title: 'NATO allies gather in Brussels',
    body: 'Foreign ministers of the alliance met in Brussels to discuss troop deployments.',
  },
];

for (const [where, dist, prefix] of [
  ['at /', DIST, '/'],
  ['under /dossier/', DIST_SUBPATH, '/dossier/'],
]) {
  describe(`the JS API ${where}`, () => {
    let site;
    before(async () => {
      site = await serveSite(dist, prefix);
    });
    after(async () => {
      await site?.close();
    });

    test('search() answers ranked hits from the compiled-in articles', async () => {
      const s = await openRecordedPage(browser, site.url);
      await visit(s.page, site.url);
      const hits = await s.page.evaluate(() => window.wasmBindings.search('Lavrov'));
      assert.ok(hits.length >= 2, `several seed articles mention Lavrov: ${hits.length}`);
      for (const hit of hits) {
        assert.deepEqual(Object.keys(hit).sort(), ['date', 'id', 'outlet', 'score', 'snippet', 'title']);
        assert.match(hit.snippet, /Lavrov/);
      }
      // Every hit opens in the reader by its id.
      await visit(s.page, site.url, `#/article/${encodeURIComponent(hits[0].id)}`);
      assert.equal(await s.page.getByTestId('reader-title').innerText(), hits[0].title);
      assert.deepEqual(s.foreignRequests(), []);
      assert.deepEqual(s.consoleErrors, []);
      assert.deepEqual(s.pageErrors, []);
      await s.context.close();
    });

    test('buildIndex() and searchIndex() search a corpus handed over from JavaScript', async () => {
      const s = await openRecordedPage(browser, site.url);
      await visit(s.page, site.url);
      const out = await s.page.evaluate((corpus) => {
        const api = window.wasmBindings;
        let before;
        try {
          api.searchIndex('x');
        } catch (e) {
          before = String(e.message);
        }
        const report = api.buildIndex(corpus);
        let bad;
        try {
          api.buildIndex([{ id: 1 }]);
        } catch (e) {
          bad = String(e.message);
        }
        return {
          before,
          bad,
          report,
          lavrov: api.searchIndex('Lavrov'),
          ministers: api.searchIndex('ministers'),
          nothing: api.searchIndex('zzzqqq'),
          // The page's own engine is untouched by the script corpus.
          page: api.search('Lavrov').length,
        };
      }, SCRIPT_CORPUS);
      assert.match(out.before, /buildIndex before searchIndex/);
      assert.match(out.bad, /buildIndex expects/);
      // A call with bad articles throws and leaves the corpus indexed before in place
      // (the searches below ran after it).
      assert.equal(out.report.articles, 2);
      assert.ok(out.report.ingestMs >= 0 && out.report.indexMs >= 0, JSON.stringify(out.report));
      assert.ok(out.page >= 2);
      assert.deepEqual(out.nothing, []);
      // Stemmed: "ministers" also finds "Minister".
      assert.deepEqual(out.ministers.sort(), ['brussels', 'geneva']);
      assert.deepEqual(out.lavrov, ['geneva']);
      assert.deepEqual(s.consoleErrors, []);
      await s.context.close();
    });
  });
}
