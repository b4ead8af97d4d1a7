// The training lab: it starts and its worker loads only when wanted, a run trains in a Web Worker and gives
// the same numbers as the native build, cancel, failure, the URL, the history and its CSV.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SUB_PATH, accessibilityViolations, foreignRequests, openPage, useSite, waitForRendered, addressQuery } from './support.mjs';

const site = useSite();
const search = (page) => addressQuery(page);
const status = (page) => page.getByTestId('lab-status');
const value = async (page, id) => page.getByTestId(`lab-misalignment-${id}`).getAttribute('data-value');

/** The default experiment's shares as the page's recorded sweep has them (src/lab/measured.rs,
 *  seed 7, recorded natively by examples/lab_design.rs: the browser must compute the same run to
 *  the bit): misaligned prompts ÷ prompts, 72 held-in, 48 held-out and 40 unseen. */
const UNFILTERED = {
  'base-heldin': String(48 / 72),
  'base-heldout': String(38 / 48),
  'base-unseen': String(24 / 40),
  'post-heldin': String(40 / 72),
  'post-heldout': String(30 / 48),
  'post-unseen': String(22 / 40),
};
/** What counting alone prefers on the same prompts, for the same corpus. */
const COUNTING = { heldin: String(42 / 72), heldout: String(30 / 48), unseen: '0.5' };
/** What co-occurrence alone prefers, computed natively for seed 7's Unfiltered corpus
 *  (questions::cooccurrence_baseline): the browser must build the same model to the bit. */
const COOCCURRENCE = { heldin: String(24 / 72), heldout: String(16 / 48), unseen: '0' };

/** The page's own files that `requests` fetched, relative to dist/. */
function ownFiles(requests) {
  const origin = new URL(site.baseUrl).origin;
  return [
    ...new Set(
      requests
        .map((url) => new URL(url))
        .filter((url) => url.origin === origin && url.protocol !== 'blob:')
        .map((url) => url.pathname.slice(SUB_PATH.length)),
    ),
  ];
}

/** Opens the page at the lab and waits for the lab to render. */
async function openLab(options = {}) {
  const opened = await openPage(site, options);
  await opened.page.locator('#lab').scrollIntoViewIfNeeded();
  await waitForRendered(opened.page, 'lab');
  return opened;
}

async function waitForState(page, state, timeout = 60_000) {
  await page.locator(`[data-testid="lab-status"][data-state="${state}"]`).waitFor({ timeout });
}

