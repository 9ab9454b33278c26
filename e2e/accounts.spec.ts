// 5.7.705 contains compromised senders first: its own accounts step right after the overview, with actions that are
// ticked, kept, and listed on the case file and in print. 5.7.750 has no such step. axe checks the accounts step in
// every language, light and dark, with the other pages in a11y.spec.ts.
import { flows } from '../src/config/flow';
import { expect, languages, printToPdf, test } from './fixtures';
import { uiText } from './support/documents';
import { openWithStoredCase, storedCase } from './support/stored-case';

const slugOf = (language: string) => language.toLowerCase();
const actionTitle = (language: string, id: string) => uiText(language, `${id}.title`, {}, 'actions');
const accounts = flows['5.7.705'].steps.find((step) => step.id === 'accounts');

test('5.7.705 goes from the overview to the accounts step, whose actions are kept and listed on the case file; 5.7.750 has none', async ({
  page,
}, testInfo) => {
  const total = String(accounts?.actions.length);
  for (const language of languages) {
    const slug = slugOf(language);
    const title = uiText(language, 'steps.accounts.title', { code: '5.7.705' });
    // Each language starts a case of its own.
    await page.goto(`/${slug}/5.7.705/about`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('link', { name: uiText(language, 'wizard.nextTo', { step: uiText(language, 'steps.accounts.short') }) }).click();
    await expect(page).toHaveURL(new RegExp(`/${slug}/5\\.7\\.705/accounts$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // The step bar: the overview, the accounts, then the four numbered fixes.
    const bar = page.getByRole('navigation', { name: uiText(language, 'wizard.stepsLabel', { code: '5.7.705' }) });
    await expect(bar.getByRole('link')).toHaveText(
      [...flows['5.7.705'].steps.map((step) => step.id), 'checklist'].map((id) => new RegExp(uiText(language, `steps.${id}.short`))),
    );
    await expect(page.locator('.eyebrow')).toContainText(uiText(language, 'wizard.containFirst'));

    await page.getByRole('checkbox', { name: actionTitle(language, 'find-restricted-senders') }).check();
    await page.getByRole('checkbox', { name: actionTitle(language, 'block-sign-in') }).check();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: actionTitle(language, 'find-restricted-senders') })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: actionTitle(language, 'block-sign-in') })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: actionTitle(language, 'release-restricted-senders') })).not.toBeChecked();
    await expect(page.getByText(uiText(language, 'actionsSection.progress', { resolved: '2', total }))).toBeVisible();

    // Next is step 1, which on 5.7.705 says it is rarely the cause.
    await page.getByRole('link', { name: uiText(language, 'wizard.nextTo', { step: uiText(language, 'steps.domains.short') }) }).click();
    await expect(page.getByText(uiText(language, 'steps.domains.rarelyTheCause'))).toBeVisible();

    await page.goto(`/${slug}/5.7.705/checklist`);
    const section = page.getByRole('region', { name: title, exact: true });
    await expect(section.getByRole('row', { name: actionTitle(language, 'block-sign-in') })).toContainText(uiText(language, 'caseFile.states.done'));
    await expect(section.getByRole('row', { name: actionTitle(language, 'review-sent-items') })).toContainText(uiText(language, 'caseFile.states.open'));
    if (language === 'en') {
      const { text } = await printToPdf(page, testInfo, 'accounts-case-file');
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(title);
      expect(flat).toContain(actionTitle(language, 'find-restricted-senders'));
      await page.emulateMedia({ media: 'screen' });
    }

    // The old link without a language leads to the same step.
    await page.goto(`/5.7.705/accounts?lng=${language}`);
    await expect(page).toHaveURL(new RegExp(`/${slug}/5\\.7\\.705/accounts$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    // 5.7.750 has no accounts step: its URL is an unknown step, and its steps do not list one.
    await page.goto(`/${slug}/5.7.750/accounts`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText(language, 'notFound.stepTitle'));
    await expect(page.getByRole('main').getByRole('link', { name: uiText(language, 'steps.accounts.title', { code: '5.7.750' }) })).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('link', { name: uiText(language, 'steps.domains.title'), exact: false })).toBeVisible();
  }
});

test('work saved on the compromised-account actions of the 5.7.705 connectors step shows on the accounts step', async ({ page }) => {
  const before = storedCase({
    code: '5.7.705',
    actions: {
      'check-compromised-accounts': { state: 'done', changedAt: '2025-01-31T10:00:00.000Z' },
      'enable-admin-mfa': { state: 'done', changedAt: '2025-01-31T10:05:00.000Z' },
    },
  });
  await openWithStoredCase(page, before, '/en/5.7.705/accounts');
  await expect(page.getByRole('checkbox', { name: actionTitle('en', 'find-restricted-senders') })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: actionTitle('en', 'enable-admin-mfa') })).toBeChecked();
  await expect(page.getByText(uiText('en', 'actionsSection.progress', { resolved: '2', total: String(accounts?.actions.length) }))).toBeVisible();
  await page.goto('/en/5.7.705/connectors');
  await expect(page.getByRole('checkbox', { name: actionTitle('en', 'check-compromised-accounts') })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: actionTitle('en', 'review-transport-rules') })).toBeVisible();
});
