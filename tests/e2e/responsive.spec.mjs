// Phones: touch targets of at least 44 px, small countries easy to reach, the
// panel as a bottom sheet. Wide screens: the panel beside the map.
import { test, expect } from './support/fixtures.mjs';
import { CODES } from './support/languages.mjs';

test.describe('on a phone (360×640)', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('every button and the issue selector are at least 44 px high', async ({ map, page }) => {
    await map.open('?country=KG');
    const small = await page.locator('button:visible, select:visible').evaluateAll((els) =>
      els.map((e) => ({ text: e.textContent.trim() || e.getAttribute('aria-label'), h: e.getBoundingClientRect().height, w: e.getBoundingClientRect().width }))
        .filter((b) => b.h < 44 || b.w < 44));
    expect(small).toEqual([]);
  });

  test('Kyrgyzstan and Tajikistan open from the list with one tap', async ({ map }) => {
    await map.open();
    for (const code of ['KG', 'TJ']) {
      await map.countryButton(code).tap();
      await expect(map.panel()).toHaveAttribute('data-panel-country', code);
      await map.panel().getByRole('button', { name: 'Close', exact: true }).tap();
    }
  });

  test('the panel is a bottom sheet', async ({ map, page }) => {
    await map.open('?country=TJ');
    const box = await map.panel().boundingBox();
    expect(box.x).toBeLessThanOrEqual(1);
    expect(box.width).toBeGreaterThanOrEqual(358);
    expect(box.y + box.height).toBeGreaterThanOrEqual(639);
    expect(box.height).toBeLessThan(640 * 0.7);
    await map.screenshot('phone-bottom-sheet');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('with the sheet open, a control reached by Tab is never hidden under it', async ({ map, page }) => {
    await map.open('?country=TJ');
    const sheetTop = (await map.panel().boundingBox()).y;
    const hidden = [];
    for (let i = 0; i < 70; i += 1) {
      await page.keyboard.press('Tab');
      const spot = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body || el.closest('[data-testid="country-panel"]')) return null;
        const r = el.getBoundingClientRect();
        return { what: el.outerHTML.slice(0, 60), top: r.top, bottom: r.bottom };
      });
      // Inside the sheet is fine; elsewhere the control must show above it.
      if (spot && spot.bottom > sheetTop + 1 && spot.top < 640) hidden.push(spot.what);
    }
    expect(hidden).toEqual([]);
    // And the end of the page can be scrolled out from under it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const credits = await page.locator('footer.credits').boundingBox();
    expect(credits.y + credits.height).toBeLessThanOrEqual(sheetTop + 1);
  });

  // Its colours choice took the width of its longest option (450 px in
  // Kazakh), and the page scrolled sideways, the sheet's × out of sight.
  test('the Embed box fits the screen in every language, with a country open', async ({ map, page }) => {
    for (const lang of CODES) {
      await map.open(`?country=KG&lang=${lang}`);
      await page.locator('.embed-button').tap();
      await expect(page.getByTestId('embed-theme'), lang).toBeVisible();
      const wide = await page.evaluate(() => [document.documentElement.scrollWidth,
        ...[...document.querySelectorAll('.embed-dialog, .embed-dialog select, .embed-check, .panel-close')].map((el) => Math.ceil(el.getBoundingClientRect().right))]);
      expect(Math.max(...wide), lang).toBeLessThanOrEqual(360);
    }
  });

  test("a notice's Dismiss button holds its whole label", async ({ map, page }) => {
    await map.open('?country=XX&category=lgbt');
    const fits = await page.locator('.notice-dismiss').evaluate((b) => b.scrollWidth <= b.clientWidth && b.getBoundingClientRect().right <= 360);
    expect(fits).toBe(true);
  });
});

