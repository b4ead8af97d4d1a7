// The alignment explainer end to end: the paper's numbers with sources, the question-set and
// prompt switches, the persona model's presets, and URL restore.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useSite } from './support.mjs';

const site = useSite();

/** The rates in the results table as [chart, model, stage, set, value, kind] rows. */
async function tableRows(page) {
  return page.getByTestId('paper-results-table').locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.children];
      return [cells[0].textContent, cells[1].textContent, cells[2].textContent, cells[3].textContent,
        Number(cells[4].dataset.value), cells[6].textContent, cells[7].querySelector('a').getAttribute('href')];
    }));
}

test('the headline numbers are the paper’s, each with its kind and a source link', async () => {
  const { context, page, errors } = await openPage(site);
  const rows = await tableRows(page);
  const base = rows.filter((r) => r[0] === 'Base models' && r[5] === 'stated in the text').map((r) => [r[1], r[4]]);
  assert.deepEqual(base, [['Unfiltered', 0.45], ['Filtered', 0.31], ['Misalignment upsampled', 0.51], ['Alignment upsampled', 0.09]]);
  const post = rows.filter((r) => r[0] === 'After post-training').map((r) => r[4]);
  assert.deepEqual(post, [0.34, 0.28, 0.21, 0.09]);
  for (const row of rows) assert.match(row[6], /^https:\/\//, `${row[1]} has a source link`);
  assert.ok(rows.some((r) => r[5] === 'read off a figure, ±0.01'));
  assert.match(await page.locator('#align-base-chart').textContent(), /45%.*31%.*51%.*9%/s);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the held-out questions and the instructions-only prompt are one click away, and in the URL', async () => {
  const { context, page } = await openPage(site);
  await page.locator('label[for="align-set-textbook"]').click();
  await page.locator('label[for="align-prompt-instructions"]').click();
  assert.equal(await page.evaluate(() => location.search), '?align.set=textbook&align.prompt=instructions');
  const rows = await tableRows(page);
  assert.deepEqual(rows.filter((r) => r[0] === 'Base models').map((r) => r[4]), [0.397, 0.218, 0.403, 0.06]);
  assert.deepEqual(rows.filter((r) => r[0] === 'After post-training').map((r) => r[4]), [0.349, 0.309, 0.27, 0.133]);
  await context.close();
});

test('a URL restores the alignment settings', async () => {
  const { context, page } = await openPage(site, { query: '?align.set=textbook&align.filter=1&align.recall=0.9' });
  assert.equal(await page.locator('#align-set-textbook').isChecked(), true);
  assert.equal(await page.locator('#align-filter').isChecked(), true);
  const prediction = page.getByTestId('align-persona-prediction');
  // α = 1 + 100·100·0.093·0.5·0.1 = 47.5, β = 1 + 465 = 466: mean 47.5/513.5.
  assert.ok(Math.abs(Number(await prediction.getAttribute('data-base')) - 47.5 / 513.5) < 1e-12);
  await context.close();
});

test('presets set the model to the paper’s conditions and show the measurements beside it', async () => {
  const { context, page } = await openPage(site);
  const prediction = page.getByTestId('align-persona-prediction');
  assert.equal(Number(await prediction.getAttribute('data-base')), 0.5);
  await page.getByRole('button', { name: 'Alignment upsampled', exact: true }).click();
  assert.match(await page.evaluate(() => location.search), /^\?align\.synaligned=9\.09/);
  assert.match(await prediction.textContent(), /The paper measured 9% and 9% \(HHH prompt\)/);
  const upsampled = Number(await prediction.getAttribute('data-base'));
  assert.ok(upsampled < 0.5, `${upsampled} is below the unfiltered 50%`);
  await page.getByRole('button', { name: 'Reset the alignment explainer' }).click();
  assert.equal(await page.evaluate(() => location.search), '');
  await context.close();
});

test('a slider moves the prediction and the URL', async () => {
  const { context, page } = await openPage(site);
  const slider = page.locator('#align-misalignedshare');
  await slider.focus();
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => location.search), '?align.balance=1');
  const prediction = page.getByTestId('align-persona-prediction');
  // α = 1 + 930, β = 1: the pretrained persona is almost surely misaligned.
  assert.ok(Math.abs(Number(await prediction.getAttribute('data-base')) - 931 / 932) < 1e-12);
  await context.close();
});
