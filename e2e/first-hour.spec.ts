// The first hour: what each code blocks, since when, the support request opened now and a notice for staff, at the top
// of each code's first step; and every step leads with its actions, Microsoft's text folded after them.
import { flows, type StepId } from '../src/config/flow';
import { appRuns, expect, languages, test } from './fixtures';
import { uiText } from './support/documents';
import { openDocument } from './support/step-page';
import { openWithStoredCase, storedCase } from './support/stored-case';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const language of languages) {
  test(`${language}: each code's first step opens with the first hour, and its notice to staff copies`, async ({ page, checkA11y }) => {
    const slug = language.toLowerCase();
    for (const [code, block] of [
      ['5.7.705', 'tenant'],
      ['5.7.750', 'domains'],
    ] as const) {
      await page.goto(`/${slug}/${code}/about`);
      await appRuns(page);
      const firstHour = page.getByRole('region', { name: uiText(language, 'firstHour.heading') });
      await expect(firstHour).toContainText(uiText(language, `firstHour.${block}.blocked`));
      await expect(firstHour).toContainText(uiText(language, `firstHour.${block}.alert`));
      await expect(firstHour).toContainText(uiText(language, 'firstHour.support'));
      // Only 5.7.750 has the two-minute test, which leads to 5.7.705 when the whole tenant turns out to be blocked.
      const other = firstHour.getByRole('link', { name: uiText(language, 'firstHour.domains.testOtherCode') });
      await expect(other).toHaveCount(block === 'domains' ? 1 : 0);
      if (block === 'domains') await expect(other).toHaveAttribute('href', `/${slug}/5.7.705/about`);
      await expect(firstHour.getByRole('link', { name: uiText(language, 'firstHour.supportStep') })).toHaveAttribute('href', `/${slug}/${code}/support`);
      // It comes before anything else on the page's content, the actions before Microsoft's text.
      const order = await page.evaluate(() =>
        ['.first-hour', '.actions', '.document-disclosure'].map((selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1),
      );
      expect(order[0]).toBeGreaterThan(0);
      expect(order[0]).toBeLessThan(order[1] ?? 0);
      expect(order[1]).toBeLessThan(order[2] ?? 0);
      const notice = uiText(language, `firstHour.${block}.notice`);
      await expect(firstHour.getByRole('blockquote')).toHaveText(notice);
      await firstHour.getByRole('button', { name: uiText(language, 'firstHour.copyNotice') }).click();
      await expect(firstHour.getByRole('status')).toHaveText(uiText(language, 'common.copiedAnnouncement'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(notice);
    }
    await checkA11y();
  });
}

test('a step leads with its actions; Microsoft\'s text is folded after them, named, and opens', async ({ page }) => {
  await page.goto('/ja/5.7.750/connectors');
  await appRuns(page);
  const disclosure = page.locator('details.document-disclosure');
  await expect(disclosure).not.toHaveAttribute('open');
  await expect(disclosure.locator('summary')).toContainText(uiText('ja', 'document.disclosure'));
  await expect(page.locator('[data-segment="133"]')).toBeHidden();
  const actionsTop = await page.locator('.actions').evaluate((element) => element.getBoundingClientRect().top);
  expect(actionsTop).toBeLessThan(await disclosure.evaluate((element) => element.getBoundingClientRect().top));
  await openDocument(page, 'ja');
  await expect(page.locator('[data-segment="133"]')).toBeVisible();
  // The overview's text is its subject: open from the start.
  await page.goto('/ja/5.7.750/about');
  await expect(page.locator('details.document-disclosure')).toHaveAttribute('open', '');
});

for (const language of languages) {
  test(`${language}: a resolved step says where to go next, a resolved case points to the evidence, and a note says when it was saved`, async ({ page }) => {
    const slug = language.toLowerCase();
    const steps = flows['5.7.750'].steps;
    const lastOf = (step: StepId) => steps.find((candidate) => candidate.id === step)?.actions.at(-1)?.id;
    const open = new Set([lastOf('domains'), lastOf('servers')]);
    const done = { state: 'done', changedAt: '2025-01-31T11:45:00.000Z' };
    const actions = Object.fromEntries(steps.flatMap((step) => step.actions).filter((action) => !open.has(action.id)).map((action) => [action.id, done]));
    await openWithStoredCase(page, storedCase({ actions }), `/${slug}/5.7.750/domains`);
    await appRuns(page);
    const actionList = page.getByRole('region', { name: uiText(language, 'actionsSection.heading') });
    const domains = steps.find((step) => step.id === 'domains')?.actions.length ?? 0;
    await expect(actionList).toContainText(uiText(language, 'actionsSection.progress', { resolved: String(domains - 1), total: String(domains) }));
    await actionList.getByRole('checkbox', { checked: false }).check();
    const status = actionList.getByRole('status');
    await expect(status).toContainText(uiText(language, 'resolved.stepDone'));
    const next = status.getByRole('link', { name: uiText(language, 'resolved.nextOpen', { step: uiText(language, 'steps.servers.title', { code: '5.7.750' }) }) });
    await next.click();
    await expect(page).toHaveURL(new RegExp(`/${slug}/5\\.7\\.750/servers$`));
    const servers = steps.find((step) => step.id === 'servers')?.actions.length ?? 0;
    await expect(actionList).toContainText(uiText(language, 'actionsSection.progress', { resolved: String(servers - 1), total: String(servers) }));
    await actionList.getByRole('checkbox', { checked: false }).check();
    await expect(status).toContainText(uiText(language, 'resolved.caseDone'));
    await expect(status.getByRole('link', { name: uiText(language, 'resolved.caseFile') })).toHaveAttribute('href', `/${slug}/5.7.750/checklist`);
    await expect(status.getByRole('link', { name: uiText(language, 'resolved.summary') })).toHaveAttribute('href', `/${slug}/5.7.750/support`);
    // The note says it is saved, and when.
    const [before = '', after = ''] = uiText(language, 'notes.savedAt', { time: '\u0000' }).split('\u0000');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const saved = page.getByText(new RegExp(`^${escape(before)}.*\\d.*${escape(after)}$`));
    await expect(saved).toHaveCount(0);
    await page.getByLabel(uiText(language, 'notes.label')).fill('Relay server 10.0.0.5 locked down.');
    await expect(saved).toBeVisible();
  });
}
