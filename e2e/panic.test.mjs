// A panic in the wasm module shows an error banner with its message, not a frozen page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openRecordedPage, visit } from './harness.mjs';
import { useSite } from './site-hooks.mjs';

const env = useSite();

test('a panic shows a visible banner with the panic message', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  await visit(s.page, env.site.url);
  assert.equal(await s.page.getByTestId('panic-banner').count(), 0, 'no banner before a panic');

  // The hidden test route panics on purpose (src/ui/panic_probe.rs).
  await s.page.evaluate(() => { location.hash = '#/__panic'; });
  const banner = s.page.getByTestId('panic-banner');
  await banner.waitFor({ state: 'visible' });
  assert.equal(await banner.getAttribute('role'), 'alert');
  const text = await banner.textContent();
  assert.match(text, /Dossier stopped working/);
  assert.match(text, /panic probe: deliberate failure requested by #\/__panic/);
  assert.ok(
    s.consoleErrors.some((e) => e.includes('Dossier panicked') && e.includes('panic probe')),
    `the panic is logged to the console: ${s.consoleErrors}`,
  );
  // The banner sits on top of the page, inside the viewport.
  const box = await banner.boundingBox();
  assert.ok(box && box.y <= 1 && box.height > 20, `banner at the top: ${JSON.stringify(box)}`);
  await s.context.close();
});

test('opening the panic route directly also shows the banner', async () => {
  const s = await openRecordedPage(env.browser, env.site.url);
  await s.page.goto(`${env.site.url}#/__panic`);
  await s.page.getByTestId('panic-banner').waitFor({ state: 'visible' });
  await s.context.close();
});
