// The pages the site renderer (crates/site) writes with the app's components:
// painted before the wasm arrives, working as links without JavaScript, a
// country's panel shown in place at once, and taken over by the app without
// anything moving.
import { readFileSync } from 'node:fs';
import { test, expect, appReady, holdWasm } from './support/fixtures.mjs';
import { FOCUS } from './support/map-page.mjs';
import { CODES } from './support/languages.mjs';

// Requests are intercepted here (page.route), which Playwright cannot do for
// those a service worker answers: the worker (registered by the page's loader
// once the page has loaded) is kept out. Offline use has its own tests.
test.use({ serviceWorkers: 'block' });

const data = JSON.parse(readFileSync('assets/data/rights.json', 'utf8'));

/** Where each country, list entry, the legend and the map are on screen. */
function layout(page) {
  return page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('path[data-country], [data-country-button], [data-testid="legend"], [data-testid="map"], h1')]
      .map((el, i) => {
        const r = el.getBoundingClientRect();
        return [`${i}:${el.tagName}`, [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10)];
      }),
  ));
}

test('the map is painted, coloured and listed before the wasm arrives', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { prerendered: true });
  await expect(page.locator('#app[data-prerendered]')).toBeVisible();
  await expect(page.locator('path[data-country]')).toHaveCount(5);
  for (const code of FOCUS) {
    await expect(page.locator(`path[data-country="${code}"]`)).toHaveAttribute('fill', /^#[0-9a-f]{6}$/i);
    // Both open the panel in the page; the map's link also names the view's
    // link, which the page's script puts in the address bar.
    await expect(page.locator(`a[data-country-link="${code}"]`)).toHaveAttribute('href', `#country-${code}`);
    await expect(page.locator(`a[data-country-button="${code}"]`)).toHaveAttribute('href', `#country-${code}`);
    await expect(page.locator(`a[data-country-link="${code}"]`)).toHaveAttribute('data-app-href', `?country=${code}`);
  }
  await expect(page.getByTestId('legend')).toContainText('issues mentioned');
  // The map's keys work once the app runs: the page does not promise them before.
  await expect(page.locator('#map-hint')).toBeVisible();
  await expect(page.locator('#map-hint .keys-hint')).toBeHidden();
  release();
  await appReady(page);
  await expect(page.locator('#map-hint .keys-hint')).toBeVisible();
});

for (const viewport of [{ width: 360, height: 640 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
  test(`the app takes over without moving anything at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
    });
    const release = await holdWasm(page);
    await page.goto('/', { prerendered: true });
    await expect(page.locator('path[data-country]')).toHaveCount(5);
    const before = await layout(page);
    release();
    await appReady(page);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await layout(page)).toEqual(before);
    expect(await page.evaluate(() => window.__shift)).toBe(0);
  });
}

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

  for (const lang of CODES) {
    test(`the map follows its hint, with no blank where the keyboard's hint would be, before and after the app, ${lang}`, async ({ page }) => {
      const gap = () => page.evaluate(() => {
        const hint = document.querySelector('#map-hint').getBoundingClientRect();
        const keys = document.querySelector('#map-hint .keys-hint').getBoundingClientRect();
        return { gap: document.querySelector('.map-canvas').getBoundingClientRect().top - hint.bottom, keys: keys.width * keys.height };
      });
      const release = await holdWasm(page);
      await page.goto(lang === 'en' ? '/' : `/${lang}/`, { prerendered: true });
      await expect(page.locator('#map-hint .keys-hint')).toHaveCount(1);
      const before = await gap();
      // The hint's own margin, no more; the keys' words take no room.
      expect(before.gap).toBeLessThan(8);
      expect(before.keys).toBeLessThanOrEqual(1);
      // Before the app the keys do nothing: no screen reader hears them either.
      expect(await page.locator('#map-hint .keys-hint').evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');
      release();
      await appReady(page);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await gap()).toEqual(before);
      // With the app, a screen reader (whose user may have a keyboard) still hears them.
      expect(await page.locator('#map-hint .keys-hint').evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
      expect(await page.locator('[data-testid="map"]').getAttribute('aria-describedby')).toBe('map-hint');
    });
  }
});

test('before the app, a focused country is ringed along its border, not its box', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { prerendered: true });
  await page.locator('a[data-country-link]').first().focus();
  await page.keyboard.press('Tab'); // the keyboard's focus: :focus-visible
  const link = page.locator('a[data-country-link]:focus');
  await expect(link).toHaveCount(1);
  expect(await link.evaluate((a) => getComputedStyle(a).outlineStyle)).toBe('none');
  expect(await link.locator('path.focus-country').evaluate((p) => getComputedStyle(p).stroke)).toBe('rgb(8, 66, 160)');
  release();
  await appReady(page);
});

