import { describe, expect, it } from 'vitest';
import { caseTimeFormat, formatTimestamp, normalizeTimestamp, parseTimestamp, summaryTimeFormat } from '../timestamp';

describe('parseTimestamp', () => {
  it.each([
    ['2025-01-31T09:00:00.000Z', '2025-01-31T09:00:00.000Z'],
    ['2025-01-31T09:00Z', '2025-01-31T09:00:00.000Z'],
    ['2025-01-31T14:30:00+05:30', '2025-01-31T09:00:00.000Z'],
    ['2025-01-31T04:00:00-05:00', '2025-01-31T09:00:00.000Z'],
    // PowerShell's round-trip format: seven fraction digits.
    ['2025-01-31T09:00:00.1234567+00:00', '2025-01-31T09:00:00.123Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['0000-01-01T00:00:00Z', '0000-01-01T00:00:00.000Z'],
    ['0050-06-01T00:00:00Z', '0050-06-01T00:00:00.000Z'],
    ['2099-12-31T23:59:59Z', '2099-12-31T23:59:59.000Z'],
  ])('reads %s as %s', (value, iso) => {
    expect(normalizeTimestamp(value)).toBe(iso);
  });

  it.each([
    // Accepted by valibot's isoTimestamp, unreadable to V8: these crashed the case file.
    '2025-01-01T00:00:00+05',
    '2025-01-01T00:00:00 +05:00',
    // Read by V8 but not by the standard format every browser must read.
    '2025-01-01T00:00:00+0530',
    '2025-01-01 00:00:00Z',
    '2025-01-01t00:00:00z',
    '2025-01-01T00:00:00',
    '2025-02-31T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '2025-13-01T00:00:00Z',
    '2025-01-01T24:00:00Z',
    '2025-01-01T23:60:00Z',
    '2025-01-01T00:00:00+24:00',
    '+275760-09-13T00:00:00.000Z',
    '0000-01-01T00:00:00+05:00',
    'NaN',
    '',
    `2025-01-01T00:00:00.${'1'.repeat(10_000)}Z`,
  ])('rejects %j', (value) => {
    expect(parseTimestamp(value)).toBeUndefined();
    expect(normalizeTimestamp(value)).toBeUndefined();
  });

  it('gives what every browser parses back to the same instant', () => {
    for (const value of ['2025-01-31T14:30:00+05:30', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z']) {
      const iso = normalizeTimestamp(value) ?? '';
      expect(new Date(iso).toISOString()).toBe(iso);
      expect(parseTimestamp(iso)?.getTime()).toBe(new Date(iso).getTime());
    }
  });
});

describe('formatTimestamp', () => {
  it('formats readable times in every language and format the app uses', () => {
    for (const language of ['en', 'ja', 'zh-TW']) {
      for (const format of [caseTimeFormat(language), summaryTimeFormat(language)]) {
        expect(formatTimestamp(format, '2025-01-31T09:00:00.000Z', '?')).toMatch(/2025/);
        expect(formatTimestamp(format, '0000-01-01T00:00:00.000Z', '?')).not.toBe('?');
      }
    }
  });

  it('says a time is unreadable instead of throwing', () => {
    const format = caseTimeFormat('en');
    expect(formatTimestamp(format, '2025-01-01T00:00:00+05', 'unreadable')).toBe('unreadable');
    // Intl throws RangeError on an invalid date; the guard must hold even for a formatter that throws on a valid one.
    const throwing = { format: () => { throw new RangeError('Invalid time value'); } };
    expect(formatTimestamp(throwing, '2025-01-01T00:00:00Z', 'unreadable')).toBe('unreadable');
  });
});
