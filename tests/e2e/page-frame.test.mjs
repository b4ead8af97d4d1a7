// The page frame from a sub-path: both sections, no foreign requests, layout, print, motion.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGET_BYTES, filesFrom, measure, pageBundle } from '../../scripts/size-report.mjs';
import {
  addressQuery, foreignRequests, openDoomsday, openPage, SUB_PATH, useSite, waitForRendered,
} from './support.mjs';

const site = useSite();

test('both explainer sections render with their headings and stable ids', async () => {
  const { context, page, errors } = await openPage(site);
  assert.equal(await page.locator('h1:visible').count(), 1);
  assert.equal(await page.locator('section#alignment-pretraining h2').textContent(), 'Alignment pretraining');
  assert.equal(await page.locator('section#doomsday h2').textContent(), 'The Bayesian doomsday update');
  const links = await page.getByRole('navigation', { name: 'Sections' }).getByRole('link').evaluateAll(
    (anchors) => anchors.map((a) => a.getAttribute('href')),
  );
  assert.deepEqual(links, ['#alignment-pretraining', '#doomsday']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no request goes to any origin but the page’s own', async () => {
  const { context, page, requests } = await openDoomsday(site);
  await page.getByTestId('theme-toggle').click();
  await page.getByRole('link', { name: 'The doomsday update' }).click();
  await page.reload();
  await waitForRendered(page, 'doomsday');
  assert.ok(requests.length >= 4, `expected the page's own requests, saw ${requests.length}`);
  assert.deepEqual(foreignRequests(site, requests), []);
  await context.close();
});

/** The page's own files that `requests` fetched, as paths relative to dist/. */
function ownFiles(requests) {
  const origin = new URL(site.baseUrl).origin;
  const files = requests
    .map((url) => new URL(url))
    .filter((url) => url.origin === origin)
    .map((url) => url.pathname.slice(SUB_PATH.length) || 'index.html');
  return [...new Set(files)].sort();
}

/** The page's bundle (app.js and what it imports: the frame and every explainer), which the
 * reader's first move fetches. */
const PAGE_FILES = filesFrom('dist', Object.values(pageBundle('dist')));

test('on a phone, loading the page fetches index.html alone, within the budget, until the reader moves', async () => {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'light' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(site.baseUrl, { waitUntil: 'networkidle' });
  const fetched = ownFiles(requests);
  const { total } = measure('dist', fetched);
  assert.deepEqual(fetched, ['index.html'], 'no bundle before the reader does anything');
  assert.ok(total <= BUDGET_BYTES, `fetched ${total} bytes of gzip at load, over ${BUDGET_BYTES}`);
  // The prerendered first view reads: the headline number is there, and nothing has run.
  assert.match(await page.locator('#alignment-root').textContent(), /45%/);
  assert.equal(await page.locator('html[data-frame]').count(), 0);
  // The first touch fetches the page's bundle, which starts the first explainer.
  await page.locator('#alignment-root').dispatchEvent('touchstart');
  await waitForRendered(page, 'alignment');
  assert.deepEqual(ownFiles(requests), ['index.html', ...PAGE_FILES].sort());
  await context.close();
});

test('the doomsday explainer starts when its section nears the viewport, and only then, from the page’s one bundle', async () => {
  const { context, page, requests } = await openPage(site, { viewport: { width: 360, height: 740 } });
  assert.equal(await page.locator('#doomsday-root').getAttribute('data-state'), null);
  await page.locator('#doomsday').scrollIntoViewIfNeeded();
  await page.locator('#doomsday-root[data-state="ready"] .doomsday-explainer').waitFor();
  assert.deepEqual(ownFiles(requests), ['index.html', ...PAGE_FILES].sort(), 'no bundle but the page’s');
  // The frame re-renders (theme toggle) without disturbing the other island's nodes.
  await page.getByTestId('theme-toggle').click();
  assert.equal(await page.locator('#doomsday-root .doomsday-explainer').count(), 1);
  await context.close();
});

/** Opens the page with the page's bundle held back until `release` is called. */
async function openWithBundleHeld(options = {}) {
  const context = await site.browser.newContext({ colorScheme: 'light', ...options });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(/\/app-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  await page.goto(site.baseUrl);
  return { context, page, release };
}

test('a control used before its bundle has run is used again once it has', async () => {
  const { context, page, release } = await openWithBundleHeld();
  const search = () => addressQuery(page);
  // The prerendered "Filtered" preset, clicked while the page's bundle is on its way (the request
  // is awaited from before the click, so that it cannot come before the test listens).
  const requested = page.waitForRequest(/\/app-[0-9a-f]+_bg\.wasm$/);
  await page.getByRole('button', { name: 'Filtered', exact: true }).click();
  await requested;
  assert.equal(await search(), '', 'nothing has run yet');
  release();
  await waitForRendered(page, 'alignment');
  await page.waitForFunction(() => location.search.includes('align.filter=1'));
  assert.equal(await search(), '?align.filter=1');
  assert.equal(
    await page.getByRole('button', { name: 'Filtered', exact: true }).getAttribute('aria-pressed'),
    'true',
  );
  await context.close();
});

test('a shortcut pressed before the frame runs is pressed again once it does', async () => {
  const { context, page, release } = await openWithBundleHeld();
  // p, presenter mode, with the focus on the page: the key itself starts the page's bundle.
  const requested = page.waitForRequest(/\/app-[0-9a-f]+_bg\.wasm$/);
  await page.locator('body').focus();
  await page.keyboard.press('p');
  await requested;
  assert.equal(await page.locator('html[data-presenter]').count(), 0, 'nothing has run yet');
  release();
  await page.locator('html[data-presenter]').waitFor({ state: 'attached' });
  assert.equal(await addressQuery(page), '?presenter=1');
  await context.close();
});

test('the keyboard focus stays on the control it reached before its bundle ran', async () => {
  const { context, page, release } = await openWithBundleHeld();
  // Tab to the theme toggle, the frame's: the key itself starts the page's bundle.
  const toggle = page.getByTestId('theme-toggle');
  await toggle.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'theme-toggle');
  release();
  await waitForRendered(page, 'alignment');
  await page.locator('html[data-frame="ready"]').waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'theme-toggle');
  await context.close();
});

