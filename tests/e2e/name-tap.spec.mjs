// A reader taps a country's name on the map, and that country opens, though
// its name may lie over a neighbour: on a phone Tajikistan's lies over
// Kyrgyzstan (the tap opened Kyrgyzstan), and in Tajik Kyrgyzstan's over
// China (the tap did nothing). Before the app the page's names are links;
// the app finds the name under the tap (src/ui/map/select.rs).
import { test, expect, holdWasm } from './support/fixtures.mjs';
import { CODES } from './support/languages.mjs';

test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, serviceWorkers: 'block' });

const COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
const root = (lang) => (lang === 'en' ? '/' : `/${lang}/`);

/** Taps the middle of a country's name on the map, brought into view. */
async function tapName(page, code) {
  const name = page.locator(`.map-labels > .country-label[data-label="${code}"] .country-label-name`);
  await expect(name).toBeVisible();
  await name.scrollIntoViewIfNeeded();
  const box = await name.boundingBox();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

for (const lang of CODES) {
  test(`before the app, a tap on a country's name opens that country's panel, ${lang}`, async ({ page }) => {
    await holdWasm(page);
    for (const code of COUNTRIES) {
      await page.goto(root(lang), { prerendered: true });
      await tapName(page, code);
      await expect(page.locator('.static-panel [data-testid="country-panel"]:visible'), `${lang} ${code}`)
        .toHaveAttribute('data-panel-country', code);
    }
  });

  test(`in the app, a tap on a country's name opens that country's panel, ${lang}`, async ({ map, page }) => {
    await page.goto(root(lang));
    for (const code of COUNTRIES) {
      await tapName(page, code);
      await expect(map.panel(), `${lang} ${code}`).toHaveAttribute('data-panel-country', code);
      await page.keyboard.press('Escape');
      await expect(map.panel()).toHaveCount(0);
    }
  });
}

test('in the app, Enter on a shape opens that shape, whatever name lies over it', async ({ map, page }) => {
  await page.goto('/');
  // Kyrgyzstan's shape, under Tajikistan's name on a phone.
  await page.locator('path[data-country="KG"]').focus();
  await page.keyboard.press('Enter');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KG');
});

// The name is out of the tab order and hidden from screen readers (the shape
// names the country): closing a panel that a tap on the name opened puts the
// focus on the country's shape, before the app as in it.
for (const key of ['×', 'Escape']) {
  test(`before the app, ${key === '×' ? '×' : 'Esc'} on a panel opened from a name puts the focus on the country's shape`, async ({ page }) => {
    await holdWasm(page);
    await page.goto('/', { prerendered: true });
    await tapName(page, 'TJ');
    const panel = page.locator('.static-panel [data-testid="country-panel"]:visible');
    await expect(panel).toHaveAttribute('data-panel-country', 'TJ');
    if (key === '×') await panel.locator('.panel-close').click();
    else await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(page.locator('a[data-country-link="TJ"]')).toBeFocused();
  });
}

test('in the app, closing a panel opened from a name puts the focus on the country\'s shape', async ({ map, page }) => {
  await page.goto('/');
  await tapName(page, 'TJ');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'TJ');
  await map.panel().locator('.panel-close').click();
  await expect(map.panel()).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.activeElement.getAttribute('data-country'))).toBe('TJ');
});
