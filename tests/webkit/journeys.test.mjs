// The key journeys in a third engine: WebKitGTK, the engine family of Safari
// (which every iOS browser uses), through WebKitWebDriver. The same release
// build and selectors as the Chromium suite (tests/e2e); each journey gets a
// new browser, and after each the console must hold no error and the page
// must have fetched nothing from another origin.
//   bash scripts/test-webkit.sh [dist]   (serves dist/ on :4473, the host page on :4474)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { By } from 'selenium-webdriver';
import { APP_ORIGIN, HOST_ORIGIN, WebKit, until, within } from './support/webkit.mjs';
import { FOCUS, MapPage } from './support/map-page.mjs';

const RESULTS = 'test-results/webkit';
mkdirSync(RESULTS, { recursive: true });

/** A journey: a new driver and browser, the page object, and after `body`
 * the two guards. When it fails, a screenshot and all that the driver and the
 * browser printed go to test-results/webkit/ (a second attempt's as
 * `…-again`), and the browser's last lines go to the test's output (so a
 * failure seen only in CI's log says why). A journey whose app failed to load
 * is run once more in a new browser, saying so, for one journey per run at
 * most: once, in a CI run (December 2026), WebKit's first load of the app
 * failed on a case's page, where it loaded in every one of dozens of runs on
 * the same machine, idle or loaded; the next such failure's log says why. An
 * app that fails on every load still fails its journey, and one that fails
 * now and then fails the run as soon as a second journey needs the retry. */
let retried = null;
function journey(name, body, { language, guards = true, todo } = {}) {
  test(name, { timeout: 150_000, todo }, async (t) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptJourney(t, name, body, { language, guards, attempt });
      } catch (error) {
        if (todo || attempt === 2 || !/the app failed to load/.test(error.message)) throw error;
        if (retried) throw new Error(`${error.message}; and a second journey whose app failed to load (the first: ${retried})`);
        retried = name;
        t.diagnostic(`the app failed to load (${error.message}); the journey once more, in a new browser`);
      }
    }
  });
}

async function attemptJourney(t, name, body, { language, guards, attempt }) {
  const { webkit, session } = await startBrowser(t, language);
  try {
    await within(60_000, (async () => {
      await body({ session, driver: session.driver, map: new MapPage(session.driver) });
      if (guards) {
        assert.deepEqual(await session.consoleErrors(), [], 'console errors');
        assert.deepEqual(await session.foreignResources(), [], 'requests to other hosts');
      }
    })(), 'the journey');
  } catch (error) {
    const file = `${RESULTS}/${name.replace(/[^a-z0-9]+/gi, '-')}${attempt > 1 ? '-again' : ''}`;
    await session.screenshot(`${file}.png`).catch(() => {});
    writeFileSync(`${file}.log`, webkit.output);
    // Every line, not only those that open a console message: a message
    // (an error's detail, a panic's) goes on over several lines.
    const printed = session.output().split('\n').filter((line) => line.trim());
    t.diagnostic(`what the browser printed (the last 60 of ${printed.length} lines):\n${printed.slice(-60).join('\n') || '(nothing)'}`);
    throw error;
  } finally {
    await session.quit().catch(() => {});
    await webkit.stop();
  }
}

/** A new driver and browser. Now and then, on a loaded machine, the browser
 * never completes WebDriver's handshake (no output, no page process); that is
 * no journey's doing, so such a start is reported and made once more. */
async function startBrowser(t, language) {
  for (let attempt = 1; ; attempt++) {
    const webkit = await WebKit.start();
    try {
      return { webkit, session: await webkit.session({ language }) };
    } catch (error) {
      const processes = webkit.processes();
      await webkit.stop();
      if (attempt === 2) throw error;
      t.diagnostic(`${error.message}; a new driver and browser, once. The first one's processes:\n${processes}and output:\n${webkit.output || '(none)'}`);
    }
  }
}

/** A campaigner's page on the second origin with `html` in its slot; returns
 * with WebDriver inside the iframe once the embed has drawn its map. */
