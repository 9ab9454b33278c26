import { describe, expect, it } from 'vitest';
import { readSendingText } from '../sending-reader';
import { stats, tallies, traceFixture } from './sending-fixtures';

const SYSTEM_SENDER = 'microsoftexchange329e71ec88ae4615bbc36ab6ce41109e@contoso.onmicrosoft.com';

describe('readSendingText: message trace', () => {
  it('reads Get-MessageTraceV2 | Export-Csv: one message per message id, one delivery per recipient, repeats ignored', () => {
    expect(readSendingText(traceFixture('trace-v2.csv'))).toEqual({
      kind: 'sending',
      dateOrder: 'month-first',
      needsTimeZone: false,
      data: {
        format: 'message-trace-v2',
        rows: 7,
        timeZone: 'UTC',
        domains: [
          stats('contoso.com', {
            messages: 2,
            recipients: 3,
            firstSeen: '2026-11-19T21:53:45.000Z',
            lastSeen: '2026-11-19T22:03:05.000Z',
            senders: tallies('alex.w@contoso.com', 2),
            senderCount: 1,
            sourceIps: tallies('192.0.2.77', 2),
            sourceIpCount: 1,
            recipientDomains: tallies('fabrikamfiber.example', 2, 'wingtiptoys.example', 1),
          }),
          stats('', {
            messages: 1,
            recipients: 1,
            firstSeen: '2026-11-20T01:15:00.000Z',
            lastSeen: '2026-11-20T01:15:00.000Z',
            recipientDomains: tallies('contoso.com', 1),
          }),
          stats('bulk-sender.example', {
            messages: 1,
            recipients: 1,
            firstSeen: '2026-11-19T16:44:09.000Z',
            lastSeen: '2026-11-19T16:44:09.000Z',
            senders: tallies('promo@bulk-sender.example', 1),
            senderCount: 1,
            sourceIps: tallies('192.0.2.201', 1),
            sourceIpCount: 1,
            recipientDomains: tallies('contoso.com', 1),
          }),
          // The system NDR sender counts under its own domain.
          stats('contoso.onmicrosoft.com', {
            messages: 1,
            recipients: 1,
            firstSeen: '2026-11-19T23:20:00.000Z',
            lastSeen: '2026-11-19T23:20:00.000Z',
            senders: tallies(SYSTEM_SENDER, 1),
            senderCount: 1,
            recipientDomains: tallies('contoso.com', 1),
          }),
        ],
      },
    });
  });

  it('reads Windows PowerShell 5.1 Get-MessageTrace with #TYPE and de-DE dates, day first', () => {
    expect(readSendingText(traceFixture('trace-v1.csv'))).toEqual({
      kind: 'sending',
      dateOrder: 'day-first',
      needsTimeZone: false,
      data: {
        format: 'message-trace-v1',
        rows: 3,
        timeZone: 'UTC',
        domains: [
          stats('contoso.com', {
            messages: 1,
            recipients: 2,
            firstSeen: '2026-11-19T22:03:05.000Z',
            lastSeen: '2026-11-19T22:03:05.000Z',
            senders: tallies('alex.w@contoso.com', 1),
            senderCount: 1,
            sourceIps: tallies('192.0.2.77', 1),
            sourceIpCount: 1,
            recipientDomains: tallies('cpandl.example', 1, 'fabrikamfiber.example', 1),
          }),
          stats('relay.fabrikam.example', {
            messages: 1,
            recipients: 1,
            firstSeen: '2026-11-01T07:00:00.000Z',
            lastSeen: '2026-11-01T07:00:00.000Z',
            senders: tallies('billing@relay.fabrikam.example', 1),
            senderCount: 1,
            sourceIps: tallies('192.0.2.15', 1),
            sourceIpCount: 1,
            recipientDomains: tallies('gmail.example', 1),
          }),
        ],
      },
    });
  });

  it("reads the admin center's export in the admin's zone, and in UTC (still asking) when none is given", () => {
    const contoso = (first: string, last: string) =>
      stats('contoso.com', {
        messages: 3,
        recipients: 3,
        firstSeen: first,
        lastSeen: last,
        senders: tallies('alex.w@contoso.com', 3),
        senderCount: 1,
        sourceIps: tallies('192.0.2.77', 3),
        sourceIpCount: 1,
        recipientDomains: tallies('fabrikamfiber.example', 2, 'cpandl.example', 1),
      });
    expect(readSendingText(traceFixture('trace-admin-center.csv'), { timeZone: 'Asia/Tokyo' })).toEqual({
      kind: 'sending',
      dateOrder: 'month-first',
      needsTimeZone: true,
      data: {
        format: 'admin-center-trace',
        rows: 3,
        timeZone: 'Asia/Tokyo',
        domains: [contoso('2026-11-19T13:53:45.000Z', '2026-11-19T14:00:41.000Z')],
      },
    });
    expect(readSendingText(traceFixture('trace-admin-center.csv'))).toMatchObject({
      needsTimeZone: true,
      data: { timeZone: 'UTC', domains: [contoso('2026-11-19T22:53:45.000Z', '2026-11-19T23:00:41.000Z')] },
    });
    // A zone the platform does not know is not guessed at: the times are read as UTC, and the outcome says so.
    expect(readSendingText(traceFixture('trace-admin-center.csv'), { timeZone: 'Tokyo Standard Time' })).toMatchObject({ data: { timeZone: 'UTC' } });
  });

  it("converts the admin's zone across a daylight saving change (America/New_York, 1 November 2026)", () => {
    const text = [
      '"Received","Sender","Recipient","Message ID"',
      '"10/31/2026, 10:00:00 PM","alex.w@contoso.com","ap@fabrikamfiber.example","<m1@contoso.com>"',
      '"11/2/2026, 10:00:00 AM","alex.w@contoso.com","ap@fabrikamfiber.example","<m2@contoso.com>"',
    ].join('\r\n');
    expect(readSendingText(text, { timeZone: 'America/New_York' })).toMatchObject({
      dateOrder: 'month-first',
      data: { timeZone: 'America/New_York', domains: [{ firstSeen: '2026-11-01T02:00:00.000Z', lastSeen: '2026-11-02T15:00:00.000Z', messages: 2 }] },
    });
  });

  it('keeps both readings when no date proves the order', () => {
    const text = [
      'Received,SenderAddress,RecipientAddress,MessageId',
      '11/10/2026 10:09:58 PM,alex.w@contoso.com,ap@fabrikamfiber.example,<m1@contoso.com>',
      '12/1/2026 1:00:00 AM,alex.w@contoso.com,ap@fabrikamfiber.example,<m2@contoso.com>',
    ].join('\n');
    const outcome = readSendingText(text);
    expect(outcome.kind).toBe('sending');
    if (outcome.kind !== 'sending') return;
    expect(outcome.dateOrder).toBe('ambiguous');
    expect(outcome.data.domains.map(({ firstSeen, lastSeen }) => [firstSeen, lastSeen])).toEqual([['2026-11-10T22:09:58.000Z', '2026-12-01T01:00:00.000Z']]);
    expect(outcome.dayFirst?.domains.map(({ firstSeen, lastSeen }) => [firstSeen, lastSeen])).toEqual([['2026-01-12T01:00:00.000Z', '2026-10-11T22:09:58.000Z']]);
    const withoutTimes = (domains: typeof outcome.data.domains) => domains.map((domain) => ({ ...domain, firstSeen: '', lastSeen: '' }));
    expect(outcome.dayFirst && withoutTimes(outcome.dayFirst.domains)).toEqual(withoutTimes(outcome.data.domains));
    expect(outcome.dayFirst?.format).toBe('message-trace-v2');
  });
});
