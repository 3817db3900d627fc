// A link to a case (a campaigner's, in a messenger) opens its country's panel
// at that case, under the country's name and ×, which stay in sight: on the
// rendered page before the wasm arrives, without JavaScript, and in the app.
import { readFileSync } from 'node:fs';
import { test, expect, appReady, holdWasm } from './support/fixtures.mjs';

// Requests are intercepted here (page.route), which a service worker would bypass.
test.use({ serviceWorkers: 'block' });

// The last of a country's cases: the furthest down its panel.
const cases = JSON.parse(readFileSync('assets/data/rights.json', 'utf8')).cases;
const CASE = cases.filter((c) => c.country === 'KG').at(-1).id;

/** Where the case's card is in the shown panel, and where its heading is. */
function caseInPanel(page, id) {
  return page.evaluate((id) => {
    const panel = [...document.querySelectorAll('[data-testid="country-panel"]')].find((el) => el.checkVisibility());
    const card = panel.querySelector(`[data-case="${id}"]`).getBoundingClientRect();
    const header = panel.querySelector('.panel-header').getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    return {
      scrolled: panel.scrollTop,
      headerAtTop: Math.abs(header.top - box.top) <= 1.5,
      cardBelowHeader: card.top >= header.bottom - 0.5,
      cardInSight: card.top < Math.min(box.bottom, innerHeight) - 120,
    };
  }, id);
}

const INSIGHT = { headerAtTop: true, cardBelowHeader: true, cardInSight: true };

for (const viewport of [{ width: 360, height: 640 }, { width: 1366, height: 768 }]) {
  test(`a case's page opens at the case, then the app keeps it there, at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const release = await holdWasm(page);
    await page.goto(`/case/${CASE}/`, { prerendered: true });
    await expect(page.locator(`[data-case="${CASE}"] .case-toggle`)).toHaveAttribute('aria-expanded', 'true');
    const before = await caseInPanel(page, CASE);
    expect(before).toMatchObject(INSIGHT);
    expect(before.scrolled).toBeGreaterThan(0);
    release();
    await appReady(page);
    await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'KG');
    expect(await caseInPanel(page, CASE)).toEqual(before);
  });
}

// Short and narrow (a phone on its side, or a laptop's 1280×1024 at 400 %
// zoom, WCAG's reflow size): the panel is in the page, under the map, and the
// page itself opens at the case, 8 px under the screen's top.
for (const [name, width, height] of [['on a phone on its side', 640, 360], ['at 400 % zoom (320×256)', 320, 256]]) {
  test(`${name}, a case's page opens scrolled to the case, and the app keeps it there`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const release = await holdWasm(page);
    await page.goto(`/case/${CASE}/`, { prerendered: true });
    const where = () => page.evaluate((id) => {
      const card = [...document.querySelectorAll(`[data-case="${id}"]`)].find((el) => el.checkVisibility());
      // 8 px under the top, give or take a fraction of a pixel.
      return { scrolled: scrollY > 1000, top: Math.abs(card.getBoundingClientRect().top - 8) <= 1 };
    }, CASE);
    await expect.poll(where).toEqual({ scrolled: true, top: true });
    release();
    await appReady(page);
    await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'KG');
    expect(await where()).toEqual({ scrolled: true, top: true });
    // An address the app answers itself does the same.
    await page.goto(`/?country=KG&case=${CASE}`);
    await expect.poll(where).toEqual({ scrolled: true, top: true });
  });
}

// In Chromium the stylesheet does it (a panel shown again is a new scroll box);
// the page's script does it where scroll-initial-target is missing.
test('back on a case\'s page from another country, before the app, its panel is at the case again', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await holdWasm(page);
  await page.goto(`/case/${CASE}/`, { prerendered: true });
  const label = await page.locator('[data-label="TJ"]').boundingBox();
  await page.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
  await expect(page.getByTestId('country-panel').filter({ visible: true })).toHaveAttribute('data-panel-country', 'TJ');
  await page.goBack();
  await expect(page.getByTestId('country-panel').filter({ visible: true })).toHaveAttribute('data-panel-country', 'KG');
  await expect.poll(() => caseInPanel(page, CASE)).toMatchObject(INSIGHT);
});

