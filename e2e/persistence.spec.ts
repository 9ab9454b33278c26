// Saved progress: reload, restart, live sync between tabs, and every way stored data can go wrong.
import type { Page } from '@playwright/test';
import { flows } from '../src/config/flow';
import { expect, test } from './fixtures';
import { summaryCode, uiText } from './support/documents';

const actionTitle = (language: string, id: string) => uiText(language, `${id}.title`, {}, 'actions');

async function tick(page: Page, language: string, id: string) {
  await page.getByRole('checkbox', { name: actionTitle(language, id) }).check();
}

const stored = (page: Page, code: string) => page.evaluate((key) => localStorage.getItem(key), `unblock:case:${code}`);

for (const language of ['en', 'ja', 'zh-TW'] as const) {
  test(`${language}: ticks, "not applicable" with a reason and notes survive a reload`, async ({ page }) => {
    await page.goto(`/5.7.750/domains?lng=${language}`);
    await tick(page, language, 'list-accepted-domains');
    await tick(page, language, 'list-sending-domains');
    await tick(page, language, 'add-missing-domains');
    const last = page.getByRole('listitem').filter({ hasText: actionTitle(language, 'certificate-connector') });
    await last.getByRole('button', { name: new RegExp(uiText(language, 'actionState.markNotApplicable')) }).click();
    await last.getByRole('button', { name: uiText(language, 'actionState.saveNotApplicable') }).click();
    await expect(last.getByText(uiText(language, 'actionState.reasonRequired'))).toBeVisible();
    await last.getByLabel(uiText(language, 'actionState.reasonLabel')).fill('No on-premises servers');
    await last.getByRole('button', { name: uiText(language, 'actionState.saveNotApplicable') }).click();
    await page.getByRole('textbox', { name: uiText(language, 'notes.label') }).fill('Added fabrikam.com 10:40');
    await page.reload();
    await expect(page.getByRole('checkbox', { name: actionTitle(language, 'list-accepted-domains') })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: actionTitle(language, 'add-missing-domains') })).toBeChecked();
    await expect(page.getByText(uiText(language, 'actionState.notApplicableBecause', { reason: 'No on-premises servers' }))).toBeVisible();
    await expect(page.getByRole('textbox', { name: uiText(language, 'notes.label') })).toHaveValue('Added fabrikam.com 10:40');
    // Every action resolved: the step indicator marks the step done.
    await expect(page.locator('.step-indicator li[data-state="current"]')).toBeVisible();
    await page.getByRole('link', { name: new RegExp(`^${uiText(language, 'wizard.next')}`) }).click();
    const indicator = page.getByRole('navigation', { name: uiText(language, 'wizard.stepsLabel', { code: '5.7.750' }) });
    await expect(indicator.getByRole('link', { name: new RegExp(uiText(language, 'wizard.stepDone')) })).toHaveCount(1);
  });
}

test('after a browser restart the start page offers to continue where the admin stopped', async ({ page, browser, checkA11y }) => {
  await page.goto('/5.7.705/about');
  for (const id of ['keep-ndr', 'subscription-renewal', 'find-cause-reports', 'move-bulk-mail']) await tick(page, 'en', id);
  const state = await page.context().storageState();
  const restarted = await browser.newContext({ storageState: state });
  const again = await restarted.newPage();
  await again.goto('/');
  const cases = again.getByRole('region', { name: uiText('en', 'cases.heading') });
  await expect(cases).toContainText('5.7.705');
  const total = flows['5.7.705'].steps.reduce((sum, step) => sum + step.actions.length, 0);
  await expect(cases).toContainText(`${Math.floor((4 / total) * 100)}%`);
  // The first step with an open action: on 5.7.705, the accounts step after the overview.
  await again.getByRole('link', { name: /Continue/ }).click();
  await expect(again).toHaveURL(/\/5\.7\.705\/accounts$/);
  await restarted.close();
  await page.goto('/');
  await checkA11y();
});

