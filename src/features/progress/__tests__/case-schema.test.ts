import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { boundNdr, caseSchema, createCase, knownActionIds, limits, type CaseFile } from '../case-schema';
import { actionIdsOf } from './fake-storage';

const now = new Date('2025-01-31T09:00:00.000Z');
const [first = '', second = ''] = actionIdsOf('5.7.750');

function stored(change: Partial<Record<keyof CaseFile, unknown>> = {}): Record<string, unknown> {
  return { ...createCase('5.7.750', now), ...change };
}

describe('caseSchema', () => {
  it('accepts a fresh case', () => {
    const fresh = createCase('5.7.705', now);
    expect(fresh).toEqual({
      version: 3,
      code: '5.7.705',
      createdAt: '2025-01-31T09:00:00.000Z',
      updatedAt: '2025-01-31T09:00:00.000Z',
      details: { tenant: '' },
      actions: {},
      notes: {},
    });
    expect(v.parse(caseSchema, fresh)).toEqual(fresh);
  });

  it('drops unknown action ids and step ids, whatever their entries look like', () => {
    const parsed = v.parse(
      caseSchema,
      stored({
        actions: {
          [first]: { state: 'done', changedAt: '2025-01-31T09:05:00.000Z' },
          'renamed-in-a-later-release': { state: 'maybe', extra: true },
        },
        notes: { about: { text: 'hi', changedAt: '2025-01-31T09:05:00.000Z' }, checklist: 42 },
      }),
    );
    expect(Object.keys(parsed.actions)).toEqual([first]);
    expect(Object.keys(parsed.notes)).toEqual(['about']);
  });

  it('drops ids that belong to the other code only', () => {
    const only705 = [...knownActionIds('5.7.705')].filter((id) => !knownActionIds('5.7.750').has(id));
    for (const id of only705) {
      const parsed = v.parse(caseSchema, stored({ actions: { [id]: { state: 'done', changedAt: now.toISOString() } } }));
      expect(parsed.actions).toEqual({});
    }
  });

  it('rejects bad entries under known ids, bad times and unknown codes', () => {
    const bad = [
      stored({ actions: { [second]: { state: 'finished', changedAt: now.toISOString() } } }),
      stored({ actions: { [second]: { state: 'done', changedAt: 'yesterday' } } }),
      stored({ updatedAt: 1738314000000 }),
      stored({ code: '5.7.708' }),
      stored({ details: {} }),
      stored({ notes: { about: { text: 'x'.repeat(limits.note + 1), changedAt: now.toISOString() } } }),
      stored({ details: { tenant: 'x'.repeat(limits.tenant + 1) } }),
      stored({ actions: { [second]: { state: 'not-applicable', changedAt: now.toISOString(), reason: 'r'.repeat(1001) } } }),
    ];
    for (const value of bad) expect(v.safeParse(caseSchema, value).success).toBe(false);
  });

  it('accepts the bounds exactly', () => {
    const value = stored({
      details: { tenant: 't'.repeat(limits.tenant) },
      notes: { servers: { text: 'n'.repeat(limits.note), changedAt: now.toISOString() } },
      actions: { [second]: { state: 'not-applicable', changedAt: now.toISOString(), reason: 'r'.repeat(limits.reason) } },
    });
    expect(v.safeParse(caseSchema, value).success).toBe(true);
  });
});

describe('boundNdr', () => {
  it('cuts a pasted bounce to what is stored', () => {
    const ndr = boundNdr({
      allCodes: Array.from({ length: 30 }, () => '5.7.750'),
      recipients: ['a@example.com'],
      diagnostic: 'd'.repeat(10_000),
      subject: 's'.repeat(5_000),
      source: 'paste',
    });
    expect(ndr.allCodes).toHaveLength(limits.ndrCodes);
    expect(ndr.diagnostic).toHaveLength(limits.ndrDiagnostic);
    expect(ndr.subject).toHaveLength(limits.ndrField);
    expect(ndr).not.toHaveProperty('sender');
  });
});
