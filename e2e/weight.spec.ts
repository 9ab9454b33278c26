// Weight budget: gzip size of the JS and CSS a cold visit to a deep link downloads; and, for the record, each page's HTML.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

const BUDGET_BYTES = 150 * 1024;

test('a cold visit to a deep link downloads under 150 KB of gzipped JS and CSS', async ({ page }) => {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    const url = response.url();
    if (type !== 'script' && type !== 'stylesheet' && !/\.(js|css)(\?|$)/.test(url)) return;
    const body = await response.body().catch(() => undefined);
    if (body) sizes.set(url, gzipSync(body, { level: 9 }).length);
  });
  await page.goto('/ja/5.7.750/connectors');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-booting');
  await page.waitForLoadState('networkidle');
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  const lines = [...sizes].map(([url, size]) => `  ${(size / 1024).toFixed(1).padStart(6)} KB  ${new URL(url).pathname}`);
  console.log(`Cold visit to /ja/5.7.750/connectors: ${(total / 1024).toFixed(1)} KB gzip JS+CSS\n${lines.join('\n')}`);
  expect(sizes.size).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
});

test.describe('in a Traditional Chinese browser', () => {
  test.use({ locale: 'zh-TW' });
  test('a cold visit downloads only the active language', async ({ page }) => {
  const localeFiles: string[] = [];
  page.on('request', (request) => {
    if (/\.json(\?|$)/.test(request.url())) localeFiles.push(new URL(request.url()).pathname);
  });
  await page.goto('/5.7.705/domains');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await page.waitForLoadState('networkidle');
  expect(localeFiles.length).toBeGreaterThan(0);
  for (const file of localeFiles) expect(file).toMatch(/(ui|actions|document)-[\w-]*\.json$/);
  const english = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  expect(english.filter((name) => /\/(en|ja)[-_/]/.test(new URL(name).pathname))).toEqual([]);
  });
});

test('prints the size of every built page', () => {
  const dist = join(import.meta.dirname, '..', 'dist');
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort();
  const rows = pages.map((file) => {
    const html = readFileSync(join(dist, file));
    return `  ${(html.length / 1024).toFixed(1).padStart(6)} KB  ${(gzipSync(html, { level: 9 }).length / 1024).toFixed(1).padStart(5)} KB gzip  ${relative(dist, join(dist, file))}`;
  });
  console.log(`HTML of ${pages.length} pages:\n${rows.join('\n')}`);
  expect(pages.length).toBeGreaterThan(50);
});
