// What a visitor copies from the address bar is what a messenger previews:
// the app writes the address of the view's own page (country/kg/, issue/press/,
// case/…/), whose rendered head names that view (src/ui/url_sync.rs,
// core::pages::address), and a query only where the view is more than its page.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.mjs';
import { appReady, holdWasm, test, expect } from './support/fixtures.mjs';
import { MapPage } from './support/map-page.mjs';

/** The head a messenger reads at `path`: fetched as a crawler would, no script run. */
async function previewOf(request, path) {
  const html = await (await request.get(path)).text();
  return {
    title: html.match(/<meta property="og:title" content="([^"]*)"/)?.[1],
    image: html.match(/<meta property="og:image" content="([^"]*)"/)?.[1],
  };
}

/** The address once the app has written it (in the task after the change's frame). */
const address = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(location.pathname + location.search)))));

test('a country opened from the map is at its own page, previewed as that country', async ({ map, page, request }) => {
  await map.open();
  await map.clickCountry('KG');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KG');
  await expect.poll(() => address(page)).toBe('/country/kg/');
  const preview = await previewOf(request, '/country/kg/');
  expect(preview.title).toContain('Kyrgyzstan');
  expect(preview.image).toMatch(/\/share\/country\/kg\/index\.jpg$/);
  // Phones share the canonical address (Chrome on Android, Safari on iOS): it follows the view.
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/country\/kg\/$/);
  await expect(page).toHaveTitle(/^Kyrgyzstan — /);
});

test('an issue, then a case, each at its own page; a view with more keeps its query there', async ({ map, page }) => {
  await map.open();
  await map.selectCategory('press');
  await expect.poll(() => address(page)).toBe('/issue/press/');
  await map.clickCountry('TJ');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'TJ');
  // The issue stays chosen: the country's page, asked for the whole view,
  // which is what a phone's share menu sends (it reads the canonical link).
  await expect.poll(() => address(page)).toBe('/country/tj/?country=TJ&category=press');
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/country\/tj\/\?country=TJ&category=press$/);
  await map.selectCategory('overview');
  await expect.poll(() => address(page)).toBe('/country/tj/');
});

test("the list's links are the countries' own pages, so a copied link is previewed as that country", async ({ map, page, request }) => {
  await page.goto('/country/tj/');
  await appReady(page);
  const kyrgyzstan = page.locator('a[data-country-button="KG"]');
  // Not the query on Tajikistan's path, which a messenger previews as Tajikistan.
  await expect(kyrgyzstan).toHaveAttribute('href', '/country/kg/');
  expect((await previewOf(request, await kyrgyzstan.getAttribute('href'))).title).toContain('Kyrgyzstan');
  // With an issue chosen, Kyrgyzstan's page asked for the whole view; the case is left.
  await map.selectCategory('press');
  await expect(kyrgyzstan).toHaveAttribute('href', '/country/kg/?country=KG&category=press');
  // A plain click still opens the panel in place (the list is beside the map once the panel is closed).
  await page.keyboard.press('Escape');
  await expect(map.panel()).toHaveCount(0);
  await kyrgyzstan.click();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KG');
  await expect.poll(() => address(page)).toBe('/country/kg/?country=KG&category=press');
});

test('from a page of its own, the address moves to the next view and back', async ({ map, page }) => {
  await page.goto('/country/kz/');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KZ');
  await map.clickCountry('UZ');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
  await expect.poll(() => address(page)).toBe('/country/uz/');
  // The app's links and fetches still find the site from the new path.
  await map.selectCategory('press');
  await expect(map.panel().getByTestId('finding')).toBeVisible();
  await map.langMenu().locator('summary').click();
  // The language's link is the whole view (the issue chosen too), from the site's root.
  await expect(map.langMenu().locator('a[hreflang="ru"]')).toHaveAttribute('href', /^\/ru\/country\/uz\/\?country=UZ&category=press&lang=ru$/);
  await map.langMenu().locator('summary').click();
  await page.goBack();
  await expect(map.categorySelect()).toHaveValue('overview');
  await page.goBack();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KZ');
  await expect(page).toHaveURL(/\/country\/kz\/$/);
  await page.goForward();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
});

test('a reload of the written address shows the same view, from that page', async ({ map, page }) => {
  await map.open();
  await map.clickCountry('TM');
  await expect.poll(() => address(page)).toBe('/country/tm/');
  await page.reload();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'TM');
  expect(await page.locator('#app').getAttribute('data-view')).toBe('?country=TM');
});

test('an old query link is rewritten to the view\'s page, in the reader\'s language', async ({ map, page }) => {
  await map.open('?country=KG&lang=ru');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KG');
  await expect.poll(() => address(page)).toMatch(/^\/ru\/country\/kg\/(\?lang=ru)?$/);
});

