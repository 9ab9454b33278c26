import { expect, test } from './fixtures';
import { uiText } from './support/documents';

const bootText = (language: string, key: string) => uiText(language, key, {}, 'boot');

test.describe('in a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });
  test('a slow load shows a localized loading state, never a blank page', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/5.7.750/domains');
  await expect(page.getByRole('status')).toHaveText(bootText('ja', 'loading'));
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'steps.domains.title'));
  });
});

test.describe('in a Traditional Chinese browser', () => {
  test.use({ locale: 'zh-TW' });
  test('a failed load shows a localized retry that recovers', async ({ page, problems }) => {
  problems.allowConsole(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
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
