import { describe, expect, it } from 'vitest';
import { parseDateCell, type DateCell } from '../dates';
import { createDateOrderJudge } from '../dates-order';
import { wallClockIn } from '../dates-time-zone';

const utc = (text: string): number => Date.parse(text);

describe('parseDateCell', () => {
  it('reads ISO 8601 with Z, with an offset, and without a suffix as the clock says (UTC by default)', () => {
    expect(parseDateCell('2026-11-17T11:20:31.412Z')).toEqual({ reading: 'iso', at: utc('2026-11-17T11:20:31.412Z') });
    expect(parseDateCell('2026-11-18T02:14:09+09:00')).toEqual({ reading: 'iso', at: utc('2026-11-17T17:14:09Z') });
    expect(parseDateCell('2026-11-18T02:14:09-0500')).toEqual({ reading: 'iso', at: utc('2026-11-18T07:14:09Z') });
    expect(parseDateCell('2026-11-18T02:14:09.1234567')).toEqual({ reading: 'iso', at: utc('2026-11-18T02:14:09.123Z') });
    expect(parseDateCell('2026-11-18 02:14:09')).toEqual({ reading: 'iso', at: utc('2026-11-18T02:14:09Z') });
    expect(parseDateCell('2026-11-18T02:14:09', wallClockIn('Asia/Tokyo'))).toEqual({ reading: 'iso', at: utc('2026-11-17T17:14:09Z') });
  });

  it('reads /Date(ms)/ from Windows PowerShell 5.1 JSON, escaped or not', () => {
    expect(parseDateCell('/Date(1772500512000)/')).toEqual({ reading: 'iso', at: 1772500512000 });
    expect(parseDateCell('\\/Date(1772500512000)\\/')).toEqual({ reading: 'iso', at: 1772500512000 });
    expect(parseDateCell('/Date(1772500512000+0900)/')).toEqual({ reading: 'iso', at: 1772500512000 });
  });

  it('reads en-US and the admin center (month first proven by a day above 12)', () => {
    expect(parseDateCell('11/19/2026 10:09:58 PM')).toEqual({ reading: 'day-month', monthFirst: utc('2026-11-19T22:09:58Z'), dayFirst: NaN });
    expect(parseDateCell('11/19/2026, 11:00:41 PM')).toEqual({ reading: 'day-month', monthFirst: utc('2026-11-19T23:00:41Z'), dayFirst: NaN });
    expect(parseDateCell('11/19/2026 12:05:00 AM')).toEqual({ reading: 'day-month', monthFirst: utc('2026-11-19T00:05:00Z'), dayFirst: NaN });
    expect(parseDateCell('11/19/2026 12:05:00 PM')).toEqual({ reading: 'day-month', monthFirst: utc('2026-11-19T12:05:00Z'), dayFirst: NaN });
  });

  it('reads en-GB and de-DE day first (a first part above 12; dots are always day first)', () => {
    expect(parseDateCell('19/11/2026 22:09:58')).toEqual({ reading: 'day-month', monthFirst: NaN, dayFirst: utc('2026-11-19T22:09:58Z') });
    expect(parseDateCell('19.11.2026 22:09:58')).toEqual({ reading: 'day-month', monthFirst: NaN, dayFirst: utc('2026-11-19T22:09:58Z') });
    expect(parseDateCell('01.11.2026 07:00:00')).toEqual({ reading: 'day-month', monthFirst: NaN, dayFirst: utc('2026-11-01T07:00:00Z') });
  });

  it('reads ja-JP and zh-TW year first, with 上午 / 下午 for AM / PM', () => {
    expect(parseDateCell('2026/11/19 22:09:58')).toEqual({ reading: 'year-first', at: utc('2026-11-19T22:09:58Z') });
    expect(parseDateCell('2026/11/19 下午 10:09:58')).toEqual({ reading: 'year-first', at: utc('2026-11-19T22:09:58Z') });
    expect(parseDateCell('2026/11/19 上午 12:09:58')).toEqual({ reading: 'year-first', at: utc('2026-11-19T00:09:58Z') });
    expect(parseDateCell('2026/1/9 上午 9:09:58')).toEqual({ reading: 'year-first', at: utc('2026-01-09T09:09:58Z') });
  });

  it('keeps both readings when the values allow both', () => {
    expect(parseDateCell('11/10/2026 10:09:58 PM')).toEqual({
      reading: 'day-month',
      monthFirst: utc('2026-11-10T22:09:58Z'),
      dayFirst: utc('2026-10-11T22:09:58Z'),
    });
    expect(parseDateCell('2/3/2026')).toEqual({ reading: 'day-month', monthFirst: utc('2026-02-03T00:00:00Z'), dayFirst: utc('2026-03-02T00:00:00Z') });
  });

  it('reads culture dates in the given zone', () => {
    expect(parseDateCell('11/19/2026, 11:00:41 PM', wallClockIn('Asia/Tokyo'))).toEqual({
      reading: 'day-month',
      monthFirst: utc('2026-11-19T14:00:41Z'),
      dayFirst: NaN,
    });
  });

  it('refuses what is not a date', () => {
    for (const cell of ['', 'Received', '13/13/2026', '2/30/2026 1:00 PM', '11/19/26 10:00 PM', '2026-02-30T00:00:00Z', '11/19/2026 13:00:00 PM', '192.0.2.77']) {
      expect(parseDateCell(cell), cell).toBeUndefined();
    }
    expect(parseDateCell('2/29/2028')).toEqual({ reading: 'day-month', monthFirst: utc('2028-02-29T00:00:00Z'), dayFirst: NaN });
  });
});

describe('createDateOrderJudge', () => {
  const orderOf = (cells: readonly string[]) => {
    const judge = createDateOrderJudge();
    for (const cell of cells) {
      const parsed: DateCell | undefined = parseDateCell(cell);
      if (parsed) judge.note(parsed);
    }
    return judge.order();
  };

  it('decides from a single value above 12, wherever it is', () => {
    expect(orderOf(['11/10/2026 10:09:58 PM', '1/2/2026 1:00:00 AM', '11/19/2026 10:09:58 PM'])).toBe('month-first');
    expect(orderOf(['11/10/2026 22:09:58', '19/11/2026 22:09:58'])).toBe('day-first');
    expect(orderOf(['01.02.2026 22:09:58'])).toBe('day-first');
  });

  it('stays ambiguous without proof, AM/PM or not (en-AU writes AM/PM day first)', () => {
    expect(orderOf(['11/10/2026 10:09:58 PM', '12/1/2026 1:00:00 AM'])).toBe('ambiguous');
    expect(orderOf(['11/10/2026 22:09:58'])).toBe('ambiguous');
  });

  it('says iso or year-first when no day/month date was seen', () => {
    expect(orderOf(['2026-11-17T11:20:31.412Z'])).toBe('iso');
    expect(orderOf([])).toBe('iso');
    expect(orderOf(['2026/11/19 22:09:58'])).toBe('year-first');
  });

  it('lets the larger share of proof win in a file joined from two cultures', () => {
    expect(orderOf(['19/11/2026 22:09:58', '20/11/2026 22:09:58', '11/13/2026 10:00:00 PM'])).toBe('day-first');
  });
});