test('Back to a fragment\'s entry (the method note) shows the view it was read in', async ({ map, page }) => {
  await page.goto('/case/kg-propaganda-law/');
  await map.clickCountry('UZ');
  await expect.poll(() => address(page)).toBe('/country/uz/');
  await page.evaluate(() => { location.hash = 'method'; });
  // Back up to the map as a reader does: a scroll of the wheel. (A script's
  // scrollTo leaves the browser keeping the fragment's target in view as the
  // page lays out again, which scrolled the map away once in CI.)
  await page.mouse.move(400, 400);
  await page.mouse.wheel(0, -20000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await map.clickCountry('TM');
  await expect.poll(() => address(page)).toBe('/country/tm/');
  await page.goBack();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
  await expect(page).toHaveURL(/\/country\/uz\/#method$/);
  await page.goBack();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
  await page.goForward();
  await page.goForward();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'TM');
});

test('a link to a panel in the page (#country-TJ) keeps that panel open once the app takes over', async ({ page }) => {
  await page.goto('/issue/press/#country-TJ', { prerendered: true });
  await expect(page.locator('#country-TJ [data-testid="country-panel"]')).toBeVisible();
  await appReady(page);
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'TJ');
  await expect(page.getByTestId('category-select')).toHaveValue('press');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/country\/tj\/\?country=TJ&category=press$/);
});

// Entries the page wrote before the app (`?country=UZ#country-UZ`) become
// their view's address when Back reaches them: written as new ones, they cut
// off the history before them, and Back never got past them.
test.describe('with the wasm held back', () => {
  // The service worker would answer the wasm from its cache, out of the route's reach.
  test.use({ serviceWorkers: 'block' });
  test('countries opened before the app, then Back after it, lead back to where the reader came from', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { prerendered: true });
  await page.locator('a[data-country-button="UZ"]').click();
  await expect(page.locator('#country-UZ [data-testid="country-panel"]')).toBeVisible();
  // The list is under the panel now: on the map.
  await page.locator('a[data-country-link="KG"]').dispatchEvent('click');
  await expect(page.locator('#country-KG [data-testid="country-panel"]')).toBeVisible();
  release();
  await appReady(page);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/country\/kg\/$/);
  await page.goBack();
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'UZ');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/country\/uz\/$/);
  await page.goBack();
  await expect(page.getByTestId('country-panel')).toHaveCount(0);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  // And forward again, to both.
  await page.goForward();
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'UZ');
  await page.goForward();
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'KG');
  });
});

test('a reader who remembers another language keeps the one they read on reload', async ({ map, page }) => {
  await map.open();
  const key = await page.locator('html').getAttribute('data-lang-key');
  await page.evaluate((k) => localStorage.setItem(k, 'kk'), key);
  // A link that asks for Russian (a new tab from the language menu, say).
  await page.goto('/ru/?lang=ru');
  await map.clickCountry('KG');
  await expect.poll(() => address(page)).toBe('/ru/country/kg/?lang=ru');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KG');
});

test('the map opened as index.html writes addresses from the site\'s root', async ({ map, page }) => {
  await page.goto('/index.html');
  await map.clickCountry('KZ');
  await expect.poll(() => address(page)).toBe('/country/kz/');
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/country\/kz\/$/);
});

test.describe('on a site published in a sub-folder (a GitHub Pages project site)', () => {
  let server;
  let dir;
  test.beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rights-map-sub-'));
    await cp('dist', join(dir, 'project'), { recursive: true });
    server = await serve(dir, 0);
  });
  test.afterAll(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('the address stays in the sub-folder, and the app still finds its files from there', async ({ browser }) => {
    const page = await browser.newPage();
    const base = `http://127.0.0.1:${server.address().port}/project/`;
    const foreign = [];
    page.on('request', (r) => { if (!r.url().startsWith(base)) foreign.push(r.url()); });
    await page.goto(base);
    await appReady(page);
    const map = new MapPage(page);
    await map.selectCategory('press');
    await expect.poll(() => address(page)).toBe('/project/issue/press/');
    await map.clickCountry('KZ');
    await expect.poll(() => address(page)).toBe('/project/country/kz/?country=KZ&category=press');
    // The canonical link is at the site's public address (its build setting).
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/country\/kz\/\?country=KZ&category=press$/);
    // A language not fetched yet comes from the sub-folder too.
    await map.chooseLanguage('Қазақша');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect.poll(() => address(page)).toMatch(/^\/project\/kk\/country\/kz\/\?country=KZ&category=press(&lang=kk)?$/);
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await appReady(page);
    await expect(map.panel()).toHaveAttribute('data-panel-country', 'KZ');
    expect(foreign).toEqual([]);
    await page.close();
  });
});
