import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, languages, test } from './fixtures';
import { uiText } from './support/documents';

const fixturePath = (name: string) => join(import.meta.dirname, 'fixtures/ndr', name);
const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');

async function paste(page: Page, language: string, text: string) {
  await page.getByLabel(uiText(language, 'start.fieldLabel')).fill(text);
  await page.getByRole('button', { name: uiText(language, 'start.submit') }).click();
}

/** Puts a large text into the field the way a paste does (fill() types it through the protocol, far too slowly). */
async function pasteLarge(page: Page, text: string) {
  await page.getByLabel(uiText('en', 'start.fieldLabel')).evaluate((field, value) => {
    // React tracks the value through the prototype's setter, so set it there rather than on the element.
    Reflect.set(HTMLTextAreaElement.prototype, 'value', value, field);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

async function openFile(page: Page, language: string, files: Parameters<import('@playwright/test').FileChooser['setFiles']>[0]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: uiText(language, 'start.chooseFile') }).click();
  await (await chooser).setFiles(files);
}

/** Drops a fixture on the entry form under another name, as a file dragged from a mail app or the desktop. */
async function dropFile(page: Page, fixtureName: string, name: string, type: string) {
  const bytes = [...readFileSync(fixturePath(fixtureName))];
  const transfer = await page.evaluateHandle(
    ([content, fileName, fileType]) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(content)], fileName, { type: fileType }));
      return data;
    },
    [bytes, name, type] as const,
  );
  await page.locator('form.ndr-entry').dispatchEvent('drop', { dataTransfer: transfer });
}

