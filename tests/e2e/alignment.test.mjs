// The alignment explainer end to end: the paper's numbers with sources, the question-set and
// prompt switches, the persona model's presets, and URL restore.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useSite, addressQuery } from './support.mjs';

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
  assert.equal(await addressQuery(page, { decoded: false }), '?align.set=textbook&align.prompt=instructions');
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
  assert.match(await addressQuery(page, { decoded: false }), /^\?align\.synaligned=9\.09/);
  assert.match(await prediction.textContent(), /The paper measured 9% and 9% \(HHH prompt\)/);
  const upsampled = Number(await prediction.getAttribute('data-base'));
  assert.ok(upsampled < 0.5, `${upsampled} is below the unfiltered 50%`);
  await page.getByRole('button', { name: 'Reset the alignment explainer' }).click();
  assert.equal(await addressQuery(page, { decoded: false }), '');
  await context.close();
});

test('a slider moves the prediction and the URL', async () => {
  const { context, page } = await openPage(site);
  const slider = page.locator('#align-misalignedshare');
  await slider.focus();
  await page.keyboard.press('End');
  assert.equal(await addressQuery(page, { decoded: false }), '?align.balance=1');
  const prediction = page.getByTestId('align-persona-prediction');
  // α = 1 + 930, β = 1: the pretrained persona is almost surely misaligned.
  assert.ok(Math.abs(Number(await prediction.getAttribute('data-base')) - 931 / 932) < 1e-12);
  await context.close();
});

test('each number’s kind is visible: draft-only facts, inferred prompts, and what post-training did', async () => {
  const { context, page } = await openPage(site);
  await page.getByTestId('setup-gpu_hours').waitFor();
  for (const key of ['synthetic_documents', 'synthetic_tokens', 'synthetic_aligned_tokens_draft', 'filtered_share', 'gpu_hours']) {
    assert.match(await page.getByTestId(`setup-${key}`).innerText(), /Dec 2025 draft/, key);
  }
  assert.match(await page.getByTestId('setup-parameters').innerText(), /arXiv version and Dec 2025 draft/);
  assert.match(await page.getByTestId('setup-synthetic_tokens').innerText(), /aligned and misaligned together/);
  assert.match(await page.getByTestId('setup-questions').innerText(), /4,176.*1,503/s);
  assert.match(await page.getByTestId('setup-filtered_share').innerText(), /hit rate/);
  // In the table "stated" appears exactly for stated values, and every inferred prompt says so.
  const rows = await page.getByTestId('paper-results-table').locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.dataset.evidence, tr.dataset.promptInferred, tr.children[6].textContent]));
  for (const [evidence, inferred, kind] of rows) {
    assert.equal(kind.includes('stated'), evidence === 'stated', kind);
    assert.equal(kind.includes('inferred'), inferred === 'true', kind);
  }
  assert.equal(rows.filter(([e, i]) => e === 'stated' && i === 'true').length, 2, 'the HHH rates of Filtered and Misalignment upsampled');
  const post = page.locator('#align-post-chart');
  // The legend names what is drawn: a hollow dot (base) joined by a line to a filled one.
  assert.match(await post.textContent(), /base \(hollow dot\) to post-trained \(filled dot\)/);
  assert.match(await post.textContent(), /Each line runs from the base model \(hollow dot/);
  assert.equal(await post.locator('circle.from').first().evaluate((c) => getComputedStyle(c).fill === getComputedStyle(c).stroke), false);
  assert.match(await page.getByTestId('align-post-sentence').textContent(), /from 51% to 21%, below Unfiltered’s 34%|from 51% to 21%, below Unfiltered's 34%/);
  assert.match(await post.textContent(), /for 28% and 21% the prompt is inferred from Figure 4/);
  assert.match(await page.locator('#align-base-chart').textContent(), /run-to-run variance: the paper trained one model per condition/);
  // The persona model states what it cannot explain, with both orderings computed.
  const misfit = page.getByTestId('align-persona-misfit');
  assert.equal(await misfit.getAttribute('data-paper-order'), 'Alignment upsampled < Misalignment upsampled < Filtered < Unfiltered');
  assert.match(await misfit.getAttribute('data-model-order'), / < Misalignment upsampled$/);
  assert.match(await misfit.textContent(), /No setting of its inputs puts Misalignment upsampled below Unfiltered/);
  assert.match(await page.getByTestId('align-persona-prediction').textContent(), /not an uncertainty about the world/);
  // The introduction says what was measured and what the amount of aligned data is known to be.
  const intro = await page.getByTestId('align-intro-result').textContent();
  assert.match(intro, /misaligned action on 45% .* on 9%/s);
  const section = await page.locator('#alignment-pretraining').textContent();
  assert.doesNotMatch(section, /billion tokens of documents about AIs behaving well/);
  assert.match(await page.locator('.page-header .lede').textContent(), /which of two actions/);
  await context.close();
});

test('the reading list says where each entry comes from and reaches this autumn', async () => {
  const { context, page } = await openPage(site);
  const items = page.locator('#alignment-pretraining .reading-list .timeline li');
  await items.first().waitFor();
  const entries = await items.evaluateAll((lis) => lis.map((li) => [li.querySelector('time').textContent,
    li.dataset.provenance, li.dataset.relation, li.querySelector('cite').textContent]));
  assert.ok(entries.some(([date, provenance, , title]) => date === 'Mar 2025' && provenance === 'added' && /Self-fulfilling misalignment/.test(title)));
  assert.ok(entries.some(([, provenance, , title]) => provenance === 'added' && /Safety Pretraining/.test(title)));
  assert.ok(entries.some(([date, , relation]) => /2026/.test(date) && relation === 'questions'));
  assert.equal(entries.at(-1)[0], 'Aug 2026');
  assert.doesNotMatch(await page.locator('#alignment-pretraining .reading-list').textContent(), /that introduced this result/);
  await context.close();
});