// WCAG 2.4.3: a click on text that starts the app keeps the reader's place.
test('after a click on text starts the app, Tab goes on from that text, not from the top', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { prerendered: true });
  await page.getByTestId('legend').getByRole('heading').click();
  release();
  await appReady(page);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({
    inList: !!document.activeElement.closest('[data-testid="country-list"]'),
    inLegend: !!document.activeElement.closest('[data-testid="legend"]'),
    tag: document.activeElement.tagName,
  }));
  expect(focused.inList || focused.inLegend, JSON.stringify(focused)).toBe(true);
});

test('keyboard focus on a country stays on it when the app takes over', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { prerendered: true });
  await page.locator('a[data-country-link="KG"]').focus();
  release();
  await appReady(page);
  await expect(page.locator('path[data-country="KG"]')).toBeFocused();
});

test('a link to another layout hides the prerendered page until the app is ready, but for the line that says it is loading', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/?embed=1', { prerendered: true });
  for (const part of ['.masthead', '.toolbar', '.map-canvas', '.map-side']) await expect(page.locator(`#app[data-prerendered] ${part}`)).toBeHidden();
  await expect(page.locator('#app[data-prerendered] .app-loading')).toBeVisible();
  release();
  await appReady(page);
  await expect(page.locator('path[data-country="KZ"]')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const code of ['TJ', 'KZ']) {
    test(`the map opens ${code}'s summary, findings and cases`, async ({ page }) => {
      await page.goto('/', { prerendered: true });
      // A click on the shape itself, where its name is written on the map.
      const label = await page.locator(`[data-label="${code}"]`).boundingBox();
      await page.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
      await expect(page).toHaveURL(new RegExp(`/#country-${code}$`));
      // The country's panel, in the panel's place beside the map.
      const panel = page.locator(`#country-${code} [data-testid="country-panel"]`);
      await expect(panel).toBeInViewport();
      await expect(page.getByTestId('map')).toBeInViewport();
      await expect(page.locator('.static-panel [data-testid="country-panel"]:visible')).toHaveCount(1);
      const country = data.countries.find((c) => c.code === code);
      await expect(panel.locator('h2')).toHaveText(country.name);
      await expect(panel).toContainText(country.summary);
      const cases = data.cases.filter((c) => c.country === code);
      expect(cases.length).toBeGreaterThan(0);
      for (const c of cases) await expect(panel).toContainText(c.title);
      // What the app's buttons would show, shown: every issue's finding, and
      // each case's excerpt with its source.
      await expect(panel.locator('.finding-link:visible')).toHaveCount(data.categories.length);
      for (const c of cases) await expect(panel.locator(`[data-case="${c.id}"] blockquote`)).toBeVisible();
      // Each finding is a link there, and no button shows, which would do nothing.
      await expect(panel.locator('a.finding-link:visible')).toHaveCount(data.categories.length);
      await expect(panel.locator('button:visible')).toHaveCount(0);
      // × closes it, still without a page load.
      await panel.locator('a.panel-close').click();
      await expect(panel).toBeHidden();
    });
  }

  test('the list links to every country and controls that need the app are hidden', async ({ page }) => {
    await page.goto('/', { prerendered: true });
    for (const code of FOCUS) await expect(page.locator(`a[data-country-button="${code}"]`)).toBeVisible();
    await expect(page.getByTestId('category-select')).toBeHidden();
    await expect(page.locator('.static-panel')).toHaveCount(5);
    await expect(page.locator('.static-panel [data-testid="country-panel"]:visible')).toHaveCount(0);
  });

  test('a country page shows its panel, and a case page its case, with no script at all', async ({ page }) => {
    await page.goto('/country/kg/', { prerendered: true });
    await expect(page.locator('#country-KG [data-testid="country-panel"]')).toBeVisible();
    await expect(page.locator('.static-panel [data-testid="country-panel"]:visible')).toHaveCount(1);
    await page.goto('/case/tj-gorno-badakshan-crackdown/', { prerendered: true });
    const panel = page.locator('#country-TJ [data-testid="country-panel"]');
    await expect(panel).toBeVisible();
    const c = data.cases.find((k) => k.id === 'tj-gorno-badakshan-crackdown');
    await expect(panel.locator('[data-case="tj-gorno-badakshan-crackdown"]')).toContainText(c.summary);
  });
});

