// The URL is a public contract: links restore the view; back and forward work;
// bad values fall back politely, never to a blank page.
import { test, expect } from './support/fixtures.mjs';

test('a link restores country, category and case, case-insensitively', async ({ map }) => {
  await map.open('?country=kz&category=PRESS&case=kz-marat-zhylanbaev&lang=EN');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KZ');
  await expect(map.categorySelect()).toHaveValue('press');
  await expect(map.caseCard('kz-marat-zhylanbaev').locator('blockquote')).toBeVisible();
  await expect(map.notices()).toBeEmpty();
  // The address is normalised to the canonical form, with no extra history entry.
  expect(await map.search()).toBe('?country=KZ&category=press&case=kz-marat-zhylanbaev');
});

test('back and forward restore earlier views', async ({ map, page }) => {
  await map.open();
  // The app writes the address in the frame after a change (src/ui/url_sync.rs):
  // each view is in the history once its address is.
  await map.selectCategory('torture');
  await expect(page).toHaveURL(/\/issue\/torture\/$/);
  await map.clickCountry('UZ');
  await expect(map.panel()).toBeVisible();
  await expect(page).toHaveURL(/\/country\/uz\/\?country=UZ&category=torture$/);
  await page.goBack();
  await expect(map.panel()).toHaveCount(0);
  await expect(map.categorySelect()).toHaveValue('torture');
  await page.goBack();
  await expect(map.categorySelect()).toHaveValue('overview');
  // One step at a time: each traversal is done once the app shows its view.
  await page.goForward();
  await expect(map.categorySelect()).toHaveValue('torture');
  await expect(page).toHaveURL(/\/issue\/torture\/$/);
  await page.goForward();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
});

for (const [query, text] of [
  ['?country=XX', 'There is no country “XX”'],
  ['?category=weather', 'There is no issue “weather”'],
  ['?case=no-such-case', 'There is no case “no-such-case” on this map, so no case is opened.'],
  ['?lang=fr', 'The language “fr” is not available, so the map is shown in English.'],
  ['?view=nope', 'The map does not know the option “view=nope”'],
]) {
  test(`an unknown value (${query}) falls back with a visible notice`, async ({ map }) => {
    await map.open(query);
    await expect(map.notices()).toContainText(text);
    await expect(map.country('KZ')).toBeVisible();
    await expect(map.categorySelect()).toHaveValue('overview');
  });
}

test('a valid part of a link is kept when another part is wrong', async ({ map }) => {
  await map.open('?country=TJ&category=nonsense');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'TJ');
  await expect(map.notices()).toContainText('There is no issue “nonsense”');
});

test('markup and broken encoding in a link are shown as text, never run', async ({ map, page }) => {
  await map.open('?country=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&category=%E0%A4%A&case=%00%ZZ');
  await expect(map.notices()).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('.notices img')).toHaveCount(0);
  await expect(map.country('UZ')).toBeVisible();
});

// The notices come once the app has read the link: over the page's top, not
// in its flow, where they pushed the page down (on a phone, the map out of
// sight: a layout shift of 0.19).
for (const [name, viewport] of [['a laptop', { width: 1366, height: 768 }], ['a phone', { width: 360, height: 640 }]]) {
  test.describe(`on ${name}`, () => {
    test.use({ viewport, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });

    test("a link's notices move nothing, and leave the map on the screen", async ({ page }) => {
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value)))
          .observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto('/?category=nope&country=XX');
      const notices = page.getByTestId('notices');
      await expect(notices).toContainText('There is no country “XX”');
      // Two frames for the shift, if any, to be reported.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => window.__shifts)).toEqual([]);
      const map = await page.locator('.map-canvas').boundingBox();
      expect(map.y + map.height / 2).toBeLessThan(viewport.height);
      // Readable, and its button within reach, on the screen.
      const box = await page.locator('.notice').boundingBox();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      // What it covers (on a phone, the top of the toolbar) comes after its
      // Dismiss button in the page's order: the keyboard reaches it first.
      // (Not the skip link, out of sight until it has the focus and then
      // drawn over the notice: skip-link.spec.mjs.)
      const coveredBefore = await page.locator('.notice').evaluate((n) => {
        const r = n.getBoundingClientRect();
        const dismiss = n.querySelector('button');
        return [...document.querySelectorAll('a[href], button, select, input, textarea')]
          .filter((el) => !n.contains(el) && !el.matches('.skip-link'))
          .filter((el) => { const b = el.getBoundingClientRect(); return b.width > 0 && b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom; })
          .filter((el) => el.compareDocumentPosition(dismiss) & Node.DOCUMENT_POSITION_FOLLOWING)
          .map((el) => el.outerHTML.slice(0, 60));
      });
      expect(coveredBefore).toEqual([]);
      await notices.getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.locator('.notice')).toHaveCount(0);
    });
  });
}

// A country's or a case's page opens scrolled on a phone (the map above the
// sheet, the case): a wrong part of its link is said where the reader is.
test.describe('on a phone, a page that opens scrolled', () => {
  test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  for (const [link, words] of [['/country/tj/?category=nope', 'There is no issue “nope”'], ['/case/kg-propaganda-law/?lang=xx', 'The language “xx” is not available']]) {
    test(`shows the notice for ${link} on the screen`, async ({ page }) => {
      await page.goto(link);
      const notice = page.locator('.notice');
      await expect(notice).toContainText(words);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      await expect(notice).toBeInViewport({ ratio: 1 });
      const y = await page.evaluate(() => scrollY);
      await page.getByTestId('notices').getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toHaveCount(0);
      // The focus goes to the page's <main>, where the reader is: nothing scrolls.
      await expect(page.locator('#main')).toBeFocused();
      expect(await page.evaluate(() => scrollY)).toBe(y);
    });
  }
});

test('the notice can be dismissed', async ({ map }) => {
  await map.open('?country=XX');
  await map.notices().getByRole('button', { name: 'Dismiss' }).click();
  await expect(map.notices()).toBeEmpty();
});

test('very long, repeated and Unicode values leave a usable map', async ({ map, page }) => {
  const long = 'A'.repeat(5000);
  await map.open(`?country=${long}&country=KZ&category=%F0%9F%92%A3%E2%80%AE&category=press&case=${'x'.repeat(300)}&lang=%00ru`);
  // `%00ru` loses its control character and reads as Russian.
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(map.notices()).toContainText('На карте нет страны «AAAA');
  // The first value of a repeated parameter counts; the shown value is cut short.
  const text = await map.notices().textContent();
  expect(text.length).toBeLessThan(1000);
  expect(text).not.toContain('\u202e');
  await expect(map.panel()).toHaveCount(0);
  await expect(map.country('TJ')).toBeVisible();
  await map.countryButton('TJ').click();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'TJ');
});
