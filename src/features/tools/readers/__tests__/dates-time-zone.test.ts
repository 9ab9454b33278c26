import { describe, expect, it } from 'vitest';
import { knownTimeZone, readAsUtc, wallClockIn } from '../dates-time-zone';

const utc = (text: string): number => Date.parse(text);

describe('wallClockIn', () => {
  it('reads Asia/Tokyo nine hours ahead of UTC', () => {
    expect(wallClockIn('Asia/Tokyo')(2026, 11, 19, 23, 0, 41, 0)).toBe(utc('2026-11-19T14:00:41Z'));
    expect(wallClockIn('Asia/Tokyo')(2026, 1, 1, 3, 30, 0, 250)).toBe(utc('2025-12-31T18:30:00.250Z'));
  });

  it('follows America/New_York across the end of daylight saving time (1 November 2026)', () => {
    const newYork = wallClockIn('America/New_York');
    expect(newYork(2026, 10, 31, 22, 0, 0, 0)).toBe(utc('2026-11-01T02:00:00Z'));
    expect(newYork(2026, 11, 1, 0, 59, 59, 0)).toBe(utc('2026-11-01T04:59:59Z'));
    // 01:30 happens twice; the first (still EDT) is taken.
    expect(newYork(2026, 11, 1, 1, 30, 0, 0)).toBe(utc('2026-11-01T05:30:00Z'));
    expect(newYork(2026, 11, 1, 2, 30, 0, 0)).toBe(utc('2026-11-01T07:30:00Z'));
    expect(newYork(2026, 11, 2, 10, 0, 0, 0)).toBe(utc('2026-11-02T15:00:00Z'));
  });

  it('follows America/New_York across the start of daylight saving time (8 March 2026)', () => {
    const newYork = wallClockIn('America/New_York');
    expect(newYork(2026, 3, 8, 1, 59, 0, 0)).toBe(utc('2026-03-08T06:59:00Z'));
    // 02:30 never happens; it is read with the offset before the change.
    expect(newYork(2026, 3, 8, 2, 30, 0, 0)).toBe(utc('2026-03-08T07:30:00Z'));
    expect(newYork(2026, 3, 8, 3, 0, 0, 0)).toBe(utc('2026-03-08T07:00:00Z'));
  });

  it('reads UTC as is', () => {
    expect(wallClockIn('UTC')).toBe(readAsUtc);
    expect(readAsUtc(2026, 11, 19, 22, 9, 58, 0)).toBe(utc('2026-11-19T22:09:58Z'));
  });
});

describe('knownTimeZone', () => {
  it('accepts IANA names and UTC spellings, and refuses the rest', () => {
    expect(knownTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(knownTimeZone(' asia/tokyo ')).toBe('Asia/Tokyo');
    expect(knownTimeZone('UTC')).toBe('UTC');
    expect(knownTimeZone('Etc/UTC')).toBe('UTC');
    expect(knownTimeZone('Tokyo Standard Time')).toBeUndefined();
    expect(knownTimeZone('')).toBeUndefined();
    expect(knownTimeZone(undefined)).toBeUndefined();
  });
});
