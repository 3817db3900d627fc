// A panel open before the app (a tap on a phone, a country's page on a
// laptop) looks the same, to its × and its last line, once the app has taken
// the page over: the rendered page's controls are links and the app's are
// buttons, so each element is known by its class, test id and text, not its tag.
import { test, expect, appReady, holdWasm } from './support/fixtures.mjs';

// These check that something never happens, not even once (a frame, a
// move, a fetch too early): a failure that comes and goes is the map's own,
// so no retry (playwright.config.mjs).
test.describe.configure({ retries: 0 });

// Requests are intercepted here (page.route), which a service worker would bypass.
test.use({ serviceWorkers: 'block' });

/** Where each visible element of the open panel is, inside the viewport. */
function panelLayout(page) {
  return page.evaluate(() => {
    const panel = [...document.querySelectorAll('[data-testid="country-panel"]')].find((el) => el.checkVisibility());
    const boxes = {};
    for (const el of [panel, ...panel.querySelectorAll('*')]) {
      const r = el.getBoundingClientRect();
      if (!el.checkVisibility() || r.bottom <= 0 || r.top >= innerHeight) continue;
      const name = [el.classList[0] ?? '', el.dataset.testid ?? '', el.textContent.trim().slice(0, 24)].join('|');
      boxes[name] = [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10);
    }
    return boxes;
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  // The tap leaves #country-KZ in the address, for which the app focuses the
  // panel's heading: in place, not scrolling the sheet back to its top.
  test('the sheet a first tap opened, and the reader scrolled, does not move when the app takes over', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/', { prerendered: true });
    const label = await page.locator('[data-label="KZ"]').boundingBox();
    await page.touchscreen.tap(label.x + label.width / 2, label.y + label.height / 2);
    const sheet = page.locator('#country-KZ [data-testid="country-panel"]');
    await expect(sheet).toBeInViewport();
    await sheet.evaluate((el) => { el.scrollTop = 200; });
    const before = await panelLayout(page);
    expect(Object.keys(before).some((name) => name.startsWith('panel-close|'))).toBe(true);
    release();
    await appReady(page);
    await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'KZ');
    await expect(page.locator('#country-panel-heading-KZ')).toBeFocused();
    expect(await page.getByTestId('country-panel').evaluate((el) => el.scrollTop)).toBe(200);
    expect(await panelLayout(page)).toEqual(before);
  });
});

test('a country page\'s panel does not move when the app takes over, its × included', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const release = await holdWasm(page);
  await page.goto('/country/kz/', { prerendered: true });
  await expect(page.getByTestId('country-panel').filter({ visible: true })).toHaveAttribute('data-panel-country', 'KZ');
  const before = await panelLayout(page);
  release();
  await appReady(page);
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'KZ');
  expect(await panelLayout(page)).toEqual(before);
});

test('a panel the reader scrolled before the app stays where they left it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const release = await holdWasm(page);
  await page.goto('/country/kz/', { prerendered: true });
  const panel = page.getByTestId('country-panel').filter({ visible: true });
  await panel.evaluate((el) => { el.scrollTop = 300; });
  const before = await panelLayout(page);
  release();
  await appReady(page);
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'KZ');
  expect(await page.getByTestId('country-panel').evaluate((el) => el.scrollTop)).toBe(300);
  expect(await panelLayout(page)).toEqual(before);
});

// Short and narrow, the panel sits in the page under the map and the list (the
// app's place for it): the rendered page put it above the map, and the app
// then moved it a thousand pixels down.
test('on a phone on its side, a country page\'s panel stays under the map when the app takes over', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  const release = await holdWasm(page);
  await page.goto('/country/kz/', { prerendered: true });
  const top = (selector) => page.locator(selector).filter({ visible: true }).first()
    .evaluate((el) => Math.round(el.getBoundingClientRect().top + scrollY));
  const before = { map: await top('.map-frame'), panel: await top('[data-testid="country-panel"]') };
  expect(before.panel).toBeGreaterThan(before.map);
  // The page opens at the panel, which the link is about, not at its top
  // over a map whose hint asks to select a country.
  await expect(page.locator('#country-KZ h2')).toBeInViewport();
  release();
  await appReady(page);
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'KZ');
  expect({ map: await top('.map-frame'), panel: await top('[data-testid="country-panel"]') }).toEqual(before);
  await expect(page.locator('#country-panel-heading-KZ')).toBeInViewport();
});

// There the panel is under the map and the list, out of sight: a tap before
// the app brings it into view as the app's own click does.
test('on a phone on its side, a first tap before the app brings the panel into view', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  const release = await holdWasm(page);
  await page.goto('/', { prerendered: true });
  await page.locator('a[data-country-link="KZ"]').dispatchEvent('click');
  const heading = page.locator('#country-KZ h2');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  release();
  await appReady(page);
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'KZ');
  await expect(page.locator('#country-panel-heading-KZ')).toBeFocused();
  await expect(page.locator('#country-panel-heading-KZ')).toBeInViewport();
});

