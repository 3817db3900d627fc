// A keyboard-only journey: from loading the page to a case's source link,
// with no mouse at all.
import { test, expect } from './support/fixtures.mjs';

async function tabUntil(page, predicate, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  throw new Error('never reached by Tab');
}

test('from load to a case’s source link by keyboard alone', async ({ map, page }) => {
  await map.open();
  // Tab to the map, arrow to Kazakhstan's neighbour and back, open with Enter.
  await tabUntil(page, () => document.activeElement?.hasAttribute('data-country'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(map.country('KZ')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(map.panel().locator('h2')).toBeFocused();
  // Onward to the first case's "Show the source", open it, then to its link.
  await tabUntil(page, () => document.activeElement?.classList.contains('case-toggle'));
  const caseId = await page.evaluate(() => document.activeElement.closest('[data-case]').getAttribute('data-case'));
  await page.keyboard.press('Enter');
  await expect(map.caseCard(caseId).locator('blockquote')).toBeVisible();
  await tabUntil(page, () => document.activeElement?.tagName === 'A' && /hrw\.org/.test(document.activeElement.href));
  const link = page.locator(':focus');
  await expect(link).toHaveText('Read the full source');
  expect(await link.evaluate((a) => a.closest('[data-case]')?.getAttribute('data-case'))).toBe(caseId);
  // The focus ring is visible on it.
  expect(await link.evaluate((a) => getComputedStyle(a).outlineStyle)).not.toBe('none');
});
