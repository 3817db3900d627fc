// Before the app: a country's panel opened by the page's own script. It marks
// the panel chosen rather than navigating to its fragment (a fragment
// navigation lays the whole page out inside the click), and back and forward
// still open the panel their address names.
import { test, expect, holdWasm } from './support/fixtures.mjs';

test.use({ serviceWorkers: 'block' });

const shown = (page) => page.locator('.static-panel [data-testid="country-panel"]:visible');

test('a click opens the panel without a fragment navigation, and the address still names it', async ({ page }) => {
  await holdWasm(page);
  await page.goto('/', { prerendered: true });
  await page.evaluate(() => {
    window.__hashchanges = 0;
    addEventListener('hashchange', () => window.__hashchanges++);
  });
  await page.locator('path[data-country="KZ"]').click();
  await expect(shown(page)).toHaveCount(1);
  await expect(page.locator('#country-KZ [data-testid="country-panel"]')).toBeVisible();
  await expect(page).toHaveURL(/\/\?country=KZ#country-KZ$/);
  await expect(page.locator('#country-KZ h2')).toBeFocused();
  expect(await page.evaluate(() => [window.__hashchanges, document.querySelector(':target')])).toEqual([0, null]);
});

test('back and forward before the app open the panel each address names', async ({ page }) => {
  await holdWasm(page);
  await page.goto('/country/kg/', { prerendered: true });
  await expect(page.locator('#country-KG [data-testid="country-panel"]')).toBeVisible();
  await page.locator('path[data-country="TM"]').click();
  await expect(page.locator('#country-TM [data-testid="country-panel"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shown(page)).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/country\/kg\/\?country=TM#country-TM$/);
  await expect(page.locator('#country-TM [data-testid="country-panel"]')).toBeVisible();
  await expect(shown(page)).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/\/country\/kg\/$/);
  await expect(page.locator('#country-KG [data-testid="country-panel"]')).toBeVisible();
  await expect(shown(page)).toHaveCount(1);
  await page.goForward();
  await expect(page.locator('#country-TM [data-testid="country-panel"]')).toBeVisible();
  await page.goForward();
  await expect(shown(page)).toHaveCount(0);
});

test('an address with a panel fragment opens it, and a click then opens another', async ({ page }) => {
  await holdWasm(page);
  await page.goto('/#country-TJ', { prerendered: true });
  await expect(page.locator('#country-TJ [data-testid="country-panel"]')).toBeVisible();
  await page.locator('path[data-country="UZ"]').click();
  await expect(page.locator('#country-UZ [data-testid="country-panel"]')).toBeVisible();
  await expect(shown(page)).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(shown(page)).toHaveCount(0);
  await expect(page.locator('a[data-country-link="UZ"]')).toBeFocused();
});
