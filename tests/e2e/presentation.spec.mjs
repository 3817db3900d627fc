// Presentation mode: a guided tour from the data, moved by keys and buttons.
import { test, expect, holdWasm } from './support/fixtures.mjs';

test.use({ viewport: { width: 1920, height: 1080 } });

const slide = (page) => page.getByTestId('presentation').locator('.slide');

test('the Present button starts the tour at the region overview', async ({ map, page }) => {
  await map.open();
  await page.getByTestId('present').click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expect(slide(page)).toHaveAttribute('data-step', '1');
  await expect(slide(page).locator('.slide-progress')).toHaveText('1 of 11');
  expect(await map.search()).toBe('?present=1&step=1');
  await map.screenshot('projector-presentation-overview');
});

test('arrow keys, Page Down/Up and Space move through countries and cases', async ({ map, page }) => {
  await map.open('?present=1');
  await page.keyboard.press('ArrowRight');
  await expect(slide(page).locator('.slide-title')).toHaveText('Kazakhstan');
  await expect(slide(page).locator('.slide-findings li').first()).toBeVisible();
  await expect(map.country('KZ')).toHaveClass(/selected/);
  await page.keyboard.press('PageDown');
  await expect(slide(page).locator('.slide-title')).toHaveText('Kazakhstan — cases');
  await expect(slide(page).locator('.slide-cases')).toContainText('Marat Zhylanbaev');
  await page.keyboard.press('Space');
  await expect(slide(page).locator('.slide-title')).toHaveText('Kyrgyzstan');
  // The map frames the country of the slide.
  expect(await map.viewBox()).not.toBe('0 0 1000 700');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(slide(page).locator('.slide-title')).toHaveText('Kazakhstan');
  expect(await map.search()).toBe('?country=KZ&present=1&step=2');
  await page.keyboard.press('End');
  await expect(slide(page).locator('.slide-progress')).toHaveText('11 of 11');
  await map.screenshot('projector-presentation-cases');
});

// A teacher opens the presentation's link on the classroom's slow connection
// and presses the clicker's Page Down twice while the map is still loading.
test("a clicker's keys pressed while the app loads turn the slides once it has", async ({ map, page }) => {
  const release = await holdWasm(page);
  await page.goto('/?present=1', { prerendered: true, waitUntil: 'domcontentloaded' });
  await expect(page.locator('#app[data-prerendered]')).toBeAttached();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  release();
  await expect(slide(page)).toHaveAttribute('data-step', '3');
  await expect(slide(page).locator('.slide-title')).toHaveText('Kazakhstan — cases');
  expect(await map.search()).toBe('?country=KZ&present=1&step=3');
});

// The same keys in the same order as they would have been on the slides: the
// black screen's key, then a key that only brings the slide back.
test('a black screen pressed while the app loads is brought back by the next key, as on the slides', async ({ map, page }) => {
  const release = await holdWasm(page);
  await page.goto('/?present=1', { prerendered: true, waitUntil: 'domcontentloaded' });
  await expect(page.locator('#app[data-prerendered]')).toBeAttached();
  for (const key of ['.', 'PageDown', 'PageDown']) await page.keyboard.press(key);
  release();
  await expect(slide(page)).toHaveAttribute('data-step', '2');
  await expect(page.getByTestId('blank-screen')).toBeHidden();
  expect(await map.search()).toBe('?country=KZ&present=1&step=2');
});

// A tour of an issue's map opens on that issue, as its map, legend and
// text show it, not on "Overview: all issues" (found by a teacher's trial).
test('a tour of an issue opens on the issue’s name, in each language', async ({ map, page }) => {
  for (const [path, lang] of [['issue/press/', 'en'], ['ru/issue/torture/', 'ru']]) {
    await page.goto(`/${path}`);
    const issue = await map.categorySelect().evaluate((s) => s.selectedOptions[0].textContent.trim());
    expect(issue, lang).not.toMatch(/Overview|Обзор/);
    await page.getByTestId('present').click();
    await expect(slide(page).locator('.slide-title'), lang).toHaveText(issue);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presentation')).toHaveCount(0);
  }
});

