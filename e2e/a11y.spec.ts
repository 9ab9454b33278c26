// Every page opened by its deep link, in every language: a step shows its title, place and sentences verbatim, and axe
// finds nothing in light or dark. One short test per page and language. Then the whole flow by keyboard, a step per test.
import type { Page } from '@playwright/test';
import { codes, flowStepIds, type Code, type StepId } from '../src/config/flow';
import { expect, languages, readOnlyPageTest, test } from './fixtures';
import { uiText } from './support/documents';
import { expectStepPage } from './support/step-page';

const pages: { path: string; step?: { code: Code; id: StepId } }[] = [
  { path: '/' },
  ...codes.flatMap((code) => [
    ...flowStepIds(code).map((id) => ({ path: `/${code}/${id}`, step: { code, id } })),
    { path: `/${code}/checklist` },
  ]),
  { path: '/5.7.708' },
];

for (const language of languages) {
  for (const { path, step } of pages) {
    // One page load checks both colour schemes: all of axe in light, then the colour rules again in dark, which
    // changes nothing but colours (the page follows prefers-color-scheme).
    readOnlyPageTest(`${path} in ${language} opens directly${step ? ', shows its sentences verbatim' : ''} and passes axe, light and dark`, async ({
      page,
      checkA11y,
    }) => {
      await page.goto(`${path}?lng=${language}`);
      if (step) await expectStepPage(page, language, step.code, step.id);
      else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await checkA11y();
      await page.emulateMedia({ colorScheme: 'dark' });
      await checkA11y(page, { only: 'colour' });
    });
  }

  test(`originals shown and a 360 px phone pass axe in ${language}, light and dark`, async ({ page, checkA11y }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/5.7.750/about?lng=${language}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (language !== 'en') await page.getByLabel(uiText(language, 'document.showAllOriginals')).check();
    await checkA11y();
    await page.emulateMedia({ colorScheme: 'dark' });
    await checkA11y(page, { only: 'colour' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no sideways scrolling on a phone').toBeLessThanOrEqual(0);
  });
}

/** Tabs forward until `target` has focus: what a keyboard user does to reach it. */
async function tabTo(page: Page, target: import('@playwright/test').Locator) {
  for (let presses = 0; presses < 200; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: from the start page into the flow', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Skip link first, then into the form.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: uiText('en', 'shell.skipToContent') })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel(uiText('en', 'start.fieldLabel')));
  await page.keyboard.type('550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: uiText('en', 'start.submit') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/5\.7\.750\/about$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

// Through the steps: Tab reaches Next, Enter follows it, and focus lands on the new step's heading. Moving between
// steps loads nothing, so the walk stays short.
test('keyboard only: from the overview through every step to support', async ({ page }) => {
  const [first, ...rest] = flowStepIds('5.7.750');
  await page.goto(`/5.7.750/${first}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const nextStep of rest) {
    await tabTo(page, page.getByRole('link', { name: new RegExp(`^${uiText('en', 'wizard.next')}`) }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/5\\.7\\.750/${nextStep}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
});

test('keyboard only: an action on the support step can be ticked', async ({ page }) => {
  await page.goto('/5.7.750/support');
  const checkbox = page.getByRole('checkbox').first();
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
});
