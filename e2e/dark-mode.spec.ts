// With the system set to dark, every page is dark, passes axe, and still prints dark text on white paper.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { summaryCode, uiText } from './support/documents';

test.use({ colorScheme: 'dark' });

/** Relative luminance (WCAG) of the page's background colour. */
const backgroundLuminance = (page: Page) =>
  page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    const linear = (channel: number) => {
      const value = channel / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  });

// Colours do not depend on the language (every page passes axe in dark in each language in a11y.spec.ts): one
// language here, with the CJK text that is the densest on the page.
for (const language of ['zh-TW'] as const) {
  test(`dark mode in ${language}: a step with a not-applicable action and a note, the case file`, async ({
    page,
    checkA11y,
  }) => {
    // The start page in dark is checked in a11y.spec.ts; here a step and the case file holding what the admin did.
    await page.goto(`/5.7.750/domains?lng=${language}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);

    const item = page.getByRole('listitem').filter({ hasText: uiText(language, 'certificate-connector.title', {}, 'actions') });
    await item.getByRole('button', { name: new RegExp(uiText(language, 'actionState.markNotApplicable')) }).click();
    await item.getByLabel(uiText(language, 'actionState.reasonLabel')).fill('No on-premises servers');
    await item.getByRole('button', { name: uiText(language, 'actionState.saveNotApplicable') }).click();
    await page.getByRole('checkbox', { name: uiText(language, 'list-accepted-domains.title', {}, 'actions') }).check();
    await page.getByRole('textbox', { name: uiText(language, 'notes.label') }).fill('Added contoso-backup.net.');
    await expect(item).toContainText('No on-premises servers');
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    await checkA11y();

    await page.goto(`/5.7.750/checklist?lng=${language}`);
    await expect(page.locator('.summary__text')).toContainText(summaryCode(language, '5.7.750'));
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    await checkA11y();

    // Paper stays light: dark text on a white page, even from a dark-mode browser.
    await page.emulateMedia({ media: 'print' });
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.9);
    const textColor = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(textColor).toBe('rgb(36, 36, 36)');
  });
}