for (const language of languages) {
  test.describe(`start page in ${language}`, () => {
    test('a pasted Exchange Online NDR goes to its flow and shows what the bounce says', async ({ page, checkA11y }) => {
      await page.goto(`/?lng=${language}`);
      await checkA11y();
      await paste(page, language, fixture('exchange-online-750.txt'));
      await expect(page).toHaveURL(new RegExp(`/5\\.7\\.750/about\\?lng=${language}$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      const details = page.getByRole('region', { name: uiText(language, 'ndr.heading') });
      await expect(details).toContainText('megan.bowen@fabrikam.com');
      await expect(details).toContainText('BN8PR12MB3204.namprd12.prod.outlook.com');
      await expect(details).toContainText('Thu, 20 Nov 2026 09:14:01 +0000');
      await checkA11y();
    });

    test('each pasted outcome that is not one covered code gets its own clear message', async ({ page }) => {
      await page.goto(`/?lng=${language}`);
      const message = (key: string, values: Record<string, string> = {}) => page.getByText(uiText(language, key, values));

      await page.getByRole('button', { name: uiText(language, 'start.submit') }).click();
      await expect(message('start.problems.empty.title')).toBeVisible();

      await paste(page, language, fixture('several-codes.txt'));
      await expect(message('start.outcomes.several.title')).toBeVisible();

      await paste(page, language, fixture('uncovered-708.txt'));
      await expect(message('start.outcomes.uncovered.title', { codes: '5.7.708' })).toBeVisible();
      await expect(page.getByRole('link', { name: new RegExp(uiText(language, 'relatedCodes.reference')) }).first()).toHaveAttribute(
        'href',
        /^https:\/\/learn\.microsoft\.com\//,
      );

      await paste(page, language, fixture('other-code-511.txt'));
      await expect(message('start.outcomes.other.title', { codes: '5.1.1' })).toBeVisible();

      await paste(page, language, fixture('garbage.txt'));
      await expect(message('start.outcomes.nothing.title')).toBeVisible();
    });

    test('each file that cannot be read gets its own clear message, and what was typed stays', async ({ page }) => {
      await page.goto(`/?lng=${language}`);
      const message = (key: string, values: Record<string, string> = {}) => page.getByText(uiText(language, key, values));
      await paste(page, language, fixture('garbage.txt'));
      await expect(message('start.outcomes.nothing.title')).toBeVisible();

      await openFile(page, language, fixturePath('outlook.msg'));
      await expect(message('start.problems.msg.title', { name: 'outlook.msg' })).toBeVisible();

      await openFile(page, language, fixturePath('binary.bin'));
      await expect(message('start.problems.binary.title', { name: 'binary.bin' })).toBeVisible();

      await openFile(page, language, { name: 'huge.eml', mimeType: 'message/rfc822', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 65) });
      await expect(message('start.problems.too-large.title', { name: 'huge.eml' })).toBeVisible();
      // The field still holds what was typed: nothing is lost on a bad file.
      await expect(page.getByLabel(uiText(language, 'start.fieldLabel'))).toHaveValue(fixture('garbage.txt'));
    });

    test('says how to get the bounce out of each mail app, without moving the field', async ({ page, checkA11y }) => {
      await page.goto(`/?lng=${language}`);
      const field = page.getByLabel(uiText(language, 'start.fieldLabel'));
      const fieldTop = (await field.boundingBox())?.y;
      const guide = page.locator('details').filter({ hasText: uiText(language, 'start.saveGuide.summary') });
      await guide.getByText(uiText(language, 'start.saveGuide.summary')).click();
      for (const client of ['outlookNew', 'outlookClassic', 'appleMail', 'gmail']) {
        await expect(guide.getByText(uiText(language, `start.saveGuide.clients.${client}.name`), { exact: true })).toBeVisible();
        await expect(guide.getByText(uiText(language, `start.saveGuide.clients.${client}.steps`))).toBeVisible();
      }
      expect((await field.boundingBox())?.y).toBe(fieldTop);
      await checkA11y();
    });

    test('an Outlook .msg file, chosen or dropped, is refused with how to paste the text, and the field keeps its text', async ({
      page,
    }) => {
      await page.goto(`/?lng=${language}`);
      const field = page.getByLabel(uiText(language, 'start.fieldLabel'));
      await field.fill('550 5.7.7');
      const refusal = (name: string) => page.getByRole('alert').filter({ hasText: uiText(language, 'start.problems.msg.title', { name }) });

      await openFile(page, language, fixturePath('outlook.msg'));
      await expect(refusal('outlook.msg')).toContainText(uiText(language, 'start.problems.msg.body'));
      await expect(field).toHaveValue('550 5.7.7');

      // A .msg is recognised by its OLE signature (D0 CF 11 E0 …), whatever the file is called.
      await dropFile(page, 'outlook.msg', 'bounce', 'application/octet-stream');
      await expect(refusal('bounce')).toContainText(uiText(language, 'start.problems.msg.body'));
      await expect(field).toHaveValue('550 5.7.7');
    });
  });
}

test('codes found together are listed as each language lists them, on the page and in the support summary', async ({ page }) => {
  await page.goto('/?lng=ja');
  await paste(page, 'ja', '550 5.7.703 Recipient blocked\n550 5.7.708 Access denied, traffic not accepted from this IP');
  await expect(page.getByText(uiText('ja', 'start.outcomes.uncovered.title', { codes: '5.7.703、5.7.708' }))).toBeVisible();

  await paste(page, 'ja', fixture('several-codes.txt'));
  await page.getByRole('button', { name: /5\.7\.750/ }).click();
  await page.goto('/5.7.750/support?lng=ja');
  // Support reads English: the summary is English, and lists as English does, until the reader switches it.
  const summary = page.locator('.summary__text');
  await expect(summary).toContainText('Error codes: 5.7.705, 5.7.750');
  await expect(summary).toContainText('alex.wilber@fabrikam.com, grady.archie@northwind.example');
  await page.getByLabel(uiText('ja', 'summaryPanel.inLanguage', { language: '日本語' })).check();
  await expect(summary).toContainText(uiText('ja', 'summary.ndr.allCodes', { value: '5.7.705、5.7.750' }));
  await expect(summary).toContainText('alex.wilber@fabrikam.com、grady.archie@northwind.example');
});

test('several codes: the admin chooses which flow to follow', async ({ page }) => {
  await page.goto('/');
  await paste(page, 'en', fixture('several-codes.txt'));
  await page.getByRole('button', { name: /5\.7\.705/ }).click();
  await expect(page).toHaveURL(/\/5\.7\.705\/about$/);
});

for (const [name, code] of [
  ['dsn-705.eml', '5.7.705'],
  ['localized-ja-750.eml', '5.7.750'],
  ['localized-zh-tw-705.txt', '5.7.705'],
  ['log-line-750.txt', '5.7.750'],
] as const) {
  test(`the file ${name} opens the ${code} flow`, async ({ page }) => {
    await page.goto('/?lng=ja');
    await openFile(page, 'ja', fixturePath(name));
    await expect(page).toHaveURL(new RegExp(`/${code.replace(/\./g, '\\.')}/about`));
  });
}

test('a dropped .eml is read like a chosen one', async ({ page }) => {
  await page.goto('/');
  await dropFile(page, 'dsn-705.eml', 'bounce.eml', 'message/rfc822');
  await expect(page).toHaveURL(/\/5\.7\.705\/about$/);
  await expect(page.getByRole('region', { name: uiText('en', 'ndr.heading') })).toContainText('lee.gu@fabrikam.com');
});

test('a 5 MB paste is read without freezing the page', async ({ page }) => {
  // The browser alone takes seconds to lay out 5 MB in a text field: allow this one test more time on a slow machine.
  test.slow();
  await page.goto('/');
  const filler = 'JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURlY29kZT4+CnN0cmVhbQp4nD2O\n';
  const big = `${fixture('exchange-online-750.txt')}\n${filler.repeat(Math.floor((4.8 * 1024 * 1024) / filler.length))}`;
  await pasteLarge(page, big);
  // Large input is parsed in a Web Worker, off the main thread, so the page keeps answering meanwhile.
  const worker = page.waitForEvent('worker');
  await page.getByRole('button', { name: uiText('en', 'start.submit') }).click();
  expect((await worker).url()).toMatch(/parse-ndr\.worker.*\.js$/);
  await expect(page).toHaveURL(/\/5\.7\.750\/about$/, { timeout: 60_000 });
});

test('a paste over 5 MB is refused with a clear message', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await pasteLarge(page, 'x'.repeat(5 * 1024 * 1024 + 10));
  await page.getByRole('button', { name: uiText('en', 'start.submit') }).click();
  await expect(page.getByText(uiText('en', 'start.outcomes.too-large.title'))).toBeVisible();
});

test('a colleague imports a handed-over case on the start page and continues it', async ({ page }) => {
  await page.goto('/?lng=ja');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: uiText('ja', 'handOver.import') }).click();
  await (await chooser).setFiles(join(import.meta.dirname, 'fixtures/cases/valid-750.json'));
  await expect(page.getByText(uiText('ja', 'handOver.imported', { code: '5.7.750' }))).toBeVisible();
  const cases = page.getByRole('region', { name: uiText('ja', 'cases.heading') });
  await expect(cases).toContainText('5.7.750');
  await cases.getByRole('link', { name: new RegExp(uiText('ja', 'cases.continue')) }).click();
  await expect(page).toHaveURL(/\/5\.7\.750\/\w+\?lng=ja$/);
});
