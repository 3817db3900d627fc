// Hover and keyboard focus show the country's name and its current status.
import { test, expect } from './support/fixtures.mjs';

test('hovering a country shows its name and status', async ({ map }) => {
  await map.open('?category=press');
  await map.country('TM').hover({ position: await map.insidePoint('TM') });
  // Hidden, it keeps its last words: seen, not only there.
  await expect(map.tooltip()).toBeVisible();
  await expect(map.tooltip()).toContainText('Turkmenistan');
  await expect(map.tooltip()).toContainText('Media under tight state control');
});

test('keyboard focus shows the same', async ({ map }) => {
  await map.open('?category=lgbt');
  await map.country('UZ').focus();
  await expect(map.tooltip()).toBeVisible();
  await expect(map.tooltip()).toContainText('Uzbekistan');
  await expect(map.tooltip()).toContainText('Consensual same-sex relations between men criminalised');
});

test('Esc hides the tooltip without moving the pointer', async ({ map, page }) => {
  await map.open('?category=press');
  await map.country('TM').hover({ position: await map.insidePoint('TM') });
  await expect(map.tooltip()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(map.tooltip()).toBeHidden();
});
