// Every page the site renderer wrote (crates/site): its head names its view
// for link previews and search engines, its share image is one a messenger
// takes, it works without JavaScript, asks nothing of another origin, and
// passes axe's WCAG 2.2 AA rules.
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { test, expect } from './support/fixtures.mjs';
import { CODES, message } from './support/languages.mjs';

// 518 pages, twice: both workers take them, not one after the other.
test.describe.configure({ mode: 'parallel' });

const pages = readdirSync('dist', { recursive: true })
  .filter((f) => f.endsWith('index.html') && !f.startsWith('share/'))
  .map((f) => f.slice(0, -'index.html'.length))
  .sort();
const canonicalOf = (path) => path.replace(/embed\/card\//, 'case/').replace(/embed\//, '');
// English's pages at the root, every other language's in its folder.
const LANGS = CODES;
const folder = (code) => (code === 'en' ? '' : `${code}/`);
const langOf = (path) => LANGS.find((code) => code !== 'en' && path.startsWith(`${code}/`)) ?? 'en';
/** The map's name in a language. */
const siteTitle = (code) => message(code, 'title');
const base = readFileSync('dist/index.html', 'utf8').match(/<link rel="canonical" href="([^"]+)">/)[1];

/** Width and height of a baseline JPEG. */
function jpegSize(bytes) {
  expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
  for (let i = 2; i < bytes.length - 9; i++) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xc0) return [bytes.readUInt16BE(i + 7), bytes.readUInt16BE(i + 5)];
  }
  throw new Error('no frame header');
}

test('there is a page per view, in every language', () => {
  // The map and, per country, case and issue, a page and an embed (a case's is its card).
  const data = JSON.parse(readFileSync('assets/data/rights.json', 'utf8'));
  const perLanguage = 2 + 2 * (data.countries.length + data.cases.length + data.categories.length);
  expect(LANGS.length).toBe(7);
  expect(pages.length).toBe(LANGS.length * perLanguage);
  for (const code of LANGS) expect(pages.filter((p) => langOf(p) === code).length, code).toBe(perLanguage);
  for (const path of ['', 'country/kz/', 'case/kg-propaganda-law/', 'issue/press/', 'embed/', 'embed/country/tj/', 'embed/issue/lgbt/', 'embed/card/uz-entry-bans/']) {
    for (const code of LANGS) expect(pages).toContain(`${folder(code)}${path}`);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`/${path} names its view and works`, async ({ page }) => {
      await page.goto(`/${path}`, { prerendered: true });
      const head = (selector, attr = 'content') => page.locator(selector).getAttribute(attr);
      const title = await page.title();
      // The map's own pages have the site's name; the others say what they show first.
      const lang = langOf(path);
      const own = path.slice(folder(lang).length);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      if (['', 'embed/'].includes(own)) expect(title).toBe(siteTitle(lang));
      else expect(title).toMatch(/ — /);
      // A preview names the site apart: its title is the view's alone.
      const site = siteTitle(lang);
      expect(await head('meta[property="og:site_name"]')).toBe(site);
      const headline = title === site ? site : title.slice(0, -` — ${site}`.length);
      expect(title).toBe(title === site ? site : `${headline} — ${site}`);
      expect(await head('meta[property="og:title"]')).toBe(headline);
      expect(await head('meta[name="twitter:title"]')).toBe(headline);
      const description = await head('meta[name="description"]');
      expect(description.length).toBeGreaterThan(40);
      expect(await head('meta[property="og:description"]')).toBe(description);
      const canonical = `${base}${canonicalOf(path)}`;
      expect(await head('link[rel="canonical"]', 'href')).toBe(canonical);
      expect(await head('meta[property="og:url"]')).toBe(canonical);
      // The same view in every language, English the default.
      const english = canonicalOf(own);
      for (const code of LANGS) expect(await head(`link[hreflang="${code}"]`, 'href')).toBe(`${base}${folder(code)}${english}`);
      expect(await head('link[hreflang="x-default"]', 'href')).toBe(`${base}${english}`);
      expect(await head('meta[name="twitter:card"]')).toBe('summary_large_image');
      const image = await head('meta[property="og:image"]');
      expect(await head('meta[name="twitter:image"]')).toBe(image);
      expect(image.startsWith(base)).toBe(true);
      const file = `dist/${image.slice(base.length)}`;
      expect(statSync(file).size).toBeLessThanOrEqual(300 * 1024);
      expect(jpegSize(readFileSync(file))).toEqual([1200, 630]);
      // It works as a page: the map's countries (a card shows one case) open panels in it.
      if (!path.includes('card/')) {
        await expect(page.locator('a[data-country-link]')).toHaveCount(5);
        // The map's link (on a wide screen an open panel takes the list's place).
        await page.locator('a[data-country-link="TJ"]').dispatchEvent('click');
        await expect(page.locator('#country-TJ [data-testid="country-panel"]')).toBeVisible();
      } else {
        await expect(page.getByTestId('case-card')).toBeVisible();
      }
    });
  }
});

test.describe('axe, WCAG 2.2 AA, before the app', () => {
  for (const path of pages) {
    test(`/${path}`, async ({ page }) => {
      await page.goto(`/${path}`, { prerendered: true });
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
