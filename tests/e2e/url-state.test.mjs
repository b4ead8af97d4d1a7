// The URL as state: restore on load, malformed values in one dismissible notice, foreign keys kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressQuery, openDoomsday, openPage, useSite } from './support.mjs';

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
  assert.equal(await addressQuery(page, { decoded: false }) + await page.evaluate(() => location.hash), '?utm_source=blog#doomsday');
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
  const search = () => addressQuery(page);
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

test('a drag writes the address once, when the reader stops; a click writes it at once', async () => {
  const { context, page, errors } = await openDoomsday(site, { query: '?doom.n=1e11,1e14#doomsday' });
  const written = await addressQuery(page, { decoded: false });
  await page.evaluate(() => {
    window.addressWrites = [];
    const replace = History.prototype.replaceState;
    History.prototype.replaceState = function (...args) {
      window.addressWrites.push(String(args[2]));
      return replace.apply(this, args);
    };
  });
  // Thirty moves of a slider in one task, each rendered (in microtasks) before the next: no timer
  // runs within a task, so this is a drag whose moves all come before the write's delay.
  const drag = await page.evaluate(async () => {
    const slider = document.querySelector('#doom-n-slider-0');
    const field = document.querySelector('#doom-n-0');
    let rendered = 0;
    for (let i = 1; i <= 30; i += 1) {
      const shown = field.value;
      slider.value = String(11 + i * 0.1);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      for (let tick = 0; tick < 1000 && field.value === shown; tick += 1) await null;
      if (field.value !== shown) rendered += 1;
    }
    return {
      rendered,
      writes: window.addressWrites.length,
      search: location.search,
      marked: document.documentElement.hasAttribute('data-address-unwritten'),
    };
  });
  assert.deepEqual(drag, { rendered: 30, writes: 0, search: written, marked: true });
  // The reader stops: one write, of the last move.
  const after = await addressQuery(page, { decoded: false });
  assert.equal(await page.evaluate(() => window.addressWrites.length), 1);
  const first = Number(new URLSearchParams(after).get('doom.n').split(',')[0]);
  assert.ok(Math.abs(first / 1e14 - 1) < 1e-9, `doom.n starts with 10^14, not ${first}`);
  assert.equal(new URLSearchParams(after).get('doom.n').split(',')[1], '1e14');

  // One more move, then a click within the same task: the click writes it before anything else.
  const clicked = await page.evaluate(async () => {
    const slider = document.querySelector('#doom-n-slider-0');
    const field = document.querySelector('#doom-n-0');
    const shown = field.value;
    slider.value = '13';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    for (let tick = 0; tick < 1000 && field.value === shown; tick += 1) await null;
    const before = location.search;
    document.querySelector('#doomsday-title').click();
    return { moved: field.value !== shown, before, after: location.search, writes: window.addressWrites.length };
  });
  assert.equal(clicked.moved, true);
  assert.equal(clicked.before, after, 'not written before the click');
  assert.match(decodeURIComponent(clicked.after), /doom\.n=1e13,1e14/);
  assert.equal(clicked.writes, 2);
  assert.equal(await page.evaluate(() => location.hash), '#doomsday', 'the fragment stays');
  assert.deepEqual(errors, []);
  await context.close();
});
