// On a phone held upright the panel is a bottom sheet over 62 % of the
// screen; at the page's top, under the masthead and the toolbar, it covered
// the whole map. A panel that opens, or that the page opens on, brings the
// map into the room above the sheet (assets/styles.css, index.html,
// src/ui/panel_scroll.rs), before the app, with it, and without a script.
import { test, expect, appReady, holdWasm } from './support/fixtures.mjs';

// Requests are intercepted here (page.route), which a service worker would bypass.
test.use({ serviceWorkers: 'block', viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

/** The map's and the shown sheet's edges on the screen, and the page's scroll. */
function edges(page) {
  return page.evaluate(() => {
    const sheet = [...document.querySelectorAll('[data-testid="country-panel"]')].find((el) => el.checkVisibility());
    const map = document.querySelector('#app .map-canvas').getBoundingClientRect();
    return {
      mapTop: Math.round(map.top),
      mapBottom: Math.round(map.bottom),
      sheetTop: sheet ? Math.round(sheet.getBoundingClientRect().top) : null,
      scrollY: Math.round(scrollY),
    };
  });
}

/** The map is wholly on the screen, above the sheet, its top edge at the screen's top. */
async function expectMapAboveSheet(page) {
  await expect.poll(async () => {
    const e = await edges(page);
    return e.sheetTop !== null && Math.abs(e.mapTop) <= 1 && e.mapBottom <= e.sheetTop + 1 && e.scrollY > 100;
  }, { message: 'the map above the sheet' }).toBe(true);
}

/** Scrolls a panel with the mouse's wheel, as a reader does, and waits for the
 * scroll to come to rest (well past its first screen). */
async function scrollPanel(page, panel) {
  const box = await panel.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 700);
  let last = -1;
  await expect.poll(async () => {
    const now = await panel.evaluate((el) => el.scrollTop);
    const settled = now > 300 && now === last;
    last = now;
    return settled;
  }, { message: 'the panel scrolled and at rest' }).toBe(true);
}

/** A tap in the middle of a country's label on the map. */
async function tapCountry(page, code) {
  const label = await page.locator(`[data-label="${code}"]`).boundingBox();
  await page.touchscreen.tap(label.x + label.width / 2, label.y + label.height / 2);
}

test.describe('without a script', () => {
  test.use({ javaScriptEnabled: false });

  test("a country's page opens with the map above the sheet", async ({ page }) => {
    await page.goto('/country/tj/', { prerendered: true });
    await expect(page.locator('#country-TJ [data-testid="country-panel"]')).toBeVisible();
    await expectMapAboveSheet(page);
  });
});

test("a country's page opens with the map above the sheet, and nothing moves when the app takes over", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/country/kz/', { prerendered: true });
  await expectMapAboveSheet(page);
  const before = await edges(page);
  release();
  await appReady(page);
  await expect(page.locator('#country-panel-heading-KZ')).toBeVisible();
  expect(await edges(page)).toEqual(before);
});

test("a case's page opens with the map above the sheet and the case at the sheet's top", async ({ page }) => {
  await holdWasm(page);
  await page.goto('/case/kz-marat-zhylanbaev/', { prerendered: true });
  await expectMapAboveSheet(page);
  // The case just under the sheet's heading (the sheet scrolled, not the page).
  const gap = await page.locator('#country-KZ [data-testid="country-panel"]').evaluate((sheet) => {
    const card = sheet.querySelector('[data-case="kz-marat-zhylanbaev"]').getBoundingClientRect();
    return sheet.scrollTop > 0 && Math.round(card.top - sheet.querySelector('.panel-header').getBoundingClientRect().bottom);
  });
  expect(gap).toBeGreaterThanOrEqual(0);
  expect(gap).toBeLessThanOrEqual(24);
});

test('a first tap before the app brings the map above the sheet it opens', async ({ page }) => {
  await holdWasm(page);
  await page.goto('/', { prerendered: true });
  expect((await edges(page)).scrollY).toBe(0);
  await tapCountry(page, 'KZ');
  await expect(page.locator('#country-KZ [data-testid="country-panel"]')).toBeVisible();
  await expectMapAboveSheet(page);
  await expect(page.locator('#country-KZ h2')).toBeFocused();
});

