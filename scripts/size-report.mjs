// Prints the gzip size of every file of dist/, in three groups: what index.html fetches by itself
// at load (the prerendered first view with its stylesheet and scripts inline), what the reader's
// first move fetches (the page's bundle, app.js, and what it imports: the frame and every
// explainer), and what loads on demand (the loader of the lab's workers, which run the page's
// bundle again, and the service worker); and the whole
// site's weight. Exits 1 when the load is over the budget. A list of files
// read statically: tests/e2e/page-frame.test.mjs counts what the browser actually fetches.
// Deterministic: gzip level 9 of the built files.
//
//   node scripts/size-report.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget for the load, in bytes of gzip (120 KB). */
export const BUDGET_BYTES = 120_000;

/** The page's bundle, which index.html's loader imports at the reader's first move: the address
 *  Trunk writes into its `<meta name="page-bundle">`. */
export function pageBundle(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const [, js, wasm] = html.match(/<meta name="page-bundle" content="(?:\.\/)?([^"]+)" data-wasm="(?:\.\/)?([^"]+)"/);
  return { js, wasm };
}

/** Local files referenced by `text`: href/src attributes and quoted './name' paths. */
function localReferences(text) {
  const found = [];
  // Quoted paths in scripts, not attribute values (the page bundle's <meta>: imported later).
  const patterns = [/\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g, /(?<!=)['"]\.\/([^'"]+)['"]/g];
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
  return filesFrom(dist, ['index.html']);
}

/** `entries` and every file of dist/ they reference, directly or through each other. */
export function filesFrom(dist, entries) {
  const files = new Set(entries);
  const queue = [...entries];
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

/** What the reader's first move fetches: the page's bundle and what it imports. */
export function firstMoveFiles(dist) {
  const initial = new Set(initialLoadFiles(dist));
  const { js, wasm } = pageBundle(dist);
  return filesFrom(dist, [js, wasm]).filter((name) => !initial.has(name));
}

/** Every other file in dist/: fetched on demand (the lab's workers' loader, the service worker). */
export function onDemandFiles(dist) {
  const initial = new Set([...initialLoadFiles(dist), ...firstMoveFiles(dist)]);
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
  const groups = [
    ['Fetched at load', measure(dist, initialLoadFiles(dist))],
    ['Fetched at the reader\'s first move (the page\'s bundle)', measure(dist, firstMoveFiles(dist))],
    ['Fetched on demand (the loader of the lab\'s workers, which run the page\'s bundle, when the reader comes to the lab; the service worker)', measure(dist, onDemandFiles(dist))],
  ];
  const width = Math.max(...groups.flatMap(([, group]) => group.files).map((file) => file.name.length), 5);
  const row = (file) => `  ${file.name.padEnd(width)}  ${kb(file.raw).padStart(10)}  ${kb(file.gzip).padStart(10)}`;
  console.log(`${dist}/ (gzip -9):`);
  for (const [title, group] of groups) {
    console.log(`${title}:`);
    group.files.forEach((file) => console.log(row(file)));
    console.log(`  ${'total'.padEnd(width)}  ${''.padStart(10)}  ${kb(group.total).padStart(10)}`);
  }
  const load = groups[0][1].total;
  const site = groups.reduce((sum, [, group]) => sum + group.total, 0);
  console.log(`At load: ${kb(load)} (budget ${kb(BUDGET_BYTES)}). The whole site: ${kb(site)}.`);
  if (load > BUDGET_BYTES) {
    console.error(`The load is ${kb(load)} gzip, over the ${kb(BUDGET_BYTES)} budget.`);
    process.exit(1);
  }
}
