import { describe, expect, it } from 'vitest';
import { TALLY_CAP } from '../../model';
import { createSendingAggregator, DISTINCT_CAP, type SentRow } from '../sending-aggregate';
import { stats, tallies } from './sending-fixtures';

const row = (fields: Partial<SentRow>): SentRow => ({
  domain: 'contoso.com',
  sender: 'alex.w@contoso.com',
  messageKey: '',
  time: undefined,
  recipients: [],
  recipientDomains: [],
  sourceIp: '',
  connector: '',
  direction: undefined,
  messages: 1,
  failures: 0,
  subject: '',
  ...fields,
});

const to = (...addresses: string[]): Pick<SentRow, 'recipients' | 'recipientDomains'> => ({
  recipients: addresses,
  recipientDomains: addresses.map((address) => address.slice(address.indexOf('@') + 1)),
});

describe('createSendingAggregator', () => {
  it('counts per-recipient rows once per message and once per recipient', () => {
    const aggregator = createSendingAggregator();
    const day = (at: string) => ({ reading: 'iso' as const, at: Date.parse(at) });
    aggregator.add(row({ messageKey: 'm1', ...to('a@x.example'), sourceIp: '192.0.2.1', time: day('2026-11-19T10:00:00Z') }), 'recipient');
    aggregator.add(row({ messageKey: 'm1', ...to('b@y.example'), sourceIp: '192.0.2.1', time: day('2026-11-19T10:00:00Z') }), 'recipient');
    aggregator.add(row({ messageKey: 'm1', ...to('a@x.example'), sourceIp: '192.0.2.1', time: day('2026-11-19T10:00:00Z') }), 'recipient');
    aggregator.add(row({ messageKey: 'm2', ...to('c@x.example'), sourceIp: '192.0.2.2', time: day('2026-11-18T08:00:00Z'), direction: 'outbound' }), 'recipient');
    aggregator.add(row({ messageKey: '', ...to('d@x.example'), time: day('2026-11-20T08:00:00Z') }), 'recipient');
    expect(aggregator.domains('month-first')).toEqual([
      stats('contoso.com', {
        messages: 3,
        recipients: 4,
        firstSeen: '2026-11-18T08:00:00.000Z',
        lastSeen: '2026-11-20T08:00:00.000Z',
        senders: tallies('alex.w@contoso.com', 3),
        senderCount: 1,
        sourceIps: tallies('192.0.2.1', 1, '192.0.2.2', 1),
        sourceIpCount: 2,
        recipientDomains: tallies('x.example', 3, 'y.example', 1),
        outboundMessages: 1,
      }),
    ]);
  });

  it('keeps TALLY_CAP names, counts the other recipient deliveries, and says "at least" past DISTINCT_CAP', () => {
    const aggregator = createSendingAggregator();
    for (let index = 0; index <= DISTINCT_CAP; index += 1) {
      aggregator.add(row({ sender: `s${index}@contoso.com`, sourceIp: `192.0.2.${index % 200}`, ...to(`r@d${index % 60}.example`) }), 'message');
    }
    const [contoso] = aggregator.domains('month-first');
    expect(contoso?.messages).toBe(DISTINCT_CAP + 1);
    expect(contoso?.senderCount).toBe(DISTINCT_CAP);
    expect(contoso?.senders).toHaveLength(TALLY_CAP);
    expect(contoso?.sourceIpCount).toBe(200);
    expect(contoso?.countsAtLeast).toBe(true);
    // 10,001 deliveries over 60 domains: d0 gets 167, d1–d40 167 and d41–d59 166; the 10 names past the first 50 are others.
    expect(contoso?.recipientDomains).toHaveLength(TALLY_CAP);
    expect(contoso?.recipientDomains[0]).toEqual({ name: 'd0.example', messages: 167 });
    expect(contoso?.recipientDomainOthers).toBe(10 * 166);
    expect(contoso?.recipients).toBe(DISTINCT_CAP + 1);
  });

  it('gives each reading of an ambiguous date its own first and last', () => {
    const aggregator = createSendingAggregator();
    aggregator.add(row({ time: { reading: 'day-month', monthFirst: Date.parse('2026-02-03T00:00:00Z'), dayFirst: Date.parse('2026-03-02T00:00:00Z') } }), 'message');
    aggregator.add(row({ time: { reading: 'day-month', monthFirst: Date.parse('2026-04-01T00:00:00Z'), dayFirst: Date.parse('2026-01-04T00:00:00Z') } }), 'message');
    expect(aggregator.domains('month-first')[0]).toMatchObject({ firstSeen: '2026-02-03T00:00:00.000Z', lastSeen: '2026-04-01T00:00:00.000Z' });
    expect(aggregator.domains('day-first')[0]).toMatchObject({ firstSeen: '2026-01-04T00:00:00.000Z', lastSeen: '2026-03-02T00:00:00.000Z' });
  });
});
