// What a new user tripped over (issue 25, item 7): numbers typed as the page writes them, a
// number of humans is whole, a share too close to 0 is not read as 0, the continuous view's
// refusal, an embed's settings, the focus when the lab starts, and the tour card on a phone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAttribute, assertMessage, assertQuery, openDoomsday, openPage, retype, useSite, addressQuery } from './support.mjs';

const site = useSite();
const query = (page) => addressQuery(page);

test('a birth rank of 2.5 is refused: a number of humans is whole', async () => {
  const { context, page } = await openDoomsday(site);
  const field = await retype(page, 'doom-rank', '2.5');
  await assertAttribute(field, 'aria-invalid', 'true');
  await assertMessage(page, 'doom-rank', 'Must be a whole number. Still using 1.175e11.');
  await assertQuery(page, '');
  await context.close();
});

test('a link with a birth rank of 2.5 or a total of 10.5 is told so and uses the nearest whole number', async () => {
  const { context, page } = await openDoomsday(site, { query: '?doom.rank=2.5&doom.n=10.5,1e20&doom.prior=1,1&doom.names=Soon,Late' });
  const notice = page.getByTestId('url-notice').filter({ hasText: 'doom.rank' });
  await notice.waitFor();
  const text = await notice.textContent();
  assert.match(text, /doom\.rank=2\.5: Must be a whole number; using 3\./);
  assert.match(text, /doom\.n=10\.5,1e20: Must be a whole number; using 11\./);
  assert.equal(await page.locator('#doom-rank').inputValue(), '3');
  assert.equal(await page.locator('#doom-n-0').inputValue(), '11');
  // The address holds what is shown: whole numbers.
  await page.waitForFunction(() => decodeURIComponent(location.search).includes('doom.rank=3&'));
  assert.match(await query(page), /doom\.rank=3&doom\.n=11,1e20&/);
  await context.close();
});

test('a number pasted as the page writes it, 1.2 × 10¹¹, is read', async () => {
  const { context, page } = await openDoomsday(site);
  const field = await retype(page, 'doom-rank', '1.2 × 10¹¹');
  await page.waitForFunction(() => location.search.includes('doom.rank=1.2e11'));
  await assertAttribute(field, 'aria-invalid', 'false');
  assert.equal(await field.inputValue(), '1.2 × 10¹¹', 'the text is left as typed');
  await context.close();
});

test('1e-400 in the share f is refused as too close to 0, never read as 0', async () => {
  const { context, page } = await openDoomsday(site);
  const field = await retype(page, 'doom-refclass', '1e-400');
  await assertAttribute(field, 'aria-invalid', 'true');
  await assertMessage(page, 'doom-refclass',
    'Too close to 0 to hold (the smallest is about 5e-324); type 0 for zero. Still using 1.');
  await assertQuery(page, '');
  await context.close();
});

test('the continuous view says a refuted prior with numbers written as the page writes them', async () => {
  const { context, page } = await openDoomsday(site, { query: '?doom.mode=continuous&doom.rank=1e31' });
  const error = page.locator('#doomsday [data-testid="doom-error"]').first();
  assert.equal(await error.textContent(),
    'Your rank (10³¹) is above every N the prior allows (up to 10³⁰), so the evidence refutes the whole prior. Raise the upper end.');
  await context.close();
});

test('the alignment explainer\'s embed snippet carries its own and the lab\'s settings, not the doomsday explainer\'s', async () => {
  const { context, page } = await openPage(site, { query: '?align.filter=1&lab.seed=9&doom.rank=7&presenter=1' });
  await page.getByTestId('alignment-embed-button').click();
  const snippet = await page.getByTestId('alignment-embed-code').inputValue();
  const src = snippet.match(/src="([^"]*)"/)[1].replaceAll('&amp;', '&');
  // In whatever order the explainers wrote their keys.
  assert.deepEqual([...new URL(src).searchParams].map((pair) => pair.join('=')).sort(),
    ['align.filter=1', 'embed=alignment', 'lab.seed=9']);
  await context.close();
});

test('focus moved into the lab before it starts stays on the same control once it runs', async () => {
  const { context, page } = await openPage(site);
  assert.equal(await page.locator('#lab-root').getAttribute('data-state'), null, 'the lab has not started');
  // Focus scrolls the lab into view, which starts it: its first view is replaced under the focus.
  await page.getByTestId('lab-train').focus();
  await page.locator('#lab-root[data-state="ready"]').waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'lab-train', null, { timeout: 5_000 })
    .catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'lab-train');
  await context.close();
});

for (const viewport of [{ width: 390, height: 844 }, { width: 360, height: 640 }]) {
  test(`on a ${viewport.width} × ${viewport.height} phone the tour card takes at most 40% of the screen, its buttons on one row in view`, async () => {
    const { context, page } = await openPage(site, { viewport, query: '?walk=alignment&step=2' });
    const card = page.locator('.tour-card');
    await card.waitFor();
    const box = await card.boundingBox();
    assert.ok(box.height <= 0.4 * viewport.height, `the card is ${box.height} px of ${viewport.height}`);
    const buttons = await page.locator('.tour-buttons button').evaluateAll((all) => all.map((b) => b.getBoundingClientRect().top));
    assert.equal(new Set(buttons.map(Math.round)).size, 1, 'one row');
    const next = await page.getByRole('button', { name: 'Next →' }).boundingBox();
    assert.ok(next.y >= box.y && next.y + next.height <= box.y + box.height + 1 && next.y + next.height <= viewport.height);
    await context.close();
  });
}

test('a 40-character name without spaces does not make a phone\'s page scroll sideways', async () => {
  const name = 'Longhypothesisnamewithoutanyspacesatall1';
  assert.equal(name.length, 40);
  const { context, page } = await openDoomsday(site, { viewport: { width: 360, height: 740 }, query: `?doom.names=${name},Dust` });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 0);
  // Shown whole in the sentence, shortened only in the chart's label.
  assert.match(await page.getByTestId('doom-sentence').textContent(), new RegExp(name));
  assert.match(await page.locator('#doom-number-line .row-label').first().textContent(), /^Longhypothesisnamew…/);
  await context.close();
});