test('the page is readable at phone width without sideways scrolling', async () => {
  const { context, page } = await openDoomsday(site, { viewport: { width: 360, height: 740 } });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.equal(overflow, 0);
  // The number line and the Bayes table fit whole: nothing in them reaches past the screen.
  const cut = await page.evaluate(() => [...document.querySelectorAll('#doom-number-line text, #doomsday .bayes-table td, #doomsday .bayes-table caption')]
    .filter((element) => element.getBoundingClientRect().right > window.innerWidth)
    .map((element) => element.textContent));
  assert.deepEqual(cut, []);
  await context.close();
});

test('at 2560 px the prose keeps a readable line length and larger type', async () => {
  const { context, page } = await openPage(site, { viewport: { width: 2560, height: 1440 } });
  const { width, fontSize } = await page.locator('#doomsday p').first().evaluate((p) => ({
    width: p.getBoundingClientRect().width,
    fontSize: parseFloat(getComputedStyle(p).fontSize),
  }));
  assert.ok(width / fontSize < 50, `line of ${width}px at ${fontSize}px type is too long`);
  assert.ok(fontSize > 20, `type of ${fontSize}px is small for a projector`);
  await context.close();
});

test('reduced motion turns smooth scrolling off', async () => {
  const reduced = await openPage(site, { reducedMotion: 'reduce' });
  assert.equal(await reduced.page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'auto');
  await reduced.context.close();
  const full = await openPage(site, { reducedMotion: 'no-preference' });
  assert.equal(await full.page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'smooth');
  await full.context.close();
});

test('the print stylesheet hides the controls and keeps the prose', async () => {
  const { context, page } = await openPage(site);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-nav').isVisible(), false);
  assert.equal(await page.locator('#doomsday p').first().isVisible(), true);
  await context.close();
});

test('the page bundle and the doomsday bundle never handle each other’s clicks', async () => {
  const { context, page } = await openDoomsday(site);
  const search = () => addressQuery(page);
  await page.getByRole('button', { name: 'Add a hypothesis' }).click();
  assert.equal(await search(), '?doom.n=1e20,1.2e11,1.2e12&doom.prior=1,1,1&doom.names=Stars,Dust,H3');
  await page.getByRole('button', { name: 'Reset the doomsday explainer' }).click();
  assert.equal(await search(), '');
  await page.getByRole('button', { name: 'Filtered', exact: true }).click();
  assert.equal(await search(), '?align.filter=1');
  assert.equal(await page.locator('.hypothesis').count(), 2);
  await context.close();
});
