// Browser benchmark of the lab's ensembles (docs/performance.md, "Ensembles over several Web
// Workers"): one model, then four models with navigator.hardwareConcurrency made 1, 2 and 4 by an
// init script, then sixteen models on two, each from Train to the results in the built page; prints the wall time, the
// workers' summed compute, the throughput per worker, the longest worker step and the base
// model's shares (which must agree to the bit whatever the number of workers).
// Not a test: it prints figures and asserts nothing. With `one`, the one-model run alone, twice
// (to compare two builds: DIST names the other's folder).
//
//   node scripts/bench-ensemble.mjs [one]
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';
const RUNS = process.argv[2] === 'one' ? [[1, 2], [1, 2]] : [[1, 2], [4, 1], [4, 2], [4, 4], [16, 2]];
const { server, url } = await startServer({ dir: process.env.DIST ?? 'dist', base: '/review/' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [models, cores] of RUNS) {
  const context = await browser.newContext();
  await context.addInitScript((c) => { Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => c }); }, cores);
  const page = await context.newPage();
  await page.goto(`${url}?lab.models=${models}#lab`);
  await page.locator('#lab-root[data-state="ready"] [data-testid="lab-train"]').waitFor();
  const t0 = Date.now();
  await page.getByTestId('lab-train').click();
  await page.locator('[data-testid="lab-status"][data-state="done"]').waitFor({ timeout: 600_000 });
  const wall = (Date.now() - t0) / 1000;
  const row = page.locator('[data-testid="lab-history"] tbody tr').first();
  const seconds = await row.getAttribute('data-seconds');
  const tps = await row.getAttribute('data-tokens-per-second');
  const longest = await row.getAttribute('data-longest-step-ms');
  const values = await page.locator('[data-testid^="lab-misalignment-base-"]').evaluateAll((e) => e.map((x) => x.dataset.value));
  console.log(`models ${models} workers ${Math.min(cores, models)}: wall ${wall.toFixed(1)} s, compute ${Number(seconds).toFixed(1)} s, ${Number(tps).toFixed(0)} predictions/s per worker, longest step ${Number(longest).toFixed(0)} ms, base ${values.join(' ')}`);
  await context.close();
}
await browser.close();
server.close();
