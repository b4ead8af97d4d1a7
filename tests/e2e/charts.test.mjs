// Every chart fits a phone's screen and a narrow embed: no mark or label outside its figure or
// the screen, and the page never scrolls sideways (issue 25).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useSite, waitForRendered } from './support.mjs';

const site = useSite();
const PHONE = { width: 360, height: 740 };

/** Each shown chart's marks and labels that lie outside its figure or the screen. */
function outside(page) {
  return page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('figure.chart')]
      .filter((figure) => figure.getClientRects().length > 0)
      .map((figure) => {
        const box = figure.getBoundingClientRect();
        const [left, right] = [Math.max(0, box.left), Math.min(innerWidth, box.right)];
        const out = [...figure.querySelectorAll('svg text, svg rect, svg circle, svg line, svg path, svg polyline, svg polygon')]
          .filter((mark) => {
            const r = mark.getBoundingClientRect();
            return (r.width > 0 || r.height > 0) && (r.left < left - 0.5 || r.right > right + 0.5);
          })
          .map((mark) => `${mark.tagName} ${mark.textContent.trim().slice(0, 30)}`);
        return [figure.id, out];
      }),
  ));
}

const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

test('on a 360 px phone every chart, the lab\'s after a run included, fits the screen', async () => {
  const { context, page, errors } = await openPage(site, { viewport: PHONE, query: '?doom.mode=continuous' });
  for (const word of ['lab', 'doomsday']) {
    await page.locator(`#${word}`).scrollIntoViewIfNeeded();
    await waitForRendered(page, word);
  }
  await page.getByTestId('lab-train').click();
  await page.locator('[data-testid="lab-status"][data-state="done"]').waitFor({ timeout: 120_000 });
  const charts = await outside(page);
  assert.deepEqual(Object.keys(charts).sort(), [
    'align-base-chart', 'align-insertion-chart', 'align-persona-chart', 'align-post-chart',
    'doom-density-chart', 'doom-petri-chart', 'lab-loss-chart', 'lab-misalignment-chart',
  ]);
  for (const [id, marks] of Object.entries(charts)) assert.deepEqual(marks, [], id);
  // The headline rates are on screen, beside their bars.
  const value = page.locator('#align-base-chart .row-value', { hasText: '51%' });
  const { x, width } = await value.boundingBox();
  assert.ok(x >= 0 && x + width <= PHONE.width, `51% at ${x}..${x + width}`);
  assert.equal(await sideways(page), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the simulation\'s and the number line\'s charts fit a phone too', async () => {
  const { context, page } = await openPage(site, { viewport: PHONE, query: '?doom.n=10,1e6&doom.rank=7#doomsday' });
  await waitForRendered(page, 'doomsday');
  await page.getByTestId('doom-sim-start').click();
  await page.locator('#doom-convergence-chart').waitFor();
  await page.getByTestId('doom-sim-pause').click();
  const charts = await outside(page);
  assert.deepEqual(charts['doom-convergence-chart'], []);
  assert.deepEqual(charts['doom-number-line'], []);
  assert.equal(await sideways(page), 0);
  await context.close();
});

for (const word of ['alignment', 'doomsday']) {
  test(`embedded at 360 px, the ${word} explainer's charts fit the frame`, async () => {
    const { context, page } = await openPage(site, { viewport: PHONE, query: `?embed=${word}` });
    await waitForRendered(page, word);
    const charts = await outside(page);
    assert.ok(Object.keys(charts).length >= 2, Object.keys(charts).join());
    for (const [id, marks] of Object.entries(charts)) assert.deepEqual(marks, [], id);
    assert.equal(await sideways(page), 0);
    await context.close();
  });
}
