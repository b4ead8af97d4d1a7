// The doomsday explainer end to end: exact posteriors from URLs, typing, keyboard dragging,
// examples, impossible evidence, bad input, the continuous prior, the simulation, the Petri dish.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAttribute, assertQuery, openDoomsday, accessibilityViolations, useSite, addressQuery, frames, settledValue } from './support.mjs';

const site = useSite();

function assertClose(actual, expected, digits = 12, label = '') {
  const error = Math.abs(actual - expected) / Math.abs(expected);
  assert.ok(error < 10 ** -digits, `${label} ${actual} is not ${expected} to ${digits} digits (relative error ${error})`);
}

const query = (page) => addressQuery(page);

test('the default Stars against Dust posterior is exact to 12 digits, under SSA', async () => {
  const { context, page, errors } = await openDoomsday(site);
  assertClose(await settledValue(page, 'doom-posterior-0'), 1.2e11 / (1.2e11 + 1e20), 12, 'P(Stars)');
  assertClose(await settledValue(page, 'doom-posterior-1'), 1e20 / (1.2e11 + 1e20), 12, 'P(Dust)');
  // Stars against Dust: prior odds 1 times likelihood ratio N_Dust / N_Stars.
  assertClose(await settledValue(page, 'doom-log10-odds'), Math.log10(1.2e11 / 1e20), 12, 'log10 odds');
  assert.match(await page.getByTestId('doom-sentence').textContent(), /SSA leaves you 1\.2 × 10−9 sure of Stars\./);
  assert.deepEqual(errors, []);
  await context.close();
});

test('URLs restore the classic examples', async () => {
  const cases = [
    ['?doom.n=10,1e6&doom.rank=7', 100000 / 100001],
    ['?doom.n=2e11,2e14&doom.prior=0.05,0.95&doom.rank=6e10', 1000 / 1019],
    ['?doom.n=10,1e4&doom.prior=0.05,0.95&doom.rank=8', 1000 / 1019],
    ['?doom.n=2e11,2e14&doom.prior=0.05,0.95&doom.rank=6e10&doom.rule=sia', 0.05],
  ];
  for (const [search, expected] of cases) {
    const { context, page } = await openDoomsday(site, { query: search });
    assertClose(await settledValue(page, 'doom-posterior-0'), expected, 12, search);
    await context.close();
  }
});

test('side by side, both rules show their posteriors', async () => {
  const { context, page } = await openDoomsday(site, { query: '?doom.compare=1' });
  assertClose(await settledValue(page, 'doom-posterior-0'), 1.2e11 / (1.2e11 + 1e20), 12);
  // The comparison table is SIA's: the prior, unchanged.
  assert.equal(await page.getByTestId('doom-posterior-sia-0').getAttribute('data-value'), '5e-1');
  await context.close();
});

test('a rank above every N says so plainly, never NaN', async () => {
  const { context, page } = await openDoomsday(site, { query: '?doom.rank=1e21' });
  // Said inside the live result sentence, which keeps its numbers: the key or drag that caused
  // the error can undo it.
  const error = page.getByTestId('doom-sentence').getByTestId('doom-error');
  assert.match(await error.textContent(), /refutes them all/);
  assert.equal(await page.getByTestId('doom-sentence').getAttribute('aria-live'), 'polite');
  assert.equal(await page.getByTestId('doom-drag-rank').count(), 1);
  assert.doesNotMatch(await page.locator('#doomsday').textContent(), /NaN/);
  await context.close();
});

test('bad URL values are listed in the notice and the defaults are used', async () => {
  const { context, page, errors } = await openDoomsday(site, {
    query: `?doom.rank=abc&doom.n=1e20,1.2e11,5&doom.prior=1,1&doom.lo=${'9'.repeat(10000)}`,
  });
  // The doomsday explainer reports its problems to the frame's notice once it runs.
  const notice = page.getByTestId('url-notice').filter({ hasText: 'doom.lo' });
  await notice.waitFor();
  const text = await notice.textContent();
  assert.match(text, /doom\.rank=abc: Not a number/);
  assert.match(text, /doom\.prior=1,1: 2 values, but doom\.n has 3; using the defaults\./);
  assert.match(text, /doom\.lo=9{60}…: Must be at most 1e40/);
  assertClose(await settledValue(page, 'doom-posterior-0'), 1.2e11 / (1.2e11 + 1e20), 12);
  assert.deepEqual(errors, []);
  await context.close();
});

