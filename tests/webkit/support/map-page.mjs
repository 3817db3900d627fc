// Page object for the map in WebKitGTK: the selectors of the Chromium
// suite's (tests/e2e/support/map-page.mjs), through WebDriver.
import { By, Key, Select } from 'selenium-webdriver';
import { APP_ORIGIN, until } from './webkit.mjs';

export const FOCUS = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];

export class MapPage {
  constructor(driver) { this.driver = driver; }

  /** Opens a page of the map (a path and query on its origin) and waits for
   * the app: the page is a prerendered first view that the app takes over
   * once the visitor starts using it (scripts/app-loader.js), so the pointer
   * moves over the page as a visitor's would. */
  async open(path = '/') {
    await this.driver.get(`${APP_ORIGIN}${path}`);
    await this.appReady();
  }

  /** Moves the pointer over the document, then waits until no prerendered
   * root is left (the app has mounted) and the map has its five countries. */
  async appReady() {
    await this.driver.actions().move({ x: 2, y: 2 }).move({ x: 1, y: 1 }).perform();
    // The loader marks <html class="app-failed"> when the app cannot load.
    const state = await until(() => this.driver.executeScript(`
      if (document.documentElement.classList.contains('app-failed')) return 'the app failed to load';
      return !document.querySelector('#app[data-prerendered]') && document.querySelectorAll('path[data-country]').length === 5 && 'ready';`),
    'the app has taken over the page and drawn five countries, or failed', 15_000);
    if (state !== 'ready') throw new Error(state);
  }

  country(code) { return this.driver.findElement(By.css(`path[data-country="${code}"]`)); }
  byTestId(id) { return this.driver.findElement(By.css(`[data-testid="${id}"]`)); }
  countryButton(code) { return this.driver.findElement(By.css(`[data-country-button="${code}"]`)); }
  categorySelect() { return this.byTestId('category-select'); }

  /** The country whose panel is shown, or null when none is. */
  async panelCountry() {
    return this.driver.executeScript(`
      const panel = [...document.querySelectorAll('[data-testid="country-panel"]')].find((p) => p.getClientRects().length > 0);
      return panel ? panel.getAttribute('data-panel-country') : null;`);
  }
  async panelHeading() {
    return this.driver.executeScript(`
      const panel = [...document.querySelectorAll('[data-testid="country-panel"]')].find((p) => p.getClientRects().length > 0);
      return panel ? panel.querySelector('h2').textContent.trim() : null;`);
  }
  async waitForPanel(code) {
    let shown;
    await until(async () => (shown = await this.panelCountry()) === code, `the panel of ${code} is shown`)
      .catch((error) => { throw new Error(`${error.message}; the panel shown: ${shown}`); });
  }

  /** The fill of each of the five countries. */
  async fills() { return Promise.all(FOCUS.map((c) => this.country(c).getAttribute('fill'))); }

  /** What has focus: the country code of a focused country, else the tag. */
  async focused() {
    return this.driver.executeScript('const a = document.activeElement; return a && (a.getAttribute("data-country") || a.tagName.toLowerCase())');
  }

  /** The address's path and query, once the app has written it: it does so
   * after the frame that shows a change (src/ui/url_sync.rs), so wait for a
   * frame and a task. */
  async address() {
    return this.driver.executeAsyncScript('const done = arguments[0]; requestAnimationFrame(() => setTimeout(() => done(location.pathname + location.search)))');
  }

  /** Clicks a country where the browser's own hit test finds it, well inside
   * its shape (the points 3 px around are the country too), relative to the
   * centre of the element as WebDriver measures it: right in a frame as well. */
  async clickCountry(code) {
    const offset = await this.driver.executeScript(`
      const el = document.querySelector('path[data-country="' + arguments[0] + '"]');
      const r = el.getBoundingClientRect();
      const around = [[0, 0], [3, 0], [-3, 0], [0, 3], [0, -3]];
      for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {
        const x = r.left + (r.width * i) / 20, y = r.top + (r.height * j) / 20;
        if (around.every(([dx, dy]) => document.elementFromPoint(x + dx, y + dy) === el)) {
          // WebDriver's centre: the middle of the part of the box in view.
          const left = Math.max(r.left, 0), right = Math.min(r.right, innerWidth);
          const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
          return { x: Math.round(x - Math.floor((left + right) / 2)), y: Math.round(y - Math.floor((top + bottom) / 2)) };
        }
      }
      return null;`, code);
    if (!offset) throw new Error(`no visible point of ${code}`);
    await this.driver.actions().move({ origin: await this.country(code), ...offset }).click().perform();
  }

  /** Presses Tab until a country has focus (at most `max` times); returns its code. */
  async tabToMap(max = 25) {
    for (let i = 0; i < max; i++) {
      await this.press(Key.TAB);
      const code = await this.driver.executeScript('return document.activeElement?.getAttribute("data-country")');
      if (code) return code;
    }
    return null;
  }
  async press(key) { await this.driver.actions().sendKeys(key).perform(); }

  async selectCategory(id) { await new Select(await this.categorySelect()).selectByValue(id); }
}