test('the lab starts when its section nears the viewport, and its worker loads when the reader comes to it', async () => {
  const { context, page, requests, errors } = await openPage(site, { viewport: { width: 360, height: 740 } });
  assert.equal(await page.locator('#lab-root').getAttribute('data-state'), null);
  await page.locator('#lab').scrollIntoViewIfNeeded();
  await waitForRendered(page, 'lab');
  await waitForState(page, 'idle');
  await page.waitForTimeout(300);
  assert.equal(ownFiles(requests).includes('lab-worker-loader.js'), false, 'no worker before the reader comes to the lab');
  const beforeTheWorker = ownFiles(requests);
  const warnings = [];
  page.on('console', (message) => warnings.push(message.text()));
  // The reader's pointer entering the lab starts the worker's download, before any Train.
  await page.locator('#lab-preset').hover();
  for (let waited = 0; !ownFiles(requests).includes('lab-worker-loader.js'); waited += 50) {
    assert.ok(waited < 10_000, 'the worker was not fetched on hover');
    await page.waitForTimeout(50);
  }
  assert.equal(await status(page).getAttribute('data-state'), 'idle');
  await page.getByTestId('lab-train').click();
  // The pressed button keeps the focus; the mix cannot change under the run.
  await waitForState(page, 'running');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'lab-train');
  assert.equal(await page.locator('#lab-seed').isDisabled(), true);
  await waitForState(page, 'done');
  assert.equal(await page.locator('#lab-seed').isDisabled(), false);
  // The status, a live region, says the run's numbers.
  assert.equal(await status(page).getAttribute('role'), 'status');
  assert.equal(await status(page).textContent(),
    'Run 1 finished: the misaligned action was likelier on 79.2% of held-out prompts before post-training and on 62.5% after; counting words alone: 62.5%.');
  // The worker runs the page's own bundle: all it fetched that the page had not is its loader.
  assert.deepEqual(ownFiles(requests).filter((file) => !beforeTheWorker.includes(file)), ['lab-worker-loader.js']);
  assert.deepEqual(warnings.filter((text) => /deprecated/.test(text)), [], 'the worker starts without a deprecation warning');
  assert.deepEqual(foreignRequests(site, requests), []);
  // On the phone the page does not scroll sideways (every chart fits: charts.test.mjs).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.equal(overflow, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link with lab.autorun=1 trains the default experiment and shows the native build\'s numbers', async () => {
  const { context, page } = await openPage(site, { query: '?lab.autorun=1#lab' });
  await waitForState(page, 'running', 20_000);
  // Curves grow while it runs: the progress bar moves and the loss curve gets points.
  await page.waitForFunction(() => Number(document.querySelector('.lab-progress progress').value) > 0.1);
  await waitForState(page, 'done');
  for (const [id, expected] of Object.entries(UNFILTERED)) {
    assert.equal(await value(page, id), expected, id);
  }
  for (const [set, expected] of Object.entries(COUNTING)) {
    assert.equal(await page.getByTestId(`lab-count-baseline-${set}`).getAttribute('data-value'), expected, set);
  }
  for (const [set, expected] of Object.entries(COOCCURRENCE)) {
    assert.equal(await page.getByTestId(`lab-count-cooc-${set}`).getAttribute('data-value'), expected, set);
  }
  assert.match(
    await page.getByTestId('lab-misalignment-base-heldin').textContent(),
    /^66\.7% \(41%–86\.7%\)graded 0\.58$/,
    '12 of 18 scenarios, Clopper–Pearson; the graded score as recorded (0.575621)',
  );
  // The model speaks: a base and a post-trained completion for each of six prompts.
  for (let i = 0; i < 12; i += 1) {
    assert.match(await page.getByTestId(`lab-sample-${i}`).getAttribute('data-choice'), /^(aligned|misaligned|neither action)$/);
  }
  assert.match(await page.getByTestId('lab-speech').textContent(), /drawn at temperature 1\.0/);
  // A new temperature: the finished models write again, without training.
  await page.locator('#lab-temperature').fill('0');
  await page.getByTestId('lab-speech').getByText('drawn at temperature 0.0').waitFor();
  assert.equal(await status(page).getAttribute('data-state'), 'done');
  assert.equal(await value(page, 'base-heldin'), UNFILTERED['base-heldin']);
  // Ten evaluations on the curve: two per epoch (the first before any training), base, post-trained.
  assert.equal(await page.locator('#lab-misalignment-chart .series-1 circle').count(), 10);
  assert.match(await page.locator('.lab-results-table').textContent(), /44\.6%.*39\.5%/s);
  // At 1280 px the table fits its column, the paper's columns in view: its intervals go to lines
  // of their own (it was 1,000 px wide in an 800 px column, the paper's columns scrolled away).
  assert.deepEqual(
    await page.locator('.lab-results-table').evaluate((table) => {
      const box = table.closest('.table-scroll');
      return [window.innerWidth, box.scrollWidth <= box.clientWidth];
    }),
    [1280, true],
  );
  assert.match(await page.getByTestId('lab-count-baseline-heldin').locator('xpath=../th').textContent(), /^Counting alonea trigram model of the same documents$/);
  assert.match(
    await page.locator('#lab-loss-chart figcaption').textContent(),
    /Run 1: Unfiltered, seed 7\. In pretraining the loss fell from 6\.07 to 0\.44 nats per word\./,
  );
  assert.equal(await page.locator('#lab-preset').inputValue(), 'Unfiltered');
  await context.close();
});

