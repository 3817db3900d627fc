// What a host must send for each kind of file the build writes: the one list
// that check-headers.mjs holds nginx, Caddy (over HTTP) and deploy/_headers
// (parsed) to, so that no expectation is written twice.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const NO_CACHE = 'no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

// Features the map never uses. Fullscreen (presentation mode) and the
// clipboard (the embed dialog's Copy buttons) keep their default, 'self'.
export const PERMISSIONS = 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), '
  + 'microphone=(), payment=(), usb=(), browsing-topics=()';

// `name-<16 hex digits>.ext` (and Trunk's `name-<hash>_bg.wasm`): the content
// decides the name, so the file never changes under it.
export const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;

// The kinds of answer; every one also carries commonHeaders(site).
export const KINDS = {
  page: { status: 200, 'cache-control': NO_CACHE }, // a folder's index.html, as `/country/kz/`
  hashed: { status: 200, 'cache-control': IMMUTABLE },
  unhashed: { status: 200, 'cache-control': NO_CACHE }, // sw.js, sitemap.xml, robots.txt, .tsv, language packs, share images
  missing: { status: 404, 'cache-control': NO_CACHE }, // the body is the build's 404.html
};

export function kindOf(urlPath) {
  if (urlPath.endsWith('/')) return 'page';
  return HASHED.test(urlPath) ? 'hashed' : 'unhashed';
}

// Content-Type by extension. A file of another kind fails the check until it
// is added here (and, where the server does not know it, to the configs).
const TYPES = {
  html: /^text\/html(;|$)/, js: /^(text|application)\/javascript(;|$)/, wasm: /^application\/wasm$/,
  svg: /^image\/svg\+xml(;|$)/, tsv: /^text\/tab-separated-values(;|$)/, xml: /^(text|application)\/xml(;|$)/,
  txt: /^text\/plain(;|$)/, jpg: /^image\/jpeg$/, png: /^image\/png$/, pack: /^application\/octet-stream$/,
};
export function typeOf(urlPath) {
  const ext = urlPath.endsWith('/') ? 'html' : urlPath.slice(urlPath.lastIndexOf('.') + 1);
  return TYPES[ext] ?? null;
}

// The header's Content-Security-Policy: the policy the build writes into each
// page's <meta> (scripts/write-csp.mjs), with each list of sha256 hashes
// replaced by 'unsafe-inline', plus frame-ancestors *. The hashes change with
// every build, so a fixed header cannot carry them, and a header script-src
// (or default-src) without them would block the inline scripts: browsers
// enforce both policies. The <meta> keeps the hashes, so the pair lets only
// the hashed inline scripts and styles run.
export function headerPolicy(metaPolicy) {
  const directives = metaPolicy.split(';').map((d) => d.trim()).filter(Boolean).map((directive) => {
    const [name, ...sources] = directive.split(/\s+/);
    const kept = sources.filter((s) => !/^'sha(256|384|512)-/.test(s));
    return [name, ...kept, ...(kept.length < sources.length ? ["'unsafe-inline'"] : [])].join(' ');
  });
  return [...directives, 'frame-ancestors *'].join('; ');
}

/** Every file under `site`, as URL paths (`/a/b.js`; a folder's index.html as `/a/`), without .br/.gz copies. */
export function sitePaths(site) {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.(br|gz)$/.test(e.name))
    .map((e) => '/' + relative(site, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .map((p) => p.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/**
 * The headers every answer carries, with the policy read from the built
 * pages. Throws if two pages' policies differ beyond their hashes: one header
 * could not fit both.
 */
export function commonHeaders(site) {
  const policies = new Set();
  for (const path of sitePaths(site).filter((p) => p.endsWith('/'))) {
    const html = readFileSync(join(site, path, 'index.html'), 'utf8');
    const meta = html.match(/<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/i);
    if (!meta) throw new Error(`${path}: no <meta> Content-Security-Policy (was scripts/write-csp.mjs run?)`);
    policies.add(headerPolicy(meta[1]));
  }
  if (policies.size !== 1) throw new Error(`the pages' policies differ beyond their hashes:\n${[...policies].join('\n')}`);
  return {
    'content-security-policy': [...policies][0],
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'permissions-policy': PERMISSIONS,
    // Every file: an embed in <iframe sandbox="allow-scripts"> has an opaque
    // origin, and fetches the JS glue, the wasm and the .tsv in CORS mode.
    'access-control-allow-origin': '*',
  };
}
