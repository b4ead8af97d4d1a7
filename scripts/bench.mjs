// Browser benchmarks of the built page (dist/), in headless Chromium, for docs/performance.md:
// - the main thread's work for one slider move, one move per frame as a drag gives them, with 12
//   hypotheses, read from a trace: all of it, and the render, layout and paint within it;
// - the simulation's draws per second on the two urns, and the longest main-thread task;
// - the training lab's default experiment (Unfiltered and Alignment upsampled, three runs each):
//   wall time from Train to the results, the worker's training throughput and its time split,
//   and the longest main-thread task meanwhile; and how long a cancel waits for the worker.
// - the page's load: the longest main-thread task while loading `/`, then from the reader's first
//   move to a responsive first explainer, and a first click's response once it runs.
// Not a test: it prints figures and asserts nothing.
//
//   node scripts/bench.mjs [doomsday] [lab] [load]     (no argument: all three)
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const { server, url } = await startServer({ dir: 'dist', base: '/bench/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
const asked = process.argv.slice(2);
const wanted = (section) => asked.length === 0 || asked.includes(section);

/** Opens `query` and waits for the doomsday explainer, which starts as its section nears the screen. */
async function openDoomsday(query) {
  await page.goto(url + query);
  // The reader's first move starts the page's bundle (index.html's loader).
  await page.keyboard.press('Shift');
  await page.locator('#doomsday').scrollIntoViewIfNeeded();
  await page.locator('#doomsday-root[data-state="ready"] .doomsday-explainer').waitFor();
}

/** The `q`-quantile of `values` (0.5: the median). */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * Moves the first hypothesis's slider `count` times, once per animation frame as a drag does,
 * under a trace, and returns each move's main-thread work after the first ten (warm-up), in ms:
 * everything the main thread ran from that frame's animation callbacks to the next frame's
 * (`total`: the input's handling, Yew's render, the address, style, layout, pre-paint, paint,
 * intersection observers, garbage collection), and within it the render (the frame's function
 * calls), the layout (style and layout) and the paint (pre-paint, paint, layerize).
 */
async function movesTraced(count) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...data.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
  await page.evaluate(async (count) => {
    const slider = document.querySelector('#doom-n-slider-0');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < count; i += 1) {
      await frame();
      slider.value = String(20 + (i % 10) * 0.5);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await frame();
    await frame();
  }, count);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  // The page's main thread: the one that lays it out.
  const layouts = {};
  for (const e of events) if (e.name === 'Layout') layouts[`${e.pid}:${e.tid}`] = (layouts[`${e.pid}:${e.tid}`] ?? 0) + 1;
  const main = Object.entries(layouts).sort((a, b) => b[1] - a[1])[0][0];
  const onMain = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main);
  // Each frame starts with the task that runs its animation callbacks.
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const starts = onMain.filter((e) => e.name === 'FireAnimationFrame')
    .map((f) => tasks.find((t) => t.ts <= f.ts && f.ts < t.ts + t.dur)?.ts ?? f.ts)
    .sort((a, b) => a - b);
  // The time of the events named `names` starting in [from, to), counting each nested one once
  // (a listener's function call inside the animation callback's).
  const within = (names, from, to) => {
    let sum = 0;
    let end = -Infinity;
    for (const e of onMain.filter((e) => names.includes(e.name) && e.ts >= from && e.ts < to).sort((a, b) => a.ts - b.ts)) {
      if (e.ts >= end) {
        sum += e.dur / 1000;
        end = e.ts + e.dur;
      }
    }
    return sum;
  };
  const moves = [];
  for (let i = 10; i < count && i + 1 < starts.length; i += 1) {
    const [from, to] = [starts[i], starts[i + 1]];
    const total = within(['ThreadControllerImpl::RunTask'], from, to);
    const render = within(['FunctionCall'], from, to);
    const layout = within(['UpdateLayoutTree', 'Layout'], from, to);
    const paint = within(['PrePaint', 'Paint', 'Layerize'], from, to);
    moves.push({ total, render, layout, paint, other: total - render - layout - paint });
  }
  return moves;
}

