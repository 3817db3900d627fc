// Reads a `_headers` file (Netlify and Cloudflare Pages) and answers which
// headers each host would add to an address, as their documentation and
// their open-source parsers describe it:
// - a line starting with `/` opens a rule; indented `Name: value` lines follow
//   (`# ...` is a comment; Cloudflare's `! Name` removes a header that an
//   earlier rule set, and Netlify skips that line);
// - `*` matches any characters, `/` included; `:name` one path segment;
//   Netlify ignores a trailing slash and case, and a `/*` rule also matches
//   the folder itself (`/ru/*` matches `/ru`);
// - every matching rule applies, in order; a header set by two of them is
//   joined with ", " on Cloudflare. Such a path is reported, so that both
//   hosts send what the rules say.
import { readFileSync } from 'node:fs';

const escape = (s) => s.replace(/[.+?^${}()|[\]\\/-]/g, '\\$&');

function netlifyRegExp(path) {
  const parts = path.split('/').filter(Boolean).map((part) => {
    if (part.startsWith(':')) return '([^/]+)';
    if (part === '*') return '?(.*)'; // the slash before it is optional
    return part.split('*').map(escape).join('(.*)');
  });
  return new RegExp(`^/${parts.join('/')}/?$`, 'i');
}

function cloudflareRegExp(path) {
  const pattern = path.split('*').map(escape).join('(.*)').replace(/:[A-Za-z]\w*/g, '([^/]+)');
  return new RegExp(`^${pattern}$`);
}

/** The rules of `file`, and what is wrong with its syntax (Cloudflare's limits included). */
export function parseHeadersFile(file) {
  const rules = [];
  const problems = [];
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const where = `${file}:${i + 1}`;
    if (raw.length > 2000) problems.push(`${where}: longer than Cloudflare's 2,000 characters`);
    if (!line || line.startsWith('#')) return;
    if (line.startsWith('/')) {
      if (raw !== line) problems.push(`${where}: a path line must not be indented`);
      if ((line.match(/\*/g) ?? []).length > 1) problems.push(`${where}: Cloudflare allows one * per path`);
      rules.push({ path: line, set: [], unset: [], line: i + 1 });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) return problems.push(`${where}: a header before any path`);
    if (raw === line) return problems.push(`${where}: a header line must be indented`);
    if (line.startsWith('!')) return rule.unset.push(line.slice(1).trim().toLowerCase());
    const colon = line.indexOf(':');
    if (colon < 1 || !line.slice(colon + 1).trim()) return problems.push(`${where}: not "Name: value"`);
    rule.set.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  });
  for (const rule of rules) {
    if (!rule.set.length && !rule.unset.length) problems.push(`${file}:${rule.line}: ${rule.path} has no header`);
  }
  if (rules.length > 100) problems.push(`${file}: ${rules.length} rules, over Cloudflare's 100`);
  return { rules, problems };
}

export const HOSTS = { netlify: netlifyRegExp, cloudflare: cloudflareRegExp };

/**
 * The headers `host` adds for `urlPath`: { headers: {name: value}, doubled:
 * [names that more than one matching rule sets] }.
 */
export function headersFor(rules, host, urlPath) {
  const headers = {};
  const setBy = {};
  for (const rule of rules) {
    if (!HOSTS[host](rule.path).test(urlPath)) continue;
    if (host === 'cloudflare') for (const name of rule.unset) { delete headers[name]; delete setBy[name]; }
    for (const [name, value] of rule.set) {
      headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
      (setBy[name] ??= []).push(rule.path);
    }
  }
  const doubled = Object.entries(setBy).filter(([, paths]) => paths.length > 1)
    .map(([name, paths]) => `${name} (${paths.join(', ')})`);
  return { headers, doubled };
}
