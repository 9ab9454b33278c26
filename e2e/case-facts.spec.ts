// The facts Support asks first: asked on the first step and on Support, kept, written into the summary, and printed as
// one document (cover, facts, timeline, steps) that fits two pages.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { flows } from '../src/config/flow';
import { utcTimeFormat, zoneLabel, zoneOffset } from '../src/lib/time-zone';
import { expect, languages, printToPdf, test } from './fixtures';
import { uiText } from './support/documents';
import { openWithStoredCase, storedCase } from './support/stored-case';

const field = (page: Page, language: string, name: string) =>
  page.getByLabel(uiText(language, `facts.fields.${name}`), { exact: true });

for (const language of languages) {
  test(`${language}: the tenant asked on the first step is on the Support step, and the summary there carries every fact`, async ({
    page,
    checkA11y,
  }) => {
    // a11y.spec.ts checks both steps in every language; here the filled-in form is checked once, in English.
    const checkFilledForm = language === 'en' ? checkA11y : () => Promise.resolve();
    await page.goto(`/5.7.705/about?lng=${language}`);
    const first = page.getByRole('region', { name: uiText(language, 'facts.aboutHeading') });
    await first.getByLabel(uiText(language, 'facts.fields.tenant'), { exact: true }).fill('contoso.onmicrosoft.com');
    await first.getByLabel(uiText(language, 'facts.fields.tenantId'), { exact: true }).fill('9a8b7c6d-1234-4e5f-8a9b-0c1d2e3f4a5b');
    await first.getByLabel(uiText(language, 'facts.fields.usersAffected'), { exact: true }).fill('250');
    // No bounce and no timeline yet: the form says how to tell since when.
    await expect(first.getByText(uiText(language, 'facts.blockedSinceUnknown'))).toBeVisible();

    await page.goto(`/5.7.705/support?lng=${language}`);
    await expect(field(page, language, 'tenant')).toHaveValue('contoso.onmicrosoft.com');
    await field(page, language, 'requestNumber').fill('2611250010001234');
    await field(page, language, 'contactName').fill('Aiko Tanaka');
    await field(page, language, 'cause').fill('Cause-E2E: alex@contoso.com was phished.');
    await field(page, language, 'changes').fill('Changes-E2E: password reset.');
    await field(page, language, 'prevention').fill('Prevention-E2E: MFA for everyone.');
    await page.getByRole('button', { name: uiText(language, 'facts.nowLabel', { field: uiText(language, 'facts.fields.detectedAt') }) }).click();
    await expect(field(page, language, 'detectedAt')).not.toHaveValue('');

    const summary = page.locator('.summary__text');
    for (const line of [
      uiText(language, 'summary.tenant', { tenant: 'contoso.onmicrosoft.com' }),
      uiText(language, 'summary.tenantId', { value: '9a8b7c6d-1234-4e5f-8a9b-0c1d2e3f4a5b' }),
      uiText(language, 'summary.requestNumber', { value: '2611250010001234' }),
      uiText(language, 'summary.contact', { value: 'Aiko Tanaka' }),
      uiText(language, 'summary.usersAffected', { value: '250' }),
      'Cause-E2E: alex@contoso.com was phished.',
      'Changes-E2E: password reset.',
      'Prevention-E2E: MFA for everyone.',
      uiText(language, 'summary.timeline'),
    ]) {
      await expect(summary).toContainText(line);
    }
    await checkFilledForm();
  });
}

test('a tenant ID that is not a GUID gets a clear warning, and what was typed is kept', async ({ page }) => {
  await page.goto('/5.7.750/about');
  const tenantId = field(page, 'en', 'tenantId');
  await tenantId.fill('contoso');
  await expect(tenantId).toHaveAccessibleDescription(new RegExp(uiText('en', 'facts.tenantIdInvalid').slice(0, 40)));
  await page.reload();
  await expect(field(page, 'en', 'tenantId')).toHaveValue('contoso');
  await field(page, 'en', 'tenantId').fill('9A8B7C6D-1234-4E5F-8A9B-0C1D2E3F4A5B');
  await expect(page.getByText(uiText('en', 'facts.tenantIdInvalid'))).toHaveCount(0);
});

/** A case with every action resolved, a note per step, the bounce and every fact: what Support gets at the end. */
function completeCase() {
  const actions: Record<string, unknown> = {};
  flows['5.7.750'].steps.forEach((step, stepIndex) =>
    step.actions.forEach((action, index) => {
      const changedAt = `2026-11-25T${String(15 + stepIndex).padStart(2, '0')}:${String(10 + index * 7).padStart(2, '0')}:00.000Z`;
      actions[action.id] =
        index === 1 ? { state: 'not-applicable', changedAt, reason: 'We have no on-premises server of that kind.' } : { state: 'done', changedAt };
    }),
  );
  const notes = Object.fromEntries(
    flows['5.7.750'].steps.map((step) => [step.id, { text: `Note for ${step.id}: checked and recorded by Aiko Tanaka.`, changedAt: '2026-11-25T19:00:00.000Z' }]),
  );
  return storedCase({
    createdAt: '2026-11-25T14:30:00.000Z',
    updatedAt: '2026-11-25T20:30:00.000Z',
    details: {
      tenant: 'contoso.onmicrosoft.com',
      tenantId: '9a8b7c6d-1234-4e5f-8a9b-0c1d2e3f4a5b',
      requestNumber: 'SR-2611250010001234',
      contactName: 'Aiko Tanaka',
      contactPhone: '+81 3 1234 5678',
      contactHours: 'weekdays 9:00-18:00 JST',
      contactLanguage: 'Japanese',
      usersAffected: 'all 250 mailboxes',
      cause: 'mail01 relayed for anyone; an attacker added the inbound connector Relay-2 and sent spam from unregistered domains.',
      changes: 'Closed the relay on mail01, removed Relay-2, reset the admin passwords and enforced MFA.',
      prevention: 'Relay only from known servers, an alert on new connectors, MFA for every admin.',
      detectedAt: '2026-11-25T15:00:00.000Z',
      containedAt: '2026-11-25T17:30:00.000Z',
      fixedAt: '2026-11-25T20:26:30.000Z',
    },
    ndr: {
      allCodes: ['5.7.750'],
      recipients: ['bob@fabrikam.com'],
      reportingServer: 'CH3PR12MB7532.namprd12.prod.outlook.com',
      date: 'Wed, 25 Nov 2026 14:14:21 +0000',
      sender: 'alex@contoso.com',
      subject: 'Quarterly report',
      diagnostic:
        'Remote server returned 550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains [CH3PR12MB7532.namprd12.prod.outlook.com 2026-11-25T14:14:22.415Z 08DD0E3A5F4C2B11]',
      source: 'paste',
    },
    actions,
    notes,
  });
}

