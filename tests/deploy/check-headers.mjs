// Checks what real servers send for the built map against one list of
// expected headers (expected.mjs), and deploy/_headers against the same list.
//   node tests/deploy/check-headers.mjs --site <dir> [--server name=http://127.0.0.1:port]...
//                                       [--headers-file deploy/_headers]
// <dir> is the published folder: dist/, with the site renderer's 404.html.
// scripts/test-deploy.sh starts nginx and Caddy with the repository's configs
// and runs this. Requests go through node:http, which neither asks for nor
// decodes compression, so the bytes compared are the bytes sent.
import { request } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { commonHeaders, HASHED, KINDS, kindOf, sitePaths, typeOf } from './expected.mjs';
import { headersFor, HOSTS, parseHeadersFile } from './headers-file.mjs';

const { values: args } = parseArgs({
  options: { site: { type: 'string' }, server: { type: 'string', multiple: true, default: [] }, 'headers-file': { type: 'string' } },
});
if (!args.site) throw new Error('--site <dir> is required');
const site = resolve(args.site);
if (!existsSync(join(site, '404.html'))) throw new Error(`${site}/404.html is missing: build it with trunk build --release`);

let passed = 0;
let failed = 0;
function check(where, what, expected, got) {
  const ok = expected instanceof RegExp ? expected.test(got ?? '') : expected === got;
  if (ok) { passed += 1; return; }
  failed += 1;
  const show = (v) => (v === undefined ? '(none)' : v instanceof RegExp ? String(v) : JSON.stringify(v));
  console.log(`FAIL ${where} ${what}: expected ${show(expected)}, got ${show(got)}`);
}

const common = commonHeaders(site);
const all = sitePaths(site);
const [hashedFile] = all.filter((p) => HASHED.test(p) && p.endsWith('.js'));
if (!hashedFile) throw new Error(`no content-hashed .js in ${site}: is it a release build?`);

/** What a server is asked: a sample of every kind of file and page. */
function sample() {
  // 404.html is checked as the answer to unknown addresses, below.
  const rootFiles = all.filter((p) => !p.endsWith('/') && p.lastIndexOf('/') === 0 && p !== '/404.html');
  const pages = ['/', '/ru/', '/country/kz/', '/ru/issue/press/'];
  const share = all.find((p) => p.startsWith('/share/'));
  for (const p of [...pages, share]) if (!all.includes(p)) throw new Error(`${p} is not in ${site}: is it the built map?`);
  return [...pages, ...rootFiles, share];
}

// Accept-Encoding as clients send it, and which copy each must get.
const ENCODINGS = [
  { ae: undefined, want: null }, // curl, crawlers: the plain file
  { ae: 'gzip', want: 'gzip' },
  { ae: 'br', want: 'br' },
  { ae: 'gzip, deflate, br, zstd', want: 'br' }, // a browser
];
const SUFFIX = { br: '.br', gzip: '.gz' };

function get(base, path, ae) {
  return new Promise((done, fail) => {
    const req = request(new URL(path, base), { headers: ae ? { 'accept-encoding': ae } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.setTimeout(10_000, () => req.destroy(new Error(`${path}: no answer in 10 s`)));
    req.end();
  });
}

function decode(body, encoding) {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  return body;
}

/** The checks every answer of `kind` must pass, for `file` on disk. */
function checkAnswer(where, kind, res, file) {
  check(where, 'status', KINDS[kind].status, res.status);
  for (const [name, value] of Object.entries(common)) check(where, name, value, res.headers[name]);
  check(where, 'cache-control', KINDS[kind]['cache-control'], res.headers['cache-control']);
  const type = typeOf(file.slice(site.length));
  if (!type) check(where, 'content-type', 'a type listed in tests/deploy/expected.mjs', file);
  else check(where, 'content-type', type, res.headers['content-type']);
}

async function checkServer(name, base) {
  for (const path of sample()) {
    const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
    const plain = readFileSync(file);
    const copies = Object.values(SUFFIX).every((s) => existsSync(file + s));
    for (const variant of ENCODINGS) {
      // A file without .br/.gz copies (a share image, sitemap.xml) comes plain.
      const want = copies ? variant.want : null;
      const where = `${name} ${path} [Accept-Encoding: ${variant.ae ?? '(none)'}]`;
      const res = await get(base, path, variant.ae);
      checkAnswer(where, kindOf(path), res, file);
      check(where, 'content-encoding', want ?? undefined, res.headers['content-encoding']);
      const [expected, label] = want ? [readFileSync(file + SUFFIX[want]), `the ${SUFFIX[want]} copy`] : [plain, 'the plain file'];
      check(where, 'body', label, res.body.equals(expected) ? label : `${res.body.length} other bytes`);
      if (copies) check(where, 'vary', /(^|,)\s*accept-encoding\s*(,|$)/i, res.headers.vary);
    }
  }
  // Unknown addresses: a page that does not exist, a country that does not,
  // and an old build's JS glue (gone after a deploy). A browser's
  // Accept-Encoding too: the 404 page may then come compressed.
  const notFound = readFileSync(join(site, '404.html'));
  const gone = hashedFile.replace(/-[0-9a-f]{8,16}/, '-0000000000000000');
  for (const path of ['/no-such-page/', '/country/xx/', gone]) {
    for (const ae of [undefined, 'gzip, deflate, br, zstd']) {
      const where = `${name} ${path} [Accept-Encoding: ${ae ?? '(none)'}]`;
      const res = await get(base, path, ae);
      checkAnswer(where, 'missing', res, join(site, '404.html'));
      const body = decode(res.body, res.headers['content-encoding']);
      check(where, 'body', '404.html', body.equals(notFound) ? '404.html' : `${body.length} other bytes`);
    }
  }
  // A folder without its slash: redirected to it, relative links then work.
  const res = await get(base, '/country/kz');
  check(`${name} /country/kz`, 'status', /^30[18]$/, String(res.status));
  check(`${name} /country/kz`, 'location', '/country/kz/', res.headers.location && new URL(res.headers.location, base).pathname);
}

function checkHeadersFile(file) {
  const { rules, problems } = parseHeadersFile(file);
  for (const problem of problems) check(file, 'syntax', 'no problem', problem);
  // Every address of the build, and a country page that does not exist. The
  // hosts set Content-Type and Content-Encoding themselves.
  for (const host of Object.keys(HOSTS)) {
    for (const path of [...all, '/country/xx/']) {
      const where = `${host} (${file}) ${path}`;
      const { headers, doubled } = headersFor(rules, host, path);
      for (const name of doubled) check(where, 'a header set by one matching rule', 'one', `two: ${name}`);
      for (const [name, value] of Object.entries(common)) check(where, name, value, headers[name]);
      const kind = all.includes(path) ? kindOf(path) : 'missing';
      check(where, 'cache-control', KINDS[kind]['cache-control'], headers['cache-control']);
    }
  }
}

for (const spec of args.server) {
  const at = spec.indexOf('=');
  await checkServer(spec.slice(0, at), spec.slice(at + 1));
}
if (args['headers-file']) checkHeadersFile(args['headers-file']);
console.log(`deploy: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
