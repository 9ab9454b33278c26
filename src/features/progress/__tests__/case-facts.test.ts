import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { cssString } from '../../case-file/use-running-header';
import { fromLocalInput, toLocalInput } from '../../../lib/local-time-input';
import { factLimits } from '../case-facts';
import { caseSchema, createCase, type CaseFile } from '../case-schema';
import { durationBetween, durationText, firstBounceOf } from '../case-timeline';
import { withFact, withFactTime } from '../case-updates';
import { visibleCase } from '../visible-case';

const at = '2026-11-25T16:00:00.000Z';
const fresh = createCase('5.7.705', new Date('2026-11-25T14:30:00.000Z'));
const parse = (caseFile: unknown) => v.safeParse(caseSchema, caseFile);

describe('the facts in the case', () => {
  it('are optional in version 3: a case saved before them still reads, and one with all of them too', () => {
    expect(parse(fresh).success).toBe(true);
    const full: CaseFile = {
      ...fresh,
      details: {
        tenant: 'contoso.onmicrosoft.com',
        tenantId: '9a8b7c6d-1234-4e5f-8a9b-0c1d2e3f4a5b',
        requestNumber: '2611250010001234',
        contactName: 'Aiko Tanaka',
        contactPhone: '+81 3 1234 5678',
        contactHours: 'weekdays',
        contactLanguage: 'Japanese',
        usersAffected: '250',
        cause: 'A compromised mailbox sent spam.',
        changes: 'Reset the password.',
        prevention: 'MFA for everyone.',
        firstBounceAt: '2026-11-25T14:14:00.000Z',
        detectedAt: '2026-11-25T15:00:00.000Z',
        containedAt: '2026-11-25T17:00:00.000Z',
        fixedAt: '2026-11-25T20:00:00.000Z',
      },
    };
    const parsed = parse(full);
    expect(parsed.success && parsed.output.details).toEqual(full.details);
  });

  it('refuse a fact over its bound or a time the browsers read differently, as for every other field', () => {
    expect(parse({ ...fresh, details: { tenant: '', cause: 'x'.repeat(factLimits.text + 1) } }).success).toBe(false);
    expect(parse({ ...fresh, details: { tenant: '', requestNumber: '1'.repeat(factLimits.line + 1) } }).success).toBe(false);
    expect(parse({ ...fresh, details: { tenant: '', fixedAt: '2026-11-25 20:00' } }).success).toBe(false);
    expect(parse({ ...fresh, details: { tenant: '', usersAffected: 250 } }).success).toBe(false);
  });

  it('are saved as typed and cut to their bound; an emptied fact goes, the tenant stays', () => {
    const typed = withFact(fresh, 'cause', 'c'.repeat(factLimits.text + 10), at);
    expect(typed.details.cause).toHaveLength(factLimits.text);
    expect(typed.updatedAt).toBe(at);
    expect(withFact(typed, 'cause', typed.details.cause ?? '', '2026-11-26T00:00:00.000Z')).toBe(typed);
    expect('cause' in withFact(typed, 'cause', '', at).details).toBe(false);
    expect(withFact(withFact(fresh, 'tenant', 'contoso', at), 'tenant', '', at).details).toEqual({ tenant: '' });
  });

  it('keep timeline times until cleared', () => {
    const detected = withFactTime(fresh, 'detectedAt', '2026-11-25T15:00:00.000Z', at);
    expect(detected.details.detectedAt).toBe('2026-11-25T15:00:00.000Z');
    expect(withFactTime(detected, 'detectedAt', '2026-11-25T15:00:00.000Z', '2026-11-26T00:00:00.000Z')).toBe(detected);
    expect(withFactTime(detected, 'detectedAt', undefined, at).details).toEqual({ tenant: '' });
  });

  it('show their hidden characters when the case becomes text for someone else', () => {
    const shown = visibleCase({ ...fresh, details: { tenant: 'a\u202Eb', contactName: 'x\u200By', changes: 'one\ntwo\u202E' } });
    expect(shown.details).toEqual({ tenant: 'a⟨U+202E⟩b', contactName: 'x⟨U+200B⟩y', changes: 'one\ntwo⟨U+202E⟩' });
  });
});

describe('the timeline', () => {
  it('takes the first bounce from the bounce itself, then from what the admin typed, then from an older case', () => {
    const ndr = { allCodes: ['5.7.705'], recipients: [], diagnostic: '550 5.7.705 [X 2026-11-25T14:14:22.415Z ID]', source: 'paste' as const };
    const typed = { ...fresh.details, firstBounceAt: '2026-11-24T09:00:00.000Z' };
    expect(firstBounceOf({ ndr, details: typed })).toBe('2026-11-25T14:14:22.415Z');
    expect(firstBounceOf({ details: typed })).toBe('2026-11-24T09:00:00.000Z');
    expect(firstBounceOf({ details: fresh.details, evidence: { firstBounceAt: '2026-11-23T08:00:00.000Z' } })).toBe('2026-11-23T08:00:00.000Z');
    expect(firstBounceOf({ details: fresh.details })).toBeUndefined();
  });

  it('counts how long the block lasted in whole minutes, and nothing for an end before the start', () => {
    expect(durationBetween('2026-11-25T14:14:22Z', '2026-11-25T20:26:30Z')).toEqual({ days: 0, hours: 6, minutes: 12 });
    expect(durationBetween('2026-11-23T10:00:00Z', Date.parse('2026-11-25T16:59:59Z'))).toEqual({ days: 2, hours: 6, minutes: 59 });
    expect(durationBetween('2026-11-25T14:00:00Z', '2026-11-25T13:00:00Z')).toBeUndefined();
    expect(durationBetween('nonsense', '2026-11-25T13:00:00Z')).toBeUndefined();
    const text = (key: string, values: Record<string, number>) => `${key.split('.').at(-1) ?? ''}:${Object.values(values).join('/')}`;
    expect(durationText({ days: 0, hours: 0, minutes: 5 }, text)).toBe('minutes:5');
    expect(durationText({ days: 0, hours: 6, minutes: 12 }, text)).toBe('hoursMinutes:6/12');
    expect(durationText({ days: 2, hours: 6, minutes: 59 }, text)).toBe('daysHours:2/6');
  });

  it('reads and writes datetime-local values in the browser zone', () => {
    const iso = fromLocalInput('2026-11-25T23:14');
    expect(iso && toLocalInput(iso)).toBe('2026-11-25T23:14');
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('2026-11-25')).toBeUndefined();
    expect(toLocalInput('not a time')).toBe('');
  });
});

describe('the running header', () => {
  it('quotes the case text so it cannot end the CSS string or add a rule', () => {
    expect(cssString('Case file for 5.7.750 · contoso')).toBe('"Case file for 5.7.750 · contoso"');
    expect(cssString('a" } body { display: none } @page { x: "')).toBe('"a\\" } body { display: none } @page { x: \\""');
    expect(cssString('back\\slash\nnew line')).toBe('"back\\\\slash new line"');
  });
});