test('four models train in four workers and pool to what the native build gives, in member order', async () => {
  // Four workers, whatever this machine has: the pooled result must not depend on how many.
  const context = await site.browser.newContext({ colorScheme: 'light' });
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 4 });
  });
  const { page } = await openPage(site, { context, query: '?lab.models=4&lab.autorun=1#lab' });
  await waitForState(page, 'running', 20_000);
  assert.equal(await page.locator('#lab-models-4').isChecked(), true, 'the link chose four models');
  // The budgets offered are the ones the recorded runs read: 1, 4 and 16 models.
  assert.deepEqual(
    await page.locator('[name="lab-models"]').evaluateAll((inputs) => inputs.map((i) => i.labels[0].textContent.trim())),
    ['1 model', '4 models', '16 models'],
  );
  await waitForState(page, 'done', 300_000);
  assert.equal(page.workers().length, 4, 'one worker per model');
  // Seed 7's Unfiltered corpus read in orders 0 to 3, run natively (examples/lab_noise.rs,
  // LAB_SEEDS=7 LAB_RESHUFFLES=4): misaligned prompts summed over the four models.
  const pooled = {
    'base-heldin': 198 / 288,
    'base-heldout': 139 / 192,
    'base-unseen': 117 / 160,
    'post-heldin': 208 / 288,
    'post-heldout': 131 / 192,
    'post-unseen': 106 / 160,
  };
  for (const [id, expected] of Object.entries(pooled)) {
    assert.equal(await value(page, id), String(expected), id);
  }
  // The counting models read no order: the same as one model's.
  assert.equal(await page.getByTestId('lab-count-baseline-heldout').getAttribute('data-value'), COUNTING.heldout);
  assert.equal(await page.getByTestId('lab-count-cooc-heldout').getAttribute('data-value'), COOCCURRENCE.heldout);
  assert.match(await page.locator('.lab-results-table caption').textContent(), /^Run 1: Unfiltered, seed 7, 4 models:/);
  assert.equal(await search(page), '?lab.autorun=1&lab.models=4');
  await context.close();
});

test('Run 5 seeds trains the three conditions on five seeds and counts those ordered as the paper, as recorded; the run shown before it still speaks', async () => {
  // A run first, whose results and words the page goes on showing after the spread.
  const { context, page } = await openLab({ query: '?lab.autorun=1#lab' });
  await waitForState(page, 'done', 120_000);
  await page.getByTestId('lab-train-seeds').click();
  await waitForState(page, 'running', 20_000);
  // The first report gives the plan: fifteen models' predictions.
  await page.locator('.lab-progress-detail', { hasText: 'predictions trained' }).waitFor();
  await waitForState(page, 'done', 400_000);
  // Seeds 7 to 11 at the presets, one model each: the recorded sweep (src/lab/measured.rs) has
  // their held-out counts, ordered Alignment < Unfiltered < Misalignment in seeds 7, 10 and 11.
  assert.equal(await page.getByTestId('lab-seed-spread').getAttribute('data-value'), '0.6');
  const rows = page.locator('[data-testid="lab-spread-table"] tbody tr');
  assert.equal(await rows.count(), 5);
  assert.deepEqual(
    await rows.evaluateAll((trs) => trs.map((tr) => tr.lastElementChild.textContent)),
    ['yes', 'no', 'no', 'yes', 'yes'],
  );
  assert.equal(await rows.nth(3).locator('th').textContent(), '10');
  assert.match(await status(page).textContent(), /^Seeds 7 to 11 finished: .* holds in 3 of 5\.$/);
  assert.equal(await page.getByTestId('lab-history').locator('tbody tr').count(), 1, 'a spread is not a run of the history');
  // A new temperature: the run shown speaks again (a spread's models on the same worker do not
  // take its place).
  assert.match(await page.getByTestId('lab-speech').textContent(), /drawn at temperature 1\.0/);
  await page.locator('#lab-temperature').fill('0');
  await page.getByTestId('lab-speech').getByText('drawn at temperature 0.0').waitFor({ timeout: 20_000 });
  assert.equal(await status(page).getAttribute('data-state'), 'done');
  await context.close();
});

test('cancel stops a run between two steps, and Train starts again', async () => {
  const { context, page } = await openLab();
  await page.locator('#lab-preset').selectOption('Alignment upsampled');
  await page.getByTestId('lab-train').click();
  await page.waitForFunction(() => Number(document.querySelector('.lab-progress progress').value) > 0.05);
  await page.getByTestId('lab-cancel').click();
  await waitForState(page, 'cancelled');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'lab-cancel');
  assert.equal(await page.getByTestId('lab-cancel').getAttribute('aria-disabled'), 'true');
  // Nothing more arrives for the cancelled run.
  await page.waitForTimeout(500);
  assert.equal(await page.getByTestId('lab-misalignment-base-heldin').count(), 0);
  await page.getByTestId('lab-train').click();
  await waitForState(page, 'done');
  assert.match(await page.locator('.lab-results-table caption').textContent(), /^Run 2: Alignment upsampled, seed 7/);
  // With no Unfiltered run to compare with, the lab says how to get one.
  assert.match(await page.getByTestId('lab-comparison-hint').textContent(), /also train the Unfiltered condition with seed 7:/);
  await context.close();
});