test('HTML in a name is shown as text and never runs', async () => {
  let dialogs = 0;
  const { context, page, errors } = await openDoomsday(site, {
    query: '?doom.n=1e20,1.2e11&doom.names=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,Dust',
  });
  page.on('dialog', () => { dialogs += 1; });
  assert.equal(await page.locator('#doomsday img').count(), 0);
  assert.equal(await page.locator('#doom-name-0').inputValue(), '<img src=x onerror=alert(1)>');
  assert.match(await page.locator('#doomsday .bayes-table').first().textContent(), /<img src=x onerror=alert\(1\)>/);
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing a total in scientific notation updates the posterior and the URL', async () => {
  const { context, page } = await openDoomsday(site);
  await page.locator('#doom-n-0').fill('1.2×10^30');
  assertClose(await settledValue(page, 'doom-posterior-0'), 1.2e11 / (1.2e11 + 1.2e30), 12);
  await assertQuery(page, '?doom.n=1.2e30,1.2e11&doom.prior=1,1&doom.names=Stars,Dust');
  // Enter keeps what was applied: an invalid value typed next falls back to it.
  await page.locator('#doom-n-0').press('Enter');
  await page.locator('#doom-n-0').fill('1e41');
  await assertAttribute(page.locator('#doom-n-0'), 'aria-invalid', 'true');
  assert.match(await page.locator('#doom-n-0-message').textContent(), /Must be at most 1e40\. Still using 1\.2e30\./);
  assertClose(await settledValue(page, 'doom-posterior-0'), 1.2e11 / (1.2e11 + 1.2e30), 12);
  await context.close();
});

test('off screen, the Bayes tables are neither laid out nor rendered at each change: they catch up within 250 ms, and show it in view', async () => {
  const { context, page, errors } = await openDoomsday(site);
  // A short screen: the browser lays out what is within about one and a half screens of it.
  await page.setViewportSize({ width: 1280, height: 360 });
  const table = page.locator('#doomsday .tables table').first();
  // Rendered or skipped, as content-visibility decides at each frame for what is far from the
  // screen.
  const LAID_OUT = "document.querySelector('#doomsday .tables table').checkVisibility({ contentVisibilityAuto: true })";
  const laidOut = () => page.evaluate(LAID_OUT);
  await table.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await page.waitForFunction(LAID_OUT);
  // The browser's reports on the tables' block: the block listens for them too, from its start,
  // so it has heard each one that this listener hears.
  await page.evaluate(() => {
    window.tablesSkipped = false;
    document.querySelector('#doomsday .tables').addEventListener('contentvisibilityautostatechange', (event) => {
      window.tablesSkipped = event.skipped;
    });
  });
  await page.locator('#doom-n-0').evaluate((field) => field.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await page.waitForFunction(() => window.tablesSkipped);
  assert.equal(await laidOut(), false, 'far below the field, the table is skipped');
  const atOnce = await page.evaluate(async () => {
    const field = document.querySelector('#doom-n-0');
    field.value = '1e21';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    // Yew renders before a zero timeout runs; the block's catch-up, set in that render, is 250
    // ms later.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return {
      busy: document.querySelector('#doomsday .tables').getAttribute('aria-busy'),
      posterior: Number(document.querySelector('[data-testid="doom-posterior-0"]').dataset.value),
      sentence: document.querySelector('[data-testid="doom-sentence"]').textContent,
    };
  });
  // On screen, the sentence shows the change at once; the skipped tables wait, and say so.
  assert.match(atOnce.sentence, /SSA leaves you 1\.2 × 10−10 sure of Stars\./);
  assert.equal(atOnce.busy, 'true');
  assertClose(atOnce.posterior, 1.2e11 / (1.2e11 + 1e20), 12, 'P(Stars) held back');
  // 250 ms later, the skipped table's text holds the change (a screen reader reads it from
  // there), and it is still not laid out.
  assertClose(await settledValue(page, 'doom-posterior-0'), 1.2e11 / (1.2e11 + 1e21), 12, 'P(Stars) off screen');
  assert.equal(await page.locator('#doomsday .tables').getAttribute('aria-busy'), null);
  assert.equal(await laidOut(), false, 'catching up does not lay the table out');
  await table.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await page.waitForFunction(LAID_OUT);
  assert.ok((await table.boundingBox()).height > 100, 'in view, the table is drawn at its size');
  assertClose(await settledValue(page, 'doom-posterior-0'), 1.2e11 / (1.2e11 + 1e21), 12, 'P(Stars) in view');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload keeps the reader’s place inside the explainer, and so does the explainer starting', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const { context, page } = await openDoomsday(site, { viewport });
    const title = page.locator('#odds-title');
    const place = () => title.evaluate((element) => Math.round(element.getBoundingClientRect().top));
    await title.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await frames(page, 3);
    const before = await place();
    // The browser restores the scroll offset; blocks standing in at a guessed size above the
    // place would put other text there.
    await page.reload();
    await page.waitForFunction(([before]) => Math.abs(document.querySelector('#odds-title').getBoundingClientRect().top - before) <= 1,
      [before], { polling: 'raf', timeout: 10_000 })
      .catch(() => {});
    assert.ok(Math.abs((await place()) - before) <= 1, `at ${viewport.width} px the heading was at ${before}, after the reload at ${await place()}`);
    // The reader's first move starts the explainer, which replaces the first view around the place.
    await page.keyboard.press('Shift');
    await page.locator('#doomsday-root[data-state="ready"] .doomsday-explainer').waitFor();
    await frames(page, 3);
    assert.ok(Math.abs((await place()) - before) <= 1, `at ${viewport.width} px the heading was at ${before}, once the explainer ran at ${await place()}`);
    await context.close();
  }
});