// A teacher clicks + to zoom, then turns the slide with the clicker's arrows.
test('after a click on the map’s + button, the arrow keys still turn the slides', async ({ map, page }) => {
  await map.open('?present=1&step=4');
  await expect(slide(page).locator('.slide-title')).toHaveText('Kyrgyzstan');
  const plus = page.getByTestId('presentation').getByRole('button', { name: /Zoom in/ });
  await plus.click();
  await expect(plus).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(slide(page).locator('.slide-title')).toHaveText('Kyrgyzstan — cases');
  await page.keyboard.press('ArrowLeft');
  await expect(slide(page).locator('.slide-title')).toHaveText('Kyrgyzstan');
});

// The black screen of slide tools (B or .): the room looks at the teacher;
// any key brings the same slide back, without turning it.
test('B blacks the screen out and any key brings the same slide back; so does . and a click', async ({ map, page }) => {
  await map.open('?present=1&step=2');
  await expect(slide(page).locator('.slide-title')).toHaveText('Kazakhstan');
  const blank = page.getByTestId('blank-screen');
  await expect(blank).toBeHidden();
  await page.keyboard.press('b');
  await expect(blank).toBeVisible();
  expect(await blank.boundingBox()).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  await page.keyboard.press('ArrowRight');
  await expect(blank).toBeHidden();
  await expect(slide(page).locator('.slide-title')).toHaveText('Kazakhstan');
  await page.keyboard.press('.');
  await expect(blank).toBeVisible();
  await blank.click();
  await expect(blank).toBeHidden();
  await expect(slide(page).locator('.slide-title')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(slide(page).locator('.slide-title')).toHaveText('Kazakhstan — cases');
});

// The browser's Back in a lesson ends it as Esc does (found by a teacher's
// trial: the map stayed zoomed on the last slide's country, in full screen).
test('Back during a presentation ends it with the whole map, out of full screen', async ({ map, page }) => {
  await map.open();
  const whole = await map.viewBox();
  await page.getByTestId('present').click();
  // The lesson's history entry is written after the frame that shows it; a
  // key pressed within that frame (as only a script can) replaces it instead.
  await expect.poll(() => map.search()).toContain('present=1');
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await expect(slide(page).locator('.slide-title')).toHaveText('Kyrgyzstan');
  await expect.poll(() => map.search()).toContain('step=4');
  expect(await map.viewBox()).not.toBe(whole);
  await page.goBack();
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect.poll(() => map.viewBox()).toBe(whole);
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  // The focus, lost with the slide, goes back to Present, as after Esc.
  await expect(page.getByTestId('present')).toBeFocused();
});

test('on a phone, Esc ends a presentation with the focus on More, which Present is behind', async ({ map, page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await map.open();
  await page.locator('.more-button').click();
  await page.getByTestId('present').click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect(page.locator('.more-button')).toBeFocused();
  await expect(page.locator('.more-button')).toHaveAttribute('aria-expanded', 'false');
});

// Its map above the slide, a phone's first slide runs on below the screen.
test('on a phone, the slide\'s buttons are on the screen at every slide, at its start and scrolled', async ({ map, page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await map.open('?present=1&step=1');
  const next = page.getByRole('button', { name: /Next/ });
  for (let step = 1; step <= 3; step++) {
    await expect(slide(page).locator('.slide-progress')).toContainText(`${step} `);
    await expect(next).toBeInViewport({ ratio: 1 });
    await page.getByTestId('presentation').evaluate((el) => el.scrollBy(0, 300));
    await expect(next).toBeInViewport({ ratio: 1 });
    // At the slide's end, the keys' hint under them is not covered.
    await page.getByTestId('presentation').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const hint = await page.locator('.slide-hint').boundingBox();
    const bar = await page.locator('.slide-buttons').boundingBox();
    expect(hint.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    await next.click();
  }
});

test('a teacher resumes from the URL; Esc leaves', async ({ map, page }) => {
  await map.open('?present=1&step=8');
  await expect(slide(page).locator('.slide-title')).toHaveText('Turkmenistan');
  await expect(slide(page).locator('.slide-title')).toHaveCSS('font-size', /^(4\d|5\d)(\.\d+)?px$/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect(map.country('KZ')).toBeVisible();
  expect(await map.address()).toBe('/country/tm/');
});

test('a whole lesson is one history entry: Back after Esc returns to the last slide, and once more leaves', async ({ map, page }) => {
  await map.open();
  const start = await page.evaluate(() => history.length);
  await page.getByTestId('present').click();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(slide(page)).toHaveAttribute('data-step', '5');
  await expect.poll(() => map.search()).toContain('step=5');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  // Entering and leaving: two entries, not one per slide.
  await expect.poll(() => page.evaluate(() => history.length)).toBe(start + 2);
  await page.goBack();
  await expect(slide(page)).toHaveAttribute('data-step', '5');
  await page.goBack();
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  expect(await map.address()).toBe('/');
});

test('on-screen buttons move too, and a bad step starts at the beginning with a notice', async ({ map, page }) => {
  await map.open('?present=1&step=zero');
  await expect(slide(page)).toHaveAttribute('data-step', '1');
  // The notice over the slide (the presentation covers the map page's).
  const notices = page.getByTestId('presentation').getByTestId('notices');
  await expect(notices).toContainText('There is no step “zero” in the tour');
  await expect(notices).toBeInViewport();
  await notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toBeEmpty();
  await expect(page.locator('.slide-title')).toBeFocused();
  await page.getByRole('button', { name: /Next/ }).click();
  await expect(slide(page)).toHaveAttribute('data-step', '2');
  await page.getByRole('button', { name: /Previous/ }).click();
  await expect(slide(page)).toHaveAttribute('data-step', '1');
});

test('large type at 1280×720 too', async ({ map, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await map.open('?present=1&step=4');
  // Opened from a link, the map still frames the step's country.
  await expect.poll(() => map.viewBox()).not.toBe('0 0 1000 700');
  const size = await slide(page).locator('.slide-summary, .slide-cases').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await map.screenshot('small-projector-presentation');
});

test('on a projector the map labels of a presentation are large enough for the back of the room', async ({ map, page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await map.open('?present=1&step=4');
  const size = (selector) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('[data-label="KG"] .country-label-name')).toBeGreaterThanOrEqual(22);
  expect(await size('[data-label="KG"] .country-label-status')).toBeGreaterThanOrEqual(16);
  expect(await size('.capital-label')).toBeGreaterThanOrEqual(16);
});

test('Enter on a country of the map turns to that country’s slide', async ({ map, page }) => {
  await map.open('?present=1&step=1');
  await expect(page.locator('.slide')).toHaveAttribute('data-step', '1');
  await map.country('TJ').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.slide-title')).toContainText('Tajikistan');
  await expect(page).toHaveURL(/present=1/);
  const step = await page.locator('.slide').getAttribute('data-step');
  expect(Number(step)).toBeGreaterThan(1);
  await expect(page).toHaveURL(new RegExp(`step=${step}`));
});

// A clicker turns pages and cannot scroll: every slide, the buttons
// included, is on the screen, with type no smaller than 16 px, in every
// language at the widescreen sizes of laptops and classroom projectors, and
// at 4:3's 1024×768; on the short ones the buttons sit under the map,
// never on it.
const screens = [
  ...['en', 'tg'].map((lang) => [lang, 1920, 1080]),
  ...['en', 'ru', 'kk', 'uz', 'ky', 'tg', 'tk'].map((lang) => [lang, 1366, 768]),
  ...['en', 'ru', 'kk', 'uz', 'ky', 'tg', 'tk'].map((lang) => [lang, 1280, 720]),
  ...['en', 'ru', 'kk', 'uz', 'ky', 'tg', 'tk'].map((lang) => [lang, 1024, 768]),
];
for (const [lang, width, height] of screens) {
  test(`every slide fits a ${width}×${height} screen (${lang})`, async ({ map, page }) => {
    await page.setViewportSize({ width, height });
    await map.open(`?present=1&step=1&lang=${lang}`);
    const total = Number((await slide(page).locator('progress').getAttribute('max')) ?? 0);
    expect(total).toBe(11);
    for (let step = 1; step <= total; step++) {
      await expect(slide(page)).toHaveAttribute('data-step', String(step));
      await expect.poll(() => page.getByTestId('presentation').evaluate((el) => el.scrollHeight - el.clientHeight), {
        message: `slide ${step} scrolls`,
      }).toBeLessThanOrEqual(0);
      const buttons = await slide(page).locator('.slide-buttons').boundingBox();
      expect(buttons.y + buttons.height, `slide ${step}'s buttons`).toBeLessThanOrEqual(height);
      const map = await page.getByTestId('presentation').locator('.map-canvas').boundingBox();
      const apart = buttons.y >= map.y + map.height || buttons.x >= map.x + map.width;
      expect(apart, `slide ${step}'s buttons clear of the map`).toBe(true);
      const body = await slide(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(body, `slide ${step}'s type`).toBeGreaterThanOrEqual(16);
      const smallest = await slide(page).locator('.slide-summary, .slide-category, .slide-status, .slide-cases strong, .slide-outcome, .slide-buttons button')
        .evaluateAll((els) => Math.min(...els.map((el) => parseFloat(getComputedStyle(el).fontSize))));
      expect(smallest, `slide ${step}'s smallest text`).toBeGreaterThanOrEqual(13.5);
      await page.keyboard.press('PageDown');
    }
  });
}

// On a short screen the map is smaller: its zoom and pan buttons stay inside it.
for (const [width, height] of [[1280, 720], [1024, 768]]) {
  test(`the map's buttons stay on the map of a presentation at ${width}×${height}`, async ({ map, page }) => {
    await page.setViewportSize({ width, height });
    await map.open('?present=1&step=8&lang=ru');
    const canvas = await page.locator('.presentation .map-canvas').boundingBox();
    const buttons = await page.locator('.presentation .map-controls button').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
    expect(buttons).toHaveLength(7);
    for (const b of buttons) {
      expect(b.bottom).toBeLessThanOrEqual(canvas.y + canvas.height);
      expect(b.right).toBeLessThanOrEqual(canvas.x + canvas.width);
    }
  });
}

const typeOf = (page) => page.evaluate(() => [document.querySelector('.presentation'), document.querySelector('.slide')]
  .map((el) => parseFloat(getComputedStyle(el).fontSize)));

// A wide short window (a monitor at a large scaling, a 32:9 screen): the
// map is limited by the height there, and leaves the buttons their row.
for (const [width, height] of [[1920, 540], [2560, 720], [901, 600]]) {
  test(`the slide's buttons are clear of the map and on the screen at ${width}×${height}`, async ({ map, page }) => {
    await page.setViewportSize({ width, height });
    await map.open('?present=1&step=8');
    await expect(slide(page).locator('.slide-title')).toHaveText('Turkmenistan');
    const buttons = await slide(page).locator('.slide-buttons').boundingBox();
    const canvas = await page.getByTestId('presentation').locator('.map-canvas').boundingBox();
    expect(buttons.y >= canvas.y + canvas.height || buttons.x >= canvas.x + canvas.width, 'apart').toBe(true);
    expect(buttons.y + buttons.height).toBeLessThanOrEqual(height);
  });
}

test('a long slide’s type comes back on the next slide and when the screen grows', async ({ map, page }) => {
  // Turkmenistan's nine findings are too long for a 4:3 projector's 1024×768 at full size.
  await page.setViewportSize({ width: 1024, height: 768 });
  await map.open('?present=1&step=8');
  await expect(slide(page).locator('.slide-title')).toHaveText('Turkmenistan');
  await expect.poll(async () => { const [whole, body] = await typeOf(page); return body < whole; }).toBe(true);
  const [, fitted] = await typeOf(page);
  await page.keyboard.press('PageDown');
  await expect(slide(page)).toHaveAttribute('data-step', '9');
  await expect.poll(async () => { const [whole, body] = await typeOf(page); return body === whole; }).toBe(true);
  await page.keyboard.press('PageUp');
  await expect(slide(page)).toHaveAttribute('data-step', '8');
  await page.setViewportSize({ width: 1920, height: 1200 });
  await expect.poll(async () => (await typeOf(page))[1]).toBeGreaterThan(fitted);
  await expect.poll(() => page.getByTestId('presentation').evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
});

test('on a long slide with smaller type, the keyboard hint stays legible and the slide still fits', async ({ map, page }) => {
  // Russian Turkmenistan at a laptop's 1366×768: the longest slide there.
  await page.setViewportSize({ width: 1366, height: 768 });
  await map.open('?lang=ru&present=1&step=8');
  await expect(slide(page).locator('.slide-title')).toHaveText('Туркменистан');
  await expect.poll(async () => { const [whole, body] = await typeOf(page); return body < whole; }).toBe(true);
  const hint = slide(page).locator('.slide-hint');
  expect(await hint.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(13);
  await expect(hint).toBeInViewport({ ratio: 1 });
  await expect.poll(() => page.getByTestId('presentation').evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
});

test('in one column (a laptop zoomed to 200 %) a long slide keeps the reader’s type size', async ({ map, page }) => {
  await page.setViewportSize({ width: 683, height: 384 });
  await map.open('?present=1&step=8');
  await expect(slide(page).locator('.slide-title')).toHaveText('Turkmenistan');
  // Two frames: the fit, had it run, would have shrunk the type by then.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const [whole, body] = await typeOf(page);
  expect(body).toBe(whole);
});

// On a laptop's or a classroom projector's short screen the map takes half
// the width, as large as the slide's column lets it, not a narrower column
// with a third of the screen empty below it (451 px wide at 1280×720 before).
for (const [width, height] of [[1366, 768], [1280, 720], [1024, 768]]) {
  test(`at ${width}×${height} the map takes half the width of the presentation`, async ({ map, page }) => {
    await page.setViewportSize({ width, height });
    await map.open('?present=1&step=2');
    await expect(slide(page).locator('.slide-title')).toHaveText('Kazakhstan');
    const canvas = await page.getByTestId('presentation').locator('.map-canvas').boundingBox();
    expect(canvas.width).toBeGreaterThanOrEqual(0.45 * width);
    const text = await slide(page).boundingBox();
    expect(canvas.x + canvas.width).toBeLessThanOrEqual(text.x);
  });
}

// A slide too long for half the width (Tajikistan's findings at 1280×720)
// gives the slide more room before its type gets smaller; the slides after it
// keep that map, so that it does not change size at every other slide, until
// the window changes.
test('from a slide too long for half the width the map stays narrower, until the window changes', async ({ map, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await map.open('?present=1&step=5');
  const canvas = page.getByTestId('presentation').locator('.map-canvas');
  const width = async () => (await canvas.boundingBox()).width;
  await expect(slide(page).locator('.slide-title')).toHaveText('Kyrgyzstan — cases');
  const wide = await width();
  expect(wide).toBeGreaterThanOrEqual(0.45 * 1280);
  await page.keyboard.press('PageDown');
  await expect(slide(page).locator('.slide-title')).toHaveText('Tajikistan');
  await expect.poll(width).toBeLessThan(wide - 100);
  const narrow = await width();
  // The slide fits at its full type.
  const [whole, body] = await typeOf(page);
  expect(body).toBe(whole);
  await expect.poll(() => page.getByTestId('presentation').evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
  await expect(page.getByTestId('presentation')).toHaveAttribute('data-narrow-map', '');
  await page.keyboard.press('PageDown');
  await expect(slide(page).locator('.slide-title')).toHaveText('Tajikistan — cases');
  // Two frames: the fit, run in the frame after the slide, has had its turn.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(page.getByTestId('presentation')).toHaveAttribute('data-narrow-map', '');
  expect(await width()).toBe(narrow);
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect.poll(width).toBeGreaterThanOrEqual(0.45 * 1366);
  await expect(page.getByTestId('presentation')).not.toHaveAttribute('data-narrow-map');
});
