// Prints the gzip size of every file the page loads before it is interactive, and their total;
// exits 1 when the total is over the budget. Deterministic: gzip level 9 of the built files.
//
//   node scripts/size-report.mjs [dist]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget for the initial load, in bytes of gzip (200 KB). */
export const BUDGET_BYTES = 200_000;

/**
 * The files of the initial load: index.html and every local file it references, in attributes
 * (href, src) or as './name' strings in its inline module script (Trunk's loader).
 */
export function initialLoadFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const references = new Set(['index.html']);
  const patterns = [/\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g, /['"]\.\/([^'"]+)['"]/g];
  for (const pattern of patterns) {
    for (const match of html.matchAll(pattern)) {
      const reference = match.slice(1).find((group) => group !== undefined);
      if (/^(?:[a-z]+:|#|\/\/)/i.test(reference)) continue; // data:, http:, fragments
      references.add(reference.replace(/^\.\//, '').split(/[?#]/)[0]);
    }
  }
  return [...references].sort();
}

/** Raw and gzip sizes of each initial-load file, and the gzip total. */
export function measure(dist) {
  const files = initialLoadFiles(dist).map((name) => {
    const body = readFileSync(join(dist, name));
    return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  return { files, total: files.reduce((sum, file) => sum + file.gzip, 0) };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const { files, total } = measure(dist);
  const width = Math.max(...files.map((file) => file.name.length), 5);
  console.log(`Initial load of ${dist}/ (gzip -9):`);
  console.log(`  ${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
  for (const file of files) {
    console.log(`  ${file.name.padEnd(width)}  ${kb(file.raw).padStart(10)}  ${kb(file.gzip).padStart(10)}`);
  }
  console.log(`  ${'total'.padEnd(width)}  ${''.padStart(10)}  ${kb(total).padStart(10)}   budget ${kb(BUDGET_BYTES)}`);
  if (total > BUDGET_BYTES) {
    console.error(`Initial load is ${kb(total)} gzip, over the ${kb(BUDGET_BYTES)} budget.`);
    process.exit(1);
  }
}
