// Shared set-up for the end-to-end specs: dist/ served from a sub-path, Debian's Chromium
// driven by playwright-core, and a log of every request the page makes.
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
 * Opens the page (with an optional query such as "?theme=dark") in a new browser context and
 * waits until the app has rendered. Every request, console error and page error is recorded.
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
  await page.locator('#doomsday h2').waitFor();
  return { context, page, requests, errors };
}

/**
 * Opens the page like `openPage`, then scrolls to the doomsday section, whose bundle loads as it
 * nears the viewport, and waits until that explainer has rendered.
 */
export async function openDoomsday(site, options = {}) {
  const opened = await openPage(site, options);
  await opened.page.locator('#doomsday').scrollIntoViewIfNeeded();
  await opened.page.locator('#doomsday-root[data-state="ready"] .doomsday-explainer').waitFor();
  return opened;
}

/** The requests whose origin is not the page's own. */
export function foreignRequests(site, requests) {
  const origin = new URL(site.baseUrl).origin;
  return requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
}

/** Runs axe-core in the page and returns its serious and critical violations. */
export async function seriousAccessibilityViolations(page) {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const results = await page.evaluate(() => window.axe.run(document));
  return results.violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact))
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