test('the numbers in the sentence move with the keyboard and take typed values', async () => {
  const { context, page } = await openDoomsday(site, { query: '?doom.rank=1e11' });
  const rank = page.getByTestId('doom-drag-rank');
  assert.equal(await rank.getAttribute('role'), 'slider');
  await rank.focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await rank.getAttribute('aria-valuenow'), String(11.1));
  await page.keyboard.press('Home');
  await assertQuery(page, '?doom.rank=1');
  await page.getByTestId('doom-drag-prior').focus();
  await page.keyboard.press('PageDown');
  // 50% − 10 steps of 1% = 40% on Stars.
  assertClose(await settledValue(page, 'doom-posterior-0'), 0.4 / (0.4 + 0.6 * 1e20 / 1.2e11), 12);
  await page.getByTestId('doom-drag-n-1').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('1e15');
  await page.keyboard.press('Enter');
  assert.match(await query(page), /doom\.n=1e20,1e15/);
  await context.close();
});

test('dragging a number with the pointer changes it', async () => {
  const { context, page } = await openDoomsday(site);
  // Hovering waits until the number has stopped moving (the page scrolls smoothly to it).
  await page.getByTestId('doom-drag-n-0').hover();
  const box = await page.getByTestId('doom-drag-n-0').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  // 120 px of 480 for the whole 0..40 range: ten powers of ten more.
  assert.match(await query(page), /doom\.n=1e30,1\.2e11/);
  await context.close();
});

test('worked examples, adding and removing hypotheses, and reset', async () => {
  const { context, page } = await openDoomsday(site);
  await page.locator('#doom-example').selectOption({ label: 'Two urns: 10 or 1,000,000 balls, ball 7 drawn' });
  assertClose(await settledValue(page, 'doom-posterior-0'), 100000 / 100001, 12);
  for (let i = 0; i < 12; i += 1) {
    const add = page.getByRole('button', { name: 'Add a hypothesis' });
    if (await add.isDisabled()) break;
    await add.click();
  }
  assert.equal(await page.locator('.hypothesis').count(), 12);
  assert.equal(await page.getByRole('button', { name: 'Add a hypothesis' }).isDisabled(), true);
  await page.getByRole('button', { name: 'Remove H3' }).click();
  assert.equal(await page.locator('.hypothesis').count(), 11);
  await page.getByRole('button', { name: 'Reset the doomsday explainer' }).click();
  await assertQuery(page, '');
  await context.close();
});

