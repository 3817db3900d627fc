// Size budgets, checked on the built files (sizes are stable; times are not:
// scripts/bench.sh measures those). See README.md, "Speed and size".
import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { test, expect } from './support/fixtures.mjs';
import { firstViewFiles, sizes } from '../../scripts/first-view.mjs';

const KB = 1024;
const rows = sizes('dist');
const gzip = (pick) => rows.filter(pick).reduce((sum, r) => sum + r.gzip, 0);

test('the first view lists the page, stylesheet, script, wasm and icon', () => {
  const files = firstViewFiles('dist');
  expect(files[0]).toBe('index.html');
  for (const kind of [/\.css$/, /\.js$/, /_bg\.wasm$/]) expect(files.some((f) => kind.test(f)), String(kind)).toBe(true);
});

test('what paints the map before the wasm (page, CSS, JS) is at most 150 KB gzip', () => {
  const total = gzip((r) => !r.name.endsWith('.wasm'));
  expect(total, `${(total / KB).toFixed(1)} KB`).toBeLessThanOrEqual(150 * KB);
});

// Issue #8 asks for 150 KB gzip with the wasm included; the Leptos app's code
// alone is more than that (README.md, "Speed and size"). This ceiling, a few
// KB above today's 250 KB, keeps the total from growing while that is open.
test('everything the first view loads, wasm included, stays under 255 KB gzip', () => {
  const total = gzip(() => true);
  expect(total, `${(total / KB).toFixed(1)} KB`).toBeLessThanOrEqual(255 * KB);
});

test('the JS glue is minified (scripts/minify-js.mjs), not as wasm-bindgen wrote it', () => {
  const glue = readdirSync('dist').filter((f) => /^central-asia-rights-map-[0-9a-f]+\.js$/.test(f));
  expect(glue).toHaveLength(1);
  const text = readFileSync(`dist/${glue[0]}`, 'utf8');
  expect(text, 'four-space indentation, as wasm-bindgen writes it').not.toMatch(/\n {4}\S/);
  expect(text.length).toBeLessThan(35 * KB);
});

test('every text and wasm file has .gz and .br copies with the same bytes', () => {
  const built = readdirSync('dist').filter((f) => /\.(html|js|css|wasm|svg)$/.test(f));
  expect(built.length).toBeGreaterThanOrEqual(5);
  for (const name of built) {
    const original = readFileSync(`dist/${name}`);
    expect(gunzipSync(readFileSync(`dist/${name}.gz`)).equals(original), `${name}.gz`).toBe(true);
    expect(brotliDecompressSync(readFileSync(`dist/${name}.br`)).equals(original), `${name}.br`).toBe(true);
  }
});

test('a visit loads each file once, and no data or geometry file of its own', async ({ page }) => {
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.locator('[data-country-button="KG"]').click();
  await page.getByTestId('category-select').selectOption('press');
  await page.waitForTimeout(500);
  // Chromium asks for the icon again after each same-document navigation
  // (history.pushState), which the app's own cache-free test server cannot stop.
  const twice = requested.filter((p, i) => requested.indexOf(p) !== i && !p.endsWith('.svg'));
  expect(twice, 'requested more than once').toEqual([]);
  expect(requested.some((p) => p.endsWith('.wasm'))).toBe(true);
  expect(requested.filter((p) => /\.(json|geojson|topojson|tsv)$/.test(p))).toEqual([]);
});
