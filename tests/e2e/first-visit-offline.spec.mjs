// Offline from the first visit. The page's loader registers the service
// worker once the page has loaded (scripts/app-loader.js), and the worker
// keeps the page from the browser's cache (scripts/service-worker.js): a
// visitor who only opened the page can open it again offline, its map and
// every country's panel working as links, having downloaded nothing more than
// sw.js. The app's files are kept when the app loads, or fetched ahead in the
// background on a fast connection without data saver; then the whole app
// works offline. Each test serves its own copy of dist/ and counts what
// reaches the server. (Not the usual fixture: it moves the mouse, which
// starts the app, and offline without the app the loader logs its failure.)
import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { firstViewFiles } from '../../scripts/first-view.mjs';
import { FOCUS, MapPage, NAMES } from './support/map-page.mjs';
import { metered, site, untilKept, useApp, versionOf } from './support/served.mjs';

// A worker's install waits on the browser's own timing (support/served.mjs:
// untilKept): on a busy machine, longer than the usual 30 s per test.
test.describe.configure({ timeout: 120_000 });

const [JS, WASM] = ['.js', '_bg.wasm'].map((end) => `/${readdirSync('dist').find((f) => /^central-asia-rights-map-[0-9a-f]{8,16}/.test(f) && f.endsWith(end))}`);
/** What the first view of the map page downloads, as paths. */
const FIRST_VIEW = firstViewFiles('dist').map((f) => (f === 'index.html' ? '/' : `/${f}`));
const sorted = (list) => [...list].sort();

test('a visitor who only opened the page has it offline, map and every panel, for no download but sw.js', async ({ page, context }) => {
  const s = await site();
  try {
    await metered(page);
    await page.goto(`${s.url}/`, { waitUntil: 'load' });
    await untilKept(page, await versionOf(s.dir), ['/', FIRST_VIEW[1]]);
    expect(sorted(s.hits)).toEqual(sorted([...FIRST_VIEW, '/sw.js']));

    await context.setOffline(true);
    const response = await page.goto(`${s.url}/`, { waitUntil: 'load' });
    expect(response.fromServiceWorker()).toBe(true);
    await expect(page.locator('path[data-country]')).toHaveCount(5);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Each country's link opens its panel in the page (the app, not kept, cannot load).
    for (const code of FOCUS) {
      await page.locator(`[data-country-button="${code}"]`).click();
      const panel = page.locator(`#country-${code} [data-testid="country-panel"]`);
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('heading', { name: NAMES[code], exact: true })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
    }
    await expect(page.locator('html')).toHaveClass(/app-failed/);
    // A link to a view of the same page opens it too (its panel needs the app).
    expect((await page.goto(`${s.url}/?country=TJ`, { waitUntil: 'load' })).fromServiceWorker()).toBe(true);
    await expect(page.locator('path[data-country]')).toHaveCount(5);
    // A page never opened was not downloaded: it is not there.
    await expect(page.goto(`${s.url}/ru/`)).rejects.toThrow();
  } finally {
    await context.setOffline(false);
    await s.close();
  }
});

test('on a fast connection without data saver, a plain visit fetches the app in the background: offline, the whole app', async ({ page, context }) => {
  const s = await site();
  try {
    await page.goto(`${s.url}/`, { waitUntil: 'load' });
    expect(await page.evaluate(() => [navigator.connection.effectiveType, navigator.connection.saveData])).toEqual(['4g', false]);
    await untilKept(page, await versionOf(s.dir), ['/', JS, WASM]);
    // Each file once: the page itself was not downloaded again.
    expect(sorted(s.hits)).toEqual(sorted([...FIRST_VIEW, '/sw.js', JS, WASM]));
    // The app did not run meanwhile: the page is the prerendered one.
    await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);

    await context.setOffline(true);
    await page.goto(`${s.url}/`, { waitUntil: 'load' });
    await useApp(page);
    const map = new MapPage(page);
    await map.clickCountry('UZ');
    await expect(page.getByRole('complementary', { name: 'Uzbekistan' })).toBeVisible();
  } finally {
    await context.setOffline(false);
    await s.close();
  }
});

test('a visit with use keeps the app as it loads, downloaded once: offline, the whole app', async ({ page, context }) => {
  const s = await site();
  try {
    await metered(page);
    await page.goto(`${s.url}/`, { waitUntil: 'load' });
    await useApp(page);
    await untilKept(page, await versionOf(s.dir), ['/', JS, WASM]);
    expect(sorted(s.hits)).toEqual(sorted([...FIRST_VIEW, '/sw.js', JS, WASM]));

    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await useApp(page);
    const map = new MapPage(page);
    await map.selectCategory('press');
    await map.clickCountry('KZ');
    await expect(map.panel().getByTestId('finding')).toContainText('Violent attacks on journalists');
  } finally {
    await context.setOffline(false);
    await s.close();
  }
});

test('an embed registers no service worker, whether its page or its link makes it one; the full map does', async ({ page }) => {
  const s = await site();
  const registrations = () => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
  try {
    await page.goto(`${s.url}/embed/country/kz/`, { waitUntil: 'load' });
    await useApp(page);
    await page.goto(`${s.url}/?embed=1&country=KZ`, { waitUntil: 'load' });
    await page.waitForFunction(() => !document.querySelector('#app[data-prerendered]'));
    await page.waitForTimeout(500);
    expect(await registrations()).toBe(0);
    expect(s.hits).not.toContain('/sw.js');
    // A link from an embed's page to a view of the full map (it names
    // `embed`: else its parameters add to the embed's own view), where the
    // app decides, then the loader registers.
    await page.goto(`${s.url}/embed/?embed=0&country=KZ`, { waitUntil: 'load' });
    await expect.poll(registrations).toBe(1);
  } finally {
    await s.close();
  }
});
