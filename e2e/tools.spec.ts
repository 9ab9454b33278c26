// The cause-finding tools: the gap finder and the connector review, by paste and by file, in every language; bad input
// explained without losing earlier findings; the findings on the case file, in the summary and in print.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeEnhancedSummary } from '../scripts/generate-enhanced-summary';
import { expect, printToPdf, test } from './fixtures';
import { uiText } from './support/documents';
import { giveInput, tools } from './support/tool-input';

const fixture = (name: string) => join(import.meta.dirname, '../src/features/tools/readers/__tests__/fixtures', name);

/** The same CSV as Windows PowerShell and historical search write it: UTF-16LE, no BOM. */
const utf16le = (text: string) => Buffer.from(text, 'utf16le');

/** Opens the step's check, which loads only when asked for (or when the case has findings to show). */
async function openTool(page: Page, language: string, step: 'domains' | 'connectors') {
  await page.getByRole('button', { name: uiText(language, `causeFinder.${step}.open`), exact: true }).click();
}

const acceptedJson = () => readFileSync(fixture('accepted-domains-ps51.json'), 'utf8');
const enhancedSummary = () => readFileSync(fixture('trace-enhanced-summary.csv'), 'utf8');
const connectorList = () => readFileSync(fixture('inbound-connectors-format-list.txt'), 'utf8');

test('en: the gap finder names the missing domains from pasted accepted domains and a UTF-16 Enhanced summary file; the summary carries them', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/5.7.750/domains');
  await openTool(page, 'en', 'domains');
  // Opened, the check takes focus at its first input.
  await expect(page.getByLabel(tools('en', 'gap.acceptedLabel'), { exact: true })).toBeFocused();
  await giveInput(page, 'en', tools('en', 'gap.acceptedLabel'), { text: acceptedJson() });
  await expect(page.getByText(/^4 accepted domains \(ConvertTo-Json, pasted/)).toBeVisible();
  await expect(page.getByText(tools('en', 'gap.waitingForSending'))).toBeVisible();
  await giveInput(page, 'en', tools('en', 'gap.sendingLabel'), { name: 'enhanced.csv', buffer: utf16le(enhancedSummary()) });
  const table = page.getByRole('table', { name: tools('en', 'gap.table.caption') });
  const row = (domain: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(domain.replace(/\./g, '\\.')) }) });
  await expect(row('sales.contoso.com')).toContainText(tools('en', 'gap.status.not-accepted'));
  await expect(row('secure-billing.example')).toContainText('192.0.2.15');
  await expect(row('secure-billing.example')).toContainText('Inbound Relay');
  await expect(page.getByText(/other organization to yours/)).toBeVisible();
  await checkA11y();

  await page.goto('/5.7.750/connectors');
  await openTool(page, 'en', 'connectors');
  await giveInput(page, 'en', tools('en', 'connectors.inputLabel'), { name: 'connectors.json', buffer: Buffer.from(readFileSync(fixture('inbound-connectors-ps51.json'))) });
  await expect(page.getByText(/^\d+ inbound connectors \(ConvertTo-Json, from connectors\.json/)).toBeVisible();
  await expect(page.getByRole('heading', { name: tools('en', 'connectors.resultsHeading') })).toBeVisible();

  await page.goto('/5.7.750/support');
  const summary = page.locator('.summary__text');
  await expect(summary).toContainText(tools('en', 'summary.heading'));
  await expect(summary).toContainText('sales.contoso.com: Not an accepted domain; 2 messages, 4 recipients');
});

test('ja: the connector review flags the relay an attacker would make, keeps the admin’s mark across a reload, and prints it', async ({
  page,
  checkA11y,
}, testInfo) => {
  await page.goto('/5.7.750/connectors?lng=ja');
  await openTool(page, 'ja', 'connectors');
  await giveInput(page, 'ja', tools('ja', 'connectors.inputLabel'), { text: connectorList() });
  const relay = page.getByRole('article', { name: /Inbound Relay/ });
  await expect(relay.getByText(tools('ja', 'connectors.verdict.suspicious'), { exact: true })).toBeVisible();
  await expect(relay).toContainText(tools('ja', 'connectors.reasons.treat-as-internal'));
  await expect(relay.getByText(/Search-UnifiedAuditLog -StartDate \d{4}-\d{2}-\d{2}/)).toBeVisible();
  const partner = page.getByRole('article', { name: /Partner mail from Fabrikam/ });
  await expect(partner.getByText(tools('ja', 'connectors.verdict.expected'), { exact: true })).toBeVisible();
  await relay.getByRole('radio', { name: tools('ja', 'connectors.mark.removed') }).check();
  await checkA11y();

  await page.reload();
  await expect(page.getByRole('article', { name: /Inbound Relay/ }).getByRole('radio', { name: tools('ja', 'connectors.mark.removed') })).toBeChecked();

  await page.goto('/5.7.750/checklist?lng=ja');
  const findings = page.getByRole('region', { name: tools('ja', 'evidence.heading') });
  await expect(findings).toContainText('Inbound Relay');
  await expect(findings).toContainText(tools('ja', 'connectors.reasons.treat-as-internal'));
  await expect(page.locator('.summary__text')).toContainText('Inbound Relay');
  const { text } = await printToPdf(page, testInfo, 'case-file-findings-ja');
  expect(text.replace(/\s+/g, '')).toContain(tools('ja', 'evidence.heading').replace(/\s+/g, ''));
  expect(text).toContain('Inbound Relay');
});

