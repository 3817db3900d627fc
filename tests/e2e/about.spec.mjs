// The region-level items: the report, the regional director's words, the photo.
import { test, expect } from './support/fixtures.mjs';

test('shows the report, the director’s quote and the Almaty photo with their sources', async ({ map, page }) => {
  await map.open();
  const about = page.getByTestId('about');
  await expect(about.locator('[data-region-item="world-report-2024"]')).toContainText('740');
  const quote = about.locator('[data-region-item="hugh-williamson-quote"]');
  await expect(quote).toContainText('Hugh Williamson');
  await expect(quote.locator('blockquote')).toContainText('human rights backtracking or stagnation across the region');
  await expect(about.locator('[data-region-item="almaty-protest-photo"]')).toContainText('March 8, 2023');
});