async function hostPage(driver, html) {
  await driver.get(`${HOST_ORIGIN}/`);
  await driver.executeScript('document.getElementById("slot").innerHTML = arguments[0]', html);
  await driver.switchTo().frame(await driver.findElement(By.css('iframe')));
  // The loader marks <html class="app-failed"> when the app cannot load (scripts/app-loader.js).
  const state = await until(() => driver.executeScript(`
    if (document.documentElement.classList.contains('app-failed')) return 'the app failed to load';
    return !!document.querySelector('[data-testid="embed"]') && document.querySelectorAll('path[data-country]').length === 5 && 'drawn';`),
  'the embed has drawn its map, or failed', 15_000);
  assert.equal(state, 'drawn');
}

journey('the map is drawn: five countries, each a named button with a shape on screen', async ({ driver, map }) => {
  await map.open('/');
  const countries = await driver.executeScript(`
    return [...document.querySelectorAll('[data-testid="map"] path[data-country]')].map((p) => {
      const r = p.getBoundingClientRect();
      return { code: p.getAttribute('data-country'), role: p.getAttribute('role'), name: p.getAttribute('aria-label'),
        fill: p.getAttribute('fill'), width: r.width, height: r.height };
    });`);
  assert.deepEqual(countries.map((c) => c.code).sort(), [...FOCUS].sort());
  const names = { KZ: 'Kazakhstan', KG: 'Kyrgyzstan', TJ: 'Tajikistan', TM: 'Turkmenistan', UZ: 'Uzbekistan' };
  for (const c of countries) {
    assert.equal(c.role, 'button', c.code);
    assert.match(c.name, new RegExp(`^${names[c.code]}, `), c.code);
    assert.match(c.fill, /^#[0-9a-f]{6}$/i, c.code);
    assert.ok(c.width > 10 && c.height > 10, `${c.code} is drawn ${c.width}×${c.height}`);
  }
  // The shapes are painted: the browser's hit test finds Kazakhstan at its middle.
  assert.equal(await driver.executeScript(`
    const r = document.querySelector('path[data-country="KZ"]').getBoundingClientRect();
    return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.getAttribute('data-country')`), 'KZ');
});

journey('a click on a country opens its panel, with the finding and its source', async ({ driver, map }) => {
  await map.open('/?category=press');
  assert.equal(await map.panelCountry(), null);
  await map.clickCountry('KZ');
  await map.waitForPanel('KZ');
  assert.equal(await map.panelHeading(), 'Kazakhstan');
  const finding = await map.byTestId('finding').getText();
  assert.match(finding, /Violent attacks on journalists/);
  const source = await driver.findElement(By.css('[data-testid="finding"] a[href*="hrw.org/news/2024/01/11/"]'));
  assert.equal(await source.getText(), 'Read the full source');
  assert.equal(await map.address(), '/country/kz/?country=KZ&category=press');
});

// WebKit has no scroll-initial-target, which opens the panel at the case in
// Chromium: the page's script does it, the app keeps it, and the app does it
// for an address it answers itself.
journey("a case's page opens its country's panel at the case, before and after the app", async ({ driver, map }) => {
  const where = `
    const panel = [...document.querySelectorAll('[data-testid="country-panel"]')].find((el) => el.getClientRects().length);
    const card = panel && panel.querySelector('[data-case="kg-draft-censorship-ngo-laws"]');
    if (!card || !panel.scrollTop) return null;
    const header = panel.querySelector('.panel-header').getBoundingClientRect();
    const top = card.getBoundingClientRect().top;
    return { scrolled: panel.scrollTop, belowHeader: top >= header.bottom - 0.5, inSight: top < Math.min(panel.getBoundingClientRect().bottom, innerHeight) - 120 };`;
  await driver.get(`${APP_ORIGIN}/case/kg-draft-censorship-ngo-laws/`);
  const before = await until(() => driver.executeScript(where), 'the panel scrolled to the case');
  assert.deepEqual({ ...before, scrolled: before.scrolled > 0 }, { scrolled: true, belowHeader: true, inSight: true });
  await map.appReady();
  assert.deepEqual(await driver.executeScript(where), before);
  // An address the app answers (no page of its own): the app brings the case into view.
  await map.open('/?country=KG&case=kg-draft-censorship-ngo-laws');
  const app = await until(() => driver.executeScript(where), 'the app\'s panel scrolled to the case');
  assert.deepEqual({ ...app, scrolled: app.scrolled > 0 }, { scrolled: true, belowHeader: true, inSight: true });
});

// Short and narrow, the panel is in the page: the page's script scrolls the
// page itself to the case, where WebKit lacks scroll-initial-target.
journey("on a phone on its side, a case's page opens scrolled to the case", async ({ driver, map }) => {
  await driver.manage().window().setRect({ width: 640, height: 360 });
  const where = `
    const card = [...document.querySelectorAll('[data-case="kg-draft-censorship-ngo-laws"]')].find((el) => el.getClientRects().length);
    if (!card || !scrollY) return null;
    return { short: innerHeight <= 420 && innerWidth <= 760, top: Math.abs(card.getBoundingClientRect().top - 8) <= 1 };`;
  await driver.get(`${APP_ORIGIN}/case/kg-draft-censorship-ngo-laws/`);
  const before = await until(() => driver.executeScript(where), 'the page scrolled to the case');
  assert.deepEqual(before, { short: true, top: true });
  await map.appReady();
  assert.deepEqual(await driver.executeScript(where), before);
});

journey("on a phone held upright, a country's page opens with the map above its sheet", async ({ driver, map }) => {
  await driver.manage().window().setRect({ width: 360, height: 640 });
  const where = `
    const sheet = [...document.querySelectorAll('[data-testid="country-panel"]')].find((el) => el.getClientRects().length);
    const m = document.querySelector('#app .map-canvas').getBoundingClientRect();
    if (!sheet || !scrollY) return null;
    return { upright: innerWidth <= 760 && innerHeight > 420, top: Math.abs(m.top) <= 1, above: m.bottom <= sheet.getBoundingClientRect().top + 1, scrollY: Math.round(scrollY), mapTop: Math.round(m.top) };`;
  await driver.get(`${APP_ORIGIN}/country/tj/`);
  const before = await until(() => driver.executeScript(where), 'the page scrolled to the map');
  assert.deepEqual({ ...before, scrollY: undefined, mapTop: undefined }, { upright: true, top: true, above: true, scrollY: undefined, mapTop: undefined });
  await map.appReady();
  assert.deepEqual(await driver.executeScript(where), before);
});

journey('Tab reaches the map and Enter opens the focused country', async ({ map }) => {
  await map.open('/?category=press');
  assert.equal(await map.tabToMap(), 'KZ');
  await map.press('\uE007'); // Enter
  await map.waitForPanel('KZ');
  assert.equal(await map.panelHeading(), 'Kazakhstan');
});

journey('the first Tab stop skips to the map, and the next Tab is on a country', async ({ driver, map }) => {
  await map.open('/');
  await map.press('\uE004'); // Tab
  const active = () => driver.executeScript('const a = document.activeElement; return a.matches("a.skip-link") ? a.textContent.trim() : a.getAttribute("data-country")');
  assert.equal(await active(), 'Skip to the map');
  await map.press('\uE007'); // Enter: to the map's SVG
  await map.press('\uE004');
  assert.equal(await active(), 'KZ');
});

journey('the arrow keys move between the countries on the map', async ({ map }) => {
  await map.open('/');
  assert.equal(await map.tabToMap(), 'KZ');
  await map.press('\uE014'); // ArrowRight
  assert.equal(await map.focused(), 'KG');
  await map.press('\uE012'); // ArrowLeft
  await map.press('\uE012');
  assert.equal(await map.focused(), 'UZ');
  await map.press('\uE007');
  await map.waitForPanel('UZ');
});

journey('changing the issue recolours the map and changes the legend', async ({ driver, map }) => {
  await map.open('/');
  const before = await map.fills();
  await map.selectCategory('lgbt');
  await until(async () => (await driver.findElement(By.css('[data-testid="legend"] h2')).getText()) === 'LGBT rights', 'the legend is LGBT rights');
  const after = await map.fills();
  assert.notDeepEqual(after, before);
  // LGBT: Kazakhstan is not covered by the source, Turkmenistan is.
  assert.equal(await map.country('KZ').getAttribute('data-status'), '0');
  assert.notEqual(await map.country('TM').getAttribute('data-status'), '0');
  assert.equal(await map.address(), '/issue/lgbt/');
});

journey('?lang=ru shows the map in Russian', async ({ driver, map }) => {
  await map.open('/?lang=ru');
  assert.equal(await driver.findElement(By.css('html')).getAttribute('lang'), 'ru');
  assert.equal(await driver.findElement(By.css('h1')).getText(), 'Карта прав человека в Центральной Азии');
  assert.match(await map.country('KZ').getAttribute('aria-label'), /^Казахстан, /);
  assert.match(await map.countryButton('KG').getText(), /Кыргызстан/);
});

journey('the Russian page /ru/ is in Russian, and its panels too', async ({ driver, map }) => {
  await map.open('/ru/');
  assert.equal(await driver.findElement(By.css('html')).getAttribute('lang'), 'ru');
  await map.clickCountry('TJ');
  await map.waitForPanel('TJ');
  assert.equal(await map.panelHeading(), 'Таджикистан');
});

journey('a browser set to Russian opens the Russian page', async ({ driver }) => {
  await driver.get(`${APP_ORIGIN}/`);
  assert.equal(await driver.executeScript('return navigator.language'), 'ru-RU');
  await until(async () => new URL(await driver.getCurrentUrl()).pathname === '/ru/', 'the address is /ru/');
  assert.equal(await driver.findElement(By.css('html')).getAttribute('lang'), 'ru');
  assert.equal(await driver.findElement(By.css('h1')).getText(), 'Карта прав человека в Центральной Азии');
}, { language: 'ru-RU' });

journey('an embed on another origin opens on its country and issue, and a click opens another', async ({ driver, session, map }) => {
  await hostPage(driver, `<iframe data-rights-map src="${APP_ORIGIN}/?embed=1&country=KZ&category=press" title="Central Asia Rights Map" width="100%" height="640"></iframe>`);
  await map.waitForPanel('KZ');
  assert.equal(await map.categorySelect().getAttribute('value'), 'press');
  await map.clickCountry('UZ');
  await map.waitForPanel('UZ');
  const full = await map.byTestId('open-full-map');
  assert.equal(await full.getAttribute('href'), `${APP_ORIGIN}/?country=UZ&category=press`);
  assert.equal(await full.getAttribute('target'), '_blank');
  // Nothing inside the frame came from a third host either.
  const names = await driver.executeScript("return performance.getEntriesByType('resource').map((e) => e.name)");
  assert.deepEqual(names.filter((n) => new URL(n).origin !== APP_ORIGIN), []);
  await session.screenshot(`${RESULTS}/embed-on-host.png`);
});

// Fails in WebKitGTK 2.50 (run, and reported as TODO): in a document with an
// opaque origin, WebKit matches CSP 'self' against that origin, so nothing
// matches and the app's own script and wasm are refused; the embed shows the
// prerendered map with "The interactive map could not be loaded". A WebKit
// regression (bugs.webkit.org 316847, fixed upstream in 2026); Safari
// releases that have it do the same. Chromium and Firefox match 'self'
// against the document's URL, as CSP3 says.
journey('an embed works inside <iframe sandbox="allow-scripts">', async ({ driver, map }) => {
  await hostPage(driver, `<iframe sandbox="allow-scripts" data-rights-map src="${APP_ORIGIN}/?embed=1&category=torture" title="Central Asia Rights Map" width="100%" height="640"></iframe>`);
  assert.equal(await driver.executeScript('return origin'), 'null'); // an opaque origin: sandboxed indeed
  await map.countryButton('KG').click();
  await map.waitForPanel('KG');
}, { todo: "WebKit 2.50 matches CSP 'self' against a sandboxed frame's opaque origin and refuses the app's files" });

// The guards above are only worth something if they see what they look for.
journey('the console guard sees an error the page throws, and one it logs', async ({ session, map }) => {
  await map.open('/');
  await session.driver.executeScript('setTimeout(() => { throw new Error("thrown on purpose") }); console.error("logged on purpose")');
  // Both reach the browser's stderr in their own time (on a busy machine the
  // thrown one came after a 200 ms wait): ask until both are there, or 5 s.
  let errors = [];
  await until(async () => (errors = await session.consoleErrors()).length >= 2, 'both errors reach the console', 5_000).catch(() => {});
  assert.equal(errors.length, 2, errors.join('\n'));
  assert.match(errors.join('\n'), /CONSOLE ERROR logged on purpose/);
  assert.match(errors.join('\n'), /CONSOLE JS ERROR Error: thrown on purpose/);
}, { guards: false });
