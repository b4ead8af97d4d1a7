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

test('back and forward keep the page and its address together', async () => {
  const { context, page, errors } = await openPage(site);
  const search = () => page.evaluate(() => decodeURIComponent(location.search));
  await page.locator('label[for="align-set-textbook"]').click();
  await page.waitForFunction(() => location.search === '?align.set=textbook');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'The doomsday update' }).click();
  await page.locator('#doomsday-root[data-state="ready"] #doom-rank').waitFor();
  await page.locator('#doom-rank').fill('6e10');
  await page.locator('#doom-rank').press('Enter');
  await page.waitForFunction(() => location.search.includes('doom.rank=6e10'));
  // Back: the entry from before the section link, which names no rank. The page shows the
  // default rank, and Copy link would copy what is shown.
  await page.goBack();
  assert.equal(await search(), '?align.set=textbook');
  await page.waitForFunction(() => document.querySelector('#doom-rank').value === '1.175e11');
  assert.equal(await page.locator('#align-set-textbook').isChecked(), true);
  assert.equal(await search(), '?align.set=textbook', 'reading the address did not rewrite it');
  // Forward: the rank comes back with its entry.
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('#doom-rank').value === '6e10');
  assert.equal(await search(), '?align.set=textbook&doom.rank=6e10');
  // And Back again, with the field out of focus this time.
  await page.locator('#doom-rank').blur();
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#doom-rank').value === '1.175e11');
  assert.equal(await search(), '?align.set=textbook');
  assert.deepEqual(errors, []);
  await context.close();
});
