// The 5.7.705 traffic analysis: a message trace dropped on the first step shows the compromised sender, the burst and
// its numbers in every language; the admin's mark is kept; the case file, the summary and the print carry it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, languages, printToPdf, test } from './fixtures';
import { uiText } from './support/documents';
import { giveInput, tools } from './support/tool-input';

const fixture = (name: string) => join(import.meta.dirname, '../src/features/tools/readers/__tests__/fixtures', name);
const acceptedJson = () => readFileSync(fixture('accepted-domains-ps51.json'), 'utf8');
const trace = () => readFileSync(fixture('trace-v2-compromise.csv'));

async function analyseTrace(page: Page, language: string) {
  await page.goto(`/5.7.705/about?lng=${language}`);
  await page.getByRole('button', { name: uiText(language, 'causeFinder.traffic.open'), exact: true }).click();
  await giveInput(page, language, tools(language, 'gap.acceptedLabel'), { text: acceptedJson() });
  await giveInput(page, language, tools(language, 'traffic.traceLabel'), { name: 'message-trace.csv', buffer: trace() });
  return page.getByRole('article', { name: /alex\.w@contoso\.com/ });
}

for (const language of languages) {
  test(`${language}: a message trace shows the compromised sender, the burst and its numbers, and keeps the admin's mark`, async ({
    page,
    checkA11y,
  }) => {
    const alex = await analyseTrace(page, language);
    await expect(alex.getByText(tools(language, 'traffic.verdict.compromise'), { exact: true })).toBeVisible();
    await expect(alex).toContainText('192.0.2.77');
    await expect(alex).toContainText(tools(language, 'traffic.newIp', { ip: '192.0.2.77' }));
    // The numbers behind the verdict, as the rules counted them from the trace.
    for (const figure of ['39', '34', '36', '51']) await expect(alex).toContainText(figure);
    const news = page.getByRole('article', { name: /news@contoso\.com/ });
    await expect(news.getByText(tools(language, 'traffic.verdict.bulk'), { exact: true })).toBeVisible();
    await expect(news).toContainText(tools(language, 'traffic.advice.bulk'));
    // The chart, and the same numbers as a table.
    await expect(page.getByRole('figure', { name: tools(language, 'traffic.chartHeading') }).getByRole('img')).toBeVisible();
    await page.getByText(tools(language, 'traffic.tableSummary')).click();
    await expect(page.getByRole('table', { name: tools(language, 'traffic.chartHeading') })).toBeVisible();
    await alex.getByRole('radio', { name: tools(language, 'traffic.mark.secured') }).check();
    await checkA11y();
    // Kept in the case: the step opens with the analysis and the mark after a reload.
    await page.reload();
    await expect(page.getByRole('article', { name: /alex\.w@contoso\.com/ }).getByRole('radio', { name: tools(language, 'traffic.mark.secured') })).toBeChecked();
  });
}

test('en: the support summary and the printed case file carry the sender, the numbers and what was done', async ({ page }, testInfo) => {
  const alex = await analyseTrace(page, 'en');
  await alex.getByRole('radio', { name: tools('en', 'traffic.mark.secured') }).check();
  await page.goto('/5.7.705/support');
  const summary = page.locator('.summary__text');
  await expect(summary).toContainText(
    'alex.w@contoso.com sent 36 messages to 39 external recipients in 34 domains from Nov 19, 2026, 08:02 PM UTC to Nov 19, 2026, 10:03 PM UTC, from 192.0.2.77 (new for this sender)',
  );
  await expect(summary).toContainText('Marked secured (password reset, sessions revoked, inbox rules and forwarding checked)');
  await page.goto('/5.7.705/checklist');
  const findings = page.getByRole('region', { name: tools('en', 'evidence.heading') });
  await expect(findings.getByRole('article', { name: /alex\.w@contoso\.com/ })).toContainText(tools('en', 'traffic.mark.secured'));
  const { text } = await printToPdf(page, testInfo, 'traffic-case-file');
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('alex.w@contoso.com');
  expect(flat).toContain(tools('en', 'traffic.verdict.compromise'));
  expect(flat).toContain(tools('en', 'traffic.mark.secured'));
});

test('zh-TW: a trace given before the accepted domains waits for them; wrong input is explained and nothing is lost', async ({ page }) => {
  await page.goto('/5.7.705/about?lng=zh-TW');
  await page.getByRole('button', { name: uiText('zh-TW', 'causeFinder.traffic.open'), exact: true }).click();
  const traceLabel = tools('zh-TW', 'traffic.traceLabel');
  await giveInput(page, 'zh-TW', traceLabel, { text: acceptedJson() });
  await expect(page.getByRole('alert').filter({ hasText: tools('zh-TW', 'rejected.unrecognised') })).toBeVisible();
  await giveInput(page, 'zh-TW', traceLabel, { name: 'message-trace.csv', buffer: trace() });
  await expect(page.getByText(tools('zh-TW', 'traffic.waitingForAccepted'))).toBeVisible();
  await giveInput(page, 'zh-TW', tools('zh-TW', 'gap.acceptedLabel'), { text: acceptedJson() });
  await expect(page.getByRole('article', { name: /alex\.w@contoso\.com/ })).toContainText(tools('zh-TW', 'traffic.verdict.compromise'));
  // A broken second trace is refused with a message; the analysis already made stays.
  await giveInput(page, 'zh-TW', traceLabel, { text: '"Subject","Size"\n"Hello","12"\n' });
  await expect(page.getByRole('alert').filter({ hasText: tools('zh-TW', 'rejected.no-sender-column', { detail: '' }).slice(0, 12) })).toBeVisible();
  await expect(page.getByRole('article', { name: /alex\.w@contoso\.com/ })).toBeVisible();
});

test('ja: a quiet trace says nothing looks wrong and what to try next', async ({ page }) => {
  const quiet = [
    '"Received","SenderAddress","RecipientAddress","Subject","Status","ToIP","FromIP","Size","MessageId","MessageTraceId"',
    ...Array.from({ length: 12 }, (_, index) => `"11/18/2026 ${(index % 9) + 1}:05:00 AM","megan@contoso.com","partner@fabrikam.example","Order ${index}","Delivered","","198.51.100.10","4200","<m${index}@contoso.com>","t-${index}"`),
  ].join('\r\n');
  await page.goto('/5.7.705/accounts?lng=ja');
  await page.getByRole('button', { name: uiText('ja', 'causeFinder.traffic.open'), exact: true }).click();
  await giveInput(page, 'ja', tools('ja', 'gap.acceptedLabel'), { text: acceptedJson() });
  await giveInput(page, 'ja', tools('ja', 'traffic.traceLabel'), { text: quiet });
  await expect(page.getByText(tools('ja', 'traffic.noAnomaly'))).toBeVisible();
});
