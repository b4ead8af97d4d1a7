// Offline for real: after one visit the service worker has every file, so the page reloads and
// works with the network off; a new deploy replaces its cache; a section that failed offline
// loads when the network returns; Train before the trainer was ever fetched says so plainly.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startServer } from '../../scripts/static-server.mjs';
import { EXPLAINERS, firstMove, openPage, useSite, waitForRendered, addressQuery } from './support.mjs';

const site = useSite();

/** Waits until the service worker has cached every file and controls the page. */
async function waitForOffline(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

test('after one visit the page reloads and fully works with the network off', async () => {
  const { context, page, errors } = await openPage(site);
  await waitForOffline(page);
  await context.setOffline(true);
  await page.reload();
  await waitForRendered(page, 'alignment');
  // Every file comes from the cache: the page's bundle (the doomsday explainer and the lab start
  // from it) and the lab's worker.
  for (const word of ['doomsday', 'lab']) {
    await page.locator(`#${EXPLAINERS[word].section}`).scrollIntoViewIfNeeded();
    await waitForRendered(page, word);
  }
  await page.locator('#doom-rank').fill('6e10');
  assert.match(await addressQuery(page, { decoded: false }), /doom\.rank=6e10/);
  await page.getByTestId('lab-train').click();
  await page.waitForFunction(() => Number(document.querySelector('.lab-progress progress').value) > 0.02, null, { timeout: 30_000 });
  await page.getByTestId('lab-cancel').click();
  await page.locator('[data-testid="lab-status"][data-state="cancelled"]').waitFor();
  // A link with a query lands on the same cached page.
  await page.goto(`${site.baseUrl}?doom.rank=7#doomsday`);
  await waitForRendered(page, 'doomsday');
  assert.equal(await page.locator('#doom-rank').inputValue(), '7');
  assert.deepEqual(errors.filter((text) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(text)), []);
  await context.close();
});

test('a new deploy replaces the cache', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-'));
  cpSync('dist', dir, { recursive: true });
  const { server, url } = await startServer({ dir, base: '/deploy/' });
  const context = await site.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForOffline(page);
    const first = await cacheNames(page);
    assert.equal(first.length, 1);
    // The next deploy: a changed page, and the service worker written again for it.
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</body>', '<p id="next-deploy">next</p></body>'));
    execFileSync('node', ['scripts/service-worker.mjs', dir]);
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration.update()));
    await page.waitForFunction((old) => caches.keys().then((keys) => keys.length === 1 && keys[0] !== old), first[0]);
    await context.setOffline(true);
    await page.reload();
    assert.equal(await page.locator('#next-deploy').count(), 1, 'offline, the new deploy’s page');
  } finally {
    await context.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a page whose bundle could not load offline says so, and loads when the network returns', async () => {
  const context = await site.browser.newContext({ colorScheme: 'light', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${site.baseUrl}#doomsday`);
  // Offline before the reader's first move: the page's bundle was never fetched.
  await context.setOffline(true);
  await firstMove(page);
  const notice = page.locator('#doomsday .island-failure');
  await notice.waitFor();
  assert.match(await notice.textContent(), /You are offline, and this explainer's interactive part was not loaded before/);
  await context.setOffline(false);
  await waitForRendered(page, 'doomsday');
  await notice.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Train offline, before the trainer was ever downloaded, says so plainly', async () => {
  const { context, page, errors } = await openPage(site, { serviceWorkers: 'block' });
  await page.locator('#lab').scrollIntoViewIfNeeded();
  await waitForRendered(page, 'lab');
  await context.setOffline(true);
  await page.getByTestId('lab-train').click();
  const status = page.locator('[data-testid="lab-status"][data-state="error"]');
  await status.waitFor();
  assert.equal(await status.textContent(),
    'The run failed: you are offline, and the trainer (the lab\'s Web Worker) has not been downloaded yet: connect to the network first. Press Train to try again.');
  assert.deepEqual(errors, []);
  await context.close();
});