const pageCount = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())?.[1]);

for (const language of languages) {
  test(`${language}: a complete case prints as one document of two pages, A4 and Letter, with its cover and running header`, async ({
    page,
  }, testInfo) => {
    await openWithStoredCase(page, completeCase(), `/5.7.750/checklist?lng=${language}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText(language, 'caseFile.title', { code: '5.7.750' }));
    // Who prepared it and when it was printed are for paper; the screen shows the case and the form.
    await expect(page.getByText(uiText(language, 'caseFile.cover.printedOn'), { exact: true })).toBeHidden();
    await expect(page.getByRole('region', { name: uiText(language, 'facts.heading') }).first()).toBeVisible();
    for (const format of ['A4', 'Letter'] as const) {
      const { path, text } = await printToPdf(page, testInfo, `complete-${format}`, { format });
      expect(pageCount(path), `${format} pages`).toBe(2);
      const flat = text.replace(/\s+/g, ' ');
      // The cover: tenant, code, request number, who prepared it, when it was printed.
      for (const label of ['caseFile.cover.printedOn', 'caseFile.cover.preparedBy', 'facts.fields.requestNumber', 'facts.fields.tenantId']) {
        expect(flat).toContain(uiText(language, label));
      }
      expect(flat).toContain('SR-2611250010001234');
      expect(flat).toContain('Aiko Tanaka · +81 3 1234 5678');
      // Every page names the case at its top.
      const header = uiText(language, 'caseFile.runningHeader', { code: '5.7.750', tenant: 'contoso.onmicrosoft.com' });
      for (const pageNumber of [1, 2]) {
        const pageText = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(pageNumber), '-l', String(pageNumber), path, '-']).toString('utf8');
        expect(pageText.replace(/\s+/g, ' ')).toContain(`${header} · SR-2611250010001234`);
      }
      // The facts and the timeline, in UTC too; times in the tables carry their zone in the column's heading.
      expect(flat).toContain('Relay only from known servers, an alert on new connectors, MFA for every admin.');
      expect(flat).toContain(uiText(language, 'facts.fields.containedAt'));
      const contained = uiText(language, 'facts.utc', { time: utcTimeFormat(language).format(new Date('2026-11-25T17:30:00Z')) });
      expect(flat).toContain(contained.replace(/\s+/g, ' '));
      expect(flat).toContain(`${uiText(language, 'caseFile.columns.time')} (${zoneOffset(language)})`);
      expect(flat).toContain(uiText(language, 'caseFile.cover.timesIn', { zone: zoneLabel(language) }));
      // States read in black and white; dates are the reader's own; every page has its number.
      expect(flat).toContain(`☑ ${uiText(language, 'caseFile.states.done')}`);
      expect(flat).toContain(`— ${uiText(language, 'caseFile.states.not-applicable')}`);
      expect(flat).toContain(new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date('2026-11-25T15:10:00Z')).replace(/\s+/g, ' '));
      expect(flat).toMatch(/\b1 ?\/ ?2\b/);
      expect(flat).toContain('Note for servers: checked and recorded by Aiko Tanaka.');
      // The summary repeats the case: it is printed only when asked for, as an appendix.
      expect(flat).not.toContain(uiText(language, 'summary.heading'));
    }
  });
}

test('the summary prints as an appendix, on a page of its own, when asked for', async ({ page }, testInfo) => {
  await openWithStoredCase(page, completeCase(), '/5.7.750/checklist?lng=ja');
  await page.getByRole('checkbox', { name: uiText('ja', 'caseFile.appendix') }).check();
  await expect(page.locator('.summary__text')).toContainText('SR-2611250010001234');
  const { path } = await printToPdf(page, testInfo, 'appendix');
  const pages = pageCount(path);
  expect(pages).toBeGreaterThan(2);
  const pageText = (from: number, to: number) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(from), '-l', String(to), path, '-']).toString('utf8').replace(/\s+/g, ' ');
  expect(pageText(1, 2)).not.toContain(uiText('ja', 'caseFile.appendixHeading'));
  expect(pageText(3, pages)).toContain(uiText('ja', 'caseFile.appendixHeading'));
  expect(pageText(3, pages)).toContain(uiText('ja', 'summary.requestNumber', { value: 'SR-2611250010001234' }));
});
