// Post-build hook: writes the first view into index.html (English) and into a
// copy, ru.html (Russian), so the map is painted before the wasm arrives and
// works as links without JavaScript.
//   node scripts/prerender.mjs [dir]   (default: $TRUNK_STAGING_DIR or dist)
//
// The view is rendered by the app itself — the same Rust code and data — in
// headless Chromium on 127.0.0.1, then copied out of the page. The app later
// renders the same markup and swaps it in (src/ui/mod.rs, `mount`). What the
// copy changes, and why:
// - each focus country's shape is wrapped in a link to its view
//   (`?country=KZ#country-KZ`), as the country list already is;
// - the five country dossiers (summary, every finding with its quotation,
//   cases with sources) follow the map, each with the id the links point at;
// - `style` attributes become rules in one <style> element, which the
//   Content-Security-Policy (scripts/write-csp.mjs) allows by its hash;
// - controls that need the app are marked `needs-script` (hidden without JS).
// A page that fails to load its data fails the build with the app's message.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './static-server.mjs';
import { CHROMIUM_ARGS } from '../playwright.config.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
const EMPTY_ROOT = /<div(?=[^>]*\bid="?app"?[\s>])[^>]*><\/div>/;
if (!EMPTY_ROOT.test(html)) throw new Error(`prerender: no empty <div id="app"> in ${file}`);

/** Runs in the page: the app's root, made to work as a document. */
function captureRoot() {
  const root = document.getElementById('app').cloneNode(true);
  const svgNs = 'http://www.w3.org/2000/svg';
  for (const group of root.querySelectorAll('.country-group')) {
    const shape = group.querySelector('path[data-country]');
    const code = shape.getAttribute('data-country');
    const link = document.createElementNS(svgNs, 'a');
    link.setAttribute('href', root.querySelector(`[data-country-button="${code}"]`).getAttribute('href'));
    link.setAttribute('data-country-link', code);
    link.setAttribute('aria-label', shape.getAttribute('aria-label'));
    for (const name of ['role', 'tabindex', 'aria-label']) shape.removeAttribute(name);
    link.append(...group.childNodes);
    group.append(link);
  }
  for (const el of root.querySelectorAll('button, select, .toolbar, .zoom-controls, .downloads')) {
    el.classList.add('needs-script');
  }
  const rules = [];
  for (const el of root.querySelectorAll('[style]')) {
    el.setAttribute('data-ps', String(rules.length));
    rules.push(`#app [data-ps="${rules.length}"]{${el.getAttribute('style')}}`);
    el.removeAttribute('style');
  }
  if (root.hasAttribute('style')) throw new Error('the root has a style attribute');
  return { inner: root.innerHTML, css: rules.join('\n') };
}

/** Runs in the page: every country's dossier, as it prints. */
async function captureDossiers() {
  dispatchEvent(new Event('beforeprint'));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const back = document.getElementById('map-heading').textContent;
  const articles = [...document.querySelectorAll('.dossier .dossier-country')].map((article) => {
    const copy = article.cloneNode(true);
    const code = copy.getAttribute('data-dossier');
    copy.id = `country-${code}`;
    copy.classList.add('prerender-country');
    const link = document.createElement('a');
    link.href = '#map-heading';
    link.textContent = `↑ ${back}`;
    copy.append(link);
    return copy.outerHTML;
  });
  const credits = document.querySelector('.dossier .dossier-credits')?.outerHTML ?? '';
  dispatchEvent(new Event('afterprint'));
  return articles.join('') + credits;
}

/** Loads the app at `query`, waits for it, and copies its first view. */
async function capture(browser, base, query) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-US', serviceWorkers: 'block' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('#app .load-error, #app path[data-country], .crash', { timeout: 30_000 });
  const failure = await page.locator('.load-error, .crash').first().textContent({ timeout: 100 }).catch(() => null);
  if (failure) throw new Error(`prerender: the app did not start:\n${failure}`);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const { inner, css } = await page.evaluate(captureRoot);
  const dossiers = await page.evaluate(captureDossiers);
  const title = await page.title();
  if (errors.length) throw new Error(`prerender: errors in the page:\n${errors.join('\n')}`);
  const links = inner.match(/data-country-link=/g)?.length ?? 0;
  const sections = dossiers.match(/class="dossier-country prerender-country"/g)?.length ?? 0;
  if (links !== 5 || sections !== 5) throw new Error(`prerender: expected 5 country links and 5 sections, got ${links} and ${sections}`);
  await page.close();
  return { inner, css, dossiers, title };
}

/** The built page with a captured view in it, marked with its language. */
function page(lang, { inner, css, dossiers, title }) {
  const root = `<div id="app" class="app-root" data-prerendered>${inner}`
    + `<section class="prerender-countries">${dossiers}</section></div>`;
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return html
    .replace(/<html[^>]*>/, () => `<html lang="${lang}" data-prerender="${lang}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escape(title)}</title>`)
    .replace(EMPTY_ROOT, () => root)
    .replace('</head>', () => `<style id="prerender-style">${css}</style></head>`);
}

// The default view in English (index.html) and in Russian (ru.html): the
// start-up script in index.html sends a visitor who prefers Russian to
// ru.html before anything is drawn, so the first view is already in the
// language the app will show (no switch, no reflow when it takes over).
const PAGES = [['en', 'index.html', ''], ['ru', 'ru.html', '?lang=ru']];
const server = await serve(dir, 0);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const base = `http://127.0.0.1:${server.address().port}`;
  const views = [];
  // Both captures read the page as Trunk wrote it, so write only afterwards.
  for (const [lang, , query] of PAGES) views.push(await capture(browser, base, query));
  PAGES.forEach(([lang, name], i) => {
    const out = page(lang, views[i]);
    writeFileSync(join(dir, name), out);
    console.log(`prerender: ${lang} first view written into ${join(dir, name)} (${out.length - html.length} bytes)`);
  });
} finally {
  await browser.close();
  server.close();
}
