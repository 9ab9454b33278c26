// Links to one step and to one action: each is shared from the page (share sheet or copy), and a link to an action opens
// the page at that action, marked and focused, before the app runs and after, in every language.
import { appRuns, expect, languages, test } from './fixtures';
import { uiText } from './support/documents';
import { holdApp } from './support/hold-app';

const slug = (language: string) => language.toLowerCase();
const actionTitle = (language: string, id: string) => uiText(language, `${id}.title`, {}, 'actions');
/** A button that names its action after its visible label ("Copy link: Review every inbound connector"). */
const forAction = (label: string, title: string) => new RegExp(`^${label}\\s?: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

test.describe('links to one action', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('open the step at the action, marked from the first paint and focused once the app runs; each action copies its link', async ({
    page,
    baseURL,
    checkA11y,
  }) => {
    for (const language of languages) {
      const release = await holdApp(page);
      const path = `/${slug(language)}/5.7.750/connectors#remove-unknown-connectors`;
      await page.goto(path, { waitUntil: 'commit' });
      const action = page.locator('#remove-unknown-connectors');
      // The prerendered page: the browser scrolled to the action and CSS marks it, with no script yet.
      await expect(page.locator('html')).toHaveAttribute('data-booting');
      await expect(action).toBeInViewport();
      await expect(action).toHaveCSS('outline-style', 'solid');
      await expect(page.locator('#list-inbound-connectors')).toHaveCSS('outline-style', 'none');
      release();
      await appRuns(page);
      await expect(action).toHaveAttribute('data-targeted', 'true');
      await expect(action).toBeFocused();
      await expect(action).toBeInViewport();
      await expect(action).toHaveCSS('outline-style', 'solid');
      await page.unrouteAll();

      const title = actionTitle(language, 'remove-unknown-connectors');
      await action.getByRole('button', { name: forAction(uiText(language, 'share.copyAction'), title) }).click();
      await expect(action.getByRole('status')).toHaveText(uiText(language, 'common.copiedAnnouncement'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}`);
      if (language === 'en') await checkA11y();
    }
  });

  test('keep the action marked and focused across a change of language', async ({ page }) => {
    await page.goto('/en/5.7.750/connectors#list-inbound-connectors');
    const action = page.locator('#list-inbound-connectors');
    await expect(action).toBeFocused();
    await expect(action).toHaveAttribute('data-targeted', 'true');
    // An in-app navigation, which CSS :target does not follow.
    await page.getByRole('link', { name: '日本語' }).click();
    await expect(page).toHaveURL(/\/ja\/5\.7\.750\/connectors#list-inbound-connectors$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'steps.connectors.title'));
    await expect(action).toBeFocused();
    await expect(action).toHaveAttribute('data-targeted', 'true');
    await expect(action).toBeInViewport();
    await expect(page.locator('#audit-connector-changes')).not.toHaveAttribute('data-targeted');
  });
});

test('where the browser has a share sheet, the step and each action are shared through it', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        shared.push(data);
        return Promise.resolve();
      },
    });
  });
  for (const language of ['zh-TW', 'ja'] as const) {
    await page.goto(`/${slug(language)}/5.7.705/support`);
    const title = uiText(language, 'steps.support.title', { code: '5.7.705' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await page.getByRole('button', { name: uiText(language, 'share.share'), exact: true }).click();
    const action = actionTitle(language, 'open-support-case');
    await page.getByRole('button', { name: forAction(uiText(language, 'share.shareAction'), action) }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
      { url: `${baseURL}/${slug(language)}/5.7.705/support` },
      { url: `${baseURL}/${slug(language)}/5.7.705/support#open-support-case` },
    ]);
    await expect(page.getByRole('button', { name: uiText(language, 'share.copy') })).toHaveCount(0);
  }
});
