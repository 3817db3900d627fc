// A tiny static file server for tests and benchmarks: 127.0.0.1 only, correct
// MIME types (wasm needs application/wasm for streaming compilation), and
// optional compression (--gzip: the build's precompressed .br/.gz copies, else
// gzip on the fly) so the benchmark measures what a real host would send.
//   node scripts/static-server.mjs <dir> <port> [--gzip]
// or imported: serve(dir, port, { gzip }) resolves to the listening server
// (port 0 picks a free port: see server.address().port).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.geojson': 'application/geo+json', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
  '.jpg': 'image/jpeg', '.pack': 'application/octet-stream', '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json', '.tsv': 'text/tab-separated-values; charset=utf-8',
};

export function serve(dir, port, { gzip = false } = {}) {
  const root = resolve(dir);
  const inside = root.endsWith(sep) ? root : root + sep; // `/` ends with one already
  const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  let path;
  // Broken percent-encoding throws: a bad request, not a crashed server.
  try { path = normalize(join(root, decodeURIComponent(url.pathname))); } catch { res.writeHead(400).end(); return; }
  // The root itself or below root + separator: a bare prefix check let
  // /..%2fdist-secret/x (the %2f decoded after URL parsing) reach a sibling.
  if (path !== root && !path.startsWith(inside)) { res.writeHead(403).end(); return; }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    let body = await readFile(path);
    // CORS for every file: an embed in <iframe sandbox="allow-scripts"> has an
    // opaque origin, and module scripts and wasm are fetched in CORS mode.
    const headers = {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'access-control-allow-origin': '*',
    };
    // As a static host with precompressed files would (nginx brotli_static /
    // gzip_static): the build's .br or .gz copy when the browser accepts it.
    const accepts = req.headers['accept-encoding'] ?? '';
    if (gzip) {
      for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!new RegExp(`\\b${encoding}\\b`).test(accepts)) continue;
        const copy = await readFile(path + ext).catch(() => null);
        if (copy) { body = copy; headers['content-encoding'] = encoding; break; }
      }
      if (!headers['content-encoding'] && /\bgzip\b/.test(accepts)) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers).end(body);
  } catch {
    // As every host the map is published on: the build's 404 page, if any.
    const page = await readFile(join(root, '404.html')).catch(() => null);
    if (page) res.writeHead(404, { 'content-type': types['.html'], 'cache-control': 'no-cache', 'access-control-allow-origin': '*' }).end(page);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});
  return new Promise((done) => server.listen(Number(port), '127.0.0.1', () => done(server)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '4173', ...flags] = process.argv.slice(2);
  const server = await serve(dir, port, { gzip: flags.includes('--gzip') });
  console.log(`serving ${resolve(dir)} on http://127.0.0.1:${server.address().port}/`);
}
