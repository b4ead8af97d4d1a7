// Controls that forgive: typed numbers applied only when valid, never rewritten under the cursor,
// Escape back to the value from before editing; rules between two fields that keep the last
// valid state and say why; focus that stays where the reader is; Reset all with Undo; live
// regions at a human pace.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAttribute, assertMessage, assertQuery, openDoomsday, openPage, retype, useSite, addressQuery } from './support.mjs';

const site = useSite();

const query = (page) => addressQuery(page);

/** Asserts that the address's query becomes `expected`. */
const focused = (page) => page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.id ?? document.activeElement?.tagName);

/** The address's query as sorted pairs: the order in which sections write their keys is not
 *  the point. */
const pairsOf = (page) => addressQuery(page, { decoded: false }).then((search) => [...new URLSearchParams(search)].map((pair) => pair.join('=')).sort());

test('1e400 in Birth rank is refused without passing through 1e40, and Escape restores the value from before', async () => {
  const { context, page, errors } = await openDoomsday(site);
  const field = await retype(page, 'doom-rank', '1e400');
  assert.equal(await field.inputValue(), '1e400', 'the text is never rewritten');
  await assertAttribute(field, 'aria-invalid', 'true');
  await assertMessage(page, 'doom-rank', 'Must be at most 1e40. Still using 1.175e11.');
  await assertQuery(page, '', 'the page keeps the value from before editing');
  assert.match(await page.getByTestId('doom-sentence').textContent(), /sure of Stars/);
  await field.press('Escape');
  assert.equal(await field.inputValue(), '1.175e11');
  await assertMessage(page, 'doom-rank', '');
  // Below the minimum, the same.
  await retype(page, 'doom-rank', '1e-400');
  await assertMessage(page, 'doom-rank', 'Must be at least 1. Still using 1.175e11.');
  await assertQuery(page, '');
  // Leaving the field shows the value in use, and says what was not used.
  await field.blur();
  assert.equal(await field.inputValue(), '1.175e11');
  await assertAttribute(field, 'aria-invalid', 'false');
  await assertMessage(page, 'doom-rank', '“1e-400” was not used: Must be at least 1.');
  // A valid value applies as it is typed, digit groups and all.
  await retype(page, 'doom-rank', '60,000,000,000');
  await assertQuery(page, '?doom.rank=6e10');
  await assertMessage(page, 'doom-rank', '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a decimal comma is refused with the number it should be, never read as 12 or 0', async () => {
  const { context, page } = await openDoomsday(site);
  const weight = await retype(page, 'doom-weight-0', '1,2');
  assert.equal(await weight.inputValue(), '1,2');
  await assertMessage(page, 'doom-weight-0', 'Write decimals with a point (1.2); a comma only separates thousands (1,000). Still using 1.');
  await assertQuery(page, '');
  // "0" on the way to "0,5" does not stay: f goes back to 1.
  await retype(page, 'doom-refclass', '0,5');
  await assertMessage(page, 'doom-refclass', 'Write decimals with a point (0.5); a comma only separates thousands (1,000). Still using 1.');
  await assertQuery(page, '');
  await retype(page, 'doom-refclass', '0.5');
  await assertQuery(page, '?doom.refclass=0.5');
  await context.close();
});

test('a seed is a whole number: 2.5 is refused, not rounded and rewritten', async () => {
  const { context, page } = await openDoomsday(site);
  const seed = await retype(page, 'doom-seed', '2.5');
  assert.equal(await seed.inputValue(), '2.5');
  await assertMessage(page, 'doom-seed', 'Must be a whole number. Still using 1.');
  await assertQuery(page, '');
  await retype(page, 'doom-seed', '25');
  await assertQuery(page, '?doom.seed=25');
  await context.close();
});

test('lo < hi keeps the last valid state and says why, typed, by keyboard or from a link', async () => {
  const { context, page } = await openDoomsday(site, { query: '?doom.mode=continuous' });
  // Select all in "Largest N" and type 1e25: every key stays as typed.
  const hi = await retype(page, 'doom-hi', '1e25');
  assert.equal(await hi.inputValue(), '1e25');
  await assertQuery(page, '?doom.mode=continuous&doom.hi=1e25');
  await hi.press('Escape');
  assert.equal(await hi.inputValue(), '1e30');
  // Backspacing "1e30" leaves "1e3", refused with its reason, not "1e10".
  await hi.press('End');
  await hi.press('Backspace');
  assert.equal(await hi.inputValue(), '1e3');
  await assertMessage(page, 'doom-hi', 'lo (1e10) must be below hi (1000). Still using 1e30.');
  await hi.press('Escape');
  // lo = 1e35 is refused, and the half-typed 1e3 on the way does not stay.
  const lo = await retype(page, 'doom-lo', '1e35');
  assert.equal(await lo.inputValue(), '1e35');
  await assertMessage(page, 'doom-lo', 'lo (1e35) must be below hi (1e30). Still using 1e10.');
  await assertQuery(page, '?doom.mode=continuous');
  await lo.press('Escape');
  // The lo slider's End key asks for 1e40: refused, the thumb stays, the reason is shown.
  const slider = page.locator('#doom-lo-slider');
  await slider.focus();
  await slider.press('End');
  assert.equal(await slider.inputValue(), '10');
  await assertMessage(page, 'doom-lo', 'lo (1e40) must be below hi (1e30). Still using 1e10.');
  await assertQuery(page, '?doom.mode=continuous');
  assert.equal(await focused(page), 'doom-lo-slider');
  await context.close();
  // From a link: both take their defaults, and the notice says why.
  const linked = await openDoomsday(site, { query: '?doom.mode=continuous&doom.lo=1e20&doom.hi=1e12' });
  assert.match(await linked.page.getByTestId('url-notice').textContent(),
    /doom\.lo=1e20: lo \(1e20\) must be below hi \(1e12\); using the defaults, 1e10 and 1e30/);
  assert.equal(await linked.page.locator('#doom-lo').inputValue(), '1e10');
  assert.equal(await linked.page.locator('#doom-hi').inputValue(), '1e30');
  await linked.context.close();
});

test('k ≤ G keeps the last valid state and says why beside the slider', async () => {
  const { context, page } = await openDoomsday(site);
  const g = page.locator('#doom-doublings');
  await g.focus();
  await g.press('Home');
  assert.equal(await g.inputValue(), '30');
  await assertMessage(page, 'doom-doublings', 'k (3) cannot exceed G (1). Still using 30.');
  await assertAttribute(g, 'aria-invalid', 'true');
  await assertQuery(page, '');
  // A change within the rule clears it.
  await g.press('ArrowLeft');
  await assertQuery(page, '?doom.doublings=29');
  await assertMessage(page, 'doom-doublings', '');
  await context.close();
});

test('the sentence’s numbers keep the focus: End then Home undoes, Enter and Escape return to the number', async () => {
  const { context, page } = await openDoomsday(site);
  const rank = page.getByTestId('doom-drag-rank');
  await rank.focus();
  await rank.press('End');
  assert.match(await page.getByTestId('doom-error').textContent(), /refutes them all/);
  assert.equal(await focused(page), 'doom-drag-rank');
  await page.keyboard.press('Home');
  await assertQuery(page, '?doom.rank=1');
  assert.equal(await page.getByTestId('doom-error').count(), 0);
  const total = page.getByTestId('doom-drag-n-0');
  await total.focus();
  await total.press('Enter');
  await page.keyboard.type('1e22');
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), 'doom-drag-n-0');
  assert.match(await query(page), /doom\.n=1e22,1\.2e11/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('5');
  await page.keyboard.press('Escape');
  assert.equal(await focused(page), 'doom-drag-n-0');
  assert.match(await query(page), /doom\.n=1e22,1\.2e11/);
  await context.close();
});

test('the simulation’s Start keeps the focus, and its count is read out about once a second', async () => {
  const { context, page } = await openDoomsday(site, { query: '?doom.n=10,1e6&doom.rank=7' });
  const start = page.getByTestId('doom-sim-start');
  await start.focus();
  await page.evaluate(() => {
    window.__spoken = [];
    const region = document.querySelector('[data-testid="doom-sim-spoken"]');
    new MutationObserver(() => window.__spoken.push(region.textContent)).observe(region, { subtree: true, childList: true, characterData: true });
  });
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), 'doom-sim-start');
  assert.equal(await start.getAttribute('aria-disabled'), 'true');
  await page.waitForTimeout(3_000);
  await page.getByTestId('doom-sim-pause').click();
  assert.equal(await focused(page), 'doom-sim-pause');
  const spoken = await page.evaluate(() => window.__spoken.filter((text) => text !== ''));
  // About two readings while running (every 1.5 s), then the paused total.
  assert.ok(spoken.length >= 2 && spoken.length <= 4, `${spoken.length} readings: ${spoken.join(' | ')}`);
  assert.match(spoken.at(-1), /^[\d.,]+( million| billion)? draws, [\d.,]+( million)? kept; paused\.$/);
  const roles = await page.getByTestId('doom-sim-draws').getAttribute('aria-live');
  assert.equal(roles, null, 'the fast counter is not a live region');
  await context.close();
});