if (wanted('doomsday')) {
  const totals = Array.from({ length: 12 }, (_, i) => `1e${11 + 2 * i}`).join(',');
  await openDoomsday(`?doom.n=${totals}&doom.compare=1`);
  // On screen, at once (the page scrolls smoothly otherwise, and the scroll's frames would count).
  await page.evaluate(() => document.querySelector('#doom-n-slider-0').scrollIntoView({ block: 'center', behavior: 'instant' }));
  const moves = await movesTraced(60);
  const split = ['render', 'layout', 'paint', 'other']
    .map((part) => `${part} ${quantile(moves.map((m) => m[part]), 0.5).toFixed(1)}`).join(', ');
  console.log(`one slider move's main-thread work, one move per frame, 12 hypotheses with both tables: ` +
    `median ${quantile(moves.map((m) => m.total), 0.5).toFixed(1)} ms (${split} ms), ` +
    `worst ${Math.max(...moves.map((m) => m.total)).toFixed(1)} ms over ${moves.length} moves`);

  await openDoomsday('?doom.n=10,1e6&doom.rank=7');
  await page.evaluate(() => {
    window.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longestTask = Math.max(window.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByTestId('doom-sim-start').click();
  const started = Date.now();
  await page.waitForTimeout(5000);
  const draws = Number(await page.getByTestId('doom-sim-draws').getAttribute('data-value'));
  const chunkRate = Number(await page.getByTestId('doom-sim-draws').getAttribute('data-rate'));
  const seconds = (Date.now() - started) / 1000;
  const longest = await page.evaluate(() => window.longestTask);
  console.log(`simulation, two urns: ${draws.toExponential(3)} draws in ${seconds.toFixed(1)} s of wall time ` +
    `= ${(draws / seconds).toExponential(3)} draws/s (about half of each frame is left to the page); ` +
    `inside a chunk ${chunkRate.toExponential(3)} draws/s; longest main-thread task ${longest} ms (0: none over 50 ms)`);
}

if (wanted('lab')) {
  // The lab: each run in a fresh page, so that the worker's first download and start are counted.
  for (const [name, query] of [['Unfiltered', ''], ['Alignment upsampled', '?lab.preset=alignment']]) {
    for (let i = 0; i < 3; i += 1) {
      const lab = await browser.newPage();
      await lab.goto(url + query + '#lab');
      await lab.keyboard.press('Shift');
      await lab.locator('#lab-root[data-state="ready"] [data-testid="lab-status"]').waitFor();
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

  // Cancel while the worker trains, then Train again at once: the new run's first report waits for
  // the worker to finish its current chunk of steps, read both messages, write the new corpus
  // (setup) and compute one chunk. So the time from Cancel to that report bounds how long the
  // worker blocks a cancel.
  for (let i = 0; i < 3; i += 1) {
    const lab = await browser.newPage();
    await lab.goto(url + '#lab');
    await lab.keyboard.press('Shift');
    await lab.locator('#lab-root[data-state="ready"] [data-testid="lab-train"]').waitFor();
    await lab.getByTestId('lab-train').click();
    await lab.locator('[data-testid="lab-status"]', { hasText: /^Run 1: pretraining/ }).waitFor({ timeout: 60_000 });
    await lab.waitForTimeout(3000);
    const cancelled = Date.now();
    await lab.getByTestId('lab-cancel').click();
    await lab.getByTestId('lab-train').click();
    await lab.locator('[data-testid="lab-status"]', { hasText: /^Run 2: pretraining/ }).waitFor({ timeout: 60_000 });
    const waited = Date.now() - cancelled;
    await lab.locator('[data-testid="lab-status"][data-state="done"]').waitFor({ timeout: 120_000 });
    const setup = Number(await lab.locator('[data-testid="lab-history"] tbody tr').last().getAttribute('data-setup-ms'));
    console.log(`lab, cancel then Train: the new run's first report ${waited} ms after Cancel, of which its setup ${setup.toFixed(0)} ms ` +
      'and one chunk of at most about 50 ms');
    await lab.close();
  }
}

if (wanted('load')) {
  // The page's load: nothing but index.html until the reader moves (index.html's loader script).
  for (let i = 0; i < 3; i += 1) {
    const fresh = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await fresh.addInitScript(() => {
      window.tasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.tasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask', buffered: true });
    });
    await fresh.goto(url, { waitUntil: 'networkidle' });
    const atLoad = await fresh.evaluate(() => window.tasks.splice(0));
    const moved = Date.now();
    await fresh.keyboard.press('Shift');
    await fresh.locator('#alignment-root[data-state="ready"] > *').first().waitFor({ state: 'attached' });
    const ready = Date.now() - moved;
    const afterMove = await fresh.evaluate(() => window.tasks.splice(0));
    // A first click once the explainer runs: the time to its rendered answer.
    const response = await fresh.evaluate(async () => {
      const button = [...document.querySelectorAll('#alignment-root button')].find((b) => b.textContent === 'Filtered');
      const started = performance.now();
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      document.body.getBoundingClientRect();
      return performance.now() - started;
    });
    console.log(`load ${i + 1}: long tasks while loading: ${atLoad.length ? atLoad.join(', ') + ' ms' : 'none'}; ` +
      `first move to a running alignment explainer ${ready} ms (long tasks: ${afterMove.length ? afterMove.join(', ') + ' ms' : 'none'}); ` +
      `a first click's response ${response.toFixed(1)} ms`);
    await fresh.close();
  }
}

await browser.close();
server.close();