test('the continuous log-uniform prior under SSA gives Gott’s interval', async () => {
  const { context, page } = await openDoomsday(site, { query: '?doom.mode=continuous&doom.lo=1&doom.hi=1e40' });
  const r = 1.175e11;
  assertClose(await settledValue(page, 'doom-median'), 2 * r, 12);
  assertClose(await settledValue(page, 'doom-q025'), r / 0.975, 12);
  assertClose(await settledValue(page, 'doom-q975'), 40 * r, 12);
  assertClose(await settledValue(page, 'doom-above-threshold'), (1 / 1e12 - 1 / 1e40) / (1 / r - 1 / 1e40), 12);
  assert.equal(await page.locator('.bracket.gott').count(), 1);
  await page.locator('#doom-shape-uniform').check();
  assertClose(await settledValue(page, 'doom-median'), Math.sqrt(r * 1e40), 12);
  await context.close();
});

test('the simulation converges on the two urns and stops and resets on command', async () => {
  const { context, page } = await openDoomsday(site, { query: '?doom.n=10,1e6&doom.rank=7' });
  await page.getByTestId('doom-sim-start').click();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="doom-sim-draws"]').dataset.value) > 5e6);
  await page.getByTestId('doom-sim-pause').click();
  const exact = [100000 / 100001, 1 / 100001];
  for (const i of [0, 1]) {
    const cell = page.getByTestId(`doom-sim-estimate-${i}`);
    const [lo, hi] = [Number(await cell.getAttribute('data-lo')), Number(await cell.getAttribute('data-hi'))];
    assert.ok(lo <= exact[i] && exact[i] <= hi, `exact ${exact[i]} in [${lo}, ${hi}]`);
  }
  const paused = await page.getByTestId('doom-sim-draws').getAttribute('data-value');
  await page.waitForTimeout(200);
  assert.equal(await page.getByTestId('doom-sim-draws').getAttribute('data-value'), paused, 'pause stops drawing');
  await page.getByTestId('doom-sim-reset').click();
  assert.equal(await page.getByTestId('doom-sim-draws').getAttribute('data-value'), '0');
  await context.close();
});

test('at astronomical N the simulation explains why it cannot run', async () => {
  const { context, page } = await openDoomsday(site);
  assert.match(await page.getByTestId('doom-sim-too-large').textContent(), /No feasible number of draws/);
  await context.close();
});

test('the draws the simulation would need follow the rule: under SIA worlds are drawn by population', async () => {
  // P(Stars) = 0.99. Under SSA Stars is the rare posterior: 100 · N / prior draws.
  let { context, page } = await openDoomsday(site, { query: '?doom.prior=0.99,0.01' });
  let notice = page.getByTestId('doom-sim-too-large');
  assertClose(Number(await notice.getAttribute('data-draws-needed')), (100 * 1e20) / 0.99, 12, 'SSA');
  await context.close();
  // Under SIA the posterior is the prior and Dust (1%) is the rare one; a draw picks Dust with
  // weight w·N/Σ(w·N), so 100 · Σ(w·N) / w draws: about 10²⁴, not the 1.2 × 10¹⁵ of SSA's formula.
  ({ context, page } = await openDoomsday(site, { query: '?doom.prior=0.99,0.01&doom.rule=sia' }));
  notice = page.getByTestId('doom-sim-too-large');
  assertClose(Number(await notice.getAttribute('data-draws-needed')), (100 * (0.99 * 1e20 + 0.01 * 1.2e11)) / 0.01, 12, 'SIA');
  assert.match(await notice.textContent(), /w·N\/Σ\(w·N\)/);
  await context.close();
});