test('two tabs see each other’s changes without reloading', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/5.7.750/connectors');
  await second.goto('/5.7.750/connectors');
  await tick(first, 'en', 'list-inbound-connectors');
  await expect(second.getByRole('checkbox', { name: actionTitle('en', 'list-inbound-connectors') })).toBeChecked();
  await second.getByRole('textbox', { name: 'Notes' }).fill('Removed connector "Relay-2" created 03:12 by an unknown admin');
  await expect(first.getByRole('textbox', { name: 'Notes' })).toHaveValue('Removed connector "Relay-2" created 03:12 by an unknown admin');
});

test('zh-TW: a tab that has not yet heard of another tab’s change keeps it when saving its own', async ({ context }) => {
  const lagging = await context.newPage();
  // Storage events arrive asynchronously; this tab stands for one whose event is still on the way when it saves.
  await lagging.addInitScript(() => {
    window.addEventListener('storage', (event) => event.stopImmediatePropagation(), { capture: true });
  });
  const other = await context.newPage();
  await lagging.goto('/5.7.750/connectors?lng=zh-TW');
  await other.goto('/5.7.750/connectors?lng=zh-TW');
  await tick(other, 'zh-TW', 'list-inbound-connectors');
  await expect(lagging.getByRole('checkbox', { name: actionTitle('zh-TW', 'list-inbound-connectors') })).not.toBeChecked();
  await tick(lagging, 'zh-TW', 'remove-unknown-connectors');
  // Saving picked up the other tab's tick instead of undoing it, and the other tab sees both.
  for (const page of [lagging, other]) {
    for (const id of ['list-inbound-connectors', 'remove-unknown-connectors']) {
      await expect(page.getByRole('checkbox', { name: actionTitle('zh-TW', id) })).toBeChecked();
    }
  }
  await lagging.reload();
  await expect(lagging.getByRole('checkbox', { name: actionTitle('zh-TW', 'list-inbound-connectors') })).toBeChecked();
});

test('ja: a tab never overwrites what a newer version of Unblock saved in another tab', async ({ context }) => {
  const older = await context.newPage();
  const newer = await context.newPage();
  await older.goto('/5.7.750/connectors?lng=ja');
  await tick(older, 'ja', 'list-inbound-connectors');
  // The other tab runs a later release, whose record this release cannot read.
  const future = JSON.stringify({ version: 4, code: '5.7.750', fromTheFuture: true });
  await newer.goto('/5.7.750/connectors?lng=ja');
  await expect(newer.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'steps.connectors.title'));
  await newer.evaluate((value) => localStorage.setItem('unblock:case:5.7.750', value), future);
  const notices = older.getByRole('region', { name: uiText('ja', 'notices.label') });
  await expect(notices).toContainText(uiText('ja', 'notices.newerElsewhere.title', { code: '5.7.750' }));
  await expect(notices).toContainText(uiText('ja', 'notices.newerElsewhere.body'));
  // This tab goes on working, but leaves the newer record alone.
  await tick(older, 'ja', 'remove-unknown-connectors');
  await expect(older.getByRole('checkbox', { name: actionTitle('ja', 'remove-unknown-connectors') })).toBeChecked();
  await older.getByRole('textbox', { name: uiText('ja', 'notes.label') }).fill('この変更は保存されない');
  expect(await stored(older, '5.7.750')).toBe(future);
  await notices.getByRole('button', { name: uiText('ja', 'reload', {}, 'boot') }).click();
  await expect(older.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'steps.connectors.title'));
});

test('a note typed just before the tab closes is kept', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/5.7.750/servers');
  await page.getByRole('textbox', { name: 'Notes' }).pressSequentially('Closed port 25 on mail01');
  await page.close({ runBeforeUnload: true });
  const reopened = await context.newPage();
  await reopened.goto('/5.7.750/servers');
  await expect(reopened.getByRole('textbox', { name: 'Notes' })).toHaveValue('Closed port 25 on mail01');
});

