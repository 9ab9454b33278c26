import { expect, languages, readOnlyPageTest, test } from './fixtures';
import { uiText } from './support/documents';

const names = { en: 'English', ja: '日本語', 'zh-TW': '繁體中文' } as const;

for (const language of languages) {
  readOnlyPageTest(`shell in ${language}: header, switcher, credit, lang and title`, async ({ page, checkA11y }) => {
    await page.goto(`/?lng=${language}`);
    await expect(page.getByRole('heading', { level: 1, name: uiText(language, 'start.title') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page).toHaveTitle(`${uiText(language, 'start.title')} – Unblock`);
    const switcher = page.getByRole('navigation', { name: uiText(language, 'shell.languageLabel') });
    await expect(switcher.getByRole('link', { name: names[language] })).toHaveAttribute('aria-current', 'true');
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: /Fix email delivery issues for error code 5\.7\.7xx/ })).toHaveAttribute(
      'href',
      /^https:\/\/learn\.microsoft\.com\//,
    );
    await expect(footer.getByRole('link', { name: /CC BY 4\.0/ })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
    // The machine-translation notice belongs to pages that show machine-translated text, not to the start page.
    const notice = page.getByText(uiText(language, 'shell.machineTranslationNotice'));
    await expect(notice).toHaveCount(0);
    await checkA11y();
  });
}

test('switching language keeps the page and remembers the choice', async ({ page }) => {
  await page.goto('/5.7.750/connectors');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL(/\/ja\/5\.7\.750\/connectors$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'steps.connectors.title'));
  await page.getByRole('navigation', { name: uiText('ja', 'shell.languageLabel') }).getByRole('link', { name: '繁體中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('zh-TW', 'steps.connectors.title'));
  // The choice is remembered: a later visit without ?lng= opens in it.
  await page.goto('/5.7.705/domains');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
});

test('the built page carries a strict Content-Security-Policy: no inline script but the early one, by its hash', async ({ page }) => {
  const response = await page.goto('/en/');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toMatch(/script-src 'self' 'sha256-[\w+/]+=' *;/);
  expect(header).toContain("object-src 'none'");
  expect(header).toContain("base-uri 'none'");
  expect(header).not.toContain('unsafe-inline');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(header.replace(/; frame-ancestors 'none'$/, ''));
  // The early script and the page's loader data (not run: JSON); nothing else inline.
  expect(await page.locator('script:not([src]):not([type="application/json"])').count()).toBe(1);
});

test('on a path that starts with two slashes the language links stay on this site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  await page.goto(`${origin}//evil.example/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('en', 'notFound.title'));
  const japanese = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' });
  await expect(japanese).toHaveAttribute('href', '/ja/evil.example/');
  await japanese.click();
  await expect(page).toHaveURL(`${origin}/ja/evil.example/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'notFound.title'));
});