test('zh-TW: wrong, empty and unreadable input is explained and earlier findings stay', async ({ page }) => {
  await page.goto('/5.7.750/domains?lng=zh-TW');
  await openTool(page, 'zh-TW', 'domains');
  const acceptedLabel = tools('zh-TW', 'gap.acceptedLabel');
  await giveInput(page, 'zh-TW', acceptedLabel, { text: acceptedJson() });
  const stored = page.locator('.stored-input').first();
  await expect(stored).toBeVisible();
  const storedText = await stored.textContent();

  await giveInput(page, 'zh-TW', acceptedLabel, { text: connectorList() });
  await expect(page.getByRole('alert').filter({ hasText: tools('zh-TW', 'rejected.wrongTool.inbound-connectors') })).toBeVisible();
  await giveInput(page, 'zh-TW', acceptedLabel, { text: '   ' });
  await expect(page.getByRole('alert').filter({ hasText: tools('zh-TW', 'rejected.empty') })).toBeVisible();
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  await giveInput(page, 'zh-TW', acceptedLabel, { name: 'screenshot.png', buffer: png });
  await expect(page.getByRole('alert').filter({ hasText: tools('zh-TW', 'rejected.image') })).toBeVisible();
  await expect(stored).toHaveText(storedText ?? '');

  const sendingLabel = tools('zh-TW', 'gap.sendingLabel');
  await giveInput(page, 'zh-TW', sendingLabel, { text: '"Subject","Size"\n"Hello","12"\n' });
  await expect(page.getByRole('alert').filter({ hasText: tools('zh-TW', 'rejected.no-sender-column', { detail: '' }).slice(0, 12) })).toBeVisible();

  await page.goto('/5.7.750/connectors?lng=zh-TW');
  await openTool(page, 'zh-TW', 'connectors');
  await giveInput(page, 'zh-TW', tools('zh-TW', 'connectors.inputLabel'), { text: acceptedJson() });
  await expect(page.getByRole('alert').filter({ hasText: tools('zh-TW', 'rejected.wrongTool.accepted-domains') })).toBeVisible();
});

test('en: a 100,000-row Enhanced summary is read in a worker with progress, and a second read can be stopped without losing the first', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const path = testInfo.outputPath('enhanced-100k.csv');
  await writeEnhancedSummary(path, 100_000);
  // Long tasks on the page's main thread while the file is read: reported as a figure, not asserted (a busy machine
  // stretches any task), while the tests below prove the reading itself is off the main thread.
  await page.addInitScript(() => {
    const longTasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = longTasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({ type: 'longtask' });
  });
  await page.goto('/5.7.750/domains');
  await openTool(page, 'en', 'domains');
  await giveInput(page, 'en', tools('en', 'gap.acceptedLabel'), { text: acceptedJson() });
  await expect(page.getByText(/^4 accepted domains/)).toBeVisible();
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));

  const box = page.locator('.tool-input').nth(1);
  const choose = async () => {
    const chooser = page.waitForEvent('filechooser');
    await box.getByRole('button', { name: tools('en', 'input.chooseFile') }).click();
    await (await chooser).setFiles(path);
  };
  await choose();
  await expect(box.getByRole('progressbar')).toBeVisible();
  const stored = page.locator('.stored-input').nth(1);
  await expect(stored).toContainText(/^100,000 rows, \d+ sender domains \(historical search \(Enhanced summary\), from enhanced-100k\.csv/, { timeout: 60_000 });
  await expect(page.getByRole('table', { name: tools('en', 'gap.table.caption') }).getByRole('rowheader', { name: /secure-billing\.example/ })).toBeVisible();
  const workers = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /tools\.worker/.test(entry.name)).length);
  expect(workers, 'the reader ran in a worker').toBeGreaterThan(0);
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
  testInfo.annotations.push({ type: 'longest main-thread task while reading 100,000 rows', description: `${Math.round(longest)} ms` });

  const before = await stored.textContent();
  await choose();
  await expect(box.getByRole('progressbar')).toBeVisible();
  await box.getByRole('button', { name: tools('en', 'input.cancel') }).click();
  await expect(box.getByText(tools('en', 'input.cancelled'))).toBeVisible();
  await expect(stored).toHaveText(before ?? '');
});