test('reset asks first; cancelling keeps the case', async ({ page }) => {
  await page.goto('/5.7.750/about');
  await tick(page, 'en', 'keep-ndr');
  await page.goto('/');
  const cases = page.getByRole('region', { name: uiText('en', 'cases.heading') });
  await cases.getByRole('button', { name: /Reset/ }).click();
  await expect(cases.getByText(uiText('en', 'cases.resetQuestion', { code: '5.7.750' }))).toBeVisible();
  await cases.getByRole('button', { name: uiText('en', 'actionState.cancel') }).click();
  await expect(cases).toContainText('5.7.750');
  expect(await stored(page, '5.7.750')).not.toBeNull();
  await cases.getByRole('button', { name: /Reset/ }).click();
  await cases.getByRole('button', { name: uiText('en', 'cases.resetConfirm') }).click();
  await expect(page.getByRole('region', { name: uiText('en', 'cases.heading') })).toHaveCount(0);
  expect(await stored(page, '5.7.750')).toBeNull();
});

// Each kind of damage in another language: what differs between languages is only the notice's text.
const damaged = [
  ['corrupt JSON', '{"version":2,"code":"5.7.750","actions":{', 'corrupt-json', 'en'],
  ['a wrong shape', JSON.stringify({ version: 2, code: '5.7.750', actions: 'all done' }), 'wrong-shape', 'ja'],
  ['a future version', JSON.stringify({ version: 99, code: '5.7.750', hologram: true }), 'future-version', 'zh-TW'],
] as const;

for (const [what, raw, reason, language] of damaged) {
  test(`${language}: ${what} is kept aside, downloadable, and the admin starts clean with a notice`, async ({ page }) => {
    await page.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('unblock:case:5.7.750', value);
      }
    }, raw);
    await page.goto(`/5.7.750/about?lng=${language}`);
    await expect(page.getByText(uiText(language, 'notices.quarantined.title', { code: '5.7.750' }))).toBeVisible();
    await expect(page.getByText(uiText(language, `notices.quarantined.reasons.${reason}`), { exact: false })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: actionTitle(language, 'keep-ndr') })).not.toBeChecked();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('unblock:quarantine:5.7.750:'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(kept).toEqual([raw]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: uiText(language, 'notices.quarantined.download') }).click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(file, 'utf8')).toBe(raw);
    // Working on goes on normally after the notice.
    await tick(page, language, 'keep-ndr');
    await page.reload();
    await expect(page.getByRole('checkbox', { name: actionTitle(language, 'keep-ndr') })).toBeChecked();
  });
}

