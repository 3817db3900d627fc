// The prerendered first view: painted before the wasm arrives, working as links
// without JavaScript, and taken over by the app without anything moving.
import { readFileSync } from 'node:fs';
import { test, expect, appReady } from './support/fixtures.mjs';
import { FOCUS } from './support/map-page.mjs';

const data = JSON.parse(readFileSync('assets/data/rights.json', 'utf8'));

/** Holds every wasm download until `release()` is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((done) => { release = done; });
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  return () => release();
}

/** Where each country, list entry, the legend and the map are on screen. */
function layout(page) {
  return page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('path[data-country], [data-country-button], [data-testid="legend"], [data-testid="map"], h1')]
      .map((el, i) => {
        const r = el.getBoundingClientRect();
        return [`${i}:${el.tagName}`, [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10)];
      }),
  ));
}

test('the map is painted, coloured and listed before the wasm arrives', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { prerendered: true });
  await expect(page.locator('#app[data-prerendered]')).toBeVisible();
  await expect(page.locator('path[data-country]')).toHaveCount(5);
  for (const code of FOCUS) {
    await expect(page.locator(`path[data-country="${code}"]`)).toHaveAttribute('fill', /^#[0-9a-f]{6}$/i);
    await expect(page.locator(`a[data-country-link="${code}"]`)).toHaveAttribute('href', `?country=${code}#country-${code}`);
    await expect(page.locator(`a[data-country-button="${code}"]`)).toHaveAttribute('href', `?country=${code}#country-${code}`);
  }
  await expect(page.getByTestId('legend')).toContainText('issues of concern');
  release();
  await appReady(page);
});

for (const viewport of [{ width: 360, height: 640 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
  test(`the app takes over without moving anything at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
    });
    const release = await holdWasm(page);
    await page.goto('/', { prerendered: true });
    await expect(page.locator('path[data-country]')).toHaveCount(5);
    const before = await layout(page);
    release();
    await appReady(page);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await layout(page)).toEqual(before);
    expect(await page.evaluate(() => window.__shift)).toBe(0);
  });
}

test('keyboard focus on a country stays on it when the app takes over', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { prerendered: true });
  await page.locator('a[data-country-link="KG"]').focus();
  release();
  await appReady(page);
  await expect(page.locator('path[data-country="KG"]')).toBeFocused();
});

test('a link to another layout hides the prerendered page until the app is ready', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/?embed=1', { prerendered: true });
  await expect(page.locator('#app[data-prerendered]')).toBeHidden();
  release();
  await appReady(page);
  await expect(page.locator('path[data-country="KZ"]')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const code of ['TJ', 'KZ']) {
    test(`the map opens ${code}'s summary, findings and cases`, async ({ page }) => {
      await page.goto('/', { prerendered: true });
      // A click on the shape itself, where its name is written on the map.
      const label = await page.locator(`[data-label="${code}"]`).boundingBox();
      await page.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
      await expect(page).toHaveURL(new RegExp(`\\?country=${code}#country-${code}$`));
      const section = page.locator(`#country-${code}`);
      await expect(section).toBeInViewport();
      const country = data.countries.find((c) => c.code === code);
      await expect(section.locator('h2')).toHaveText(country.name);
      await expect(section).toContainText(country.summary);
      const cases = data.cases.filter((c) => c.country === code);
      expect(cases.length).toBeGreaterThan(0);
      for (const c of cases) {
        await expect(section).toContainText(c.title);
        await expect(section).toContainText(c.excerpt);
      }
    });
  }

  test('the list links to every country and controls that need the app are hidden', async ({ page }) => {
    await page.goto('/', { prerendered: true });
    for (const code of FOCUS) await expect(page.locator(`a[data-country-button="${code}"]`)).toBeVisible();
    await expect(page.getByTestId('category-select')).toBeHidden();
    await expect(page.locator('.prerender-country')).toHaveCount(5);
  });
});

test('while the wasm loads, a country link shows its section without a reload, then the app opens its panel', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { prerendered: true });
  await page.evaluate(() => { window.__samePage = true; });
  await page.locator('a[data-country-button="UZ"]').click();
  await expect(page).toHaveURL(/\?country=UZ#country-UZ$/);
  await expect(page.locator('#country-UZ')).toBeVisible();
  await expect(page.locator('#country-KZ')).toBeHidden();
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
  release();
  await appReady(page);
  await expect(page.getByTestId('country-panel')).toContainText('Uzbekistan');
  await expect(page.locator('#country-panel-heading')).toBeFocused();
  await page.goBack();
  await expect(page.getByTestId('country-panel')).toHaveCount(0);
});

test.describe('a visitor whose browser prefers Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('gets the first view in Russian, and the app takes it over without moving anything', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const release = await holdWasm(page);
    await page.goto('/?category=press', { prerendered: true });
    await expect(page).toHaveURL(/\/ru\.html\?category=press$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('[data-label="KZ"] .country-label-name')).toHaveText('Казахстан');
    const before = await layout(page);
    release();
    await appReady(page);
    await expect(page.locator('#legend-heading')).not.toHaveText('Overview: all issues');
    await expect(page.locator('[data-country-button="KZ"]')).toContainText('Казахстан');
    // The link asked for another issue: colours and legend change, the page's frame does not.
    const after = await layout(page);
    expect(after['0:H1']).toEqual(before['0:H1']);
  });

  test('still gets English when the link asks for it', async ({ page }) => {
    await page.goto('/?lang=en', { prerendered: true });
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?lang=en$/);
    await expect(page.locator('[data-label="KZ"] .country-label-name')).toHaveText('Kazakhstan');
  });
});

test('an English link to the Russian page opens the English one', async ({ page }) => {
  await page.goto('/ru.html?country=KG', { prerendered: true });
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?country=KG$/);
  await appReady(page);
  await expect(page.getByTestId('country-panel')).toContainText('Kyrgyzstan');
});

test.describe('without JavaScript, in either language', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says what it is and links to the other language', async ({ page }) => {
    await page.goto('/', { prerendered: true });
    await expect(page.locator('.noscript')).toContainText('Without JavaScript');
    await page.locator('.noscript a[lang="ru"]').click();
    await expect(page).toHaveURL(/\/ru\.html$/);
    await expect(page.locator('.noscript')).toContainText('Без JavaScript');
    await expect(page.locator('[data-label="UZ"] .country-label-name')).toHaveText('Узбекистан');
    await page.locator('.noscript a[lang="en"]').click();
    await expect(page.locator('.noscript')).toContainText('Without JavaScript');
  });
});
