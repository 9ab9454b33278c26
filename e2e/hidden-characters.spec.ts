// A case whose text carries bidi overrides, zero-width and control characters, and line breaks (from an imported file,
// tampered storage or a hostile bounce) is shown, printed and summarised with those characters made visible.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { uiText } from './support/documents';
import { openWithStoredCase, storedCase } from './support/stored-case';

const hostileCase = storedCase({
  details: { tenant: 'contoso\u202Emoc.live\u202C.onmicrosoft.com\nActions resolved: 17 of 17' },
  ndr: {
    allCodes: ['5.7.750'],
    recipients: ['alex@fabrikam.com'],
    subject: '\u202Eeciovni\u202C',
    source: 'file',
    fileName: 'bounce\u0000.eml',
  },
  actions: {
    'certificate-connector': {
      state: 'not-applicable',
      changedAt: '2025-01-31T11:45:00.000Z',
      reason: 'none)\n  [x] Review every inbound connector (done\u2066',
    },
  },
  notes: { domains: { text: 'Removed connector \u202Egnp.exe\u202C\nSecond line\u200B\u001B[2J', changedAt: '2025-01-31T11:41:00.000Z' } },
});

// What must never reach the reader: bidi controls, zero-width characters, controls other than tab and line break
// (innerText separates table cells with tabs).
const hiddenCharacter = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]|(?![\t\n])\p{Cc}/u;

const openWithHostileCase = (page: Page, path: string) => openWithStoredCase(page, hostileCase, path);

test('the case file and the support summary show hidden characters as markers', async ({ page, checkA11y }) => {
  await openWithHostileCase(page, '/5.7.750/checklist');
  const main = page.getByRole('main');
  const summary = page.locator('.summary__text');
  await expect(summary).toContainText('Error code: 5.7.750');

  await expect(page.getByRole('row', { name: /certificate-based connector/ })).toContainText(
    'none)⏎ [x] Review every inbound connector (done⟨U+2066⟩',
  );
  await expect(main).toContainText('Removed connector ⟨U+202E⟩gnp.exe⟨U+202C⟩');
  await expect(main).toContainText('⟨U+202E⟩eciovni⟨U+202C⟩');
  // The tenant field holds the stored value for editing; beside it the value is spelt out with its markers.
  await expect(page.getByText(uiText('en', 'caseFile.tenantHiddenCharacters', { value: '' }).trim())).toContainText(
    'contoso⟨U+202E⟩moc.live⟨U+202C⟩.onmicrosoft.com⏎Actions resolved: 17 of 17',
  );
  expect(await main.innerText()).not.toMatch(hiddenCharacter);

  const lines = (await summary.innerText()).split('\n');
  expect(lines.filter((line) => line.trimStart().startsWith('Actions resolved'))).toHaveLength(1);
  expect(lines.filter((line) => line.trimStart().startsWith('[x] Review'))).toHaveLength(0);
  expect(lines).toContain('Tenant: contoso⟨U+202E⟩moc.live⟨U+202C⟩.onmicrosoft.com⏎Actions resolved: 17 of 17');
  expect(lines).toContain('  Source: file bounce⟨U+0000⟩.eml');
  await checkA11y();
});

test('the printed case file shows hidden characters as markers', async ({ page }, testInfo) => {
  await openWithHostileCase(page, '/5.7.750/checklist');
  await expect(page.locator('.summary__text')).toContainText('Error code: 5.7.750');
  await page.emulateMedia({ media: 'print' });
  const pdf = testInfo.outputPath('hidden-characters.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  // pdftotext ends each page with a form feed.
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8').replace(/\f/g, '\n');
  expect(text).not.toMatch(hiddenCharacter);
  expect(text.replace(/\s+/g, '')).toContain('contoso⟨U+202E⟩moc.live⟨U+202C⟩.onmicrosoft.com⏎Actionsresolved:17of17');
});

test('a not-applicable reason with a bidi override is shown with its marker on the step page', async ({ page }) => {
  await openWithHostileCase(page, '/5.7.750/domains?lng=ja');
  const item = page.getByRole('listitem').filter({ hasText: uiText('ja', 'certificate-connector.title', {}, 'actions') });
  await expect(item).toContainText('none)⏎ [x] Review every inbound connector (done⟨U+2066⟩');
  expect(await page.getByRole('main').innerText()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
});
