// A static file server for dist/, with no dependencies: `scripts/serve` uses it to show the page,
// and the end-to-end tests and benchmarks use it to serve the page from a sub-path. Like any
// static host, it sends text and WebAssembly gzipped to a browser that accepts it (level 9, the
// size report's measure), so that timings see the bytes a reader downloads.
//
//   node scripts/static-server.mjs [--dir dist] [--port 8080] [--base /]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the files under `dir` at URLs under `base` (which starts and ends with "/") on
 * 127.0.0.1. Resolves to { server, url } once listening; port 0 picks a free port.
 */
export function startServer({ dir, base = '/', port = 0, host = '127.0.0.1' }) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path === prefix.slice(0, -1)) {
      response.writeHead(301, { Location: prefix });
      response.end();
      return;
    }
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end('not found');
      return;
    }
    let file = resolve(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      const compressible = /^(?:text\/|application\/(?:wasm|json)|image\/svg)/.test(type);
      const gzip = compressible && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      response.end(gzip ? gzipSync(body, { level: 9 }) : body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({ server, url: `http://${host}:${actual}${prefix}` });
    });
  });
}

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({
    dir: option('dir', 'dist'),
    port: Number(option('port', process.env.PORT ?? 8080)),
    base: option('base', '/'),
  });
  console.log(`Serving the page at ${url}  (Ctrl+C to stop)`);
}
