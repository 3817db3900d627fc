// The region's own languages: each page in its language, each visitor
// downloading only the language they read, the menu, and a first visit that
// follows the browser's languages in order.
import { test, expect } from './support/fixtures.mjs';
import { LANGS, message } from './support/languages.mjs';

const REGIONAL = ['uz', 'kk', 'ky', 'tg', 'tk'];
const CYRILLIC = new Set(LANGS.filter((l) => l.cyrillic).map((l) => l.code));

// Names and labels that stay in Latin script in every language, and in
// Latin-script languages the English words that must not appear in them.
const ALLOWED_LATIN = new Set(['Human', 'Rights', 'Watch', 'Natural', 'Earth', 'ANTON', 'KARLINER', 'SIPA', 'Shutterstock', 'JavaScript', 'CC', 'BY']);
// (Not "has": a Turkmen word.)
const ENGLISH = new Set(['the', 'and', 'of', 'with', 'from', 'that', 'this', 'which', 'have', 'were', 'been', 'their', 'Map',
  'Country', 'Issue', 'Cases', 'Source', 'Findings', 'Close', 'Previous', 'Next', 'Download', 'Print', 'Embed', 'Table', 'Overview',
  'Legend', 'Language', 'Quoted', 'original', 'Capital', 'Outcome', 'People', 'Dates', 'issues', 'mentioned', 'Present']);

/** Words of visible text and accessible names in the page's own language:
 *  not what is marked as another (quotations in English, the menu's names),
 *  nor the text inside a picture (an exported map is an image named by its title). */
async function words(page) {
  return page.evaluate(() => {
    const out = [];
    const own = document.documentElement.lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[lang]')?.lang !== own || el.closest('script, style, noscript, kbd, [hidden], svg[role="img"]')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      out.push(...(n.textContent.replace(/https?:\/\/\S+/g, '').match(/\p{L}[\p{L}\u02BB\u02BC'’-]*/gu) ?? []));
    }
    for (const el of document.querySelectorAll('[aria-label]')) {
      if (el.closest('[lang]')?.lang === own) out.push(...(el.getAttribute('aria-label').match(/\p{L}+/gu) ?? []));
    }
    return out;
  });
}

async function noEnglish(page, code) {
  const all = await words(page);
  const bad = CYRILLIC.has(code)
    ? all.filter((w) => /^[A-Za-z]{3,}$/.test(w) && !ALLOWED_LATIN.has(w))
    : all.filter((w) => ENGLISH.has(w));
  expect([...new Set(bad)], `English words on the ${code} page`).toEqual([]);
}

for (const code of REGIONAL) {
  test(`the map page in ${code} is in ${code}, and fetches only its own language`, async ({ map, page }) => {
    const packs = [];
    page.on('request', (r) => { if (r.url().includes('/lang/')) packs.push(r.url().split('/lang/')[1]); });
    await page.goto(`/${code}/`, { prerendered: true });
    // The rendered page, before the app: already in the language.
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('h1')).toHaveText(message(code, 'title'));
    await map.open(`${code}/`);
    await expect(page.locator('#app:not([data-prerendered])')).toBeAttached();
    await expect(page.locator('h1')).toHaveText(message(code, 'title'));
    await expect(map.langMenu().locator('summary')).toContainText(LANGS.find((l) => l.code === code).name);
    await noEnglish(page, code);
    expect(packs).toEqual([`${code}.pack`]);
  });

  test(`a country and its cases in ${code}: quotations stay English, marked as such`, async ({ map, page }) => {
    await map.open(`${code}/country/kz/?category=press&case=kz-marat-zhylanbaev`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    const quote = map.panel().getByTestId('finding').locator('blockquote');
    await expect(quote).toHaveAttribute('lang', 'en');
    await expect(quote).toContainText('Violent attacks on journalists');
    await expect(map.panel().getByTestId('finding')).toContainText(message(code, 'quote-note'));
    await noEnglish(page, code);
  });

  test(`the table and the printed dossiers in ${code} have no English outside quotations`, async ({ map, page }) => {
    await map.open(`?view=table&lang=${code}`);
    await expect(map.tableView()).toBeVisible();
    await noEnglish(page, code);
    // Headless Chromium has no printer: the call is recorded instead.
    await page.addInitScript(() => { window.print = () => { window.__printed = true; }; });
    await map.open(`${code}/`);
    await page.getByRole('button', { name: message(code, 'print-all') }).click();
    await expect.poll(() => page.evaluate(() => window.__printed)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('dossier').locator('[data-dossier]')).toHaveCount(5);
    await noEnglish(page, code);
  });
}

test('English readers download no other language', async ({ map, page }) => {
  const packs = [];
  page.on('request', (r) => { if (r.url().includes('/lang/')) packs.push(r.url()); });
  await map.open('?country=UZ');
  await map.selectCategory('press');
  expect(packs).toEqual([]);
});

