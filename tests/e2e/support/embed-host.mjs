// A campaigner's page on another origin, with the code the map's Embed action gives.
import { HOST_ORIGIN } from './origins.mjs';

/** The iframe code and the snippet, as the map's Embed action offers them. */
export async function embedCodes(map, page, query) {
  await map.open(query);
  await page.getByRole('button', { name: 'Embed' }).click();
  const iframe = await page.getByTestId('embed-iframe-code').inputValue();
  const snippet = await page.getByTestId('embed-snippet-code').inputValue();
  return { iframe, snippet };
}

/** The campaigner's page with the pasted code (and the snippet, if given). */
export async function hostPage(page, html, snippet) {
  await page.goto(`${HOST_ORIGIN}/`);
  await page.evaluate(([html, snippet]) => {
    document.getElementById('slot').innerHTML = html;
    if (snippet) {
      const code = new DOMParser().parseFromString(snippet, 'text/html').querySelector('script').textContent;
      const script = document.createElement('script');
      script.textContent = code;
      document.body.appendChild(script);
    }
  }, [html, snippet]);
  return page.frameLocator('iframe[data-rights-map]');
}
