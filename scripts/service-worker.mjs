// Writes the service worker into a build: assets/sw.js with its BUILD (a hash of every file's
// path and bytes) and FILES (every file of the build, and "./" for the page) filled in, as
// dist/sw.js. Run by Trunk's post-build hook after the prerender step (Trunk.toml).
//
//   node scripts/service-worker.mjs path/to/staging-dir
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const WORKER = 'sw.js';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir, root = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, root) : [relative(root, path).split(sep).join('/')];
  }).sort();
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/service-worker.mjs path/to/staging-dir');
  process.exit(2);
}
const files = filesUnder(dir).filter((file) => file !== WORKER);
const hash = createHash('sha256');
for (const file of files) {
  hash.update(file).update('\0').update(readFileSync(join(dir, file))).update('\0');
}
const build = hash.digest('hex').slice(0, 16);
const template = readFileSync(new URL('../assets/sw.js', import.meta.url), 'utf8');
const listed = JSON.stringify(['./', ...files.map((file) => `./${file}`)], null, 2);
writeFileSync(join(dir, WORKER), template.replace('__BUILD__', build).replace('__FILES__', listed));
console.log(`service-worker: ${files.length} files, build ${build}`);