test('the menu lists every language by its name in itself, and switches in place', async ({ map, page }) => {
  const packs = [];
  page.on('request', (r) => { if (r.url().includes('/lang/')) packs.push(r.url().split('/lang/')[1]); });
  await map.open('?country=TJ');
  const links = map.langMenu().getByRole('link');
  await map.langMenu().locator('summary').click();
  await expect(links).toHaveText(LANGS.map((l) => l.name));
  // Each link is this view's page in its language (for a new tab, or before the app).
  await expect(links.filter({ hasText: 'Тоҷикӣ' })).toHaveAttribute('href', /(^|\/)tg\/country\/tj\/\?lang=tg$/);
  await expect(links.filter({ hasText: 'English' })).toHaveAttribute('href', /(^|\/)country\/tj\/\?lang=en$/);
  for (const { code } of LANGS) await expect(links.and(page.locator(`[lang="${code}"]`))).toHaveCount(1);
  await links.filter({ hasText: 'Тоҷикӣ' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'tg');
  await expect(map.panel().locator('h2')).toHaveText('Тоҷикистон');
  // Closed, and the focus back on it.
  await expect(links.first()).toBeHidden();
  await expect(map.langMenu().locator('summary')).toBeFocused();
  expect(await map.address()).toBe('/tg/country/tj/');
  expect(packs).toEqual(['tg.pack']);
  // Remembered: the next visit opens in it.
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText(message('tg', 'title'));
});

// A campaigner who chose an issue and a country, then copies the Russian link
// (or opens it in a new tab): the link is that whole view, in Russian.
test('a language link keeps the issue chosen with the country', async ({ map, page, context }) => {
  await map.open('?category=press');
  await map.clickCountry('KZ');
  await expect(map.panel().locator('h2')).toHaveText('Kazakhstan');
  await map.langMenu().locator('summary').click();
  const russian = map.langMenu().getByRole('link', { name: 'Русский', exact: true });
  await expect(russian).toHaveAttribute('href', /(^|\/)ru\/country\/kz\/\?country=KZ&category=press&lang=ru$/);
  const copied = await russian.evaluate((a) => a.href);
  const other = await context.newPage();
  await other.goto(copied);
  await expect(other.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(other.getByTestId('country-panel').filter({ visible: true }).locator('h2')).toHaveText('Казахстан');
  await expect(other.getByTestId('category-select')).toHaveValue('press');
});

test('the menu works by keyboard: Enter opens it, Tab reaches the languages, Esc closes it', async ({ map, page }) => {
  await map.open();
  const summary = map.langMenu().locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(map.langMenu()).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(map.langMenu().getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(map.langMenu()).not.toHaveAttribute('open', '');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  for (let i = 0; i < LANGS.findIndex((l) => l.code === 'kk') + 1; i++) await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Қазақша');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
});

test('in the open menu, the arrow keys, Home and End move between the languages', async ({ map, page }) => {
  await map.open();
  const summary = map.langMenu().locator('summary');
  const links = map.langMenu().getByRole('link');
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(links.last()).toBeFocused(); // round from the first to the last
  await page.keyboard.press('Home');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(links.last()).toBeFocused();
  // The page did not scroll with the arrows, and the menu is still open.
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await expect(map.langMenu()).toHaveAttribute('open', '');
  // Closed, the arrows are the page's again: the page scrolls.
  await page.keyboard.press('Escape');
  await expect(summary).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  await expect(summary).toBeFocused();
});

test('a click elsewhere closes the menu', async ({ map, page }) => {
  await map.open();
  await map.langMenu().locator('summary').click();
  await expect(map.langMenu()).toHaveAttribute('open', '');
  await page.locator('h1').click();
  await expect(map.langMenu()).not.toHaveAttribute('open', '');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page links to the same view’s page in every other language', async ({ page }) => {
    await page.goto('/country/kg/', { prerendered: true });
    const others = page.locator('.noscript a[hreflang]');
    await expect(others).toHaveText(LANGS.filter((l) => l.code !== 'en').map((l) => l.name));
    await others.filter({ hasText: 'Кыргызча' }).click();
    await expect(page).toHaveURL(/\/ky\/country\/kg\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ky');
    await expect(page.locator('h1')).toHaveText(message('ky', 'title'));
  });
});

test.describe('a first visit follows the browser’s languages, in order', () => {
  for (const [prefs, code] of [[['de-DE', 'uz', 'ru'], 'uz'], [['ru-RU', 'kk'], 'ru'], [['en-US', 'ky'], 'en'], [['fr', 'tk-TM'], 'tk'], [['de', 'fr'], 'en']]) {
    test(`${prefs.join(', ')} opens in ${code}`, async ({ map, page }) => {
      await page.addInitScript((langs) => {
        Object.defineProperty(Navigator.prototype, 'languages', { get: () => langs });
        Object.defineProperty(Navigator.prototype, 'language', { get: () => langs[0] });
      }, prefs);
      await map.open();
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('h1')).toHaveText(message(code, 'title'));
    });
  }
});

test('every page names all its languages with hreflang', async ({ page }) => {
  for (const path of ['/', '/uz/country/tj/', '/tg/issue/press/']) {
    await page.goto(path, { prerendered: true });
    const hreflangs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => l.hreflang));
    expect(hreflangs.sort()).toEqual([...LANGS.map((l) => l.code), 'x-default'].sort());
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
  test('the menu opens with a tap, its languages are in view and large enough to tap', async ({ map, page }) => {
    await map.open();
    await map.langMenu().locator('summary').tap();
    const links = map.langMenu().getByRole('link');
    for (const link of await links.all()) {
      await expect(link).toBeInViewport({ ratio: 1 });
      const box = await link.boundingBox();
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    await links.filter({ hasText: 'Кыргызча' }).tap();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ky');
    await expect(page.locator('h1')).toHaveText(message('ky', 'title'));
  });
});
