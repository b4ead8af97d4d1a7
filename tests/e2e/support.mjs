// Shared set-up for the end-to-end specs: dist/ served from a sub-path, Debian's Chromium
// driven by playwright-core, and a log of every request the page makes.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';

export const SUB_PATH = '/some/sub/path/';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts the server and the browser before the spec's tests and stops both after them.
 * Returns an object whose `baseUrl` and `browser` are set once `before` has run.
 */
export function useSite() {
  const site = { baseUrl: '', browser: null, server: null };
  before(async () => {
    const { server, url } = await startServer({ dir: 'dist', base: SUB_PATH });
    site.server = server;
    site.baseUrl = url;
    site.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
  });
  after(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}

/**
 * The page's explainers as the registry (src/registry.rs) places them: each island renders into
 * its root element, in place of the prerendered first view, and the frame marks the root
 * `data-state="ready"` once it has started it.
 */
export const EXPLAINERS = {
  alignment: { section: 'alignment-pretraining', root: 'alignment-root' },
  lab: { section: 'lab', root: 'lab-root' },
  doomsday: { section: 'doomsday', root: 'doomsday-root' },
};

/**
 * The reader's first move, a key that does nothing on the page (Shift), which starts the page's
 * bundle (index.html's loader script) when the address did not start it at once.
 */
export async function firstMove(page) {
  await page.keyboard.press('Shift');
}

/**
 * Waits until the frame and the named explainers have rendered into the page, after the
 * reader's first move: each island has started and replaced its prerendered first view, which looks
 * the same but does not respond. Hidden explainers (another one embedded alone) count once they
 * are in the DOM.
 */
export async function waitForRendered(page, ...words) {
  try {
    await firstMove(page);
    await page.locator('html[data-frame="ready"]').waitFor({ state: 'attached' });
    for (const word of words) {
      await page.locator(`#${EXPLAINERS[word].root}[data-state="ready"] > *`).first().waitFor({ state: 'attached' });
    }
  } catch (error) {
    error.message += `\n${await whatThePageSaid(page)}`;
    throw error;
  }
}

/**
 * What a page that did not render shows of itself, for a failure's message: its address, the
 * page's and each explainer root's state, its console and its uncaught errors. Each question
 * has 5 s, so that a crashed or frozen page still gets a message.
 */
export async function whatThePageSaid(page) {
  const within = (promise) =>
    Promise.race([
      promise.catch((error) => `(${error.message.split('\n')[0]})`),
      new Promise((done) => setTimeout(() => done('(no answer in 5 s)'), 5_000).unref()),
    ]);
  const lines = (answer) => (Array.isArray(answer) ? answer : [answer]).map((line) => `  ${line}`);
  const state = await within(page.evaluate((roots) => JSON.stringify({
    html: { ...document.documentElement.dataset },
    roots: Object.fromEntries(roots.map((id) => [id, document.getElementById(id)?.dataset.state ?? '(none)'])),
    online: navigator.onLine,
  }), Object.values(EXPLAINERS).map(({ root }) => root)));
  const messages = await within(page.consoleMessages().then((all) => all.map((m) => `${m.type()}: ${m.text()}`)));
  const errors = await within(page.pageErrors().then((all) => all.map((error) => String(error.stack ?? error))));
  return [
    `page: ${page.url()}${page.isClosed() ? ' (closed)' : ''}`,
    `state: ${state}`,
    'console:', ...lines(messages),
    'uncaught errors:', ...lines(errors),
  ].join('\n');
}

/** Resolves after the browser has rendered `count` frames (animation frame callbacks). */
export function frames(page, count) {
  return page.evaluate((count) => new Promise((resolve) => {
    const next = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
    next(count);
  }), count);
}

/**
 * The full-precision number the doomsday explainer's output `testid` carries in data-value, once
 * no block holds back a change: far off screen a block (the Bayes tables) renders the latest
 * change only when it nears the screen or 250 ms after the first one held back, and is
 * `aria-busy` meanwhile (src/components/offscreen_deferred.rs). `page` may be a frame.
 */
export async function settledValue(page, testid) {
  await page.waitForFunction(() => !document.querySelector('#doomsday-root [aria-busy="true"]'));
  const text = await page.getByTestId(testid).getAttribute('data-value');
  assert.ok(text, `${testid} has a data-value`);
  return Number(text);
}

/**
 * Opens the page (with an optional query such as "?theme=dark") in a new browser context and
 * waits until the frame and the alignment explainer (unless another is embedded) have rendered. Every request, console error
 * and page error is recorded.
 */
export async function openPage(site, { query = '', context: existing, ...contextOptions } = {}) {
  const context = existing ?? (await site.browser.newContext({ colorScheme: 'light', ...contextOptions }));
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(site.baseUrl + query);
  // Embedded alone, the doomsday explainer hides the alignment one, whose island then never starts.
  const embedded = new URLSearchParams(query.split('#')[0]).getAll('embed').pop();
  await waitForRendered(page, ...(embedded === 'doomsday' ? [] : ['alignment']));
  return { context, page, requests, errors };
}

/**
 * Opens the page like `openPage`, then scrolls to the doomsday section, whose bundle loads as it
 * nears the viewport, and waits until that explainer has rendered.
 */
export async function openDoomsday(site, options = {}) {
  const opened = await openPage(site, options);
  await opened.page.locator('#doomsday').scrollIntoViewIfNeeded();
  await waitForRendered(opened.page, 'doomsday');
  return opened;
}

/** The requests whose origin is not the page's own. */
export function foreignRequests(site, requests) {
  const origin = new URL(site.baseUrl).origin;
  return requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
}

/**
 * Opens the page like `openPage`, then brings each explainer with a bundle of its own into view
 * so that it loads, and waits until every explainer has rendered: the page as a reader who has
 * scrolled through it sees it, for audits of the whole page.
 */
export async function openEverything(site, options = {}) {
  const opened = await openPage(site, options);
  for (const [word, { section }] of Object.entries(EXPLAINERS)) {
    await opened.page.locator(`#${section}`).scrollIntoViewIfNeeded();
    await waitForRendered(opened.page, word);
  }
  return opened;
}

/** Runs axe-core in the page and returns its violations of any impact. */
export async function accessibilityViolations(page) {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const results = await page.evaluate(() => window.axe.run(document));
  return results.violations.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Selects all of field `id`'s text and types `text` one key at a time. */
export async function retype(page, id, text) {
  const field = page.locator(`#${id}`);
  await field.focus();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text);
  return field;
}

/**
 * Asserts that `locator`'s attribute `name` becomes `expected`: the page renders a moment after a
 * key, so a read at once can see the render before it.
 */
export async function assertAttribute(locator, name, expected, what = name) {
  await locator.page()
    .waitForFunction(([element, n, e]) => element?.getAttribute(n) === e, [await locator.elementHandle(), name, expected], { timeout: 5_000 })
    .catch(() => {});
  assert.equal(await locator.getAttribute(name), expected, what);
}

/**
 * The address bar's query string (with its `?`; decoded unless `decoded` is false) once the page
 * has written it: the page writes its settings there 200 ms after they last changed, or at the
 * next click, and marks the root `data-address-unwritten` until then (src/browser/address.rs).
 */
export async function addressQuery(page, { decoded = true } = {}) {
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-address-unwritten'));
  return page.evaluate((decoded) => (decoded ? decodeURIComponent(location.search) : location.search), decoded);
}

/** Asserts that the address's query, decoded, becomes `expected` (written by the render after a key). */
export async function assertQuery(page, expected, what = 'the query') {
  await page.waitForFunction((e) => decodeURIComponent(location.search) === e, expected, { timeout: 5_000 }).catch(() => {});
  assert.equal(await addressQuery(page), expected, what);
}

/** Asserts that field `id`'s message becomes `expected` (the page renders a moment after a key). */
export async function assertMessage(page, id, expected) {
  const selector = `#${id}-message`;
  await page.waitForFunction(([s, e]) => document.querySelector(s)?.textContent === e, [selector, expected], { timeout: 5_000 })
    .catch(() => {});
  assert.equal(await page.locator(selector).textContent(), expected, id);
}
