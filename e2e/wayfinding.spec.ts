// Finding one's way: one numbering of the steps everywhere, Back/Next labels in each language's punctuation, mistyped
// step links that land where they obviously meant, and the machine-translation notice only where there is some.
import { flowStepIds, numberedStepCount, numberedTitle, stepNumber } from '../src/config/flow';
import { expect, languages, readOnlyPageTest } from './fixtures';
import { loadDocument, uiText } from './support/documents';
import { openDocument } from './support/step-page';

for (const language of languages) {
  readOnlyPageTest(`${language}: the connectors step is step 2 on the bar, the page, the case file and the not-found list; Next names the next step`, async ({ page }) => {
    const number = String(stepNumber('connectors'));
    expect(number).toBe('2');
    await page.goto(`/5.7.750/connectors?lng=${language}`);
    const bar = page.getByRole('navigation', { name: uiText(language, 'wizard.stepsLabel', { code: '5.7.750' }) });
    await expect(bar.getByRole('link', { name: uiText(language, 'steps.connectors.short') })).toContainText(number);
    await expect(page.locator('.eyebrow')).toContainText(uiText(language, 'wizard.stepOf', { number, total: String(numberedStepCount) }));
    // The overview before the four fixes has no number.
    await expect(bar.getByRole('link', { name: uiText(language, 'steps.about.short') })).not.toContainText('1');
    // Next names the next step, with the language's own colon and no stray space.
    const next = page.getByRole('link', { name: uiText(language, 'wizard.nextTo', { step: uiText(language, 'steps.servers.short') }) });
    await expect(next).toBeVisible();
    expect(await next.innerText()).not.toMatch(/\s[:：]/);
    if (language === 'zh-TW') expect(await next.innerText()).toContain('：');
    // On a phone only "Next" shows, and the link is still named for a screen reader.
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => next.innerText()).toMatch(new RegExp(`^${uiText(language, 'wizard.next')}\\s*→$`));
    await page.setViewportSize({ width: 1280, height: 720 });

    await page.goto(`/5.7.750/checklist?lng=${language}`);
    await expect(page.getByRole('heading', { level: 2, name: `${number}. ${uiText(language, 'steps.connectors.title')}` })).toBeVisible();

    // The page for an unknown step names every step, numbered as everywhere, with the code filled in.
    await page.goto(`/5.7.750/nowhere?lng=${language}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText(language, 'notFound.stepTitle'));
    for (const step of flowStepIds('5.7.750')) {
      const title = numberedTitle(step, uiText(language, `steps.${step}.title`, { code: '5.7.750' }));
      await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('main')).not.toContainText('{{');
  });
}

readOnlyPageTest('a mistyped step in a link lands on the step it obviously meant, keeping the pinned language', async ({ page }) => {
  for (const [typed, meant] of [
    ['connector', 'connectors'],
    ['domain', 'domains'],
    ['Servers', 'servers'],
    ['checklst', 'checklist'],
  ] as const) {
    await page.goto(`/5.7.750/${typed}?lng=ja`);
    await expect(page, typed).toHaveURL(new RegExp(`/ja/5\\.7\\.750/${meant}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  }
});

readOnlyPageTest('the machine-translation notice shows on step pages in ja and zh-TW only, not on the start page or case file', async ({ page }) => {
  for (const language of ['ja', 'zh-TW'] as const) {
    const notice = page.getByText(uiText(language, 'shell.machineTranslationNotice'));
    await page.goto(`/5.7.750/servers?lng=${language}`);
    await openDocument(page, language);
    await expect(notice).toBeVisible();
    await page.goto(`/5.7.750/checklist?lng=${language}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(notice).toHaveCount(0);
  }
  await page.goto('/5.7.750/servers?lng=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(uiText('en', 'shell.machineTranslationNotice'))).toHaveCount(0);
});

readOnlyPageTest('ja: the quoted NDR lines show their English original from the start', async ({ page }) => {
  await page.goto('/5.7.750/about?lng=ja');
  const english = loadDocument('ja').segments['126']?.original?.map((run) => run.text).join('') ?? '';
  expect(english).toContain('5.7.750');
  await expect(page.locator('[data-segment="126"] [lang="en"]')).toBeVisible();
  // Other sentences keep their original behind the EN button.
  await expect(page.locator('[data-segment="115"] [lang="en"]')).toBeHidden();
});

readOnlyPageTest('the 5.7.705 support step does not ask to unblock sending from unregistered domains (that is 5.7.750)', async ({ page }) => {
  await page.goto('/5.7.705/support');
  await openDocument(page, 'en');
  await expect(page.locator('[data-segment="139"]')).toBeVisible();
  await expect(page.locator('[data-segment="138"]')).toHaveCount(0);
  await page.goto('/5.7.750/support');
  await openDocument(page, 'en');
  await expect(page.locator('[data-segment="138"]')).toBeVisible();
});
