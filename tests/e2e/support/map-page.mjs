// Page object for the map: how tests find things, in one place.
import { expect } from '@playwright/test';

export const FOCUS = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];

/** Clicks (or taps) a country's shape at a point where the browser's hit test
 * finds the shape itself: on the page before the app the countries' names are
 * links over the map (labels.rs), and one may take a click at the shape's
 * middle (its own country's, or a neighbour's). */
export async function pressShape(page, code, { tap = false } = {}) {
  const shape = page.locator(`path[data-country="${code}"]`);
  await shape.scrollIntoViewIfNeeded();
  const at = await shape.evaluate((el) => {
    const r = el.getBoundingClientRect();
    for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {
      const x = r.left + (r.width * i) / 20, y = r.top + (r.height * j) / 20;
      if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight && document.elementFromPoint(x, y) === el) return { x, y };
    }
    return null;
  });
  if (!at) throw new Error(`no point where ${code}'s shape takes a click`);
  await (tap ? page.touchscreen.tap(at.x, at.y) : page.mouse.click(at.x, at.y));
}
export const NAMES = { KZ: 'Kazakhstan', KG: 'Kyrgyzstan', TJ: 'Tajikistan', TM: 'Turkmenistan', UZ: 'Uzbekistan' };

export class MapPage {
  constructor(page) { this.page = page; }

  async open(query = '') {
    await this.page.goto(`/${query}`);
    // The map, or the table view when the link asks for it.
    const table = this.page.getByTestId('table-view');
    await expect(this.page.locator('path[data-country]').first().or(table)).toBeVisible();
    if (!(await table.isVisible())) await expect(this.page.locator('path[data-country]')).toHaveCount(5);
  }
  country(code) { return this.page.locator(`path[data-country="${code}"]`); }
  contextCountries() { return this.page.locator('path[data-context]'); }
  /** The panel shown: the app's one, or on a page before the app, the one chosen of the five. */
  panel() { return this.page.getByTestId('country-panel').filter({ visible: true }); }
  legend() { return this.page.getByTestId('legend'); }
  notices() { return this.page.getByTestId('notices'); }
  tooltip() { return this.page.getByTestId('tooltip'); }
  categorySelect() { return this.page.getByTestId('category-select'); }
  tableView() { return this.page.getByTestId('table-view'); }
  countryButton(code) { return this.page.locator(`[data-country-button="${code}"]`); }
  caseCard(id) { return this.page.locator(`[data-case="${id}"]`); }
  async viewBox() { return this.page.getByTestId('map').getAttribute('viewBox'); }
  async selectCategory(id) { await this.categorySelect().selectOption(id); }
  /** The address's query, once the app has written it: it does so after the
   * frame that shows a change (src/ui/url_sync.rs). */
  async search() {
    // It writes in the task after that frame: wait for a frame and a task.
    return this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(window.location.search)))));
  }
  /** The address's path and query, once the app has written it (as `search`):
   * the app writes each view's own page (`/country/kz/`), with a query where
   * the view is more than its page. */
  async address() {
    return this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(location.pathname + location.search)))));
  }
  /** The language menu: opens it and chooses a language by its name in itself. */
  langMenu() { return this.page.getByTestId('lang-menu'); }
  async chooseLanguage(name) {
    await this.langMenu().locator('summary').click();
    const link = this.langMenu().getByRole('link', { name, exact: true });
    const code = await link.getAttribute('lang');
    await link.click();
    // Until the page is in that language (before the app, another page loads):
    // the next step must not act on the page being left.
    await expect(this.page.locator('html')).toHaveAttribute('lang', code);
  }
  /** Clicks a country at a point inside its own label area (robust for small ones). */
  async clickCountry(code) { await this.country(code).click({ position: await this.insidePoint(code) }); }
  /** A point inside the shape, found by the browser's own hit test, as a
   *  position for Playwright's click or hover: relative to the box Playwright
   *  measures, which takes in the shape's stroke, not to the shape's own. */
  async insidePoint(code) {
    // Looked for for a while, not once: on a busy machine a frame of layout
    // or scroll may still be to come. The box is measured before and after
    // the look, and they must agree (else the page moved between, and the
    // point would be off). A shape out of sight is not scrolled to: after
    // 5 s the error says what covered it, for the log to show.
    const deadline = Date.now() + 5_000;
    for (;;) {
      const before = await this.country(code).boundingBox();
      const at = await this.page.evaluate((c) => {
        const el = document.querySelector(`path[data-country="${c}"]`);
        const r = el.getBoundingClientRect();
        // Another country's name over the shape is that country's, to a
        // click and the hover (the app's select.rs), though the pointer
        // passes through it.
        const names = [...document.querySelectorAll('.map-labels > .country-label')]
          .filter((n) => n.dataset.label !== c && n.getAttribute('data-place') !== 'hidden')
          .map((n) => n.getBoundingClientRect());
        const named = (x, y) => names.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom);
        for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {
          const x = r.left + (r.width * i) / 20, y = r.top + (r.height * j) / 20;
          // Well inside: the points 3 px around it are the shape too (a point on
          // a border is the neighbour's as much as this one's).
          const around = [[0, 0], [3, 0], [-3, 0], [0, 3], [0, -3]];
          if (around.every(([dx, dy]) => document.elementFromPoint(x + dx, y + dy) === el && !named(x + dx, y + dy))) return { x, y };
        }
        return null;
      }, code);
      const after = await this.country(code).boundingBox();
      const still = JSON.stringify(before) === JSON.stringify(after);
      if (at && still) return { x: at.x - after.x, y: at.y - after.y };
      if (Date.now() > deadline) throw new Error(`no visible point of ${code}: ${await this.coverOf(code)}`);
      await this.page.waitForTimeout(100);
    }
  }
  /** What is at the middle of a country's shape, and where the page is scrolled. */
  coverOf(code) {
    return this.page.evaluate((c) => {
      const r = document.querySelector(`path[data-country="${c}"]`).getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const name = top ? `${top.tagName.toLowerCase()}#${top.id}.${[...top.classList].join('.')}` : 'nothing';
      return `box ${[r.left, r.top, r.width, r.height].map(Math.round)}, scrollY ${scrollY}, at its middle ${name}, ` +
        `${innerWidth}×${innerHeight}, ${location.pathname}${location.hash}, app ${document.querySelector('#app[data-prerendered]') ? 'not yet' : 'running'}`;
    }, code);
  }
  async screenshot(name) {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: false });
  }
}
