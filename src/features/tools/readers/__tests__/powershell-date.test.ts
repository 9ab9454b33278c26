import { describe, expect, it } from 'vitest';
import { agreeDateOrder, dateInOrder, readPowerShellDate, type PowerShellDate } from '../powershell-date';

const iso = (value: unknown) => readPowerShellDate(value)?.iso;

describe('readPowerShellDate', () => {
  it('reads /Date(ms)/ with and without escaped slashes, and with an offset (the milliseconds are UTC)', () => {
    expect(readPowerShellDate('\\/Date(1772500512000)\\/')).toEqual({ iso: '2026-03-03T01:15:12.000Z', order: 'iso' });
    expect(iso('/Date(1772500512000)/')).toBe('2026-03-03T01:15:12.000Z');
    expect(iso('/Date(1772500512000+0100)/')).toBe('2026-03-03T01:15:12.000Z');
    expect(iso('/Date(1772500512000-0500)/')).toBe('2026-03-03T01:15:12.000Z');
  });

  it('reads the object PS 5.1 writes for a DateTime with extended properties', () => {
    expect(iso({ value: '/Date(1772500512000)/', DisplayHint: 2, DateTime: 'Tuesday, March 3, 2026 1:15:12 AM' })).toBe('2026-03-03T01:15:12.000Z');
  });

  it('reads ISO 8601 with Z, with an offset, and without a suffix as UTC', () => {
    expect(readPowerShellDate('2026-11-18T02:14:09Z')).toEqual({ iso: '2026-11-18T02:14:09.000Z', order: 'iso' });
    expect(iso('2026-11-18T03:14:09+01:00')).toBe('2026-11-18T02:14:09.000Z');
    expect(iso('2026-11-17T21:14:09-05:00')).toBe('2026-11-18T02:14:09.000Z');
    expect(iso('2026-11-18T02:14:09')).toBe('2026-11-18T02:14:09.000Z');
    expect(iso('2026-11-18T02:14:09.1234567Z')).toBe('2026-11-18T02:14:09.123Z');
  });

  it('reads en-US, en-GB, de-DE, ja-JP and zh-TW Format-List dates', () => {
    expect(readPowerShellDate('11/18/2026 2:14:09 AM')).toEqual({ iso: '2026-11-18T02:14:09.000Z', order: 'month-first' });
    expect(readPowerShellDate('11/18/2026 2:14:09 PM')).toEqual({ iso: '2026-11-18T14:14:09.000Z', order: 'month-first' });
    expect(readPowerShellDate('18/11/2026 02:14:09')).toEqual({ iso: '2026-11-18T02:14:09.000Z', order: 'day-first' });
    expect(readPowerShellDate('18.11.2026 02:14:09')).toEqual({ iso: '2026-11-18T02:14:09.000Z', order: 'day-first' });
    expect(readPowerShellDate('2026/11/18 2:14:09')).toEqual({ iso: '2026-11-18T02:14:09.000Z', order: 'year-first' });
    expect(readPowerShellDate('2026/11/18 上午 02:14:09')).toEqual({ iso: '2026-11-18T02:14:09.000Z', order: 'year-first' });
    expect(readPowerShellDate('2026/11/18 下午 02:14:09')).toEqual({ iso: '2026-11-18T14:14:09.000Z', order: 'year-first' });
    expect(iso('12/1/2026 12:05:00 AM')).toBe('2026-12-01T00:05:00.000Z');
    expect(iso('12/1/2026 12:05:00 PM')).toBe('2026-12-01T12:05:00.000Z');
  });

  it('keeps both readings of a slash date whose parts are both 12 or less', () => {
    // With AM/PM: month-first, as en-US writes; the other reading stays for an input that proves otherwise.
    expect(readPowerShellDate('3/4/2026 1:15:12 AM')).toEqual({ iso: '2026-03-04T01:15:12.000Z', order: 'month-first', dayFirst: '2026-04-03T01:15:12.000Z' });
    // Without: nothing tells.
    expect(readPowerShellDate('05/11/2026 14:02:11')).toEqual({ iso: '2026-05-11T14:02:11.000Z', order: 'ambiguous', dayFirst: '2026-11-05T14:02:11.000Z' });
  });

  it('is undefined for anything that is not a date', () => {
    for (const other of [undefined, null, '', 'never', 42, '13/13/2026 1:00:00', '2/30/2026 1:00:00 AM', '2026-13-01T00:00:00Z', ['2026-11-18T02:14:09Z']]) {
      expect(readPowerShellDate(other), String(other)).toBeUndefined();
    }
  });
});

describe('agreeDateOrder and dateInOrder', () => {
  const read = (...texts: string[]): PowerShellDate[] => texts.map((text) => readPowerShellDate(text)).filter((date) => date !== undefined);

  it('lets one date with a part over 12 decide the order of all', () => {
    const dates = read('05/11/2026 14:02:11', '18/11/2026 09:00:00');
    expect(agreeDateOrder(dates)).toBe('day-first');
    expect(dates.map((date) => dateInOrder(date, 'day-first'))).toEqual(['2026-11-05T14:02:11.000Z', '2026-11-18T09:00:00.000Z']);
    // en-AU writes AM/PM with the day first: the proof beats the hint.
    expect(agreeDateOrder(read('3/4/2026 1:15:12 AM', '18/11/2026 2:14:09 AM'))).toBe('day-first');
    expect(agreeDateOrder(read('05/11/2026 14:02:11', '11/18/2026 2:14:09 AM'))).toBe('month-first');
  });

  it('takes AM/PM as month-first when nothing proves the order', () => {
    expect(agreeDateOrder(read('3/4/2026 1:15:12 AM', '05/11/2026 14:02:11'))).toBe('month-first');
  });

  it('stays ambiguous when nothing tells, or when proofs disagree', () => {
    const dates = read('05/11/2026 14:02:11', '01/02/2026 10:00:00');
    expect(agreeDateOrder(dates)).toBe('ambiguous');
    expect(dates.map((date) => dateInOrder(date, 'ambiguous'))).toEqual(['2026-05-11T14:02:11.000Z', '2026-01-02T10:00:00.000Z']);
    expect(agreeDateOrder(read('18/11/2026 09:00:00', '11/18/2026 09:00:00'))).toBe('ambiguous');
  });

  it('says iso or year-first when there is no day/month date', () => {
    expect(agreeDateOrder([])).toBe('iso');
    expect(agreeDateOrder([undefined, ...read('/Date(1772500512000)/')])).toBe('iso');
    expect(agreeDateOrder(read('2026/11/18 2:14:09'))).toBe('year-first');
  });
});