test('the continuous results are read out as they change', async () => {
  const { context, page } = await openDoomsday(site, { query: '?doom.mode=continuous' });
  const spoken = page.getByTestId('doom-continuous-spoken');
  assert.equal(await spoken.getAttribute('role'), 'status');
  assert.match(await spoken.textContent(), /^SSA posterior: median .+, 95% interval .+ to .+; probability that N exceeds .+: .+\.$/);
  await retype(page, 'doom-threshold', '1e13');
  // The live region is paced: wait for its next reading rather than race it.
  await page.waitForFunction(() =>
    /exceeds 10¹³/.test(document.querySelector('[data-testid="doom-continuous-spoken"]').textContent));
  assert.match(await spoken.textContent(), /exceeds 10¹³/);
  await context.close();
});

test('Reset all offers Undo for ten seconds: the focus reaches it next, and Undo restores every setting', async () => {
  const before = '?doom.rank=6e10&align.filter=1';
  const { context, page } = await openDoomsday(site, { query: before });
  await page.getByTestId('reset-all').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search === '');
  assert.equal(await page.locator('#doom-rank').inputValue(), '1.175e11');
  const offer = page.getByTestId('undo-offer');
  assert.equal(await offer.getAttribute('role'), 'status');
  assert.match(await offer.textContent(), /Every explainer is back to its defaults/);
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'undo-reset');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search.includes('doom.rank=6e10'));
  assert.deepEqual(await pairsOf(page), ['align.filter=1', 'doom.rank=6e10']);
  await page.waitForFunction(() => document.querySelector('#doom-rank').value === '6e10');
  assert.equal(await page.locator('#align-filter').isChecked(), true);
  assert.equal(await page.getByTestId('undo-reset').count(), 0);
  assert.equal(await focused(page), 'reset-all', 'the focus goes back to Reset all');
  // A tour in progress comes back too.
  await page.getByTestId('doomsday-tour').click();
  await page.getByTestId('tour-card').getByRole('button', { name: 'Next →' }).click();
  await page.getByTestId('reset-all').click();
  assert.equal(await page.getByTestId('tour-card').count(), 0);
  await page.getByTestId('undo-reset').click();
  assert.match(await page.getByTestId('tour-card').textContent(), /step 2 of 6/);
  assert.match(await query(page), /walk=doomsday&step=2/);
  await context.close();
  // The shortcut r, from a focused button, does the same; the offer goes after ten seconds.
  const shortcut = await openPage(site, { query: '?align.filter=1' });
  await shortcut.page.clock.install();
  await shortcut.page.getByTestId('presenter-toggle').focus();
  await shortcut.page.keyboard.press('r');
  await shortcut.page.waitForFunction(() => location.search === '');
  await shortcut.page.getByTestId('undo-reset').waitFor();
  await shortcut.page.clock.runFor(10_500);
  assert.equal(await shortcut.page.getByTestId('undo-reset').count(), 0);
  assert.equal(await focused(shortcut.page), 'presenter-toggle');
  await shortcut.context.close();
});