for (const language of ['zh-TW'] as const) {
  test(`${language}: kept-aside data stays on the start page after the notice is gone, until discarded`, async ({ page, checkA11y }) => {
    const corrupt = '{"version":2,"code":"5.7.750","actions":{';
    const future = JSON.stringify({ version: 99, code: '5.7.705', hologram: true });
    await page.addInitScript(
      (values) => {
        if (!sessionStorage.getItem('seeded')) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem('unblock:case:5.7.750', values.corrupt);
          localStorage.setItem('unblock:case:5.7.705', values.future);
        }
      },
      { corrupt, future },
    );
    await page.goto(`/?lng=${language}`);
    const notices = page.getByRole('region', { name: uiText(language, 'notices.label') });
    await expect(notices).toContainText(uiText(language, 'notices.quarantined.title', { code: '5.7.750' }));
    const dismiss = notices.getByRole('button', { name: uiText(language, 'notices.dismiss') });
    await expect(dismiss).toHaveCount(2);
    await dismiss.first().click();
    await expect(dismiss).toHaveCount(1);
    await dismiss.click();
    await page.reload();
    await expect(notices).toHaveCount(0);

    const kept = page.getByRole('region', { name: uiText(language, 'keptAside.heading') });
    await expect(kept.getByRole('listitem')).toHaveCount(2);
    await checkA11y();
    const download = page.waitForEvent('download');
    await kept.getByRole('button', { name: `${uiText(language, 'keptAside.download')} (5.7.750)` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^unblock-kept-aside-5\.7\.750-\d{4}-\d{2}-\d{2}\.json$/);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(await file.path(), 'utf8')).toBe(corrupt);

    // Discarding asks first; Cancel keeps the data.
    await kept.getByRole('button', { name: `${uiText(language, 'keptAside.discard')} (5.7.705)` }).click();
    const confirm = kept.getByRole('group', { name: uiText(language, 'keptAside.discardConfirmLabel', { code: '5.7.705' }) });
    await expect(confirm).toContainText(uiText(language, 'keptAside.discardQuestion', { code: '5.7.705' }));
    await confirm.getByRole('button', { name: uiText(language, 'actionState.cancel') }).click();
    await expect(kept.getByRole('listitem')).toHaveCount(2);
    await kept.getByRole('button', { name: `${uiText(language, 'keptAside.discard')} (5.7.705)` }).click();
    await confirm.getByRole('button', { name: uiText(language, 'keptAside.discardConfirm') }).click();
    await expect(kept.getByRole('listitem')).toHaveCount(1);
    await expect(kept).toContainText('5.7.750');
    const keys = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('unblock:quarantine:')));
    expect(await keys()).toEqual([expect.stringMatching(/^unblock:quarantine:5\.7\.750:/)]);
    await kept.getByRole('button', { name: `${uiText(language, 'keptAside.discard')} (5.7.750)` }).click();
    await kept.getByRole('button', { name: uiText(language, 'keptAside.discardConfirm') }).click();
    await expect(kept).toHaveCount(0);
    expect(await keys()).toEqual([]);
  });
}

test('progress saved by the earlier version is migrated, with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(
        'unblock:case:5.7.705',
        JSON.stringify({ version: 1, code: '5.7.705', updatedAt: Date.UTC(2026, 10, 20, 9), done: ['keep-ndr'], note: 'Old note' }),
      );
    }
  });
  await page.goto('/5.7.705/about?lng=zh-TW');
  await expect(page.getByText(uiText('zh-TW', 'notices.migrated', { code: '5.7.705' }))).toBeVisible();
  await expect(page.getByRole('checkbox', { name: actionTitle('zh-TW', 'keep-ndr') })).toBeChecked();
  await expect(page.getByRole('textbox', { name: uiText('zh-TW', 'notes.label') })).toHaveValue('Old note');
});

test('storage that throws on access: the wizard keeps working in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/5.7.750/domains?lng=ja');
  await expect(page.getByText(uiText('ja', 'notices.memoryOnly.unavailable.title'))).toBeVisible();
  await tick(page, 'ja', 'list-accepted-domains');
  await expect(page.getByRole('checkbox', { name: actionTitle('ja', 'list-accepted-domains') })).toBeChecked();
  await page.getByRole('link', { name: new RegExp(`^${uiText('ja', 'wizard.next')}`) }).click();
  await page.getByRole('link', { name: new RegExp(`^${uiText('ja', 'wizard.back')}`) }).click();
  await expect(page.getByRole('checkbox', { name: actionTitle('ja', 'list-accepted-domains') })).toBeChecked();
});

test('storage that is full: changes are kept in this tab and the admin is told', async ({ page }) => {
  await page.addInitScript(() => {
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (key: string, value: string) => void;
    Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
      if (key.startsWith('unblock:case:')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      original.call(this, key, value);
    };
  });
  await page.goto('/5.7.750/domains');
  await tick(page, 'en', 'list-accepted-domains');
  await expect(page.getByText(uiText('en', 'notices.memoryOnly.quota.title'))).toBeVisible();
  await expect(page.getByRole('checkbox', { name: actionTitle('en', 'list-accepted-domains') })).toBeChecked();
  await tick(page, 'en', 'list-sending-domains');
  await expect(page.getByRole('checkbox', { name: actionTitle('en', 'list-sending-domains') })).toBeChecked();
});

