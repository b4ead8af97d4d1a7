// Lighthouse 12.2.3 (mobile preset, simulated throttling) against the built page served from a
// sub-path, offline, three runs; prints the median scores and metrics and writes them into
// docs/performance.md between its "lighthouse" markers. A benchmark, not a test: scores are
// timings, recorded, never asserted.
//
//   node scripts/lighthouse.mjs [query]      e.g. node scripts/lighthouse.mjs '#doomsday'
import { readFileSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './static-server.mjs';

const RUNS = 3;
const DOC = 'docs/performance.md';
const query = process.argv[2] ?? '';

const { server, url } = await startServer({ dir: 'dist', base: '/lighthouse/' });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const runs = [];
for (let run = 0; run < RUNS; run += 1) {
  const { lhr } = await lighthouse(url + query, { port: chrome.port, output: 'json', logLevel: 'error' });
  runs.push(lhr);
}
await chrome.kill();
server.close();

const score = (id) => Math.round(median(runs.map((lhr) => lhr.categories[id].score)) * 100);
const metric = (id) => median(runs.map((lhr) => lhr.audits[id].numericValue));
const figures = {
  performance: score('performance'),
  accessibility: score('accessibility'),
  'best practices': score('best-practices'),
  SEO: score('seo'),
  'first contentful paint': `${(metric('first-contentful-paint') / 1000).toFixed(1)} s`,
  'largest contentful paint': `${(metric('largest-contentful-paint') / 1000).toFixed(1)} s`,
  'total blocking time': `${Math.round(metric('total-blocking-time'))} ms`,
  'cumulative layout shift': metric('cumulative-layout-shift').toFixed(3),
  'speed index': `${(metric('speed-index') / 1000).toFixed(1)} s`,
  // Each run's own figures, not only the median: the page must meet its targets in every run.
  'performance, each run': runs.map((lhr) => Math.round(lhr.categories.performance.score * 100)).join(', '),
  'total blocking time, each run': runs.map((lhr) => `${Math.round(lhr.audits['total-blocking-time'].numericValue)} ms`).join(', '),
  // Lighthouse's "long-tasks" audit: the main thread's tasks over 50 ms while loading.
  'longest task over 50 ms, each run': runs.map((lhr) => {
    const tasks = lhr.audits['long-tasks']?.details?.items ?? [];
    return tasks.length === 0 ? 'none' : `${Math.round(Math.max(...tasks.map((task) => task.duration)))} ms`;
  }).join(', '),
};
for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(26)} ${value}`);

const date = new Date().toISOString().slice(0, 10);
const version = runs[0].lighthouseVersion;
const table = [
  `Measured ${date} by \`scripts/lighthouse.mjs\`: Lighthouse ${version}, mobile preset (simulated`,
  `throttling), Chromium ${runs[0].environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? ''} headless, the release build served`,
  `gzipped from a sub-path by \`scripts/static-server.mjs\`${query ? ` at \`${query}\`` : ''}; the median of ${RUNS} runs.`,
  '',
  '| figure | value |',
  '|---|---|',
  ...Object.entries(figures).map(([name, value]) => `| ${name} | ${value} |`),
].join('\n');
const doc = readFileSync(DOC, 'utf8');
const start = '<!-- lighthouse:start -->';
const end = '<!-- lighthouse:end -->';
if (doc.includes(start) && doc.includes(end)) {
  const before = doc.slice(0, doc.indexOf(start) + start.length);
  const after = doc.slice(doc.indexOf(end));
  writeFileSync(DOC, `${before}\n${table}\n${after}`);
  console.log(`written into ${DOC}`);
} else {
  console.error(`${DOC} has no ${start} … ${end} markers; figures not written.`);
  process.exitCode = 1;
}
