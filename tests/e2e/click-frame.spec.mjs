// A click on the map is answered in the frame that shows its panel, and the
// app's own follow-up waits until what that frame queued has run: the
// bench's probe, and the visitor's next input, come first.
import { test, expect } from './support/fixtures.mjs';

// These check that something never happens, not even once: no retry.
test.describe.configure({ retries: 0 });

/** From the next click on: at the panel's frame (the first animation frame
 * after the click) notes where the focus is, and posts a task from it, as
 * the bench does, noting what the map's class list was when it ran. */
async function watchNextClick(page) {
  await page.evaluate(() => {
    window.__frame = null;
    addEventListener('click', () => {
      const pointing = () => document.querySelector('svg.map').classList.contains('pointing');
      const atClick = pointing();
      requestAnimationFrame(() => {
        const active = document.activeElement;
        const note = {
          focusInHiddenPanel: !!active?.closest('.app-panel:not([data-shown])'),
          pointingAtClick: atClick,
          pointingAtFrame: pointing(),
        };
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          note.pointingAfterFrame = pointing();
          window.__frame = note;
        };
        channel.port2.postMessage(0);
      });
    }, { capture: true, once: true });
  });
}

async function clickAt(page, map, code) {
  const box = await map.country(code).boundingBox();
  const at = await map.insidePoint(code);
  // Playwright's click moves the mouse there, presses and releases it at
  // once: a mouse that has just arrived, as the bench's.
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

test("a click's hover look-up waits for the panel's frame and the task it posted", async ({ page, map }) => {
  await map.open();
  const box = await map.country('UZ').boundingBox();
  const at = await map.insidePoint('UZ');
  await watchNextClick(page);
  // A mouse that has just arrived and clicks: its move and the click in one
  // task, as Chromium often hands them over (a real mouse's move may come a
  // task before, and its look-up run before the click: nothing to check).
  await page.evaluate(([x, y]) => {
    const target = document.elementFromPoint(x, y);
    const where = { bubbles: true, composed: true, clientX: x, clientY: y };
    target.dispatchEvent(new PointerEvent('pointerover', { ...where, pointerType: 'mouse', isPrimary: true }));
    target.dispatchEvent(new PointerEvent('pointermove', { ...where, pointerType: 'mouse', isPrimary: true }));
    target.dispatchEvent(new MouseEvent('click', { ...where, detail: 1 }));
  }, [box.x + at.x, box.y + at.y]);
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
  await expect.poll(() => page.evaluate(() => window.__frame)).not.toBeNull();
  const note = await page.evaluate(() => window.__frame);
  expect(note.pointingAtClick, 'the hand at the click').toBe(false);
  // Its look-up (each name's box read) ran before the panel's frame, or
  // right after it, ahead of that task.
  expect(note.pointingAtFrame, "the hand at the panel's frame").toBe(false);
  expect(note.pointingAfterFrame, "the hand when the frame's task ran").toBe(false);
  // It does come, the hand over the country, without another move.
  await expect(page.locator('svg.map')).toHaveClass(/pointing/);
});

test('a panel that hides lets go of the focus before the frame that hides it', async ({ page, map }) => {
  await map.open();
  await clickAt(page, map, 'KZ');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KZ');
  await expect(page.locator('#country-panel-heading-KZ')).toBeFocused();
  await watchNextClick(page);
  await clickAt(page, map, 'UZ');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
  await expect.poll(() => page.evaluate(() => window.__frame)).not.toBeNull();
  // Chromium let a focused element in a hidden panel go only in a timer of
  // its own after the frame, having laid the hidden panel out again.
  expect((await page.evaluate(() => window.__frame)).focusInHiddenPanel).toBe(false);
  // The focus then goes where it went: the new panel's heading.
  await expect(page.locator('#country-panel-heading-UZ')).toBeFocused();
});