/** A Get-MessageTraceV2 export whose dates never show their order (no day above 12). */
const ambiguousTrace = [
  '"Received","SenderAddress","RecipientAddress","Subject","Status","ToIP","FromIP","Size","MessageId","MessageTraceId"',
  '"03/04/2026 10:00:00","billing@secure-billing.example","a@gmail.example","Pay now","Failed","","192.0.2.15","100","<m1@x>","11111111-1111-1111-1111-111111111111"',
  '"05/06/2026 11:00:00","billing@secure-billing.example","b@gmail.example","Pay now","Failed","","192.0.2.15","100","<m2@x>","22222222-2222-2222-2222-222222222222"',
].join('\n');

test('ja: accepted domains from a UTF-16 file, the admin center export read in the zone the admin names, and ambiguous dates asked', async ({ page }) => {
  await page.goto('/5.7.750/domains?lng=ja');
  await openTool(page, 'ja', 'domains');
  const json = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(acceptedJson())]);
  await giveInput(page, 'ja', tools('ja', 'gap.acceptedLabel'), { name: 'accepted.json', buffer: json });
  await expect(page.locator('.stored-input').first()).toContainText('accepted.json');

  await page.getByLabel(tools('ja', 'gap.timeZoneLabel')).selectOption('Asia/Tokyo');
  await giveInput(page, 'ja', tools('ja', 'gap.sendingLabel'), { text: readFileSync(fixture('trace-admin-center.csv'), 'utf8') });
  await expect(page.getByText(tools('ja', 'gap.readInZone', { zone: 'Asia/Tokyo' }))).toBeVisible();

  await giveInput(page, 'ja', tools('ja', 'gap.sendingLabel'), { text: ambiguousTrace });
  const question = page.getByRole('group', { name: tools('ja', 'gap.dateOrderQuestion') });
  await expect(question).toBeVisible();
  await expect(page.locator('.stored-input').nth(1)).toContainText(tools('ja', 'formats.admin-center-trace'));
  await question.getByRole('radio').nth(1).check();
  await question.getByRole('button', { name: tools('ja', 'gap.dateOrderUse') }).click();
  await expect(question).toBeHidden();
  await expect(page.locator('.stored-input').nth(1)).toContainText(tools('ja', 'formats.message-trace-v2'));
  // Day first: 03/04 is 3 April.
  const row = page.getByRole('table', { name: tools('ja', 'gap.table.caption') }).getByRole('row').filter({ hasText: 'secure-billing.example' });
  await expect(row).toContainText('2026/04/03');
});

test('zh-TW: connectors from a UTF-16 Format-List file, and the gap finder from pasted text', async ({ page, checkA11y }) => {
  await page.goto('/5.7.750/connectors?lng=zh-TW');
  await openTool(page, 'zh-TW', 'connectors');
  const list = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(connectorList())]);
  await giveInput(page, 'zh-TW', tools('zh-TW', 'connectors.inputLabel'), { name: 'connectors.txt', buffer: list });
  const relay = page.getByRole('article', { name: /Inbound Relay/ });
  await expect(relay.getByText(tools('zh-TW', 'connectors.verdict.suspicious'), { exact: true })).toBeVisible();
  await checkA11y();

  await page.goto('/5.7.750/domains?lng=zh-TW');
  await openTool(page, 'zh-TW', 'domains');
  await giveInput(page, 'zh-TW', tools('zh-TW', 'gap.acceptedLabel'), { text: acceptedJson() });
  await giveInput(page, 'zh-TW', tools('zh-TW', 'gap.sendingLabel'), { text: enhancedSummary() });
  const row = page.getByRole('table', { name: tools('zh-TW', 'gap.table.caption') }).getByRole('row').filter({ hasText: 'secure-billing.example' });
  await expect(row).toContainText('Inbound Relay');
  // The connector list of step 2 says Inbound Relay is on-premises: a stranger's domain through it is the attacker's.
  await expect(row).toContainText(tools('zh-TW', 'gap.advice.attacker'));
  await checkA11y();
});