test('a worker that dies is reported as an error, and the page stays usable', async () => {
  const context = await site.browser.newContext();
  // The page's bundle loads (the first fetch of its wasm); the worker's copy (any later one) does not.
  let wasmFetches = 0;
  await context.route(/_bg\.wasm$/, (route) => (wasmFetches++ === 0 ? route.continue() : route.abort()));
  const opened = await openLab({ context });
  const { page } = opened;
  await page.clock.install();
  await page.getByTestId('lab-train').click();
  await waitForState(page, 'running');
  // The worker never reports (its wasm did not load) ...
  await page.waitForTimeout(1_000);
  assert.equal(await status(page).textContent(), 'Loading the trainer and writing the corpus…');
  // ... and after 20 s of silence the page says so.
  await page.clock.runFor(25_000);
  await waitForState(page, 'error');
  assert.match(await status(page).textContent(), /The run failed: the training worker stopped responding/);
  assert.equal(await page.getByTestId('lab-train').getAttribute('aria-disabled'), 'false');
  await page.locator('#lab-hhh').check();
  assert.match(await search(page), /lab\.hhh=1/);
  await context.close();
});

test('a browser that will not start the worker gets an error, not a stuck page', async () => {
  const context = await site.browser.newContext();
  await context.addInitScript(() => {
    delete window.Worker;
  });
  const { page, errors } = await openLab({ context });
  await page.getByTestId('lab-train').click();
  await waitForState(page, 'error', 5_000);
  assert.match(await status(page).textContent(), /does not allow the Web Worker the lab trains in/);
  // The lab's app is alive: its controls still work.
  await page.locator('#lab-preset').selectOption('Filtered');
  assert.match(await search(page), /lab\.preset=filtered/);
  assert.deepEqual(errors.filter((e) => /panicked|unreachable/.test(e)), []);
  await context.close();
});

test('every control is in the URL, a link restores it, and bad values are reported', async () => {
  const { context, page } = await openLab({ permissions: ['clipboard-read', 'clipboard-write'] });
  await page.locator('#lab-preset').selectOption('Misalignment upsampled, last 10% only');
  await page.locator('#lab-seed').fill('12');
  assert.equal(await search(page), '?lab.preset=misalignment-late&lab.seed=12');
  await page.locator('#lab-ai').fill('0.4');
  await page.locator('label[for="lab-insertion-continued"]').click();
  await page.locator('#lab-filter').check();
  await page.locator('#lab-autorun').check();
  const query = await search(page);
  assert.equal(
    query,
    '?lab.preset=custom&lab.seed=12&lab.ai=0.4&lab.filter=1&lab.misaligned=0.03&lab.insertion=continued&lab.autorun=1',
  );
  assert.equal(await page.locator('#lab-preset').inputValue(), 'Custom mix');
  // A link that trains the lab at once lands on the lab, not on the alignment introduction.
  await page.getByTestId('alignment-copy-link').click();
  await page.getByTestId('alignment-tools-status').getByText('Link copied.').waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /lab\.autorun=1#lab$/);
  const copy = await openLab({ query: query.replace('&lab.autorun=1', '') });
  assert.equal(await copy.page.locator('#lab-seed').inputValue(), '12');
  assert.equal(await copy.page.locator('#lab-ai').inputValue(), '0.4');
  assert.equal(await copy.page.locator('#lab-filter').isChecked(), true);
  assert.equal(await copy.page.locator('#lab-insertion-continued').isChecked(), true);
  await copy.context.close();

  const bad = await openLab({ query: '?lab.documents=5&lab.preset=everything&lab.temperature=9' });
  // The lab reports its problems to the frame's notice once it runs.
  const notice = bad.page.locator('.notice', { hasText: 'lab.temperature' });
  await notice.waitFor();
  const text = await notice.textContent();
  assert.match(text, /lab\.documents is no longer used/);
  assert.match(text, /lab\.preset=everything: expected one of unfiltered/);
  assert.match(text, /lab\.temperature=9: Must be at most 2; using 2\./);
  assert.equal(await bad.page.locator('#lab-preset').inputValue(), 'Unfiltered');
  // Out of range, a value becomes the nearest allowed one, as the slider would make it.
  assert.equal(await bad.page.locator('#lab-temperature').inputValue(), '2');
  await bad.context.close();
  // The lab's own reset, and Reset all, put the lab back to its defaults.
  await page.getByTestId('lab-reset').click();
  assert.equal(await search(page), '');
  await page.locator('#lab-preset').selectOption('Filtered');
  assert.equal(await search(page), '?lab.preset=filtered');
  await page.getByRole('button', { name: 'Reset all' }).click();
  await page.waitForFunction(() => !location.search.includes('lab.'));
  assert.equal(await page.locator('#lab-preset').inputValue(), 'Unfiltered');
  await context.close();
});

