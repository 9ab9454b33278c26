import { describe, expect, it } from 'vitest';
import { createCase } from '../case-schema';
import { isNewerRelease, loadCase, parseCaseValue } from '../migrations';
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
