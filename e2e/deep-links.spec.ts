import { codes, flows, flowStepIds } from '../src/config/flow';
import { expect, readOnlyPageTest, test } from './fixtures';
import { uiText } from './support/documents';

// Each step opened by its deep link, in every language, is checked in a11y.spec.ts together with axe: one page load.

test('every one of the 44 segments is shown on some step', () => {
  const shown = new Set(codes.flatMap((code) => flows[code].steps.flatMap((step) => step.segments)));
  const missing = Array.from({ length: 44 }, (_, i) => 103 + i).filter((segment) => segment !== 103 && !shown.has(segment));
  // 103 is the document's title: it is credited in the footer, not repeated as a heading.
  expect(missing).toEqual([]);
});

test('a fresh browser opening a deep link lands exactly there, and /{code} opens the overview', async ({ page }) => {
  await page.goto('/5.7.705/servers');
  await expect(page).toHaveURL(/\/5\.7\.705\/servers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('en', 'steps.servers.title'));
  await page.goto('/5.7.750?lng=ja');
  await expect(page).toHaveURL(/\/ja\/5\.7\.750\/about$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'steps.about.title', { code: '5.7.750' }));
});

// One browser per outcome; every language tag's mapping (zh-MO, zh-Hant, zh-CN, …) is unit-tested in languages.test.ts.
for (const [locale, expected] of [
  ['zh-HK', 'zh-TW'],
  ['ja-JP', 'ja'],
  ['fr-FR', 'en'],
] as const) {
  test.describe(`a ${locale} browser`, () => {
    test.use({ locale });
    test(`gets ${expected}`, async ({ page }) => {
      await page.goto('/5.7.750/domains');
      await expect(page.locator('html')).toHaveAttribute('lang', expected);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText(expected, 'steps.domains.title'));
    });
  });
}

test.describe('a Japanese browser with a saved choice', () => {
  test.use({ locale: 'ja-JP' });
  test('?lng= pins the language over both', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('unblock:language', 'zh-TW'));
  await page.goto('/5.7.705/support?lng=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/5.7.705/support');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  });
});

test('Back, Next and the step indicator move between steps; focus lands on the new h1', async ({ page }) => {
  await page.goto('/5.7.750/about');
  for (const step of flowStepIds('5.7.750').slice(1)) {
    await page.getByRole('link', { name: new RegExp(`^${uiText('en', 'wizard.next')}`) }).click();
    await expect(page).toHaveURL(new RegExp(`/5\\.7\\.750/${step}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
  await page.getByRole('link', { name: new RegExp(`^${uiText('en', 'wizard.back')}`) }).click();
  await expect(page).toHaveURL(/\/servers$/);
  await page.getByRole('navigation', { name: 'Steps to fix 5.7.750' }).getByRole('link', { name: 'Domains' }).click();
  await expect(page).toHaveURL(/\/domains$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

readOnlyPageTest('a pinned language stays pinned while moving through the steps', async ({ page }) => {
  await page.goto('/5.7.705/about?lng=zh-TW');
  await page.getByRole('link', { name: new RegExp(`^${uiText('zh-TW', 'wizard.next')}`) }).click();
  await expect(page).toHaveURL(/\/zh-tw\/5\.7\.705\/accounts$/);
});
