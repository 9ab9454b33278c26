import { describe, expect, it } from 'vitest';
import { formatIpv4, parseIpv4, parseIpv4Block, summariseIpRanges } from '../ip-ranges';

describe('parseIpv4Block', () => {
  it('reads single addresses, CIDR blocks from /0 to /32 and a-b ranges', () => {
    expect(parseIpv4Block('192.0.2.7')).toEqual({ kind: 'address', first: parseIpv4('192.0.2.7'), last: parseIpv4('192.0.2.7') });
    expect(parseIpv4Block(' 198.51.100.0/24 ')).toEqual({ kind: 'cidr', first: parseIpv4('198.51.100.0'), last: parseIpv4('198.51.100.255') });
    expect(parseIpv4Block('203.0.113.9/32')).toEqual({ kind: 'cidr', first: parseIpv4('203.0.113.9'), last: parseIpv4('203.0.113.9') });
    expect(parseIpv4Block('0.0.0.0/0')).toEqual({ kind: 'cidr', first: 0, last: 2 ** 32 - 1 });
    expect(parseIpv4Block('192.0.2.10-192.0.2.20')).toEqual({ kind: 'range', first: parseIpv4('192.0.2.10'), last: parseIpv4('192.0.2.20') });
  });

  it('takes the block a CIDR entry with host bits names', () => {
    const block = parseIpv4Block('192.0.2.77/24');
    expect(block && [formatIpv4(block.first), formatIpv4(block.last)]).toEqual(['192.0.2.0', '192.0.2.255']);
  });

  it('refuses what is not an IPv4 entry', () => {
    for (const entry of ['192.0.2.256', '192.0.2', '192.0.2.1/33', '192.0.2.20-192.0.2.10', '192.0.2.010', '2001:db8::/32', 'mail.contoso.com', '']) {
      expect(parseIpv4Block(entry), entry).toBeUndefined();
    }
  });
});

describe('summariseIpRanges', () => {
  it('counts a /24 as 256 addresses', () => {
    expect(summariseIpRanges(['192.0.2.0/24'])).toEqual({
      addresses: 256,
      ranges: 1,
      networks: 1,
      networkPrefixes: ['192.0.0.0/16'],
      wide: [],
      special: [{ entry: '192.0.2.0/24', use: 'documentation' }],
      ipv6: [],
      invalid: [],
    });
  });

  it('counts overlapping entries once', () => {
    const summary = summariseIpRanges(['192.0.2.0/24', '192.0.2.128/25', '192.0.2.7', '192.0.2.250-192.0.3.5']);
    expect(summary.addresses).toBe(262);
    expect(summary.ranges).toBe(4);
    expect(summary.networks).toBe(1);
  });

  it('counts distinct /16 networks, across a range that spans several', () => {
    expect(summariseIpRanges(['198.51.100.0/24', '203.0.113.0/24']).networkPrefixes).toEqual(['198.51.0.0/16', '203.0.0.0/16']);
    const wide = summariseIpRanges(['198.51.255.0-198.53.0.255']);
    expect(wide).toMatchObject({ networks: 3, networkPrefixes: ['198.51.0.0/16', '198.52.0.0/16', '198.53.0.0/16'], wide: ['198.51.255.0-198.53.0.255'] });
    expect(wide.addresses).toBe(65_536 + 512);
  });

  it('flags entries wider than a /24, and private or reserved space', () => {
    const summary = summariseIpRanges(['10.1.2.0/23', '172.16.5.5', '192.0.2.0/25', '192.0.2.0-192.0.3.0', '127.0.0.1']);
    expect(summary.wide).toEqual(['10.1.2.0/23', '192.0.2.0-192.0.3.0']);
    expect(summary.special).toEqual([
      { entry: '10.1.2.0/23', use: 'private' },
      { entry: '172.16.5.5', use: 'private' },
      { entry: '192.0.2.0/25', use: 'documentation' },
      { entry: '192.0.2.0-192.0.3.0', use: 'documentation' },
      { entry: '127.0.0.1', use: 'loopback' },
    ]);
    expect(summariseIpRanges(['0.0.0.0/0']).addresses).toBe(2 ** 32);
    expect(summariseIpRanges(['0.0.0.0/0']).networks).toBe(65_536);
    expect(summariseIpRanges(['0.0.0.0/0']).networkPrefixes).toHaveLength(20);
  });

  it('keeps IPv6 and unreadable entries without counting them', () => {
    expect(summariseIpRanges(['2001:db8::/32', '192.0.2.1', 'mail.contoso.com', ' '])).toEqual({
      addresses: 1,
      ranges: 1,
      networks: 1,
      networkPrefixes: ['192.0.0.0/16'],
      wide: [],
      special: [{ entry: '192.0.2.1', use: 'documentation' }],
      ipv6: ['2001:db8::/32'],
      invalid: ['mail.contoso.com'],
    });
    expect(summariseIpRanges([])).toMatchObject({ addresses: 0, ranges: 0, networks: 0 });
  });
});
