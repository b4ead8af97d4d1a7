// Browser benchmarks of the built page (dist/), in headless Chromium, for docs/performance.md:
// - the time from a slider move to the updated, laid-out page with 12 hypotheses;
// - the simulation's draws per second on the two urns, and the longest main-thread task;
// - the training lab's default experiment (Unfiltered and Alignment upsampled, three runs each):
//   wall time from Train to the results, the worker's training throughput and its time split,
//   and the longest main-thread task meanwhile; and how long a cancel waits for the worker.
// Not a test: it prints figures and asserts nothing.
//
//   node scripts/bench.mjs
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const { server, url } = await startServer({ dir: 'dist', base: '/bench/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();

/** Opens `query` and waits for the doomsday bundle, which loads as its section nears the screen. */
async function openDoomsday(query) {
  await page.goto(url + query);
  await page.locator('#doomsday').scrollIntoViewIfNeeded();
  await page.locator('#doomsday-root[data-state="ready"] .doomsday-explainer').waitFor();
}

// The lab: each run in a fresh page, so that the worker's first download and start are counted.
for (const [name, query] of [['Unfiltered', '']]) {
  for (let i = 0; i < 3; i += 1) {
    const lab = await browser.newPage();
    await lab.goto(url + query + '#lab');
    await lab.getByTestId('lab-status').waitFor();
    await lab.evaluate(() => {
      window.longestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.longestTask = Math.max(window.longestTask, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const clicked = Date.now();
    await lab.getByTestId('lab-train').click();
    await lab.locator('[data-testid="lab-status"][data-state="done"]').waitFor({ timeout: 120_000 });
    const wall = (Date.now() - clicked) / 1000;
    const row = lab.locator('[data-testid="lab-history"] tbody tr').last();
    const number = async (name) => Number(await row.getAttribute(`data-${name}`));
    const longest = await lab.evaluate(() => window.longestTask);
    console.log(`lab, ${name}: ${wall.toFixed(2)} s from Train to results (worker: setup ${(await number('setup-ms')).toFixed(0)} ms, ` +
      `training ${(await number('train-ms')).toFixed(0)} ms, evaluation ${(await number('evaluate-ms')).toFixed(0)} ms); ` +
      `${(await number('tokens-per-second')).toFixed(0)} predictions/s in training; longest worker step ` +
      `${(await number('longest-step-ms')).toFixed(1)} ms; longest main-thread task ${longest} ms (0: none over 50 ms)`);
    await lab.close();
  }
}

await browser.close();
server.close();
