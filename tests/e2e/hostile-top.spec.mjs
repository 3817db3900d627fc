// A hostile top page (a third origin: localhost, not 127.0.0.1) frames a
// campaigner's page that embeds the map with the height snippet, then
// replaces the map inside it with a document of its own that posts height
// messages. The campaigner's snippet must not resize the frame: the new
// document has an opaque origin and does not know the frame's token.
// (Not the usual fixture: the third origin is the point of the test.)
import { test, expect } from '@playwright/test';
import { PORT, HOST_PORT } from '../../playwright.config.mjs';

const MAP = `http://127.0.0.1:${PORT}`;
const CAMPAIGN = `http://127.0.0.1:${HOST_PORT}/`;
const HOSTILE = `http://localhost:${HOST_PORT}/`;

for (const sandbox of [false, true]) {
  test(`a hostile top page cannot resize the map's frame through the campaigner's snippet (${sandbox ? 'sandboxed' : 'plain'} iframe)`, async ({ page }) => {
    // The snippet, as the map's Embed dialog gives it.
    await page.goto(`${MAP}/`);
    await page.mouse.move(200, 200);
    await page.getByRole('button', { name: 'Embed' }).click();
    const iframe = await page.getByTestId('embed-iframe-code').inputValue();
    const snippet = await page.getByTestId('embed-snippet-code').inputValue();
    const code = sandbox ? iframe.replace('<iframe ', '<iframe sandbox="allow-scripts" ') : iframe;

    // The hostile page frames the campaigner's page.
    await page.goto(HOSTILE);
    await page.evaluate((src) => {
      document.body.innerHTML = `<iframe id="campaign" src="${src}" width="900" height="900"></iframe>`;
    }, CAMPAIGN);
    const campaign = await (await page.locator('#campaign').elementHandle()).contentFrame();
    await campaign.waitForLoadState('load');
    // The campaigner's page holds the map and the snippet.
    await campaign.evaluate(([html, snippet]) => {
      document.getElementById('slot').innerHTML = html;
      const script = document.createElement('script');
      script.textContent = new DOMParser().parseFromString(snippet, 'text/html').querySelector('script').textContent;
      document.body.appendChild(script);
    }, [code, snippet]);
    const height = () => campaign.evaluate(() => document.querySelector('iframe[data-rights-map]').style.height);
    await expect.poll(height, { timeout: 15_000 }).not.toBe('');
    const settled = await height();

    // The top page replaces the map in the campaigner's frame.
    await page.evaluate(() => {
      const evil = '<script>for (const token of [undefined, "", "0"]) parent.postMessage({ type: "central-asia-rights-map:height", height: 77, token }, "*")</script>';
      window.frames[0].frames[0].location = 'data:text/html,' + encodeURIComponent(evil);
    });
    await page.waitForTimeout(800);
    expect(await height()).toBe(settled);
  });
}
