// Share, embed and teach: copy link, embed on another origin, presenter mode, tours,
// exports, reset all, shortcuts.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startServer } from '../../scripts/static-server.mjs';
import { openDoomsday, openEverything, openPage, accessibilityViolations, useSite, waitForRendered, addressQuery, settledValue } from './support.mjs';

const site = useSite();
const search = (page) => addressQuery(page);
const posterior = (page, i = 0) => settledValue(page, `doom-posterior-${i}`);

test('copy link gives a URL that restores each explainer exactly', async () => {
  const { context, page } = await openDoomsday(site, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.locator('#doom-n-0').fill('1e30');
  await page.locator('label[for="align-set-textbook"]').click();
  await page.getByTestId('doomsday-copy-link').click();
  await page.getByTestId('doomsday-tools-status').getByText('Link copied.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#doomsday$/);
  assert.match(link, /doom\.n=1e30/);
  assert.match(link, /align\.set=textbook/);
  const before = await posterior(page);
  const copy = await context.newPage();
  await copy.goto(link);
  await copy.locator('#doomsday-root[data-state="ready"] .doomsday-explainer').waitFor();
  assert.equal(await posterior(copy), before);
  assert.equal(await copy.locator('#align-set-textbook').isChecked(), true);
  await page.getByTestId('alignment-copy-link').click();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /#alignment-pretraining$/);
  await context.close();
});

test('an embed pasted into a page of another origin shows one explainer and is sized by its messages', async () => {
  const { context, page } = await openPage(site, { query: '?doom.rank=7&doom.n=10,1e6' });
  await page.getByTestId('doomsday-embed-button').click();
  const snippet = await page.getByTestId('doomsday-embed-code').inputValue();
  assert.match(snippet, /^<iframe title="The Bayesian doomsday update, interactive" src="[^"]*embed=doomsday[^"]*" loading="lazy"/);
  const dir = mkdtempSync(join(tmpdir(), 'host-'));
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="en"><head><title>A blog post</title><link rel="icon" href="data:,">
    <script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'explainer-height') window.heights.push(e.data.height); });</script>
    </head><body><h1>My post</h1>${snippet}</body></html>`);
  const host = await startServer({ dir, base: '/' });
  try {
    assert.notEqual(new URL(host.url).origin, new URL(site.baseUrl).origin);
    const hostPage = await context.newPage();
    await hostPage.goto(host.url);
    const frame = hostPage.frameLocator('iframe');
    await frame.locator('#doomsday-root[data-state="ready"] .doomsday-explainer').waitFor();
    assert.equal(await frame.locator('.site-nav').isVisible(), false);
    assert.equal(await frame.locator('#alignment-pretraining').isVisible(), false);
    assert.equal(await frame.getByRole('link', { name: /Open the full page/ }).count(), 1);
    assert.ok(Math.abs(Number(await frame.getByTestId('doom-posterior-0').getAttribute('data-value')) - 100000 / 100001) < 1e-12);
    await hostPage.waitForFunction(() => window.heights.length > 0 && window.heights.at(-1) > 1000);
    const [reported, shown] = await hostPage.evaluate(() =>
      [window.heights.at(-1), document.querySelector('iframe').getBoundingClientRect().height]);
    assert.equal(Math.round(shown), Math.round(reported), 'the snippet’s script sized the frame');
    // The height posted is the whole page's: sized to it, the frame does not scroll inside itself.
    const inner = hostPage.frames().find((f) => f !== hostPage.mainFrame());
    await inner.waitForFunction(() => document.documentElement.scrollHeight - innerHeight <= 1, null, { timeout: 5_000 })
      .catch(() => {});
    const scrolls = await inner.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    assert.ok(scrolls <= 1, `the frame scrolls inside itself by ${scrolls} px`);
  } finally {
    host.server.close();
  }
  await context.close();
});

test('presenter mode enlarges the page, is in the URL, and is clean for axe', async () => {
  const { context, page } = await openPage(site);
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normal = await size();
  await page.getByTestId('presenter-toggle').click();
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-presenter')), true);
  assert.equal(await search(page), '?presenter=1');
  assert.ok((await size()) > normal * 1.15, 'larger type');
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.keyboard.press('p');
  assert.equal(await search(page), '');
  await context.close();
});

for (const theme of ['light', 'dark']) {
  test(`axe finds nothing in both embeds, presenter mode, a tour and the shortcuts dialog, ${theme} theme`, async () => {
    const options = (query) => ({ query: `${query}&theme=${theme}`, colorScheme: theme });
    const check = async ({ context, page }, what) => {
      assert.deepEqual(await accessibilityViolations(page), [], what);
      await context.close();
    };
    const alignment = await openPage(site, options('?embed=alignment'));
    await alignment.page.locator('#lab').scrollIntoViewIfNeeded();
    await waitForRendered(alignment.page, 'lab');
    await check(alignment, 'alignment embedded');
    await check(await openDoomsday(site, options('?embed=doomsday')), 'doomsday embedded');
    await check(await openEverything(site, options('?presenter=1')), 'presenter mode');
    const touring = await openDoomsday(site, options('?walk=doomsday&step=3'));
    await touring.page.getByTestId('tour-card').waitFor();
    await check(touring, 'a tour');
    const dialog = await openPage(site, options('?presenter=1'));
    await dialog.page.getByRole('button', { name: 'Shortcuts' }).click();
    await dialog.page.getByTestId('shortcuts-dialog').waitFor();
    await check(dialog, 'the shortcuts dialog');
  });
}

test('the doomsday tour sets each step, from buttons and from the keyboard', async () => {
  const { context, page } = await openDoomsday(site);
  await page.getByTestId('doomsday-tour').click();
  const card = page.getByTestId('tour-card');
  assert.match(await card.textContent(), /step 1 of 6.*Two urns/s);
  assert.match(await search(page), /walk=doomsday&step=1/);
  await page.waitForFunction(() => Math.abs(Number(document.querySelector('[data-testid="doom-posterior-0"]')?.dataset.value) - 100000 / 100001) < 1e-12);
  await page.locator('#doomsday .bayes-table[data-tour-target]').waitFor();
  assert.equal(await page.locator('[data-tour-target]').count(), 1, 'one target at a time');
  await card.getByRole('button', { name: 'Next →' }).click();
  assert.match(await card.textContent(), /Stars against Dust/);
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="doom-posterior-0"]')?.dataset.value) < 1e-8);
  await page.locator('body').focus();
  await page.keyboard.press('ArrowRight');
  assert.match(await card.textContent(), /Switching to SIA/);
  await page.waitForFunction(() => document.querySelector('[data-testid="doom-posterior-0"]')?.dataset.value === '5e-1');
  await card.getByRole('button', { name: 'End the tour' }).click();
  assert.equal(await card.count(), 0);
  assert.doesNotMatch(await search(page), /walk=/);
  await context.close();
});

test('a link can open a tour at a given step', async () => {
  const { context, page } = await openDoomsday(site, { query: '?walk=doomsday&step=6' });
  assert.match(await page.getByTestId('tour-card').textContent(), /step 6 of 6.*Gott/s);
  await page.getByTestId('doom-median').waitFor();
  assert.ok(Math.abs(Number(await page.getByTestId('doom-median').getAttribute('data-value')) / 2.35e11 - 1) < 1e-12);
  await context.close();
  const alignment = await openPage(site, { query: '?walk=alignment&step=4' });
  assert.match(await alignment.page.getByTestId('tour-card').textContent(), /The persona prior/);
  assert.match(await search(alignment.page), /align\.synaligned=0\.001/);
  await alignment.context.close();
});

test('charts export as SVG, PNG and CSV holding the numbers shown', async () => {
  const { context, page } = await openDoomsday(site, { acceptDownloads: true });
  const download = async (testid) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
    return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
  };
  const csv = await download('doom-number-line-csv');
  assert.equal(csv.name, 'doomsday-hypotheses.csv');
  const lines = csv.body.toString('utf8').trim().split('\n');
  assert.equal(lines[0], 'hypothesis,humans_ever_counted,prior,posterior,refuted');
  const stars = lines[1].split(',');
  assert.equal(stars[0], 'Stars');
  assert.equal(Number(stars[3]), await posterior(page));
  const svg = await download('doom-number-line-svg');
  assert.equal(svg.name, 'doomsday-hypotheses.svg');
  assert.match(svg.body.toString('utf8'), /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*Stars[\s\S]*<\/svg>$/);
  const png = await download('doom-number-line-png');
  assert.equal(png.name, 'doomsday-hypotheses.png');
  assert.deepEqual([...png.body.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(png.body.length > 2000);
  const rates = await download('align-base-chart-csv');
  assert.match(rates.body.toString('utf8'), /^label,from,rate,interval_low,interval_high\nUnfiltered,,0\.45,/);
  await context.close();
});

test('reset all returns both explainers to their defaults and keeps the theme', async () => {
  const { context, page } = await openDoomsday(site, { query: '?theme=dark&doom.rank=7&doom.n=10,1e6&align.set=textbook' });
  await page.getByTestId('reset-all').click();
  await page.waitForFunction(() => !location.search.includes('doom.'));
  assert.equal(await search(page), '?theme=dark');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="doom-posterior-0"]')?.dataset.value) < 1e-8);
  assert.equal(await page.locator('#align-set-article').isChecked(), true);
  await context.close();
});

test('? opens the keyboard shortcuts, Escape closes them', async () => {
  const { context, page } = await openPage(site);
  await page.locator('body').focus();
  await page.keyboard.press('?');
  const dialog = page.getByTestId('shortcuts-dialog');
  assert.equal(await dialog.isVisible(), true);
  assert.match(await dialog.textContent(), /next step of the guided tour/);
  await page.keyboard.press('Escape');
  assert.equal(await dialog.isVisible(), false);
  await context.close();
});

test('no shortcut fires while the shortcuts dialog is open, and they can be turned off for good', async () => {
  const { context, page, errors } = await openPage(site);
  const warnings = [];
  page.on('console', (message) => warnings.push(message.text()));
  await page.locator('body').focus();
  await page.keyboard.press('?');
  const dialog = page.getByTestId('shortcuts-dialog');
  await dialog.waitFor();
  // Inside the open dialog, p and r are the dialog's keys, not the page's.
  await page.keyboard.press('p');
  await page.keyboard.press('r');
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-presenter')), false);
  // Turned off in the dialog: p does nothing after it closes, and after a reload.
  await page.locator('#shortcuts-enabled').uncheck();
  // The dialog closes on a task of its own after Escape: a key pressed before it is the dialog's.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.locator('body').focus();
  await page.keyboard.press('p');
  assert.equal(await search(page), '');
  await page.reload();
  await waitForRendered(page);
  await page.locator('body').focus();
  await page.keyboard.press('p');
  assert.equal(await search(page), '');
  // On again: p works, and the listener may prevent the key's default (no passive-listener error).
  await page.getByRole('button', { name: 'Shortcuts' }).click();
  await page.locator('#shortcuts-enabled').check();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.locator('body').focus();
  await page.keyboard.press('p');
  await page.locator('html[data-presenter]').waitFor({ state: 'attached' });
  assert.equal(await search(page), '?presenter=1');
  assert.deepEqual(warnings.filter((text) => /passive/i.test(text)), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('embedded, a link opens in a tab of its own, not inside the host’s frame', async () => {
  const { context, page } = await openPage(site, { query: '?embed=alignment' });
  // Any source link of the explainer (the new tab's network request goes nowhere: no network).
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const link = page.locator('#alignment-pretraining a[href^="http"]:visible').first();
  const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
  assert.ok(opened, 'a new tab');
  assert.match(page.url(), /embed=alignment/, 'the embedded page stays');
  await context.close();
  const full = await openPage(site);
  assert.equal(await full.page.locator('base').count(), 0, 'the full page keeps links in place');
  await full.context.close();
});
