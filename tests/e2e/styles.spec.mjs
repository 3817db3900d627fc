// The style sheet as the browser reads it: a rule the browser cannot parse is
// dropped whole and silently (a `:has()` inside another `:has()` once dropped
// the phone's sheet spacing this way), so every rule written must be kept.
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.mjs';

const css = readFileSync(new URL('../../assets/styles.css', import.meta.url), 'utf8');

/** The blocks written in `text`: each rule, at-rule and nested rule opens one. */
function written(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""').split('{').length - 1;
}

/** The rules the browser keeps of `text`, nested ones counted. */
function kept(page, text) {
  return page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    const count = (rules) => [...rules].reduce((n, r) => n + 1 + (r.cssRules ? count(r.cssRules) : 0), 0);
    return count(sheet.cssRules);
  }, text);
}

test('every rule in styles.css is one the browser keeps', async ({ page }) => {
  expect(await kept(page, css)).toBe(written(css));
});

// The same for the stylesheet as a page carries it: minified, with the rules
// that place the map's labels, which the site renderer writes after it
// (crates/core/src/label_sets.rs), none of them in styles.css.
test('every rule in a built page\'s stylesheet is one the browser keeps, the label places\' too', async ({ page }) => {
  const html = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const text = html.match(/<style id="?styles"?>([\s\S]*?)<\/style>/)[1];
  expect(text).toContain('#app[data-prerendered] .country-label[data-short-place="above"]');
  expect(await kept(page, text)).toBe(written(text));
});