test("in the app, a tap brings the map above the sheet, and the next tap on the map leaves it there", async ({ page }) => {
  await page.goto('/');
  await tapCountry(page, 'UZ');
  await expect(page.getByTestId('country-panel')).toContainText('Uzbekistan');
  await expectMapAboveSheet(page);
  const lifted = await edges(page);
  await tapCountry(page, 'KG');
  await expect(page.getByTestId('country-panel')).toContainText('Kyrgyzstan');
  await expect(page.locator('#country-panel-heading-KG')).toBeFocused();
  expect(await edges(page)).toEqual(lifted);
});

test('the next country, and closing the sheet, leave the page where it is', async ({ page }) => {
  await page.goto('/country/kg/');
  await expectMapAboveSheet(page);
  const lifted = await edges(page);
  // The shown panel's: for two frames after the app mounts it lays the other
  // panels out unseen (opacity 0, no height), and their buttons count as visible.
  await page.getByTestId('country-panel').filter({ visible: true }).getByRole('button', { name: /Next country/ }).click();
  await expect(page.locator('#country-panel-heading-TJ')).toBeFocused();
  expect(await edges(page)).toEqual(lifted);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('country-panel').filter({ visible: true })).toHaveCount(0);
  expect((await edges(page)).scrollY).toBe(lifted.scrollY);
});

// The app keeps every panel it has shown, hidden, and a hidden box keeps its
// scroll: a sheet opened again began where the reader had left it, half way
// down its findings, its name, steps and summary out of sight.
test('a sheet opened again starts at its top', async ({ page }) => {
  await page.goto('/');
  await tapCountry(page, 'UZ');
  const sheet = page.getByTestId('country-panel');
  await expect(sheet).toContainText('Uzbekistan');
  await expectMapAboveSheet(page);
  await scrollPanel(page, sheet);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('country-panel').filter({ visible: true })).toHaveCount(0);
  await tapCountry(page, 'UZ');
  await expect(sheet).toContainText('Uzbekistan');
  expect(await sheet.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(sheet.getByRole('button', { name: /Next country/ })).toBeInViewport();
});

test("the app's own address for a country opens with the map above the sheet", async ({ page }) => {
  await page.goto('/?country=TM');
  await expect(page.getByTestId('country-panel')).toContainText('Turkmenistan');
  await expectMapAboveSheet(page);
});

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 }, hasTouch: false, isMobile: false });

  test('a side panel shown again, after another country\'s, starts at its top', async ({ page }) => {
    await page.goto('/country/kz/');
    const panel = page.getByTestId('country-panel');
    await expect(panel).toContainText('Kazakhstan');
    await scrollPanel(page, panel);
    for (const [code, name] of [['TJ', 'Tajikistan'], ['KZ', 'Kazakhstan']]) {
      const label = await page.locator(`[data-label="${code}"]`).boundingBox();
      await page.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
      await expect(panel).toContainText(name);
    }
    expect(await panel.evaluate((el) => el.scrollTop)).toBe(0);
  });

  test('a side panel left by Back and shown again by Forward starts at its top', async ({ page }) => {
    await page.goto('/');
    await page.locator('[data-country-button="KG"]').click();
    const panel = page.getByTestId('country-panel');
    await expect(page.locator('#country-panel-heading-KG')).toBeFocused();
    await scrollPanel(page, panel);
    await page.goBack();
    await expect(page.getByTestId('country-panel').filter({ visible: true })).toHaveCount(0);
    await page.goForward();
    await expect(panel).toContainText('Kyrgyzstan');
    expect(await panel.evaluate((el) => el.scrollTop)).toBe(0);
  });

  test('opening a panel beside the map does not scroll the page', async ({ page }) => {
    await page.goto('/');
    await page.locator('a[data-country-button="TJ"], button[data-country-button="TJ"]').first().click();
    await expect(page.getByTestId('country-panel')).toContainText('Tajikistan');
    await expect(page.locator('#country-panel-heading-TJ')).toBeFocused();
    expect((await edges(page)).scrollY).toBe(0);
  });
});

// The toolbar's "More" opens its tools in the page: at the page's top with a
// sheet open, in Kazakh (a long masthead), they were behind the sheet.
test('"More" opened with the sheet open shows its tools above the sheet', async ({ page }) => {
  await page.goto('/kk/country/kz/');
  await page.evaluate(() => scrollTo(0, 0));
  await page.locator('.more-button').tap();
  for (const tool of [page.getByTestId('present'), page.locator('#more-tools button').last()]) {
    await expect(tool).toBeVisible();
    await expect.poll(() => tool.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
    }), { message: 'the tool, not the sheet, under its own centre' }).toBe(true);
  }
});