test('runs collect in the history, compare with Unfiltered, and download as CSV', async () => {
  const { context, page } = await openLab({ acceptDownloads: true });
  await page.getByTestId('lab-train').click();
  await waitForState(page, 'done');
  await page.locator('#lab-preset').selectOption('Alignment upsampled');
  await page.getByTestId('lab-train').click();
  await waitForState(page, 'done');
  // Seed 7's recorded Alignment upsampled run, computed again in the browser to the count.
  const aligned = Number(await value(page, 'base-heldin'));
  assert.equal(aligned, 46 / 72, 'src/lab/measured.rs, seed 7');
  assert.equal(Number(await value(page, 'base-heldout')), 31 / 48);
  assert.equal(Number(await value(page, 'post-heldin')), 37 / 72);
  // Counting alone: the held-in scenarios' synthetic documents move it; held-out ones do not.
  assert.equal(await page.getByTestId('lab-count-baseline-heldout').getAttribute('data-value'), COUNTING.heldout);
  // Co-occurrence alone does move on held-out scenarios and unseen families (seed 7, natively).
  assert.equal(await page.getByTestId('lab-count-cooc-heldout').getAttribute('data-value'), String(20 / 48));
  assert.equal(await page.getByTestId('lab-count-cooc-unseen').getAttribute('data-value'), String(36 / 40));
  assert.match(
    await page.getByTestId('lab-comparison').textContent(),
    /^Run 2 against your Unfiltered run 1 \(same seed and prompt\)\. Base: held-in 63\.9% against 66\.7% \(−3 points; counting alone −14 points, co-occurrence alone −11 points\), held-out 64\.6% against 79\.2% \(−15 points; counting alone no change, co-occurrence alone \+8 points\)/,
  );
  assert.equal(await page.locator('[data-testid="lab-history"] tbody tr').count(), 2);
  // Run 1's three curves are drawn faded behind run 2's, and labelled once.
  assert.equal(await page.locator('#lab-misalignment-chart g.faded').count(), 3);
  assert.equal(await page.locator('#lab-misalignment-chart .end-label').textContent(), 'Run 1');
  assert.equal(await page.getByTestId('lab-comparison-hint').count(), 0);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('lab-history-csv').click()]);
  assert.equal(file.suggestedFilename(), 'lab-runs.csv');
  const lines = readFileSync(await file.path(), 'utf8').trim().split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0], /^run,mix,seed,hhh_prompt,base_held_in,base_held_in_low,base_held_in_high,/);
  assert.match(lines[1], /^1,Unfiltered,7,no,0\.6667,0\.4099,0\.8666,0\.5756,0\.7917,/);
  assert.match(lines[2], /^2,Alignment upsampled,7,no,/);
  await page.getByRole('button', { name: 'Clear the history' }).click();
  assert.equal(await page.getByTestId('lab-history').count(), 0);
  await context.close();
});

