// Screenshots at phone, laptop and projector sizes, kept as test artifacts
// (test-results/screenshots) for a person to look at.
import { test, expect } from './support/fixtures.mjs';

const SIZES = { phone: [360, 640], laptop: [1366, 768], projector: [1920, 1080] };

for (const [name, [width, height]] of Object.entries(SIZES)) {
  test(`renders the map at ${name} size (${width}×${height}) without horizontal scrolling`, async ({ map, page }) => {
    await page.setViewportSize({ width, height });
    await map.open();
    const box = await page.getByTestId('map').boundingBox();
    expect(box.width).toBeGreaterThan(width * 0.5);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    await map.screenshot(`${name}-overview`);
    await map.open('?country=KZ&category=press');
    await expect(map.panel()).toBeVisible();
    await map.screenshot(`${name}-panel`);
  });
}