test('Gott’s identity is claimed only where it holds, and a median set by the cut-off says so', async () => {
  const r = 1.175e11;
  const cases = [
    ['?doom.mode=continuous', 'holds'],
    ['?doom.mode=continuous&doom.lo=1e12', 'prior-above-rank'],
    ['?doom.mode=continuous&doom.hi=1e13', 'cutoff-too-close'],
    ['?doom.mode=continuous&doom.rule=sia', 'other-prior'],
  ];
  for (const [q, identity] of cases) {
    const { context, page } = await openDoomsday(site, { query: q });
    const paragraph = page.getByTestId('doom-gott-identity');
    assert.equal(await paragraph.getAttribute('data-identity'), identity, q);
    if (identity === 'cutoff-too-close') assert.match(await paragraph.textContent(), /3,861 times your rank/);
    if (identity === 'holds') {
      assert.match(await paragraph.textContent(), /within 0\.01% of Gott/);
      // Under SSA with the log-uniform prior the evidence sets the median: no cut-off note for SSA,
      // but SIA's median (shown beside it) is √(r·hi).
      assert.equal(await page.getByTestId('doom-cutoff-median-ssa').count(), 0);
      const sia = page.getByTestId('doom-cutoff-median-sia');
      assertClose(Number(await sia.getAttribute('data-value')), Math.sqrt(r * 1e30), 9);
      assertClose(Number(await sia.getAttribute('data-tenfold')), Math.sqrt(r * 1e31), 9);
      assert.match(await sia.textContent(), /set by the prior’s arbitrary upper cut-off|set by the prior's arbitrary upper cut-off/);
    }
    await context.close();
  }
});

test('the Petri dish gives the share of the earliest cells', async () => {
  const { context, page } = await openDoomsday(site, { query: '?doom.doublings=30&doom.early=3' });
  assertClose(await settledValue(page, 'doom-petri-share'), 15 / (2 ** 31 - 1), 12);
  const caption = await page.locator('#petri-caption').textContent();
  // 7 × 10⁻⁹ against 1.2 × 10⁻⁹: comparably, not exactly, surprising; and SSA's reply.
  assert.match(caption, /comparably surprising to/);
  assert.doesNotMatch(caption, /exactly as surprising/);
  assert.match(caption, /almost all of them, the ones born late, would be right/);
  await context.close();
});

for (const theme of ['light', 'dark']) {
  for (const mode of ['discrete', 'continuous']) {
    test(`axe-core finds nothing of any impact in the ${mode} doomsday view, ${theme} theme`, async () => {
      const { context, page } = await openDoomsday(site, { query: `?theme=${theme}&doom.mode=${mode}&doom.compare=1`, colorScheme: theme });
      assert.deepEqual(await accessibilityViolations(page), []);
      await context.close();
    });
  }
}

test('every field says whose value it is, and one human is one human', async () => {
  const { context, page } = await openDoomsday(site);
  assert.equal(await page.getByLabel('Prior weight of Stars').count(), 1);
  assert.equal(await page.getByLabel('Prior weight of Dust').count(), 1);
  await page.locator('#doom-n-1').fill('1');
  await page.locator('#doom-n-1').press('Enter');
  await page.waitForFunction(() => document.querySelector('#doom-n-slider-1')?.getAttribute('aria-valuetext') === '1 human');
  assert.equal(await page.locator('#doom-n-slider-0').getAttribute('aria-valuetext'), '10²⁰ humans');
  await context.close();
});

test('the reference-class and presumptuous-philosopher sentences say what their numbers show', async () => {
  const { context, page } = await openDoomsday(site);
  const scope = page.getByTestId('doom-refclass-scope');
  // At the default rank Dust's later-born are a sliver of its people: f barely moves its count.
  assert.match(await scope.textContent(), /for Dust it hardly matters here: .* by a factor of at most 1\.02\.$/);
  await context.close();
  // At rank 10⁶ they are nearly all of them: the sentence says that f matters.
  const early = await openDoomsday(site, { query: '?doom.rank=1e6' });
  const text = await early.page.getByTestId('doom-refclass-scope').textContent();
  assert.match(text, /for Dust it matters too at this rank: .* by a factor of up to 120,000\.$/);
  assert.doesNotMatch(text, /hardly/);
  // The philosopher's trillion is SIA's first step; the loaded table then ends at the prior.
  const objection = early.page.locator('.objection', { hasText: 'presumptuous philosopher' });
  assert.match(await objection.textContent(), /SIA's first step declares the bigger one a trillion times more probable \(the column "After SIA"\).*the table ends at the prior/s);
  await early.context.close();
});