test('while the wasm loads, a country link shows its panel in place, then the app keeps it open', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { prerendered: true });
  await page.evaluate(() => { window.__samePage = true; });
  await page.locator('a[data-country-button="TM"]').click();
  await expect(page.locator('#country-TM [data-testid="country-panel"]')).toBeVisible();
  // Esc closes it wherever the focus is, without scrolling, the focus back on the link.
  await page.locator('h1').click();
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('Escape');
  await expect(page.locator('#country-TM [data-testid="country-panel"]')).toBeHidden();
  await expect(page.locator('a[data-country-button="TM"]')).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  // As a tap would, without the test's own scrolling to the link.
  await page.evaluate(() => window.scrollTo(0, 40));
  await page.locator('a[data-country-button="UZ"]').evaluate((a) => a.click());
  await expect(page).toHaveURL(/\?country=UZ#country-UZ$/);
  await expect(page.locator('#country-UZ [data-testid="country-panel"]')).toBeVisible();
  await expect(page.locator('#country-UZ h2')).toBeFocused();
  await expect(page.locator('#country-KZ [data-testid="country-panel"]')).toBeHidden();
  // In place: the page did not reload nor scroll.
  expect(await page.evaluate(() => [window.__samePage, window.scrollY])).toEqual([true, 40]);
  release();
  await appReady(page);
  await expect(page.getByTestId('country-panel')).toContainText('Uzbekistan');
  await expect(page.locator('#country-panel-heading-UZ')).toBeFocused();
  await expect(page).toHaveTitle('Uzbekistan — Central Asia Rights Map');
  // The app shows the view now: the page's panel fragment leaves the address,
  // so a reload before the app cannot reopen an old panel.
  await page.locator('path[data-country="KZ"]').dispatchEvent('click');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/country\/kz\/$/);
  await expect(page).toHaveTitle('Kazakhstan — Central Asia Rights Map');
  await page.goBack();
  await page.goBack();
  await expect(page.getByTestId('country-panel')).toHaveCount(0);
});

test.describe('a visitor whose browser prefers Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('gets the first view in Russian, and the app takes it over without moving anything', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const release = await holdWasm(page);
    await page.goto('/?category=press', { prerendered: true });
    await expect(page).toHaveURL(/\/ru\/\?category=press$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('[data-label="KZ"] .country-label-name')).toHaveText('Казахстан');
    const before = await layout(page);
    release();
    await appReady(page);
    await expect(page.locator('#legend-heading')).not.toHaveText('Overview: all issues');
    await expect(page.locator('[data-country-button="KZ"]')).toContainText('Казахстан');
    // The link asked for another issue: colours and legend change, the page's frame does not.
    const after = await layout(page);
    expect(after['0:H1']).toEqual(before['0:H1']);
  });

  test('still gets English when the link asks for it', async ({ page }) => {
    await page.goto('/?lang=en', { prerendered: true });
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?lang=en$/);
    await expect(page.locator('[data-label="KZ"] .country-label-name')).toHaveText('Kazakhstan');
  });
});

test('a Russian page stays Russian for an English browser: its address asked for it', async ({ page }) => {
  await page.goto('/ru/country/kg/', { prerendered: true });
  await expect(page).toHaveURL(/\/ru\/country\/kg\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await appReady(page);
  await expect(page.getByTestId('country-panel')).toContainText('Кыргызстан');
});

test('a link to the Russian page that asks for English opens the English one', async ({ page }) => {
  await page.goto('/ru/?country=KG&lang=en', { prerendered: true });
  await expect(page.locator('html')).toHaveAttribute('data-prerender', 'en');
  await appReady(page);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/country\/kg\/(\?lang=en)?$/);
  await expect(page.getByTestId('country-panel')).toContainText('Kyrgyzstan');
});

test.describe('without JavaScript, in either language', () => {
  test.use({ javaScriptEnabled: false });
  // The app's finding buttons show the map coloured for an issue, the
  // country's panel still open: a page holds that view, as a link.
  for (const [prefix, file] of [['', 'rights.json'], ['/ru', 'rights.ru.json']]) {
    test(`a finding of a country's overview opens its issue's map with the panel${prefix ? ' (ru)' : ''}`, async ({ page }) => {
      const categories = JSON.parse(readFileSync(`assets/data/${file}`, 'utf8')).categories;
      const press = Array.isArray(categories) ? categories.find((c) => c.id === 'press').name : categories.press.name;
      await page.goto(`${prefix}/country/tj/`, { prerendered: true });
      const finding = page.locator('#country-TJ a.finding-link').filter({ hasText: press });
      await finding.click();
      await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:\\d+${prefix}/issue/press/#country-TJ$`));
      await expect(page.locator('#legend-heading')).toHaveText(press);
      const panel = page.locator('.static-panel [data-testid="country-panel"]:visible');
      await expect(panel).toHaveCount(1);
      await expect(panel).toHaveAttribute('data-panel-country', 'TJ');
      await expect(panel.locator('#finding-heading-TJ')).toContainText(press);
      await expect(page.locator('path[data-country="TJ"]')).toBeInViewport();
    });
  }
  test('an embed\'s finding leads to the issue\'s embed', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 640 });
    await page.goto('/embed/country/kz/', { prerendered: true });
    // An embed's panel is brief: its findings are behind "More".
    await page.locator('#country-KZ [data-testid="panel-more"]').click();
    const href = await page.locator('#country-KZ a.finding-link').first().getAttribute('href');
    expect(href).toMatch(/^\.\.\/\.\.\/\.\.\/embed\/issue\/[a-z-]+\/#country-KZ$/);
    await page.locator('#country-KZ a.finding-link').first().click();
    await expect(page).toHaveURL(/\/embed\/issue\/[a-z-]+\/#country-KZ$/);
    await expect(page.getByTestId('embed')).toBeVisible();
    await expect(page.getByTestId('country-panel').filter({ visible: true })).toHaveAttribute('data-panel-country', 'KZ');
  });
  test('the page says what it is and links to the other language', async ({ page }) => {
    await page.goto('/', { prerendered: true });
    await expect(page.locator('.noscript')).toContainText('Without JavaScript');
    await page.locator('.noscript a[lang="ru"]').click();
    await expect(page).toHaveURL(/\/ru\/$/);
    await expect(page.locator('.noscript')).toContainText('Без JavaScript');
    await expect(page.locator('[data-label="UZ"] .country-label-name')).toHaveText('Узбекистан');
    await page.locator('.noscript a[lang="en"]').click();
    await expect(page.locator('.noscript')).toContainText('Without JavaScript');
  });
});

