// A panic never leaves a dead page: a short message and a reload link instead.
import { test, expect } from './support/fixtures.mjs';

for (const [lang, heading, reload] of [['en', 'Something went wrong', 'Reload the map'], ['ru', 'Что-то пошло не так', 'Перезагрузить карту']]) {
  test(`a panic shows a friendly page with a reload link (${lang})`, async ({ map, page, guards }) => {
    await map.open(`?country=KZ&lang=${lang}`);
    await page.evaluate(() => { try { window.wasmBindings.crash_for_tests(); } catch { /* the wasm traps after the hook */ } });
    const crash = page.getByTestId('crash');
    await expect(crash).toBeVisible();
    await expect(crash.locator('h1')).toHaveText(heading);
    await expect(map.country('KZ')).toHaveCount(0);
    const link = crash.getByRole('link', { name: reload });
    // The address of the view shown: Kazakhstan's page (src/ui/url_sync.rs).
    expect(await link.evaluate((a) => new URL(a.href).pathname)).toMatch(/^\/(ru\/)?country\/kz\/$/);
    // The panic itself is logged to the console, as it should be; nothing else is.
    expect(guards.errors.every((e) => /crash requested by the end-to-end test|unreachable|panicked/.test(e)), guards.errors.join('\n')).toBe(true);
    guards.errors.length = 0;
    await link.click();
    await expect(map.country('KZ')).toBeVisible();
    await expect(map.panel()).toHaveAttribute('data-panel-country', 'KZ');
  });
}