/** A case whose creation time has an hours-only offset: valid to the old schema, an Invalid Date to the browser. */
const offsetCase = (tenant: string) =>
  JSON.stringify({
    version: 2,
    code: '5.7.750',
    createdAt: '2026-11-20T09:00:00+05',
    updatedAt: '2026-11-20T09:00:00Z',
    details: { tenant },
    actions: { 'keep-ndr': { state: 'done', changedAt: '2026-11-20T09:00:00 +05:00' } },
    notes: {},
  });

test('zh-TW: a stored time the browser cannot read is kept aside; the case file and the support step still open', async ({ page }) => {
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('unblock:case:5.7.750', value);
    }
  }, offsetCase('contoso'));
  await page.goto('/5.7.750/checklist?lng=zh-TW');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('zh-TW', 'caseFile.title', { code: '5.7.750' }));
  const notices = page.getByRole('region', { name: uiText('zh-TW', 'notices.label') });
  await expect(notices).toContainText(uiText('zh-TW', 'notices.quarantined.title', { code: '5.7.750' }));
  await expect(notices).toContainText(uiText('zh-TW', 'notices.quarantined.reasons.wrong-shape'));
  await expect(page.locator('.summary__text')).toContainText(summaryCode('zh-TW', '5.7.750'));
  for (const path of ['/5.7.750/support?lng=zh-TW', '/5.7.750/checklist?lng=zh-TW']) {
    await page.goto(path);
    await expect(page.locator('.summary__text')).toContainText(summaryCode('zh-TW', '5.7.750'));
  }
});

// Two orders: this tab edits first and finds the value itself, or a tab opening meanwhile keeps it aside first.
for (const order of ['this tab edits first', 'a tab opening meanwhile tidies it first'] as const) {
  test(`a time the browser cannot read, written by another tab, does not break an open support step (${order})`, async ({ context }) => {
    const open = await context.newPage();
    const other = await context.newPage();
    await open.goto('/5.7.750/support');
    await tick(open, 'en', 'gather-evidence');
    const summary = open.locator('.summary__text');
    await expect(summary).toContainText(`[x] ${actionTitle('en', 'gather-evidence')}`);
    await other.goto('/');
    await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
    await other.evaluate((value) => localStorage.setItem('unblock:case:5.7.750', value), offsetCase('written elsewhere'));
    if (order === 'a tab opening meanwhile tidies it first') {
      await other.reload();
      await expect(other.getByRole('region', { name: uiText('en', 'notices.label') })).toContainText(
        uiText('en', 'notices.quarantined.title', { code: '5.7.750' }),
      );
    }
    // The unreadable write is ignored here (and its removal is no reset): this tab keeps its case and goes on working.
    await tick(open, 'en', 'open-support-case');
    await expect(summary).toContainText(`[x] ${actionTitle('en', 'open-support-case')}`);
    await expect(summary).toContainText(`[x] ${actionTitle('en', 'gather-evidence')}`);
    await expect(open.getByRole('heading', { level: 1 })).toHaveText(uiText('en', 'steps.support.title', { code: '5.7.750' }));
    const saved = JSON.parse((await stored(open, '5.7.750')) ?? '{}') as { actions?: Record<string, unknown> };
    expect(Object.keys(saved.actions ?? {}).sort()).toEqual(['gather-evidence', 'open-support-case']);
  });
}

