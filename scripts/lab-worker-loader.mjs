// Writes the lab's worker loader into a build: assets/lab-worker-loader.js with the page's bundle
// (the two files index.html's <meta name="page-bundle"> names, hashed by Trunk) filled in, as
// lab-worker-loader.js. Run by Trunk's post-build hook before the service worker is written, so
// that the service worker lists it (Trunk.toml).
//
//   node scripts/lab-worker-loader.mjs path/to/staging-dir
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageBundle } from './size-report.mjs';

const LOADER = 'lab-worker-loader.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/lab-worker-loader.mjs path/to/staging-dir');
  process.exit(2);
}
const { js, wasm } = pageBundle(dir);
let loader = readFileSync(new URL(`../assets/${LOADER}`, import.meta.url), 'utf8');
for (const [placeholder, file] of [['__PAGE_BUNDLE_JS__', js], ['__PAGE_BUNDLE_WASM__', wasm]]) {
  if (loader.split(placeholder).length !== 2) {
    console.error(`lab-worker-loader: ${placeholder} must appear once in assets/${LOADER}`);
    process.exit(1);
  }
  loader = loader.replace(placeholder, `./${file}`);
}
writeFileSync(join(dir, LOADER), loader);
console.log(`lab-worker-loader: the lab's workers run ${js}`);
