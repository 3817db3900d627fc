// Post-build hook: puts a strict Content-Security-Policy into the built pages.
// No 'unsafe-inline', no 'unsafe-eval' ('wasm-unsafe-eval' only, to compile
// the wasm), no remote origins. The inline scripts (the start-up script in
// index.html and the app's loader, scripts/app-loader.js) are allowed by their
// sha256 hashes, computed here from the built bytes, so the policy always
// matches the build it ships with. frame-ancestors cannot be
// set from a <meta> tag: README.md lists the headers for hosts that can.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';


let written = 0;
function secure(file) {
  let html = readFileSync(file, 'utf8');
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);

  // The rendered page's positions (crates/site, html.rs) are one inline
  // <style> element: allowed by its hash, while style attributes stay refused.
  const styleHashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);

  const POLICY = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data: blob:",
    "font-src 'none'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  html = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/i, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`;
  const charset = html.match(/<meta charset=[^>]*>/i);
  if (!charset) throw new Error(`write-csp: no <meta charset> in ${file}`);
  html = html.replace(charset[0], charset[0] + meta);
  writeFileSync(file, html);
  written += 1;
}
// Every page the build wrote (crates/site: a page per view and language, in folders).
for (const name of readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.html'))) secure(join(dir, name));
console.log(`write-csp: a policy with the hashes of its inline scripts and style in each of ${written} pages`);