test('ja: an unreadable record too large to copy is moved aside, saving goes on, and Discard removes it for good', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('unblock:case:5.7.750', JSON.stringify({ version: 2, code: '5.7.750', junk: 'y'.repeat(3 * 1024 * 1024) }));
    }
  });
  await page.goto('/5.7.705/about?lng=ja');
  const notices = page.getByRole('region', { name: uiText('ja', 'notices.label') });
  await expect(notices).toContainText(uiText('ja', 'notices.quarantined.title', { code: '5.7.750' }));
  await expect(notices).toContainText(uiText('ja', 'notices.quarantined.body'));
  await expect(notices).not.toContainText(uiText('ja', 'notices.memoryOnly.quota.title'));
  const note = page.getByRole('textbox', { name: uiText('ja', 'notes.label') });
  await note.fill('保存されるメモ');
  await page.reload();
  await expect(note).toHaveValue('保存されるメモ');
  await expect(notices).toHaveCount(0);
  await page.goto('/?lng=ja');
  const kept = page.getByRole('region', { name: uiText('ja', 'keptAside.heading') });
  await kept.getByRole('button', { name: `${uiText('ja', 'keptAside.discard')} (5.7.750)` }).click();
  await kept.getByRole('button', { name: uiText('ja', 'keptAside.discardConfirm') }).click();
  await expect(kept).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: uiText('ja', 'cases.heading') })).toContainText('5.7.705');
  await expect(kept).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => !key.startsWith('unblock:case:5.7.705')))).toEqual([]);
});

test('after storage was full, freeing space lets the tab save again and the notice goes', async ({ page }) => {
  await page.goto('/5.7.750/servers');
  const note = page.getByRole('textbox', { name: 'Notes' });
  await note.fill('Closed port 25');
  // Fill storage to the last character with filler keys: large pieces while they fit, then ever smaller ones, so only
  // about the quota's worth of text is ever written (a binary search on one key rewrites megabytes on every try).
  await page.evaluate(() => {
    let piece = 1024 * 1024;
    for (let index = 0; piece >= 1; ) {
      try {
        localStorage.setItem(`filler-${index}`, 'f'.repeat(piece));
        index += 1;
      } catch {
        piece = Math.floor(piece / 2);
      }
    }
  });
  await note.pressSequentially(' on mail01');
  const notices = page.getByRole('region', { name: uiText('en', 'notices.label') });
  await expect(notices).toContainText(uiText('en', 'notices.memoryOnly.quota.title'));
  await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('filler-')).forEach((key) => localStorage.removeItem(key)));
  await note.pressSequentially(' and mail02');
  await expect(notices).toHaveCount(0);
  await page.reload();
  await expect(note).toHaveValue('Closed port 25 on mail01 and mail02');
});

test('two tabs typing in one note keep both texts', async ({ context }) => {
  const alice = await context.newPage();
  const bob = await context.newPage();
  await alice.goto('/5.7.750/domains');
  await bob.goto('/5.7.750/domains');
  const aliceNote = alice.getByRole('textbox', { name: 'Notes' });
  const bobNote = bob.getByRole('textbox', { name: 'Notes' });
  await aliceNote.pressSequentially('Alice: removed relay connector. ');
  await expect(bobNote).toHaveValue('Alice: removed relay connector. ');
  await bobNote.click();
  await bobNote.press('End');
  await bobNote.pressSequentially('Bob: added fabrikam.com. ');
  // Alice's field still has focus and shows Bob's sentence as it arrives.
  await expect(aliceNote).toHaveValue(/Bob: added fabrikam\.com\./);
  await expect(aliceNote).toBeFocused();
  await aliceNote.pressSequentially('Alice again.');
  for (const field of [aliceNote, bobNote]) {
    await expect(field).toHaveValue(/Alice: removed relay connector\./);
    await expect(field).toHaveValue(/Bob: added fabrikam\.com\./);
    await expect(field).toHaveValue(/Alice again\./);
  }
  await alice.reload();
  await expect(aliceNote).toHaveValue(/^(?=.*Bob: added fabrikam\.com\.)(?=.*Alice again\.)/s);
});
