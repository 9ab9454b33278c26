import { describe, expect, it } from 'vitest';
import { readSendingText } from '../sending-reader';
import { stats, tallies, traceFixture } from './sending-fixtures';

describe('readSendingText: historical search and reports', () => {
  it('reads the Enhanced summary: packed recipients, connectors, directionality in words or numbers, repeats ignored', () => {
    expect(readSendingText(traceFixture('trace-enhanced-summary.csv'))).toEqual({
      kind: 'sending',
      dateOrder: 'iso',
      needsTimeZone: false,
      data: {
        format: 'enhanced-summary',
        rows: 7,
        timeZone: 'UTC',
        domains: [
          stats('sales.contoso.com', {
            messages: 2,
            recipients: 4,
            firstSeen: '2026-11-17T11:20:31.412Z',
            lastSeen: '2026-11-19T02:10:00.000Z',
            senders: tallies('alerts@sales.contoso.com', 2),
            senderCount: 1,
            sourceIps: tallies('203.0.113.25', 2),
            sourceIpCount: 1,
            connectors: tallies('Inbound from 6f8a2c1e-4b7d-4e0a-9c3f-2d1e8b7a6c5f', 2),
            recipientDomains: tallies('wingtiptoys.example', 2, 'adatum.example', 1, 'litware.example', 1),
            outboundMessages: 2,
          }),
          stats('secure-billing.example', {
            messages: 2,
            recipients: 6,
            firstSeen: '2026-11-20T07:41:03.009Z',
            lastSeen: '2026-11-20T07:43:10.250Z',
            senders: tallies('billing@secure-billing.example', 1, 'support@secure-billing.example', 1),
            senderCount: 2,
            sourceIps: tallies('192.0.2.15', 1, '192.0.2.16', 1),
            sourceIpCount: 2,
            connectors: tallies('Inbound Relay', 2),
            recipientDomains: tallies('gmail.example', 2, 'uol.example', 2, 'mail.example', 1, 'seznam.example', 1),
            outboundMessages: 2,
          }),
          stats('', {
            messages: 1,
            recipients: 1,
            firstSeen: '2026-11-20T07:45:00.000Z',
            lastSeen: '2026-11-20T07:45:00.000Z',
            recipientDomains: tallies('contoso.com', 1),
            inboundMessages: 1,
          }),
          stats('tailspintoys.example', {
            messages: 1,
            recipients: 1,
            firstSeen: '2026-11-18T15:01:27.000Z',
            lastSeen: '2026-11-18T15:01:27.000Z',
            senders: tallies('newsletter@tailspintoys.example', 1),
            senderCount: 1,
            sourceIps: tallies('198.51.100.203', 1),
            sourceIpCount: 1,
            recipientDomains: tallies('contoso.com', 1),
            inboundMessages: 1,
          }),
        ],
      },
    });
  });

  it('reads the Extended report: each message once, recipients distinct, the client IP of its RECEIVE event', () => {
    expect(readSendingText(traceFixture('trace-extended-report.csv'))).toEqual({
      kind: 'sending',
      dateOrder: 'iso',
      needsTimeZone: false,
      data: {
        format: 'extended-report',
        rows: 6,
        timeZone: 'UTC',
        domains: [
          stats('contoso.com', {
            messages: 1,
            recipients: 1,
            firstSeen: '2026-11-18T09:00:00.000Z',
            lastSeen: '2026-11-18T09:00:01.000Z',
            senders: tallies('alex.w@contoso.com', 1),
            senderCount: 1,
            sourceIps: tallies('192.0.2.77', 1),
            sourceIpCount: 1,
            recipientDomains: tallies('contoso.com', 1),
            outboundMessages: 1,
          }),
          stats('prize-center.example', {
            messages: 1,
            recipients: 2,
            firstSeen: '2026-11-18T02:31:44.123Z',
            lastSeen: '2026-11-18T02:31:47.500Z',
            senders: tallies('promo@prize-center.example', 1),
            senderCount: 1,
            sourceIps: tallies('192.0.2.14', 1),
            sourceIpCount: 1,
            connectors: tallies('Inbound Relay', 1, 'Outbound to Internet', 1),
            recipientDomains: tallies('gmail.example', 1, 'uol.example', 1),
            outboundMessages: 1,
          }),
        ],
      },
    });
  });

  it('reads the Non-accepted domain report: already counted, per connector and day', () => {
    expect(readSendingText(traceFixture('trace-non-accepted-domains.csv'))).toEqual({
      kind: 'sending',
      dateOrder: 'month-first',
      needsTimeZone: false,
      data: {
        format: 'non-accepted-domain-report',
        rows: 3,
        timeZone: 'UTC',
        domains: [
          stats('secure-billing.example', {
            messages: 2077,
            firstSeen: '2026-11-18T00:00:00.000Z',
            lastSeen: '2026-11-19T00:00:00.000Z',
            connectors: tallies('Inbound Relay', 2077),
          }),
          stats('sales.contoso.com', {
            messages: 12,
            firstSeen: '2026-11-19T00:00:00.000Z',
            lastSeen: '2026-11-19T00:00:00.000Z',
            connectors: tallies('Inbound Relay', 12),
          }),
        ],
      },
    });
  });
});