test('the tour card takes the focus, follows its explainer’s tools, closes with Escape and gives the focus back', async () => {
  const { context, page } = await openDoomsday(site);
  await page.getByTestId('doomsday-tour').focus();
  await page.keyboard.press('Enter');
  const card = page.getByTestId('tour-card');
  await card.waitFor();
  assert.equal(await focused(page), 'tour-card');
  assert.equal(await page.locator('#doomsday-tools [data-testid="tour-card"][role="dialog"]').count(), 1);
  // Next, then Previous at the first step: the button keeps the focus.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '← Previous');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-disabled')), 'true');
  await page.keyboard.press('Enter');
  assert.match(await card.textContent(), /step 1 of 6/);
  await page.keyboard.press('Escape');
  assert.equal(await card.count(), 0);
  assert.doesNotMatch(await query(page), /walk=/);
  assert.equal(await focused(page), 'doomsday-tour');
  // End the tour gives the focus back too.
  await page.keyboard.press('Enter');
  await card.getByRole('button', { name: 'End the tour' }).click();
  assert.equal(await focused(page), 'doomsday-tour');
  await context.close();
});

test('in presenter mode at 1366×768 the header and the whole tour card fit on the screen', async () => {
  const viewport = { width: 1366, height: 768 };
  const { context, page } = await openDoomsday(site, { query: '?presenter=1&walk=doomsday&step=1', viewport });
  const header = await page.locator('.site-nav').boundingBox();
  assert.ok(header.height <= 110, `the header takes ${header.height} of 768 px`);
  for (const name of ['← Previous', 'Next →', 'End the tour']) {
    const box = await page.getByTestId('tour-card').getByRole('button', { name }).boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= viewport.height, `${name} at ${JSON.stringify(box)}`);
  }
  await context.close();
});
