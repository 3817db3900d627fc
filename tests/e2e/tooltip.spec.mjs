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

// A pointer on its way across the map draws nothing: the outline and the
// tooltip wait until it rests, so a sweep does not flicker and a click as it
// arrives opens the panel without first drawing a hover.
test('a pointer passing over countries shows nothing until it rests on one', async ({ map, page }) => {
  await map.open();
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(0);
  const passing = await page.evaluate(async () => {
    const seen = () => ({
      tooltip: document.querySelector('.map-tooltip').hasAttribute('data-shown'),
      outline: document.querySelector('.highlight').getAttribute('d'),
    });
    const send = (code, type) => document.querySelector(`[data-country="${code}"]`)
      .dispatchEvent(new PointerEvent(type, { pointerType: 'mouse' }));
    for (const [from, to] of [[null, 'UZ'], ['UZ', 'TM'], ['TM', 'TJ']]) {
      if (from) send(from, 'pointerleave');
      send(to, 'pointerenter');
    }
    const now = seen();
    await Promise.resolve();
    return [now, seen()];
  });
  expect(passing).toEqual([{ tooltip: false, outline: 'M0 0' }, { tooltip: false, outline: 'M0 0' }]);
  // Resting on the last one shows it, and only it.
  await expect(map.tooltip()).toBeVisible();
  await expect(map.tooltip()).toContainText('Tajikistan');
  await expect(page.locator('.highlight')).toHaveAttribute('d', await map.country('TJ').getAttribute('d'));
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  // The panel the tap opens names the country: a tooltip would only flash over the map.
  test('a tap opens the panel and shows no tooltip', async ({ map, page }) => {
    await map.open();
    await expect(page.locator('#app[data-prerendered]')).toHaveCount(0);
    // Not even for a moment: every change of the tooltip is noted.
    await page.evaluate(() => {
      window.__tooltipShown = false;
      const tooltip = document.querySelector('.map-tooltip');
      new MutationObserver(() => { window.__tooltipShown ||= tooltip.hasAttribute('data-shown'); })
        .observe(tooltip, { attributes: true });
    });
    await map.country('UZ').tap({ position: await map.insidePoint('UZ') });
    await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
    await page.waitForTimeout(300);
    await expect(map.tooltip()).toBeHidden();
    expect(await page.evaluate(() => window.__tooltipShown)).toBe(false);
  });
});
