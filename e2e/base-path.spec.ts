// Runs against a build made with BASE_PATH=/help/unblock/ (see playwright.config.ts).
import { expect, test } from './fixtures';
import { uiText } from './support/documents';

test('deep links, reloads, redirects and links all stay under the base path', async ({ page, baseURL }) => {
  const base = new URL(baseURL ?? '').pathname;
  await page.goto('5.7.750/connectors?lng=ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'steps.connectors.title'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'steps.connectors.title'));
  await page.goto('5.7.705');
  await expect(page).toHaveURL(`${baseURL}en/5.7.705/about`);
  await page.getByRole('link', { name: new RegExp(`^${uiText('en', 'wizard.next')}`) }).click();
  await expect(page).toHaveURL(`${baseURL}en/5.7.705/accounts`);
  await page.getByRole('link', { name: /^Unblock/ }).click();
  await expect(page).toHaveURL(`${baseURL}en/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('en', 'start.title'));
  await page.goto('nowhere/at/all');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('en', 'notFound.title'));
  expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe(`${base}favicon.svg`);
});

test.describe('copy link under the base path', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('the copied deep link includes the base path', async ({ page, baseURL }) => {
    await page.goto('5.7.750/servers');
    await page.getByRole('button', { name: uiText('en', 'share.copy') }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}en/5.7.750/servers`);
  });
});
