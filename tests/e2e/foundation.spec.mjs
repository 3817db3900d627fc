// The map itself: real shapes for the five countries, grey neighbours, capitals, credit.
import { test, expect } from './support/fixtures.mjs';
import { FOCUS, NAMES } from './support/map-page.mjs';

test('draws the five focus countries with a size, a code and a name', async ({ map }) => {
  await map.open();
  for (const code of FOCUS) {
    const shape = map.country(code);
    const box = await shape.boundingBox();
    expect(box.width, `${code} width`).toBeGreaterThan(10);
    expect(box.height, `${code} height`).toBeGreaterThan(10);
    expect(await shape.getAttribute('aria-label')).toMatch(new RegExp(`^${NAMES[code]}\\b`));
  }
  // Kazakhstan is by far the largest of the five on any correct map.
  const kz = await map.country('KZ').boundingBox();
  const kg = await map.country('KG').boundingBox();
  expect(kz.width * kz.height).toBeGreaterThan(8 * kg.width * kg.height);
});

test('draws neighbours as grey context', async ({ map, page }) => {
  await map.open();
  for (const code of ['RU', 'CN', 'AF', 'IR', 'MN']) {
    await expect(page.locator(`path[data-context="${code}"]`)).toHaveCount(1);
  }
  const fill = await page.locator('path[data-context="CN"]').evaluate((el) => getComputedStyle(el).fill);
  const [r, g, b] = fill.match(/\d+/g).map(Number);
  expect(Math.max(r, g, b) - Math.min(r, g, b), 'context fill is a grey').toBeLessThan(20);
});

test('marks and names the five capitals', async ({ map, page }) => {
  await map.open();
  for (const name of ['Astana', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Tashkent']) {
    await expect(page.locator(`circle[data-capital="${name}"]`)).toHaveCount(1);
    await expect(page.locator('.capital-label', { hasText: name })).toBeVisible();
  }
});

test('credits Natural Earth on the map', async ({ map, page }) => {
  await map.open();
  await expect(page.locator('.map-credit')).toHaveText('Made with Natural Earth');
  await expect(page.locator('.map-credit')).toBeVisible();
});

test('on a phone-sized map the capitals keep their dots and their names give way', async ({ map, page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await map.open();
  await expect(page.locator('circle[data-capital]')).toHaveCount(5);
  await expect(page.locator('.capital-label').first()).toBeHidden();
  await expect(page.locator('.country-label-name', { hasText: 'Tajikistan' })).toBeVisible();
});
