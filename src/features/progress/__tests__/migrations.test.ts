import { describe, expect, it } from 'vitest';
import { flows } from '../../../config/flow';
import { createCase } from '../case-schema';
import { isNewerRelease, loadCase, parseCaseValue } from '../migrations';
import { caseProgress } from '../progress-math';
import { actionIdsOf } from './fake-storage';

const [first = '', second = ''] = actionIdsOf('5.7.705');
const updatedAt = Date.UTC(2024, 10, 5, 14, 30);
const v1 = (change: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, code: '5.7.705', updatedAt, done: [first, second], note: 'Called the MSP.', ...change });

describe('loadCase', () => {
  it('reports nothing stored as empty', () => {
    expect(loadCase(null, '5.7.750')).toEqual({ kind: 'empty' });
  });

  it('loads a current case', () => {
    const stored = createCase('5.7.750', new Date());
    expect(loadCase(JSON.stringify(stored), '5.7.750')).toEqual({ kind: 'ok', case: stored });
  });

  it.each([
    ['{"version":2,"code":"5.7.750","creat', 'corrupt-json'],
    ['', 'corrupt-json'],
    ['null', 'wrong-shape'],
    ['[1,2]', 'wrong-shape'],
    ['"text"', 'wrong-shape'],
    ['{"version":2,"code":"5.7.750"}', 'wrong-shape'],
    ['{"code":"5.7.750"}', 'wrong-shape'],
    ['{"version":"2","code":"5.7.750"}', 'wrong-shape'],
    ['{"version":4,"code":"5.7.750","whatever":true}', 'future-version'],
    [JSON.stringify(createCase('5.7.705', new Date())), 'wrong-code'],
  ] as const)('keeps %s aside as %s', (raw, reason) => {
    expect(loadCase(raw, '5.7.750')).toEqual({ kind: 'invalid', reason, raw });
  });

  it('migrates version 1', () => {
    const time = new Date(updatedAt).toISOString();
    const result = loadCase(v1(), '5.7.705');
    expect(result).toEqual({
      kind: 'ok',
      migratedFrom: 1,
      case: {
        version: 3,
        code: '5.7.705',
        createdAt: time,
        updatedAt: time,
        details: { tenant: '' },
        actions: { [first]: { state: 'done', changedAt: time }, [second]: { state: 'done', changedAt: time } },
        notes: { about: { text: 'Called the MSP.', changedAt: time } },
      },
    });
  });

  it('migrates version 2 to 3, keeping every entry and adding no evidence', () => {
    const v2 = {
      version: 2,
      code: '5.7.750',
      createdAt: '2025-01-31T09:00:00.000Z',
      updatedAt: '2025-01-31T09:30:00.000Z',
      details: { tenant: 'contoso.onmicrosoft.com' },
      actions: { 'list-accepted-domains': { state: 'done', changedAt: '2025-01-31T09:10:00.000Z' } },
      notes: { domains: { text: 'Added fabrikam.com', changedAt: '2025-01-31T09:20:00.000Z' } },
    };
    expect(loadCase(JSON.stringify(v2), '5.7.750')).toEqual({ kind: 'ok', migratedFrom: 2, case: { ...v2, version: 3 } });
  });

  it('carries 5.7.705 work on the compromised-account actions of its connectors step over to its accounts step', () => {
    const done = (changedAt: string) => ({ state: 'done', changedAt });
    const skipped = { state: 'not-applicable', changedAt: '2026-11-20T10:05:00.000Z', reason: 'Only one user, handled by the MSP.' };
    const saved = {
      ...createCase('5.7.705', new Date('2026-11-20T09:00:00.000Z')),
      actions: {
        'keep-ndr': done('2026-11-20T09:01:00.000Z'),
        'check-compromised-accounts': done('2026-11-20T10:00:00.000Z'),
        'secure-compromised-accounts': skipped,
        'enable-admin-mfa': done('2026-11-20T10:10:00.000Z'),
        // Saved since on the new step: kept as it is.
        'revoke-sessions': done('2026-11-21T08:00:00.000Z'),
      },
      notes: { connectors: { text: 'Checked the connectors.', changedAt: '2026-11-20T10:20:00.000Z' } },
    };
    const result = parseCaseValue(saved, '5.7.705');
    if (!result.ok) throw new Error(result.reason);
    expect(result.migratedFrom).toBeUndefined();
    expect(result.dropped).toEqual({ unknownActions: 0, otherCodeActions: 0, unknownSteps: 0 });
    expect(result.case.notes).toEqual(saved.notes);
    expect(result.case.actions).toEqual({
      'keep-ndr': done('2026-11-20T09:01:00.000Z'),
      'find-restricted-senders': done('2026-11-20T10:00:00.000Z'),
      'reset-password': skipped,
      'revoke-sessions': done('2026-11-21T08:00:00.000Z'),
      'remove-rules-forwarding': skipped,
      'release-restricted-senders': skipped,
      'enable-admin-mfa': done('2026-11-20T10:10:00.000Z'),
    });
    // Every entry counts on a step of today's flow: keep-ndr, and 6 of the accounts step's 9.
    const progress = caseProgress(flows['5.7.705'], result.case);
    expect(progress.steps.find((step) => step.step === 'accounts')).toMatchObject({ done: 3, notApplicable: 3, total: 9 });
    expect(progress.resolved).toBe(7);
    expect(progress.total).toBe(flows['5.7.705'].steps.reduce((sum, step) => sum + step.actions.length, 0));
  });

  it('leaves 5.7.750 cases, whose connectors step keeps the compromised-account actions, as they are', () => {
    const saved = {
      ...createCase('5.7.750', new Date('2026-11-20T09:00:00.000Z')),
      actions: { 'check-compromised-accounts': { state: 'done', changedAt: '2026-11-20T10:00:00.000Z' } },
    };
    const result = parseCaseValue(saved, '5.7.750');
    expect(result.ok && result.case.actions).toEqual(saved.actions);
  });

  it('migrates version 1 without a note and drops unknown done ids', () => {
    const result = loadCase(v1({ note: undefined, done: ['gone-action', first] }), '5.7.705');
    expect(result.kind === 'ok' && result.case.notes).toEqual({});
    expect(result.kind === 'ok' && Object.keys(result.case.actions)).toEqual([first]);
  });

  it.each([
    ['a string time', { updatedAt: '2024-11-05' }],
    ['done not a list', { done: first }],
    ['a note over the limit', { note: 'x'.repeat(20_001) }],
    ['a negative time', { updatedAt: -1 }],
  ])('rejects version 1 with %s', (_label, change) => {
    expect(loadCase(v1(change), '5.7.705')).toMatchObject({ kind: 'invalid', reason: 'wrong-shape' });
  });

  it('rejects a version 1 case of the other code', () => {
    expect(loadCase(v1(), '5.7.750')).toMatchObject({ kind: 'invalid', reason: 'wrong-code' });
  });
});

describe('parseCaseValue', () => {
  it('takes any code when none is expected, and says what is wrong', () => {
    expect(parseCaseValue(createCase('5.7.705', new Date()))).toMatchObject({ ok: true });
    const result = parseCaseValue({ ...createCase('5.7.705', new Date()), createdAt: 'soon' });
    expect(result).toMatchObject({ ok: false, reason: 'wrong-shape' });
    expect(!result.ok && result.detail).toContain('createdAt');
  });
});

describe('isNewerRelease', () => {
  it('is true only for a record whose version is above this release’s', () => {
    expect(isNewerRelease('{"version":4,"anything":"else"}')).toBe(true);
    expect(isNewerRelease('{"version":99}')).toBe(true);
    for (const raw of [null, '{"version":3}', '{"version":2}', '{"version":1}', '{"version":"3"}', '{trunc', 'null', '42', '[]']) {
      expect(isNewerRelease(raw), String(raw)).toBe(false);
    }
  });
});
