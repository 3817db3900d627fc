// An embed's look on its host's page (issue #18, item 3): theme=light|dark|auto,
// transparent=1 and legend=0, from the link, before the app and after it;
// offered in the Embed dialog; and accessible in every look.
import AxeBuilder from '@axe-core/playwright';
import { PNG } from 'pngjs';
import { test, expect } from './support/fixtures.mjs';
import { APP_ORIGIN, HOST_ORIGIN } from './support/origins.mjs';

const audit = (page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
const summary = (r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
const DARK_PAGE = 'rgb(23, 25, 29)';
const LIGHT_PAGE = 'rgb(247, 246, 243)';

/** The page's colours: every custom property the stylesheet sets on <html>. */
const colours = (page) => page.evaluate(() => {
  const style = getComputedStyle(document.documentElement);
  const names = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules])
    .flatMap((rule) => (rule.cssRules ? [...rule.cssRules] : [rule]))
    .filter((rule) => rule.style)
    .flatMap((rule) => [...rule.style].filter((name) => name.startsWith('--')));
  return Object.fromEntries([...new Set(names)].sort().map((name) => [name, style.getPropertyValue(name).trim()]));
});
const pageColour = (page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('theme=dark makes a rendered embed dark before the app, without starting it, and the app keeps it', async ({ page }) => {
  await page.goto('/embed/country/kg/?theme=dark', { prerendered: true });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pageColour(page)).toBe(DARK_PAGE);
  await page.waitForTimeout(500);
  // The look alone does not start the app: the page stays the rendered one.
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
  await page.mouse.move(5, 5);
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(0);
  expect(await pageColour(page)).toBe(DARK_PAGE);
  // The app keeps the look in the links it writes.
  await page.getByTestId('category-select').selectOption('press');
  await expect(page).toHaveURL(/theme=dark/);
});

test('theme=auto follows the reader\'s colour scheme, with exactly the dark theme\'s colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?embed=1&country=KG&theme=dark');
  const dark = await colours(page);
  await page.goto('/?embed=1&country=KG&theme=auto');
  expect(await colours(page)).toEqual(dark);
  expect(await pageColour(page)).toBe(DARK_PAGE);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await pageColour(page)).toBe(LIGHT_PAGE);
  await page.goto('/?embed=1&country=KG');
  const light = await colours(page);
  await page.goto('/?embed=1&country=KG&theme=auto');
  expect(await colours(page)).toEqual(light);
  expect(Object.keys(light).length).toBeGreaterThan(15);
});