// A keyboard's first key starts the app: the takeover often comes while the
// reader is in a panel, whose controls the app's panel has in the same places.
for (const control of ['.panel-next', '.panel-close', '.case-toggle']) {
  test(`the focus stays on a panel's control (${control}) when the app takes over`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const release = await holdWasm(page);
    await page.goto('/country/kz/', { prerendered: true });
    await page.locator(`#country-KZ ${control}`).first().focus();
    release();
    await page.waitForFunction(() => !document.querySelector('#app[data-prerendered]'));
    const panel = page.locator('[data-testid="country-panel"][data-panel-country="KZ"]');
    await expect(panel.locator(control).first()).toBeFocused();
  });
}

// Esc, or ×, gives the focus back to what opened the panel: the app learns
// from the page whether that was the list (its entry) or the map (its shape).
for (const [opener, back] of [
  ['a[data-country-button="KZ"]', '[data-country-button="KZ"]'],
  ['a[data-country-link="KZ"]', '[data-country="KZ"]'],
]) {
  test(`a panel opened before the app by ${opener} gives the focus back to it on Esc once the app has taken over`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const release = await holdWasm(page);
    await page.goto('/', { prerendered: true });
    await page.locator(`#app[data-prerendered] ${opener}`).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#country-KZ h2')).toBeFocused();
    release();
    await appReady(page);
    await expect(page.locator('#country-panel-heading-KZ')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('country-panel')).toHaveCount(0);
    await expect(page.locator(back)).toBeFocused();
  });
}

// A panel that back and forward chose was opened by no link: Esc gives the
// focus to the map, before the app as once it has taken over, whatever link
// opened a panel before.
test('after back and forward, Esc once the app has taken over gives the focus to the map, not to a list entry used earlier', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const release = await holdWasm(page);
  await page.goto('/', { prerendered: true });
  await page.locator('#app[data-prerendered] a[data-country-button="KZ"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#country-KZ h2')).toBeFocused();
  await expect(page).toHaveURL(/#country-KZ$/);
  await page.goBack();
  await expect(page.locator('#country-KZ h2')).toBeHidden();
  await page.goForward();
  await expect(page.locator('#country-KZ h2')).toBeVisible();
  release();
  await appReady(page);
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'KZ');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('country-panel')).toHaveCount(0);
  await expect(page.locator('[data-country="KZ"]')).toBeFocused();
});

// Short and narrow, a country's page opens at its panel (the link is about
// it), not at the page's top over a map whose hint asks to select a country.
for (const [width, height] of [[640, 360], [320, 256]]) {
  test(`at ${width}×${height} a country's page opens at its panel, under the map and the list`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await holdWasm(page);
    await page.goto('/country/tj/', { prerendered: true });
    await expect(page.locator('#country-TJ h2')).toBeInViewport();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(height);
  });
}

test('a country\'s page stays where the reader is when they have moved the focus, or where its address names another place', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await holdWasm(page);
  await page.goto('/country/tj/#map-hint', { prerendered: true });
  await expect(page.locator('#map-hint')).toBeInViewport();
  await expect(page.locator('#country-TJ h2')).not.toBeInViewport();
  // Before the page's script reads the page: a key pressed while it loaded.
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => document.querySelector('#app a[data-country-link="KZ"]').focus({ preventScroll: true })));
  await page.goto('/country/uz/', { prerendered: true });
  expect(await page.evaluate(() => performance.getEntriesByType('navigation')[0].type)).toBe('navigate');
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await expect(page.locator('#country-UZ h2')).not.toBeInViewport();
});

// A query link (`?country=TJ`, as shared before each view had its page) is
// the app's to answer: on a phone on its side it brings the panel, under the
// map and the list, into view as the country's own page does.
test('on a phone on its side, a query link to a country opens at its panel once the app shows it', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto('/?country=TJ', { prerendered: true });
  await appReady(page);
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'TJ');
  await expect(page.locator('#country-panel-heading-TJ')).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(360);
});

test('a query link to a country stays where the reader is when they used the page before the app, or where its address names another place', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  // A fragment that names nothing: the browser leaves the page at its top.
  await page.goto('/?country=TJ#nothing', { prerendered: true });
  await appReady(page);
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'TJ');
  expect(await page.evaluate(() => scrollY)).toBe(0);
  // A click on the sea while the app loads: the reader is at the map.
  for (const press of ['the sea', 'a key']) {
    const release = await holdWasm(page);
    await page.goto('/?country=UZ', { prerendered: true });
    if (press === 'a key') await page.keyboard.press('Tab');
    else {
      const point = await page.evaluate(() => {
        const box = document.querySelector('.map-canvas').getBoundingClientRect();
        for (let y = box.top + 40; y < Math.min(box.bottom, innerHeight) - 10; y += 7) for (let x = box.left + 10; x < box.right - 10; x += 7) {
          if (document.elementFromPoint(x, y)?.matches('.water, .context-country')) return { x, y };
        }
        return null;
      });
      await page.mouse.click(point.x, point.y);
    }
    release();
    await page.waitForFunction(() => !document.querySelector('#app[data-prerendered]'));
    await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'UZ');
    expect(await page.evaluate(() => scrollY), press).toBe(0);
    await page.unrouteAll();
  }
});
