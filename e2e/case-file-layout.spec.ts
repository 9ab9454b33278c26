// The case file keeps its shape whatever the admin wrote: a long unbroken reason wraps, on screen and on paper.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { uiText } from './support/documents';
import { openWithStoredCase, storedCase } from './support/stored-case';

// A 1,000-char token without a break opportunity, as a pasted hash or ticket id can be.
const longReason = '0123456789abcdef'.repeat(63).slice(0, 1000);

async function openCaseWithLongReason(page: Page) {
  const stored = storedCase({
    details: { tenant: 'contoso.onmicrosoft.com' },
    actions: { 'certificate-connector': { state: 'not-applicable', changedAt: '2025-01-31T11:45:00.000Z', reason: longReason } },
  });
  await openWithStoredCase(page, stored, '/5.7.750/checklist');
  await expect(page.locator('.summary__text')).toContainText('Error code: 5.7.750');
  const domains = page.getByRole('region', { name: uiText('en', 'steps.domains.title') });
  const row = domains.getByRole('row', { name: /certificate-based connector/ });
  return { domains, row, time: row.getByRole('cell').last() };
}

for (const width of [1280, 360]) {
  test(`at ${width} px a 1,000-char unbroken reason wraps and the time column stays on screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const { domains, time } = await openCaseWithLongReason(page);
    await expect(time).not.toHaveText('–');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    for (const cell of [time, domains.getByRole('columnheader', { name: uiText('en', 'caseFile.columns.time') })]) {
      const box = await cell.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(width);
    }
  });
}

test('in print a 1,000-char unbroken reason wraps and the time column is on the page', async ({ page }, testInfo) => {
  const { time } = await openCaseWithLongReason(page);
  // Only this action has a time (the case's own times differ), so finding it in the PDF means the column was printed.
  const shownTime = (await time.innerText()).trim();
  await page.emulateMedia({ media: 'print' });
  // On paper the reason is no larger than the action it explains.
  const fontSize = (locator: import('@playwright/test').Locator) =>
    locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
  const row = page.getByRole('row', { name: /certificate-based connector/ });
  expect(await fontSize(row.locator('.case-table__reason'))).toBeLessThanOrEqual(await fontSize(row.locator('.case-table__action')));
  const pdf = testInfo.outputPath('long-reason.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8').replace(/\s+/g, ' ');
  expect(text).toContain(shownTime.replace(/\s+/g, ' '));
  expect(text).toContain(uiText('en', 'caseFile.columns.time'));
});