test('transparent=1 lets the host page\'s colour show through the frame, in either theme', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/`);
  for (const theme of ['light', 'dark']) {
    await page.evaluate(([origin, theme]) => {
      document.body.style.background = 'rgb(32, 96, 64)';
      document.getElementById('slot').innerHTML = `<iframe src="${origin}/?embed=1&category=press&theme=${theme}&transparent=1" width="600" height="640" style="border:0"></iframe>`;
    }, [APP_ORIGIN, theme]);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('map')).toBeVisible();
    // A pixel of the frame beside its title, where only the page's background is.
    const title = await frame.locator('.embed-title').boundingBox();
    const shot = PNG.sync.read(await page.screenshot());
    const x = Math.round(title.x + title.width + 40), y = Math.round(title.y + title.height / 2);
    const i = (shot.width * y + x) * 4;
    expect([shot.data[i], shot.data[i + 1], shot.data[i + 2]], theme).toEqual([32, 96, 64]);
  }
});

test('legend=0 hides the legend; the list of countries and their statuses stays', async ({ map, page }) => {
  await map.open('?embed=1&category=press&legend=0');
  await expect(page.getByTestId('legend')).toBeHidden();
  await expect(page.locator('[data-country-button="KZ"]')).toBeVisible();
});

test('a look the map does not know is named in a notice, and the embed looks as usual', async ({ map, page }) => {
  await map.open('?embed=1&theme=purple&transparent=yes');
  await expect(page.getByTestId('notices')).toContainText('theme=purple');
  await expect(page.getByTestId('notices')).toContainText('transparent=yes');
  expect(await pageColour(page)).toBe(LIGHT_PAGE);
});

test('the Embed dialog offers the look, and its code carries it', async ({ map, page }) => {
  await map.open('?country=KZ&category=press');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByTestId('embed-dialog');
  await dialog.getByLabel('Colours').selectOption('dark');
  await dialog.getByLabel(/No background/).check();
  await dialog.getByLabel('Show the legend').uncheck();
  await expect(page.getByTestId('embed-iframe-code')).toHaveValue(/\?country=KZ&amp;category=press&amp;embed=1&amp;theme=dark&amp;transparent=1&amp;legend=0"/);
  await dialog.getByLabel('Colours').selectOption('auto');
  await expect(page.getByTestId('embed-iframe-code')).toHaveValue(/&amp;theme=auto&amp;transparent=1&amp;legend=0"/);
  expect(summary(await audit(page))).toEqual([]);
});

for (const [name, query, scheme] of [
  ['dark', 'theme=dark', 'light'],
  ['auto, on a dark device', 'theme=auto', 'dark'],
]) {
  test(`an embed in the ${name} look has no WCAG 2.2 AA violations, and is screenshotted`, async ({ map, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height, view] of [[400, 760, 'country=KG&category=lgbt'], [800, 640, 'category=press']]) {
      await page.setViewportSize({ width, height });
      await map.open(`?embed=1&${view}&${query}`);
      expect(summary(await audit(page)), `${width} px, ${view}`).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/theme-${name.replace(/\W+/g, '-')}-${width}.png` });
    }
    await page.goto(`/?embed=1&card=kg-azimjon-askarov&${query}`);
    await expect(page.getByTestId('case-card')).toBeVisible();
    expect(summary(await audit(page)), 'case card').toEqual([]);
  });
}

// Without a background, the text outside the panels sits on the host's page:
// audited on a colour that suits the theme the campaigner chose (a dark page
// for the dark theme, a pale one for the light). axe cannot see through a
// frame to its host (it takes white), so the audit puts the host's colour
// where it shows through, behind the embed opened on its own; the screenshot
// is of the embed in a host page.
for (const [theme, host] of [['dark', 'rgb(20, 33, 61)'], ['light', 'rgb(255, 243, 214)']]) {
  test(`a transparent embed in the ${theme} theme, on a ${theme} host page, has no WCAG 2.2 AA violations`, async ({ map, page }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    const query = `?embed=1&country=KG&category=lgbt&theme=${theme}&transparent=1`;
    await page.goto(`${HOST_ORIGIN}/`);
    await page.evaluate(([src, theme, host]) => {
      document.documentElement.style.background = host;
      document.documentElement.style.color = theme === 'dark' ? '#fff' : '#000';
      document.getElementById('slot').innerHTML = `<iframe title="Central Asia Rights Map" src="${src}" width="760" height="760" style="border:0"></iframe>`;
    }, [`${APP_ORIGIN}/${query}`, theme, host]);
    await expect(page.frameLocator('iframe').getByTestId('map')).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/theme-transparent-${theme}.png` });
    await map.open(query);
    await page.evaluate((host) => { document.body.style.background = host; }, host);
    expect(summary(await audit(page))).toEqual([]);
  });
}

test('in the dark theme, the map\'s focus ring is light with a dark halo, so it stands out on the dark neighbours too', async ({ map, page }) => {
  await map.open('?embed=1&category=press&theme=dark');
  await map.country('KZ').focus();
  await page.keyboard.press('ArrowRight');
  const ring = page.locator('path.focus-ring');
  await expect(ring).not.toHaveAttribute('d', 'M0 0');
  const style = await ring.evaluate((el) => ({ stroke: getComputedStyle(el).stroke, filter: getComputedStyle(el).filter }));
  expect(style.stroke).toBe('rgb(138, 180, 248)');
  expect(style.filter).toContain('rgb(11, 19, 32)');
});