// WCAG 1.4.4 and 1.4.10: a laptop at 200 % zoom is 640 CSS px wide; nothing is
// taken away there, the tools that do not fit sit behind one button.
test('at 640 px, Present and Print are behind “More”, and the map’s keys are told', async ({ map, page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await map.open();
  await expect(page.getByRole('button', { name: 'Present' })).toBeHidden();
  const more = page.getByRole('button', { name: 'More' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  // Its word sits in the middle of the button, as in the buttons beside it.
  const offCentre = await more.evaluate((b) => {
    const range = document.createRange();
    range.selectNodeContents(b);
    const text = range.getBoundingClientRect(), box = b.getBoundingClientRect();
    return Math.abs((text.top + text.bottom) / 2 - (box.top + box.bottom) / 2);
  });
  expect(offCentre).toBeLessThanOrEqual(2);
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print all dossiers' })).toBeVisible();
  await expect(page.locator('#map-hint')).toContainText('Arrow keys move between countries');
  await expect(page.locator('#map-hint')).toBeVisible();
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByTestId('presentation')).toBeVisible();
});

// WCAG 1.4.10 at 400 % zoom (320×256 CSS px): no bottom sheet over most of the screen.
test('at 320×256 the panel sits in the page under the map, and the view goes to it', async ({ map, page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  await map.open();
  await map.countryButton('KG').click();
  const panel = map.panel();
  await expect(panel).toHaveAttribute('data-panel-country', 'KG');
  expect(await panel.evaluate((p) => getComputedStyle(p).position)).toBe('static');
  await expect(page.locator('#country-panel-heading-KG')).toBeFocused();
  await expect(page.locator('#country-panel-heading-KG')).toBeInViewport();
  // Nor the room under the page that a sheet would need.
  expect(await page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe('0px');
});

test('a phone on its side (740×360) shows the panel in the page, with no empty room under it', async ({ map, page }) => {
  await page.setViewportSize({ width: 740, height: 360 });
  await map.open('?country=UZ');
  expect(await map.panel().evaluate((p) => getComputedStyle(p).position)).toBe('static');
  expect(await page.evaluate(() => [getComputedStyle(document.body).paddingBottom, getComputedStyle(document.documentElement).scrollPaddingBottom]))
    .toEqual(['0px', '0px']);
});

// A phone on its side, and a laptop's window zoomed to 200 %: the map took
// the window's width, 507 px tall on a 360 px screen, so no one saw all of
// it at once; now it is as tall as the screen less 1rem, before the app and
// in it, with the labels laid out for its size (core::label_sets: the
// phone's for a map of 520 px or less, else the wide set's).
for (const [width, height, touch, labels] of [[740, 360, true, 'phone'], [683, 384, false, 'wide']]) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height }, hasTouch: touch, isMobile: touch });

    test('the whole map fits on the screen, before the app and in it', async ({ map, page }) => {
      const fits = () => page.locator('.map-canvas').evaluate((m) => {
        const r = m.getBoundingClientRect();
        return { height: Math.round(r.height), fits: Math.abs(r.height - (innerHeight - 16)) <= 2, centred: Math.abs(r.left + r.right - innerWidth) <= 2 };
      });
      await page.goto('/', { prerendered: true });
      const before = await fits();
      expect(before).toMatchObject({ fits: true, centred: true });
      expect(await page.locator('#app[data-prerendered] .map-labels').evaluate((el) => getComputedStyle(el).getPropertyValue('--labels').trim())).toBe(labels);
      await map.open();
      expect(await fits()).toEqual(before);
    });
  });
}

test.describe('on a phone without JavaScript', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, javaScriptEnabled: false });

  test('a tapped country opens as a sheet, and the page can still scroll out from under it', async ({ page }) => {
    await page.goto('/', { prerendered: true });
    expect(await page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe('0px');
    await page.locator('a[data-country-button="KG"]').tap();
    const sheet = page.locator('#country-KG [data-testid="country-panel"]');
    await expect(sheet).toBeVisible();
    const sheetTop = (await sheet.boundingBox()).y;
    expect(await page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe(`${0.62 * 640}px`);
    // Measured at once: the page's fragment (#country-KG) may scroll it back.
    const creditsBottom = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return document.querySelector('footer.credits').getBoundingClientRect().bottom;
    });
    expect(creditsBottom).toBeLessThanOrEqual(sheetTop + 1);
  });

  test('× on a country’s page closes its sheet and leaves no empty room under the page', async ({ page }) => {
    await page.goto('/country/kg/', { prerendered: true });
    const sheet = page.locator('#country-KG [data-testid="country-panel"]');
    await expect(sheet).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe(`${0.62 * 640}px`);
    await sheet.getByRole('button', { name: 'Close' }).tap();
    await expect(sheet).toBeHidden();
    expect(await page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe('0px');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollPaddingBottom)).toBe('auto');
  });
});

test.describe('on a laptop without JavaScript', () => {
  test.use({ viewport: { width: 1366, height: 768 }, javaScriptEnabled: false });

  test('× on a country’s page brings the legend and the list back beside the map', async ({ page }) => {
    await page.goto('/country/kg/', { prerendered: true });
    const panel = page.locator('#country-KG [data-testid="country-panel"]');
    await expect(panel).toBeVisible();
    await expect(page.getByTestId('legend')).toBeHidden();
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    await expect(page.getByTestId('legend')).toBeVisible();
    await expect(page.locator('a[data-country-button="KG"]')).toBeVisible();
  });
});

test('on a laptop the panel sits beside the map, not over it', async ({ map, page }) => {
  await map.open('?country=KZ');
  const panel = await map.panel().boundingBox();
  const svg = await page.getByTestId('map').boundingBox();
  expect(panel.x).toBeGreaterThanOrEqual(svg.x + svg.width);
});

test('on a projector the whole map and its labels fit the screen', async ({ map, page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await map.open();
  const svg = await page.getByTestId('map').boundingBox();
  expect(svg.y + svg.height).toBeLessThanOrEqual(1080);
  const size = await page.locator('.country-label-name').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
});
