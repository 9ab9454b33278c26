import { describe, expect, it } from 'vitest';
import { bounceTime } from '../ndr/bounce-time';

describe('bounceTime', () => {
  it('reads the time in the bracket after an Exchange Online status line first', () => {
    const diagnostic =
      '550 5.7.705 Access denied, tenant has exceeded threshold. [CH3PR12MB7532.namprd12.prod.outlook.com 2026-11-25T14:14:22.415Z 08DD0E3A5F4C2B11]';
    expect(bounceTime({ diagnostic, date: '11/25/2026 2:14:21 PM' })).toBe('2026-11-25T14:14:22.415Z');
  });

  it('reads a mail date with its offset, or GMT, as UTC', () => {
    expect(bounceTime({ date: 'Thu, 20 Nov 2026 09:14:01 +0000' })).toBe('2026-11-20T09:14:01.000Z');
    expect(bounceTime({ date: 'Thu, 20 Nov 2026 18:14:01 +0900' })).toBe('2026-11-20T09:14:01.000Z');
    expect(bounceTime({ date: '20 Nov 2026 04:14 -0500' })).toBe('2026-11-20T09:14:00.000Z');
    expect(bounceTime({ date: 'Thu, 20 Nov 2026 09:14:01 GMT' })).toBe('2026-11-20T09:14:01.000Z');
  });

  it('reads an ISO time with an offset written as the date', () => {
    expect(bounceTime({ date: '2026-11-21T10:00:00.000Z' })).toBe('2026-11-21T10:00:00.000Z');
    expect(bounceTime({ date: '2026-11-21T19:00:00+09:00' })).toBe('2026-11-21T10:00:00.000Z');
  });

  it('does not guess the zone of a local time, nor read an impossible date', () => {
    for (const date of ['2026/11/25 23:14:21', '11/25/2026 2:14:21 PM', '2026/11/25 下午 10:14:21', '2026-11-25T14:14:22', 'Thu, 31 Feb 2026 09:14:01 +0000', 'Thu, 20 Foo 2026 09:14:01 +0000', 'yesterday']) {
      expect(bounceTime({ date }), date).toBeUndefined();
    }
    expect(bounceTime({})).toBeUndefined();
    expect(bounceTime({ diagnostic: '550 5.7.750 Service unavailable [AM0PR01MB1234.eurprd01.prod.outlook.com 2026-13-21T10:00:00.000Z]' })).toBeUndefined();
  });

  it('stays quick on hostile input', () => {
    const hostile = `${'2026-11-25T'.repeat(50_000)} ${'1 Jan 2026 '.repeat(20_000)}`;
    expect(bounceTime({ diagnostic: hostile, date: hostile })).toBeUndefined();
  });
});
