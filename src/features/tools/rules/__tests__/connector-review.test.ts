import { describe, expect, it } from 'vitest';
import type { AcceptedDomain } from '../../model';
import { reviewConnectors } from '../connector-review';
import { domainStats, inboundConnector, sendingData } from './sending-fixtures';

const NOW = '2026-11-22T12:00:00Z';
const RELAY_GUID = '6f8a2c1e-4b7d-4e0a-9c3f-2d1e8b7a6c5f';
const accepted: AcceptedDomain[] = [
  { domain: 'contoso.com', type: 'Authoritative', matchSubDomains: false },
  { domain: 'northwindtraders.com', type: 'InternalRelay', matchSubDomains: true },
];

const relay = inboundConnector('Inbound Relay', {
  guid: RELAY_GUID,
  type: 'OnPremises',
  source: 'Default',
  enabled: true,
  comment: '',
  senderIpAddresses: ['192.0.2.0/24', '203.0.113.0/24'],
  senderDomains: ['*'],
  treatMessagesAsInternal: true,
  whenCreatedUtc: '2026-11-18T02:14:09Z',
  whenChangedUtc: '2026-11-18T02:14:09Z',
});
const hybrid = inboundConnector('Inbound from 0b6b7a3c-1d2e-4f50-8a9b-c0d1e2f3a4b5', {
  type: 'OnPremises',
  source: 'HybridWizard',
  enabled: true,
  tlsSenderCertificateName: 'mail.contoso.com',
  cloudServicesMailEnabled: true,
  whenCreatedUtc: '2025-03-02T09:00:00Z',
  whenChangedUtc: '2026-10-10T09:00:00Z',
});
const litware = inboundConnector('Litware invoices', {
  type: 'Partner',
  source: 'AdminUI',
  enabled: true,
  senderDomains: ['litware.example'],
  requireTls: true,
  restrictDomainsToIpAddresses: true,
  restrictDomainsToCertificate: true,
  whenCreatedUtc: '2026-09-01T09:00:00Z',
});
const scanner = inboundConnector('Scanner relay Osaka', { type: 'OnPremises', source: 'AdminUI', enabled: true, senderIpAddresses: ['198.51.100.20'] });
const old = inboundConnector('Old relay', { type: 'OnPremises', source: 'AdminUI', enabled: false, tlsSenderCertificateName: 'mail.contoso.com', whenCreatedUtc: '2024-05-05T00:00:00Z' });

const sending = sendingData([
  domainStats('secure-billing.example', { messages: 40, outboundMessages: 40, connectors: [{ name: `Inbound from ${RELAY_GUID}`, messages: 30 }, { name: 'inbound relay', messages: 10 }] }),
  domainStats('contoso-billing.com', { messages: 5, outboundMessages: 5, connectors: [{ name: 'Inbound Relay', messages: 5 }] }),
  domainStats('contoso.com', { messages: 60, outboundMessages: 60, connectors: [{ name: 'Inbound Relay', messages: 2 }, { name: hybrid.name, messages: 50 }] }),
  domainStats('crm.northwindtraders.com', { messages: 4, outboundMessages: 4, connectors: [{ name: hybrid.name, messages: 4 }] }),
  domainStats('litware.example', { messages: 12, inboundMessages: 12, connectors: [{ name: 'Litware invoices', messages: 12 }] }),
  domainStats('', { messages: 3, connectors: [{ name: 'Inbound Relay', messages: 3 }] }),
]);

const reviews = reviewConnectors({ connectors: [old, scanner, litware, hybrid, relay], acceptedDomains: accepted, firstBounceUtc: '2026-11-20T07:41:03Z', sending, now: NOW });
const reviewOf = (name: string) => reviews.find((item) => item.name === name);

