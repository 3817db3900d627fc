// The map's geometry travels once: the prerendered page draws every path,
// and the app reads them from there (src/ui/geometry.rs) instead of carrying
// them in the wasm. Only a page without the prerendered map fetches the baked
// map, and if that fails too the app says so instead of showing a blank map.
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.mjs';

// Requests are intercepted here (page.route), which Playwright cannot do for
// those a service worker answers: the worker (registered by the page's loader
// once the page has loaded) is kept out. Offline use has its own tests.
test.use({ serviceWorkers: 'block' });

const baked = readFileSync('assets/geo/central-asia.map.tsv', 'utf8');
const pathOf = (code) => baked.split('\n').find((l) => l.startsWith(`country\t${code}\t`)).split('\t')[11];
const wasmFile = () => readFileSync('dist/index.html', 'utf8').match(/[\w-]+_bg\.wasm/)[0];

// The page's HTML with every <path> removed: what the app sees on a page
// rendered without the map (a case card's).
async function withoutPrerenderedMap(page) {
  await page.route(/\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<path\b[^>]*>(<\/path>)?/g, '');
    await route.fulfill({ response, body });
  });
}

test('the wasm carries no path: the page holds each one, and the app draws the same', async ({ map, page }) => {
  const wasm = readFileSync(`dist/${wasmFile()}`).toString('latin1');
  const html = readFileSync('dist/index.html', 'utf8');
  for (const code of ['KZ', 'UZ', 'RU', 'AF']) {
    const start = pathOf(code).slice(0, 60);
    expect(html, `${code} path in the page`).toContain(start);
    expect(wasm.includes(start), `${code} path in the wasm`).toBe(false);
  }
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await map.open();
  expect(await page.locator('path[data-country="KZ"]').getAttribute('d')).toBe(pathOf('KZ'));
  expect(await page.locator('path[data-context="CN"]').getAttribute('d')).toBe(pathOf('CN'));
  expect(requested.filter((p) => p.endsWith('.tsv')), 'no geometry fetched').toEqual([]);
});

test('without a prerendered map the app fetches the baked map once and draws it', async ({ map, page }) => {
  await withoutPrerenderedMap(page);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await map.open();
  await expect(page.locator('path[data-country]')).toHaveCount(5);
  expect(await page.locator('path[data-country="TJ"]').getAttribute('d')).toBe(pathOf('TJ'));
  expect(requested.filter((p) => p.endsWith('/central-asia.map.tsv'))).toHaveLength(1);
  await map.countryButton('KG').click();
  await expect(map.panel()).toContainText('Kyrgyzstan');
});

test('without a prerendered map or the baked map, the app says it could not load', async ({ page, guards }) => {
  await withoutPrerenderedMap(page);
  await page.route('**/central-asia.map.tsv', (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('alert')).toContainText('central-asia.map.tsv');
  expect(guards.errors.every((e) => /central-asia\.map\.tsv|Failed to load resource|ERR_FAILED/.test(e)), guards.errors.join('\n')).toBe(true);
  guards.errors.length = 0;
});
