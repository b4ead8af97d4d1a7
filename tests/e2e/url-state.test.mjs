// The URL as state: restore on load, malformed values in one dismissible notice, foreign keys kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useSite } from './support.mjs';

const site = useSite();

test('a URL restores the state it names, over the system setting', async () => {
  const { context, page } = await openPage(site, { query: '?theme=dark', colorScheme: 'light' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await page.getByTestId('theme-toggle').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByTestId('url-notice').count(), 0);
  await context.close();
});

test('a malformed value is reported once, replaced by the default, and dismissible', async () => {
  const { context, page, errors } = await openPage(site, { query: '?theme=neon&utm_source=blog#doomsday' });
  const notice = page.getByTestId('url-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /theme=neon: expected one of auto, light, dark; using auto\./);
  assert.equal(await page.getByTestId('theme-toggle').getAttribute('aria-pressed'), 'false');
  // The address keeps the foreign key and the fragment and drops the bad value.
  assert.equal(await page.evaluate(() => location.search + location.hash), '?utm_source=blog#doomsday');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await notice.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('unknown keys and garbage never break the page', async () => {
  const { context, page, errors } = await openPage(site, { query: '?%%%&=&theme&x=%E0%A4%A&&' });
  assert.equal(await page.locator('#alignment-pretraining h2').isVisible(), true);
  assert.deepEqual(errors, []);
  await context.close();
});
