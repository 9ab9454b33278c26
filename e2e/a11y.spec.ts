import { codes, stepIds } from '../src/config/flow';
import { expect, languages, test } from './fixtures';
import { uiText } from './support/documents';

const pages = ['/', ...codes.flatMap((code) => [...stepIds, 'checklist'].map((page) => `/${code}/${page}`)), '/5.7.708'];

for (const language of languages) {
  test(`axe finds nothing on any page in ${language}`, async ({ page, checkA11y }) => {
    test.setTimeout(90_000);
    for (const path of pages) {
      await page.goto(`${path}?lng=${language}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await checkA11y();
    }
  });

  test(`originals shown and a 360 px phone pass axe in ${language}`, async ({ page, checkA11y }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/5.7.750/about?lng=${language}`);
    if (language !== 'en') await page.getByLabel(uiText(language, 'document.showAllOriginals')).check();
    await checkA11y();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no sideways scrolling on a phone').toBeLessThanOrEqual(0);
  });
}

test('keyboard only: from the start page to the support step', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Skip link first, then into the form.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: uiText('en', 'shell.skipToContent') })).toBeFocused();
  await page.getByLabel(uiText('en', 'start.fieldLabel')).focus();
  await page.keyboard.type('550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: uiText('en', 'start.submit') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/5\.7\.750\/about$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  for (const step of stepIds.slice(1)) {
    // Tab forward until the Next link has focus, then follow it with Enter.
    const next = page.getByRole('link', { name: new RegExp(`^${uiText('en', 'wizard.next')}`) });
    for (let presses = 0; presses < 200 && !(await next.evaluate((element) => element === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/5\\.7\\.750/${step}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
  // On the support step an action can be ticked from the keyboard.
  const checkbox = page.getByRole('checkbox').first();
  await checkbox.focus();
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
});
