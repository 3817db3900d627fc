// The page a host answers an unknown address with (the site renderer's
// 404.html, which scripts/static-server.mjs sends as real hosts do): it says
// so in every language of the map, and each language's link opens the map in
// that language, from an address at any depth.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures.mjs';
import { LANGS, message } from './support/languages.mjs';

const DEEP = '/country/xx/no-such-page/';

/** Opens the unknown address; the browser reports its 404 (once: the page
 * asks for nothing else, not even an icon) as a console error. */
async function openUnknown(page, guards, address = DEEP) {
  const response = await page.goto(address, { prerendered: true });
  await expect.poll(() => guards.errors).toEqual([expect.stringContaining('status of 404')]);
  guards.errors.length = 0;
  return response;
}

test('an unknown address is answered with status 404 and the page in every language', async ({ page, guards }) => {
  const response = await openUnknown(page, guards);
  expect(response.status()).toBe(404);
  await expect(page.locator('main section')).toHaveCount(LANGS.length);
  for (const { code } of LANGS) {
    const section = page.locator(`main section[lang="${code}"]`);
    await expect(section.getByRole('heading')).toHaveText(message(code, 'not-found'));
    await expect(section).toContainText(message(code, 'not-found-text'));
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('en', 'not-found'));
});

// Under a language's folder, that language leads: its heading is the page's
// one h1, and it is the page's language and title (a Kazakh reader found
// Kazakh fourth, under the fold on a phone). Every language is still there.
for (const { code } of LANGS.filter((l) => l.code !== 'en')) {
  test(`under /${code}/ the page leads with ${code}`, async ({ page, guards }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await openUnknown(page, guards, `/${code}${DEEP}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page).toHaveTitle(message(code, 'not-found'));
    await expect(page.locator('main > section').first()).toHaveAttribute('lang', code);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(message(code, 'not-found'));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main section')).toHaveCount(LANGS.length);
    await expect(page.locator('main > section').nth(1).getByRole('heading', { level: 2 })).toHaveText(message('en', 'not-found'));
    await expect(page.locator(`main section[lang="${code}"]`).getByRole('link', { name: message(code, 'not-found-link') })).toBeInViewport();
  });
}

// Campaigners write a country's code as the map's own links do
// (?country=KZ): /country/KZ/ is the page at /country/kz/, with the query and
// the fragment kept, not an unknown address; one unknown in small letters too
// stays here, without going round.
test('an address in capitals goes to the same address in small letters', async ({ page, guards }) => {
  await page.goto('/ru/Country/KZ/?theme=dark#x', { prerendered: true });
  // (The app, once it runs, adds the view to the query: ?country=KZ&lang=ru&theme=dark.)
  const where = () => { const u = new URL(page.url()); return [u.pathname, u.searchParams.get('theme'), u.hash]; };
  await expect.poll(where).toEqual(['/ru/country/kz/', 'dark', '#x']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 2, name: 'Казахстан' })).toBeVisible();
  await expect.poll(() => guards.errors).toEqual([expect.stringContaining('status of 404')]);
  guards.errors.length = 0;
  await page.goto('/Country/XX/', { prerendered: true });
  await expect(page).toHaveURL(/\/country\/xx\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('en', 'not-found'));
  await expect.poll(() => guards.errors).toEqual([expect.stringContaining('status of 404'), expect.stringContaining('status of 404')]);
  guards.errors.length = 0;
  // Capitals only in its escapes (a Cyrillic word): the same address, left as it is.
  await openUnknown(page, guards, '/country/%D0%96/');
  await expect(page).toHaveURL(/\/country\/%D0%96\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('en', 'not-found'));
});

test('an address in no language folder keeps English first', async ({ page, guards }) => {
  await openUnknown(page, guards, '/xx/no-such-page/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main > section').first()).toHaveAttribute('lang', 'en');
});

for (const { code } of LANGS) {
  test(`its ${code} link opens the map in ${code}`, async ({ page, guards }) => {
    await openUnknown(page, guards);
    await page.locator(`main section[lang="${code}"]`).getByRole('link', { name: message(code, 'not-found-link') }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('#app a[data-country-link]')).toHaveCount(5);
  });
}

test.describe('in a browser set to Russian', () => {
  test.use({ locale: 'ru-RU' });

  // The map's own choice (the browser's language, then a remembered one)
  // must not overrule the language the reader picked on this page.
  test('the English link opens the map in English', async ({ page, guards }) => {
    await openUnknown(page, guards);
    await page.getByRole('link', { name: message('en', 'not-found-link') }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the Russian link opens it in Russian when Kazakh was chosen before', async ({ page, guards }) => {
    await page.goto('/kk/', { prerendered: true });
    await page.evaluate(() => localStorage.setItem(document.documentElement.dataset.langKey, 'kk'));
    await openUnknown(page, guards);
    await page.getByRole('link', { name: message('ru', 'not-found-link') }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });
});

test('it passes axe, WCAG 2.2 AA, in English and led by Kazakh', async ({ page, guards }) => {
  await openUnknown(page, guards);
  const english = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(english.violations.map((v) => v.id)).toEqual([]);
  await openUnknown(page, guards, `/kk${DEEP}`);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
