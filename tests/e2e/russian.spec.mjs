// The whole map in Russian: no English word outside the quoted excerpts.
import { test, expect } from './support/fixtures.mjs';
import { APP_ORIGIN, HOST_ORIGIN } from './support/origins.mjs';

// Names that stay in Latin script in Russian texts too.
// Keyboard labels (PgDn, PgUp, Esc) are printed on the keys themselves.
const ALLOWED = new Set(['Human', 'Rights', 'Watch', 'Natural', 'Earth', 'ANTON', 'KARLINER', 'SIPA', 'Shutterstock', 'PgDn', 'PgUp', 'Esc']);

/** Latin words in visible Russian text (not what is marked as another language). */
async function englishWords(page) {
  const words = await page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      // Not what is marked as another language (quotes, the menu's names); a key's label is no word.
      if (!el || el.closest('[lang]')?.lang !== 'ru' || el.closest('script, style, noscript, kbd')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // An address is not an English word (citations carry the map's and the source's).
      out.push(...(n.textContent.replace(/https?:\/\/\S+/g, '').match(/[A-Za-z]{3,}/g) ?? []));
    }
    // Accessible names count too: a screen reader reads them.
    for (const el of document.querySelectorAll('[aria-label]')) {
      if (el.closest('[lang]')?.lang === 'ru') out.push(...(el.getAttribute('aria-label').match(/[A-Za-z]{3,}/g) ?? []));
    }
    return out;
  });
  return words.filter((w) => !ALLOWED.has(w));
}

test('the default view in Russian', async ({ map, page }) => {
  await map.open('?lang=ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('h1')).toHaveText('Карта прав человека в Центральной Азии');
  await expect(map.country('KZ')).toHaveAttribute('aria-label', /^Казахстан, /);
  await expect(map.countryButton('KG')).toContainText('Кыргызстан');
  expect(await englishWords(page)).toEqual([]);
});

test('a panel in Russian keeps the excerpt in English, marked as a quotation', async ({ map, page }) => {
  await map.open('?lang=ru&country=KZ&category=press&case=kz-marat-zhylanbaev');
  await expect(map.panel().locator('h2')).toHaveText('Казахстан');
  await expect(map.caseCard('kz-marat-zhylanbaev')).toContainText('Марат Жыланбаев');
  const quote = map.panel().getByTestId('finding').locator('blockquote');
  await expect(quote).toHaveAttribute('lang', 'en');
  await expect(quote).toContainText('Violent attacks on journalists');
  await expect(map.panel().getByTestId('finding')).toContainText('Цитата из английского оригинала');
  expect(await englishWords(page)).toEqual([]);
});

// A screen reader speaks text marked lang="en" with an English voice: a
// Russian date inside a citation marked English would come out garbled.
test('what is marked as English holds no Russian word', async ({ map, page }) => {
  const cyrillicInEnglish = () => page.locator('[lang="en"]').evaluateAll((els) =>
    els.flatMap((el) => el.textContent.match(/[\u0400-\u04ff]+/g) ?? []));
  await map.open('?lang=ru&country=KZ&category=press&case=kz-marat-zhylanbaev');
  await expect(map.panel().getByTestId('finding')).toContainText('11\u00a0января 2024\u00a0г.');
  expect(await cyrillicInEnglish()).toEqual([]);
  await map.open('?lang=ru&view=table');
  await expect(map.tableView()).toContainText('11\u00a0января 2024\u00a0г.');
  expect(await cyrillicInEnglish()).toEqual([]);
});

test('the table in Russian', async ({ map, page }) => {
  await map.open('?lang=ru&view=table');
  await expect(map.tableView().locator('thead th').first()).toHaveText('Страна');
  expect(await englishWords(page)).toEqual([]);
});

test('every issue in Russian, with Russian plurals', async ({ map, page }) => {
  await map.open('?lang=ru');
  const ids = await map.categorySelect().locator('option').evaluateAll((os) => os.map((o) => o.value));
  for (const id of ids) {
    await map.selectCategory(id);
    expect(await englishWords(page), id).toEqual([]);
  }
  await map.selectCategory('overview');
  await expect(map.countryButton('KZ')).toContainText(/\d+ тем(а|ы)? упомянут(а|ы|о)/);
});

test('the menu changes the language, the URL and <html lang>, and is remembered', async ({ map, page }) => {
  await map.open('?country=TJ');
  await map.chooseLanguage('Русский');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(map.panel().locator('h2')).toHaveText('Таджикистан');
  expect(await map.address()).toBe('/ru/country/tj/');
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Карта прав человека в Центральной Азии');
  await map.chooseLanguage('English');
  await expect(page.locator('h1')).toHaveText('Central Asia Rights Map');
});

test.describe('a browser set to Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('opens in Russian on a first visit', async ({ map, page }) => {
    await map.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    // The Russian page's own address says it: nothing added to it.
    await expect(page).toHaveURL(/\/ru\/$/);
  });
});

test.describe('a browser set to German', () => {
  test.use({ locale: 'de-DE' });
  test('opens in English', async ({ map, page }) => {
    await map.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('Central Asia Rights Map');
  });
});

for (const [name, width, height] of [['phone', 360, 640], ['laptop', 1366, 768], ['projector', 1920, 1080]]) {
  test(`the Russian layout holds at ${name} size`, async ({ map, page }) => {
    await page.setViewportSize({ width, height });
    await map.open('?lang=ru&country=UZ&category=movement');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await map.screenshot(`${name}-ru-panel`);
  });
}

test('an embed with lang=ru is in Russian', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/`);
  await page.evaluate((origin) => {
    document.getElementById('slot').innerHTML = `<iframe data-rights-map src="${origin}/?embed=1&lang=ru&country=TJ&category=minorities" width="100%" height="900"></iframe>`;
  }, APP_ORIGIN);
  await page.frameLocator('iframe').getByTestId('embed').waitFor();
  const inner = page.frames().find((f) => f.url().startsWith(`${APP_ORIGIN}/`));
  await expect(page.frameLocator('iframe').getByTestId('country-panel').locator('h2')).toHaveText('Таджикистан');
  await expect(page.frameLocator('iframe').getByTestId('open-full-map')).toHaveText('Открыть полную карту');
  expect(await englishWords(inner)).toEqual([]);
});

test('the presentation in Russian, at projector size', async ({ map, page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await map.open('?lang=ru&present=1&step=2');
  await expect(page.getByTestId('presentation').locator('.slide-title')).toHaveText('Казахстан');
  await expect(page.getByTestId('presentation').locator('.slide-progress')).toHaveText('2 из 11');
  expect(await englishWords(page)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await map.screenshot('projector-ru-presentation');
});

test('a link to a view on the Russian page stays in Russian for an English browser', async ({ map, page }) => {
  await page.goto('/ru/?category=lgbt');
  await expect(page.locator('h1')).toHaveText('Карта прав человека в Центральной Азии');
  await expect(map.categorySelect()).toHaveValue('lgbt');
  await expect(page.locator('#app:not([data-prerendered])')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Карта прав человека в Центральной Азии');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});
