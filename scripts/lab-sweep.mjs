// Records the training lab's dose sweep in headless Chromium, through the built page (dist/), so
// that the sweep the page shows is measured with the arithmetic a reader's run uses (the native
// build orders its floating-point additions differently and gives other draws: docs/lab.md).
// For each seed: Unfiltered, then Alignment and Misalignment upsampled at each dose (share of
// pretraining tokens, inserted throughout). Prints one line per run:
//
//   RUN <seed> <dose> <U|A|M> <base held-in> <held-out> <unseen> <post …> <counting …>
//
// each a number of misaligned prompts (of 72, 48 and 40). Not a test; about 15 s a run.
//
//   node scripts/lab-sweep.mjs [first seed] [last seed] [doses, comma-separated] [pages at once]
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const [first = '7', last = '16', doseList = '0.01,0.03,0.1,0.3', parallel = '2'] = process.argv.slice(2);
const doses = doseList.split(',').map(Number);
const jobs = [];
for (let seed = Number(first); seed <= Number(last); seed += 1) {
  jobs.push({ seed, dose: 0, arm: 'U', query: '' });
  for (const dose of doses) {
    jobs.push({ seed, dose, arm: 'A', query: `&lab.preset=custom&lab.aligned=${dose}` });
    jobs.push({ seed, dose, arm: 'M', query: `&lab.preset=custom&lab.misaligned=${dose}` });
  }
}

const { server, url } = await startServer({ dir: 'dist', base: '/sweep/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const PROMPTS = { heldin: 72, heldout: 48, unseen: 40 };

async function measure({ seed, dose, arm, query }) {
  const page = await browser.newPage();
  await page.goto(`${url}?lab.seed=${seed}${query}&lab.autorun=1#lab`);
  await page.locator('[data-testid="lab-status"][data-state="done"]').waitFor({ timeout: 180_000 });
  const count = async (testid, set) =>
    Math.round(Number(await page.getByTestId(testid).getAttribute('data-value')) * PROMPTS[set] * 2) / 2;
  const numbers = [];
  for (const stage of ['base', 'post']) {
    for (const set of Object.keys(PROMPTS)) numbers.push(await count(`lab-misalignment-${stage}-${set}`, set));
  }
  for (const set of Object.keys(PROMPTS)) numbers.push(await count(`lab-count-baseline-${set}`, set));
  await page.close();
  console.log(['RUN', seed, dose, arm, ...numbers].join(' '));
}

const queue = [...jobs];
await Promise.all(
  Array.from({ length: Number(parallel) }, async () => {
    while (queue.length > 0) await measure(queue.shift());
  }),
);
await browser.close();
server.close();