// The app keeps a panel it hides, scrolled back to its top: Back to a case's
// view shows that panel at the case again, as the case's link opens.
for (const viewport of [{ width: 1366, height: 768 }, { width: 360, height: 640 }]) {
  test(`back to a case's view from another country, in the app, its panel is at the case again, at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(`/case/${CASE}/`, { prerendered: true });
    await appReady(page);
    await expect.poll(() => caseInPanel(page, CASE)).toMatchObject(INSIGHT);
    await page.getByTestId('country-panel').filter({ visible: true }).getByRole('button', { name: /Next country/ }).click();
    await expect(page.getByTestId('country-panel').filter({ visible: true })).toHaveAttribute('data-panel-country', 'TJ');
    await page.goBack();
    const shown = page.getByTestId('country-panel').filter({ visible: true });
    await expect(shown).toHaveAttribute('data-panel-country', 'KG');
    await expect(shown.locator(`[data-case="${CASE}"] .case-toggle`)).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(() => caseInPanel(page, CASE)).toMatchObject(INSIGHT);
    await expect(shown.getByRole('heading', { level: 2 }).first()).toBeFocused();
  });
}

// A panel in the page (a phone on its side): Back brings the page to the
// case, and the focus, on the case, does not scroll it away again.
test('back to a case\'s view on a phone on its side, in the app, the page is at the case again', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto(`/case/${CASE}/`, { prerendered: true });
  await appReady(page);
  const cardTop = () => page.evaluate((id) => {
    const card = [...document.querySelectorAll(`[data-case="${id}"]`)].find((el) => el.checkVisibility());
    return card ? Math.round(card.getBoundingClientRect().top) : null;
  }, CASE);
  await expect.poll(cardTop).toBe(8);
  await page.getByTestId('country-panel').filter({ visible: true }).getByRole('button', { name: /Next country/ }).click();
  await expect(page.getByTestId('country-panel').filter({ visible: true })).toHaveAttribute('data-panel-country', 'TJ');
  await page.goBack();
  await expect(page.getByTestId('country-panel').filter({ visible: true })).toHaveAttribute('data-panel-country', 'KG');
  await expect.poll(cardTop).toBe(8);
  await page.waitForTimeout(200);
  expect(await cardTop()).toBe(8);
  // The focus is where the reader is: on the case's title (the panel's
  // heading is some 2,000 px above), and the next Tab stays in the case.
  const shown = page.getByTestId('country-panel').filter({ visible: true });
  await expect(shown.locator(`[data-case="${CASE}"] h4`)).toBeFocused();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate((id) => ({
    inCase: !!document.activeElement.closest(`[data-case="${id}"]`),
    top: document.activeElement.getBoundingClientRect().top,
  }), CASE);
  expect(focused.inCase).toBe(true);
  expect(focused.top).toBeGreaterThanOrEqual(0);
  expect(focused.top).toBeLessThan(360);
});

// A link to a part of the page (the method note) is an entry of its own,
// whose Back and Forward show the same case: it stays where the link led.
test('on a case\'s page in the app, a link to the method note stays there', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto(`/case/${CASE}/`, { prerendered: true });
  await appReady(page);
  const link = page.getByTestId('method-link').filter({ visible: true }).first();
  await link.click();
  await expect(page).toHaveURL(/#method$/);
  const methodTop = () => page.evaluate(() => Math.round(document.getElementById('method').getBoundingClientRect().top));
  await expect.poll(methodTop).toBeLessThan(40);
  await page.waitForTimeout(300);
  expect(await methodTop()).toBeLessThan(40);
  await page.goBack();
  await page.goForward();
  await page.waitForTimeout(300);
  expect(await methodTop()).toBeLessThan(40);
});

test('an address that asks the app for a case opens its panel at the case', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`/?country=KG&case=${CASE}`);
  await expect(page.locator(`[data-case="${CASE}"] .case-toggle`)).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => caseInPanel(page, CASE)).toMatchObject(INSIGHT);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a case\'s page opens at the case', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`/ru/case/${CASE}/`, { prerendered: true });
    expect(await caseInPanel(page, CASE)).toMatchObject(INSIGHT);
  });
});
