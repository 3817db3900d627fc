// WCAG 1.4.11 and 2.4.13 on the rendered map: borders between neighbours of
// the same colour are two-tone (a light line under a dark one), and the
// selected outline and the focus ring carry a light halo. The colours
// themselves are checked against every fill in tests/core_colour.rs.
import { test, expect } from './support/fixtures.mjs';

const styles = (page) => page.evaluate(() => {
  const s = (sel) => getComputedStyle(document.querySelector(sel));
  return {
    light: s('path.focus-country').stroke, lightWidth: s('path.focus-country').strokeWidth,
    dark: s('path.texture').stroke, darkWidth: s('path.texture').strokeWidth,
    highlight: s('.highlight')?.filter, ring: s('.focus-ring')?.filter,
  };
});

test('in the app, borders are a light line under a dark one, and the focus ring has a halo', async ({ map, page }) => {
  // Uzbekistan and Turkmenistan share the darkest fill in the LGBT view.
  await map.open('?category=lgbt&country=UZ');
  const s = await styles(page);
  expect([s.light, s.lightWidth, s.dark, s.darkWidth]).toEqual(['rgb(255, 255, 255)', '2.4px', 'rgb(26, 26, 26)', '0.9px']);
  expect(s.highlight).toContain('drop-shadow');
  expect(s.ring).toContain('drop-shadow');
  await map.country('TM').focus();
  await page.screenshot({ path: 'test-results/screenshots/borders-lgbt.png' });
});

test('the page before the app draws the same borders', async ({ page }) => {
  await page.goto('/issue/lgbt/', { prerendered: true, waitUntil: 'load' });
  const s = await styles(page);
  expect([s.light, s.dark]).toEqual(['rgb(255, 255, 255)', 'rgb(26, 26, 26)']);
});