describe('reviewConnectors', () => {
  it('orders connectors newest first by WhenChanged, else WhenCreated, unknown dates last', () => {
    expect(reviews.map((item) => [item.name, item.verdict])).toEqual([
      ['Inbound Relay', 'suspicious'],
      ['Inbound from 0b6b7a3c-1d2e-4f50-8a9b-c0d1e2f3a4b5', 'expected'],
      ['Litware invoices', 'expected'],
      ['Old relay', 'disabled'],
      ['Scanner relay Osaka', 'review'],
    ]);
  });

  it('lists every reason of a suspicious connector, most severe first, with its numbers', () => {
    expect(reviewOf('Inbound Relay')?.reasons).toEqual([
      { code: 'recent', severity: 'high', event: 'created', days: 2, after: false, bounceDateKnown: true },
      { code: 'made-by-script', severity: 'high' },
      { code: 'ip-only', severity: 'high', addresses: 512, networks: 2, ranges: 2, wide: [] },
      { code: 'treat-as-internal', severity: 'high' },
      { code: 'carried-unaccepted', severity: 'high', domains: [{ name: 'secure-billing.example', messages: 40 }, { name: 'contoso-billing.com', messages: 5 }], domainCount: 2, messages: 45 },
      { code: 'any-sender-domain', severity: 'medium' },
      { code: 'no-description', severity: 'low' },
    ]);
  });

  it('carries the traffic each connector carried, by name or `Inbound from <guid>`', () => {
    expect(reviewOf('Inbound Relay')?.traffic).toEqual({
      messages: 50,
      senderDomains: [
        { name: 'secure-billing.example', messages: 40 },
        { name: 'contoso-billing.com', messages: 5 },
        { name: '', messages: 3 },
        { name: 'contoso.com', messages: 2 },
      ],
      senderDomainCount: 4,
    });
    expect(reviewOf(hybrid.name)?.traffic).toEqual({ messages: 54, senderDomains: [{ name: 'contoso.com', messages: 50 }, { name: 'crm.northwindtraders.com', messages: 4 }], senderDomainCount: 2 });
    expect(reviewOf('Scanner relay Osaka')?.traffic).toEqual({ messages: 0, senderDomains: [], senderDomainCount: 0 });
  });

  it('does not hold a partner’s own inbound mail against its connector', () => {
    expect(reviewOf('Litware invoices')).toMatchObject({ verdict: 'expected', reasons: [], traffic: { messages: 12 } });
    expect(reviewOf(hybrid.name)?.reasons).toEqual([]);
  });

  it('gives next steps to suspicious connectors only, with the audit search filled in', () => {
    expect(reviewOf('Inbound Relay')?.nextSteps).toEqual([
      { code: 'disable-or-remove' },
      { code: 'search-audit-log', command: 'Search-UnifiedAuditLog -StartDate 2026-11-04 -EndDate 2026-11-23 -Operations New-InboundConnector,Set-InboundConnector,Remove-InboundConnector' },
      { code: 'secure-admin-account' },
      { code: 'check-restricted-entities' },
    ]);
    expect(reviews.filter((item) => item.name !== 'Inbound Relay').map((item) => item.nextSteps)).toEqual([[], [], [], []]);
  });

  it('keeps the identity of each connector and nothing more', () => {
    const identity = Object.fromEntries(Object.entries(reviewOf('Inbound Relay') ?? {}).filter(([key]) => !['reasons', 'traffic', 'nextSteps'].includes(key)));
    expect(identity).toEqual({ name: 'Inbound Relay', guid: RELAY_GUID, type: 'OnPremises', source: 'Default', enabled: true, verdict: 'suspicious', whenCreatedUtc: '2026-11-18T02:14:09Z', whenChangedUtc: '2026-11-18T02:14:09Z' });
    expect(JSON.parse(JSON.stringify(reviews))).toEqual(reviews);
  });

  it('skips the traffic cross-check without accepted domains, and the traffic without sending data', () => {
    const [withoutAccepted] = reviewConnectors({ connectors: [relay], sending, now: NOW });
    expect(withoutAccepted?.reasons.map((reason) => reason.code)).not.toContain('carried-unaccepted');
    expect(withoutAccepted?.traffic?.messages).toBe(50);
    const [withoutSending] = reviewConnectors({ connectors: [relay], acceptedDomains: accepted, now: NOW });
    expect(withoutSending?.traffic).toBeUndefined();
    expect(withoutSending?.reasons.map((reason) => reason.code)).not.toContain('carried-unaccepted');
  });

  it('searches the audit log from 14 days before the first bounce when the connector changed before it', () => {
    const changedEarlier = { ...relay, whenCreatedUtc: '2026-01-01T00:00:00Z', whenChangedUtc: '2026-01-01T00:00:00Z' };
    const [searched] = reviewConnectors({ connectors: [changedEarlier], now: NOW });
    expect(searched?.nextSteps[1]).toEqual({ code: 'search-audit-log', command: 'Search-UnifiedAuditLog -StartDate 2025-12-18 -EndDate 2026-11-23 -Operations New-InboundConnector,Set-InboundConnector,Remove-InboundConnector' });
    const [recentOnly] = reviewConnectors({ connectors: [{ ...relay, whenCreatedUtc: undefined, whenChangedUtc: undefined }], firstBounceUtc: '2026-11-20T07:41:03Z', now: NOW });
    expect(recentOnly?.nextSteps[1]).toEqual({ code: 'search-audit-log', command: 'Search-UnifiedAuditLog -StartDate 2026-11-06 -EndDate 2026-11-23 -Operations New-InboundConnector,Set-InboundConnector,Remove-InboundConnector' });
  });

  it('gives a disabled connector with a high finding its next steps, under the verdict disabled', () => {
    const [disabled] = reviewConnectors({ connectors: [{ ...relay, enabled: false }], now: NOW });
    expect(disabled?.verdict).toBe('disabled');
    expect(disabled?.reasons.map((reason) => reason.code)).toContain('disabled');
    expect(disabled?.nextSteps.map((step) => step.code)).toEqual(['disable-or-remove', 'search-audit-log', 'secure-admin-account', 'check-restricted-entities']);
  });
});
