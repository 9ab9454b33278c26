import { expect, test } from './fixtures';
import { chooseEnglishSummary, uiText } from './support/documents';

const bootText = (language: string, key: string) => uiText(language, key, {}, 'boot');

test.describe('in a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });
  test('a slow load shows the page in its language at once, and a page built on the spot a localized loading state', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    // An old link: its page's text is in the HTML, readable while the app's text is still on the way.
    await page.goto('/5.7.750/domains', { waitUntil: 'commit' });
    await expect(page).toHaveURL(/\/ja\/5\.7\.750\/domains$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'steps.domains.title', { code: '5.7.750' }));
    await expect(page.locator('html')).toHaveAttribute('data-booting');
    // A path no page was built for is rendered by the app, which says it is loading.
    await page.goto('/ja/5.7.750/nowhere', { waitUntil: 'commit' });
    await expect(page.getByRole('status')).toHaveText(bootText('ja', 'loading'));
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'notFound.stepTitle'));
  });

  test('a support summary whose English text cannot load says so, keeps the page, and recovers', async ({ page, problems }) => {
    problems.allowConsole(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
    // An admin writing the request in English: the summary needs the English text, and that is what fails to load.
    await chooseEnglishSummary(page);
    const failing = { on: true };
    // Only the English UI text fails: the page's own Japanese text loads normally.
    const englishHeading = JSON.stringify(uiText('en', 'summaryPanel.heading'));
    await page.route(/\/assets\/ui-[\w-]+\.json$/, async (route) => {
      const response = await route.fetch();
      if (failing.on && (await response.text()).includes(englishHeading)) await route.abort('internetdisconnected');
      else await route.fulfill({ response });
    });
    await page.goto('/5.7.750/support');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'steps.support.title', { code: '5.7.750' }));
    const alert = page.getByRole('alert').filter({ hasText: uiText('ja', 'summaryPanel.loadFailed') });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'steps.support.title', { code: '5.7.750' }));
    failing.on = false;
    await alert.getByRole('button', { name: bootText('ja', 'retry') }).click();
    await expect(page.locator('.summary__text')).toContainText(uiText('en', 'summary.heading'));
    await expect(alert).toHaveCount(0);
  });
});

test.describe('in a Traditional Chinese browser', () => {
  test.use({ locale: 'zh-TW' });
  test('a failed load shows a localized retry that recovers', async ({ page, problems }) => {
    problems.allowConsole(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
    // An admin writing the request in English: the summary needs the English text, and that is what fails to load.
    await chooseEnglishSummary(page);
    const failing = { on: true };
    await page.route(/\.json$/, async (route) => {
      if (failing.on) await route.abort('internetdisconnected');
      else await route.continue();
    });
    await page.goto('/5.7.705/connectors');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bootText('zh-TW', 'loadFailed'), { timeout: 20_000 });
    failing.on = false;
    await page.getByRole('button', { name: bootText('zh-TW', 'retry') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('zh-TW', 'steps.connectors.title'));
  });
});