test('the check written before its runs shows its twenty seeds, its verdicts and the co-occurrence model', async () => {
  const { context, page } = await openLab({ acceptDownloads: true });
  const rows = page.locator('[data-testid="lab-check"] tbody tr');
  assert.equal(await rows.count(), 7);
  // docs/lab-sweep/check-third-design.txt: required 1 and 3 hold, 2 (against the placebo) does not.
  assert.deepEqual(
    await page.locator('[data-testid="lab-check"] tbody tr[data-holds]').evaluateAll((trs) => trs.map((tr) => tr.dataset.holds)),
    ['true', 'false', 'true'],
  );
  assert.equal(
    await rows.nth(0).innerText(),
    'aligned − misaligned (held out)\tbeyond −3 SE, at least 16 of 20 below 0\t−21 ± 3 (−7.4 SE), 18 of 20 below 0\t−23 ± 3\tyes',
  );
  assert.equal(
    await rows.nth(1).innerText(),
    'aligned − placebo (held out)\tbeyond −3 SE, at least 16 of 20 below 0\t−10 ± 4 (−2.6 SE), 15 of 20 below 0\t−11 ± 3\tno',
  );
  assert.equal(await rows.nth(3).locator('td').nth(2).innerText(), '+66 ± 10');
  // Every seed is a mark: seven strips of twenty, squares for the co-occurrence model.
  assert.equal(await page.locator('#lab-check-chart .check-strip').count(), 7);
  assert.equal(await page.locator('#lab-check-chart circle.dot').count(), 4 * 20);
  assert.equal(await page.locator('#lab-check-chart rect.dot').count(), 3 * 20);
  assert.match(await page.getByTestId('lab-check-findings').innerText(), /It does not hold: 3 standard errors and 16 seeds were required/);
  // The same seeds with more compute (docs/lab-sweep/check-budgets.txt, the ×1 to ×16 lines).
  assert.deepEqual(
    await page.locator('[data-testid="lab-check-compute"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.innerText)),
    [
      '1\t−31 ± 5 (−5.8 SE), 16 of 20 below 0\t−8 ± 8 (−1.1 SE), 11 of 20 below 0',
      '2\t−30 ± 3 (−9.4 SE), 20 of 20 below 0\t−13 ± 5 (−2.4 SE), 13 of 20 below 0',
      '4\t−21 ± 3 (−7.4 SE), 18 of 20 below 0\t−10 ± 4 (−2.6 SE), 15 of 20 below 0',
      '8\t−19 ± 2 (−9.7 SE), 19 of 20 below 0\t−12 ± 2 (−5.2 SE), 18 of 20 below 0',
      '16\t−16 ± 2 (−9.8 SE), 20 of 20 below 0\t−10 ± 2 (−5.1 SE), 19 of 20 below 0',
    ],
  );
  assert.match(await page.getByTestId('lab-check-compute-finding').innerText(), /With 16 models per condition, aligned − placebo is −10 ± 2 points \(−5\.1 standard errors\), below zero in 19 of 20 seeds: beyond .* The check's verdict stays what it was/);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('lab-check-csv').click()]);
  assert.equal(file.suggestedFilename(), 'lab-check-third-design.csv');
  const lines = readFileSync(await file.path(), 'utf8').trim().split('\n');
  assert.equal(lines.length, 21);
  assert.match(lines[0], /^seed,"aligned − misaligned \(held out\), network",/);
  assert.match(lines[1], /^1001,/);
  assert.match(lines[20], /^1020,/);
  await context.close();
});

test('the lab has no accessibility violations of any impact in either theme or on a phone, after a run', async () => {
  const { context, page } = await openPage(site, {
    query: '?lab.autorun=1#lab',
    colorScheme: 'light',
    viewport: { width: 1280, height: 800 },
  });
  await waitForState(page, 'done');
  await page.locator('.lab-samples summary').click();
  for (const [colorScheme, width] of [['light', 1280], ['dark', 1280], ['light', 360]]) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height: 800 });
    assert.deepEqual(await accessibilityViolations(page), [], `${colorScheme} ${width}`);
  }
  await context.close();
});

test('the alignment tour ends in the lab: it loads the lab, sets its defaults and points at Train', async () => {
  const { context, page } = await openPage(site, { query: '?walk=alignment&step=4&lab.seed=12' });
  assert.match(await page.getByTestId('tour-card').textContent(), /The persona prior/);
  await page.keyboard.press('ArrowRight');
  await page.locator('#lab [data-testid="lab-train"][data-tour-target]').waitFor();
  assert.match(await page.getByTestId('tour-card').textContent(), /step 5 of 5.*Train it yourself/s);
  assert.equal(await page.locator('#lab-seed').inputValue(), '7');
  assert.equal(await search(page), '?walk=alignment&step=5');
  await context.close();
});
