// Prints the gzip size of every file of the page's initial load (its prerendered first view, the
// stylesheet and the frame's bundle), and their total; exits 1 when the total is over the budget.
// Each explainer's bundle is fetched when its section nears the viewport (the first one at once,
// its section being in view) and is listed apart. Deterministic: gzip level 9 of the built files.
//
//   node scripts/size-report.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget for the initial load, in bytes of gzip (150 KB). */
export const BUDGET_BYTES = 150_000;

/** Local files referenced by `text`: href/src attributes and quoted './name' paths. */
function localReferences(text) {
  const found = [];
  const patterns = [/\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g, /['"]\.\/([^'"]+)['"]/g];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const reference = match.slice(1).find((group) => group !== undefined);
      if (/^(?:[a-z]+:|#|\/\/)/i.test(reference)) continue; // data:, http:, fragments
      found.push(reference.replace(/^\.\//, '').split(/[?#]/)[0]);
    }
  }
  return found;
}

/** The service worker's script (assets/sw.js, written into dist/ by scripts/service-worker.mjs). */
const SERVICE_WORKER = 'sw.js';

/**
 * The files of the initial load: index.html, every local file it references (in attributes or
 * in Trunk's inline loader), and the modules those scripts import statically (wasm-bindgen's
 * snippets). Bundles imported later, when their section nears the viewport, are not included,
 * nor the service worker, registered after the load event (it then caches every file).
 */
export function initialLoadFiles(dist) {
  const files = new Set(['index.html']);
  const queue = ['index.html'];
  while (queue.length > 0) {
    const name = queue.shift();
    if (!/\.(?:html|js)$/.test(name)) continue;
    const text = readFileSync(join(dist, name), 'utf8');
    const references = name.endsWith('.js')
      ? [...text.matchAll(/\bfrom\s*['"]\.\/([^'"]+)['"]/g)].map((m) => join(dirname(name), m[1]))
      : localReferences(text);
    for (const reference of references) {
      // A link to the page itself or to a folder (the embedded page's "Open the full page") is
      // not fetched.
      if (!statSync(join(dist, reference), { throwIfNoEntry: false })?.isFile()) continue;
      // The service worker is registered after the page's load event: not part of the load.
      if (reference === SERVICE_WORKER) continue;
      if (!files.has(reference)) {
        files.add(reference);
        queue.push(reference);
      }
    }
  }
  return [...files].sort();
}

/** Every other file in dist/: bundles fetched on demand (an explainer nearing the viewport). */
export function onDemandFiles(dist) {
  const initial = new Set(initialLoadFiles(dist));
  const all = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath ?? entry.path, entry.name)));
  return all.filter((name) => !initial.has(name)).sort();
}

/** Raw and gzip sizes of each of `names` in dist/, and the gzip total. */
export function measure(dist, names) {
  const files = names.map((name) => {
    const body = readFileSync(join(dist, name));
    return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  return { files, total: files.reduce((sum, file) => sum + file.gzip, 0) };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const initial = measure(dist, initialLoadFiles(dist));
  const later = measure(dist, onDemandFiles(dist));
  const width = Math.max(...[...initial.files, ...later.files].map((file) => file.name.length), 5);
  const row = (file) => `  ${file.name.padEnd(width)}  ${kb(file.raw).padStart(10)}  ${kb(file.gzip).padStart(10)}`;
  console.log(`Initial load of ${dist}/ (gzip -9):`);
  console.log(`  ${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
  initial.files.forEach((file) => console.log(row(file)));
  const total = initial.total;
  console.log(`  ${'total'.padEnd(width)}  ${''.padStart(10)}  ${kb(total).padStart(10)}   budget ${kb(BUDGET_BYTES)}`);
  console.log('Loaded when an explainer nears the viewport (the first at once; not in the budget):');
  later.files.forEach((file) => console.log(row(file)));
  if (total > BUDGET_BYTES) {
    console.error(`Initial load is ${kb(total)} gzip, over the ${kb(BUDGET_BYTES)} budget.`);
    process.exit(1);
  }
}