test('a country page opens with its panel, and the app takes it over keeping it, nothing moving', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/country/kg/', { prerendered: true });
  const panel = page.getByTestId('country-panel').filter({ visible: true });
  await expect(panel).toHaveAttribute('data-panel-country', 'KG');
  const before = await panel.boundingBox();
  const shapes = await layout(page);
  // The overview's findings: links in the page, the app's buttons, one look.
  const findings = () => page.locator('[data-panel-country="KG"] .finding-link').filter({ visible: true })
    .evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return [el.tagName, r.x, r.y, r.width, r.height, getComputedStyle(el).backgroundColor, getComputedStyle(el).borderTopColor]; }));
  const links = await findings();
  expect(links.length).toBeGreaterThan(5);
  release();
  await appReady(page);
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'KG');
  expect(await page.getByTestId('country-panel').boundingBox()).toEqual(before);
  expect((await findings()).map(([tag, ...rest]) => [tag === 'BUTTON' ? 'A' : tag, ...rest])).toEqual(links);
  expect(links.every(([tag]) => tag === 'A')).toBe(true);
  await expect(page).toHaveTitle('Kyrgyzstan — Central Asia Rights Map');
  expect(await layout(page)).toEqual(shapes);
  await expect(page).toHaveURL(/\/country\/kg\/$/);
  // Another view is at its own page's address; the map at the site's root.
  await page.locator('path[data-country="TJ"]').dispatchEvent('click');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/country\/tj\/$/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('country-panel')).toHaveCount(0);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await page.reload();
  await expect(page.getByTestId('country-panel')).toHaveCount(0);
  await page.goBack();
  await page.goBack();
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'KG');
  await expect(page).toHaveURL(/\/country\/kg\/$/);
});

test('an issue page is coloured for its issue before the wasm arrives', async ({ page }) => {
  await holdWasm(page);
  await page.goto('/ru/issue/press/', { prerendered: true });
  const name = JSON.parse(readFileSync('assets/data/rights.ru.json', 'utf8')).categories.press.name;
  await expect(page.locator('#legend-heading')).toHaveText(name);
  await expect(page).toHaveTitle(new RegExp(`^${name} — `));
});

test('an embed page shows its map and country before the wasm arrives', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 640 });
  await holdWasm(page);
  await page.goto('/embed/country/kz/', { prerendered: true });
  await expect(page.getByTestId('embed')).toBeVisible();
  await expect(page.locator('path[data-country="KZ"]')).toBeVisible();
  await expect(page.getByTestId('country-panel').filter({ visible: true })).toHaveAttribute('data-panel-country', 'KZ');
});

test.describe('on a phone, before the app', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('a tap on a country opens its bottom sheet at once, the map in view above it', async ({ page }) => {
    await holdWasm(page);
    await page.goto('/', { prerendered: true });
    const label = await page.locator('[data-label="KZ"]').boundingBox();
    await page.touchscreen.tap(label.x + label.width / 2, label.y + label.height / 2);
    const sheet = page.locator('#country-KZ [data-testid="country-panel"]');
    await expect(sheet).toBeInViewport();
    const box = await sheet.boundingBox();
    expect(box.y + box.height).toBeCloseTo(640, 0);
    // The page scrolled the map from under the sheet to the screen's top (phone-sheet.spec.mjs).
    const map = await page.locator('#app .map-canvas').boundingBox();
    expect(Math.round(map.y)).toBe(0);
    expect(map.y + map.height).toBeLessThanOrEqual(box.y + 1);
  });
});
