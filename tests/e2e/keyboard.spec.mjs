// Tab reaches the map, arrows move between the five countries, Enter opens.
import { test, expect } from './support/fixtures.mjs';

test('Tab reaches the map, arrows move, Enter opens', async ({ map, page }) => {
  await map.open('?category=press');
  // Tab through the toolbar and the zoom buttons until a country has focus.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-country'))) break;
  }
  await expect(map.country('KZ')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(map.country('KG')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(map.country('UZ')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
});

test('Home and End move to the first and the last country, and the page stays where it is', async ({ map, page }) => {
  await map.open();
  await map.country('TJ').focus();
  const scrolled = await page.evaluate(() => scrollY);
  await page.keyboard.press('End');
  await expect(map.country('UZ')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(map.country('KZ')).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  // The one Tab stop follows.
  await expect(page.locator('path[data-country][tabindex="0"]')).toHaveAttribute('data-country', 'KZ');
});

test('only one country is a Tab stop, so Tab leaves the map after one stop', async ({ map, page }) => {
  await map.open();
  const stops = await page.locator('path[data-country][tabindex="0"]').count();
  expect(stops).toBe(1);
});

test('each country is named with its status and case count for screen readers', async ({ map }) => {
  await map.open('?category=press');
  await expect(map.country('KZ')).toHaveAttribute('aria-label', /^Kazakhstan, Expression and media: Violent attacks on journalists, \d+ cases?$/);
  await expect(map.country('KZ')).toHaveAttribute('role', 'button');
});

test('focus is visible on a focused country', async ({ map, page }) => {
  await map.open();
  await map.country('TM').focus();
  await page.keyboard.press('ArrowRight');
  const stroke = await page.locator('.highlight[data-shown]').evaluate((el) => getComputedStyle(el).strokeWidth);
  expect(parseFloat(stroke)).toBeGreaterThanOrEqual(2);
  await expect(page.locator('.highlight[data-shown]')).toHaveAttribute('d', await map.country('UZ').getAttribute('d'));
});

test('the focus ring stays on the focused country, drawn over its neighbours, wherever the pointer is', async ({ map, page }) => {
  await map.open();
  await map.country('TM').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(map.country('TJ')).toBeFocused();
  await map.country('KZ').hover({ position: await map.insidePoint('KZ') });
  const ring = page.locator('.focus-ring');
  await expect(ring).toHaveAttribute('d', await map.country('TJ').getAttribute('d'));
  // Painted after every country shape, so none covers it.
  const last = await page.evaluate(() => {
    const paths = [...document.querySelectorAll('[data-testid="map"] path')];
    return paths.indexOf(document.querySelector('.focus-ring')) > paths.findLastIndex((p) => p.matches('.focus-country, .texture, .highlight'));
  });
  expect(last).toBe(true);
  expect(parseFloat(await ring.evaluate((el) => getComputedStyle(el).strokeWidth))).toBeGreaterThanOrEqual(3);
  // A click focuses a country but draws no keyboard ring.
  await map.clickCountry('KZ');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KZ');
  await expect(ring).toHaveAttribute('d', 'M0 0');
});

test('Tab reaches the zoom buttons before the map, as they sit at its top left', async ({ map, page }) => {
  await map.open();
  await page.getByRole('button', { name: 'Print all dossiers' }).focus();
  const order = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => (document.activeElement.getAttribute('aria-label') ?? document.activeElement.title).split(',')[0]));
  }
  expect(order).toEqual(['Zoom in', 'Zoom out', 'Reset zoom', 'Kazakhstan']);
});
