import { describe, expect, it } from 'vitest';
import type { AcceptedDomain } from '../../model';
import { CHECK_SUBDOMAINS_COMMAND } from '../domain-coverage';
import { findDomainGaps, type DomainFinding } from '../gap-finder';
import { domainStats, inboundConnector, sendingData } from './sending-fixtures';

const RELAY_GUID = '6f8a2c1e-4b7d-4e0a-9c3f-2d1e8b7a6c5f';

const accepted: AcceptedDomain[] = [
  { domain: 'contoso.com', type: 'Authoritative', matchSubDomains: false, isDefault: true },
  { domain: 'contoso.onmicrosoft.com', type: 'Authoritative', matchSubDomains: false, sendingFromDomainDisabled: true },
  { domain: 'northwindtraders.com', type: 'InternalRelay', matchSubDomains: true },
];

const connectors = [
  inboundConnector('Inbound Relay', { guid: RELAY_GUID, type: 'OnPremises', source: 'Default' }),
  inboundConnector('Partner from Litware', { type: 'Partner', source: 'AdminUI' }),
];

const twelveIps = Array.from({ length: 12 }, (_, index) => ({ name: `192.0.2.${index + 1}`, messages: 12 - index }));

const sending = sendingData([
  domainStats('contoso.com', { messages: 100, recipients: 130, outboundMessages: 100 }),
  domainStats('contoso.onmicrosoft.com', { messages: 3, recipients: 3, outboundMessages: 3 }),
  domainStats('crm.northwindtraders.com', { messages: 5, recipients: 9, outboundMessages: 5 }),
  domainStats('secure-billing.example', {
    messages: 40,
    recipients: 160,
    firstSeen: '2026-11-18T02:31:44.123Z',
    lastSeen: '2026-11-20T07:41:03.009Z',
    senders: [{ name: 'support@secure-billing.example', messages: 40 }],
    senderCount: 1,
    sourceIps: twelveIps,
    sourceIpCount: 12,
    connectors: [{ name: 'Inbound Relay', messages: 40 }],
    recipientDomains: [{ name: 'gmail.example', messages: 160 }],
    outboundMessages: 40,
  }),
  domainStats('c0ntoso.com', { messages: 2, recipients: 2, outboundMessages: 2 }),
  domainStats('sales.contoso.com', { messages: 20, recipients: 25, connectors: [{ name: `Inbound from ${RELAY_GUID.toUpperCase()}`, messages: 20 }], outboundMessages: 20 }),
  domainStats('litware.example', { messages: 6, recipients: 6, connectors: [{ name: 'partner from litware', messages: 6 }], outboundMessages: 6 }),
  domainStats('adatum.example', { messages: 7, recipients: 7, connectors: [{ name: 'Old Relay', messages: 7 }], outboundMessages: 7 }),
  domainStats('contoso.local', { messages: 1, recipients: 1, outboundMessages: 1 }),
  domainStats('tailspintoys.example', { messages: 8, recipients: 8, inboundMessages: 8 }),
  domainStats('wingtiptoys.example', { messages: 3, recipients: 4, recipientDomains: [{ name: 'contoso.com', messages: 3 }, { name: 'eu.northwindtraders.com', messages: 1 }] }),
  domainStats('', { messages: 9, recipients: 9, sourceIps: [{ name: '198.51.100.7', messages: 9 }], sourceIpCount: 1, connectors: [{ name: 'Inbound Relay', messages: 9 }] }),
]);

const report = findDomainGaps({ accepted, matchSubDomainsKnown: true, sending, connectors, truncated: ['tailwind-traders-archive-mai…'] });
const finding = (domain: string): DomainFinding | undefined => report.findings.find((item) => item.domain === domain);

describe('findDomainGaps', () => {
  it('sorts attackers first, then not accepted, sending disabled, covered and accepted, busiest first in each', () => {
    expect(report.findings.map((item) => [item.domain, item.status, item.advice])).toEqual([
      ['secure-billing.example', 'not-accepted', 'attacker'],
      ['c0ntoso.com', 'not-accepted', 'attacker'],
      ['sales.contoso.com', 'not-accepted', 'register'],
      ['adatum.example', 'not-accepted', 'register-or-stop'],
      ['litware.example', 'not-accepted', 'register'],
      ['contoso.local', 'not-accepted', 'register-or-stop'],
      ['contoso.onmicrosoft.com', 'accepted', 'enable-sending'],
      ['crm.northwindtraders.com', 'subdomain-rule', 'none'],
      ['contoso.com', 'accepted', 'none'],
    ]);
  });

  it('carries the numbers of a domain relayed through an on-premises connector, top source IPs only', () => {
    expect(finding('secure-billing.example')).toEqual({
      domain: 'secure-billing.example',
      status: 'not-accepted',
      advice: 'attacker',
      sendingDisabled: false,
      nonRoutable: false,
      viaSuspiciousConnector: true,
      messages: 40,
      recipients: 160,
      firstSeen: '2026-11-18T02:31:44.123Z',
      lastSeen: '2026-11-20T07:41:03.009Z',
      sourceIps: twelveIps.slice(0, 10),
      sourceIpCount: 12,
      senders: [{ name: 'support@secure-billing.example', messages: 40 }],
      senderCount: 1,
      viaConnectors: [{ name: 'Inbound Relay', messages: 40, connector: 'Inbound Relay', type: 'OnPremises' }],
    });
  });

  it('matches connectors by name in any case, or by `Inbound from <guid>`, and marks the ones not listed', () => {
    expect(finding('sales.contoso.com')?.viaConnectors).toEqual([{ name: `Inbound from ${RELAY_GUID.toUpperCase()}`, messages: 20, connector: 'Inbound Relay', type: 'OnPremises' }]);
    expect(finding('litware.example')?.viaConnectors).toEqual([{ name: 'partner from litware', messages: 6, connector: 'Partner from Litware', type: 'Partner' }]);
    expect(finding('adatum.example')?.viaConnectors).toEqual([{ name: 'Old Relay', messages: 7, unlisted: true }]);
    expect(finding('litware.example')?.viaSuspiciousConnector).toBe(false);
  });

  it('advises registering a subdomain of an accepted domain even when an on-premises connector carried it', () => {
    expect(finding('sales.contoso.com')).toMatchObject({ acceptedDomain: 'contoso.com', viaSuspiciousConnector: true, advice: 'register' });
  });

  it('flags look-alikes with the domain they imitate, and internal names', () => {
    expect(finding('c0ntoso.com')?.lookAlike).toEqual({ of: 'contoso.com', kind: 'similar-characters' });
    expect(finding('contoso.local')).toMatchObject({ nonRoutable: true, advice: 'register-or-stop' });
    expect(finding('contoso.local')?.lookAlike).toBeUndefined();
  });

  it('flags an accepted domain that may not send, and names the entries that cover', () => {
    expect(finding('contoso.onmicrosoft.com')).toMatchObject({ sendingDisabled: true, acceptedDomain: 'contoso.onmicrosoft.com' });
    expect(finding('contoso.com')).toMatchObject({ sendingDisabled: false, advice: 'none' });
    expect(finding('crm.northwindtraders.com')).toMatchObject({ acceptedDomain: 'northwindtraders.com' });
  });

  it('leaves out other organisations’ mail and reports the empty sender apart', () => {
    expect(finding('tailspintoys.example')).toBeUndefined();
    expect(finding('wingtiptoys.example')).toBeUndefined();
    expect(finding('')).toBeUndefined();
    expect(report.excluded).toEqual({ domains: 2, messages: 11 });
    expect(report.emptySender).toEqual({
      messages: 9,
      recipients: 9,
      sourceIps: [{ name: '198.51.100.7', messages: 9 }],
      sourceIpCount: 1,
      senders: [],
      senderCount: 0,
      viaConnectors: [{ name: 'Inbound Relay', messages: 9, connector: 'Inbound Relay', type: 'OnPremises' }],
    });
  });

  it('totals domains by status and the share of non-accepted messages', () => {
    expect(report.totals).toEqual({
      domains: { accepted: 2, 'subdomain-rule': 1, unknown: 0, 'not-accepted': 6 },
      nonAcceptedMessages: 76,
      outboundMessages: 184,
      nonAcceptedShare: 76 / 184,
    });
    expect(report.truncatedAcceptedDomains).toEqual(['tailwind-traders-archive-mai…']);
    expect(report.checkSubDomainsCommand).toBeUndefined();
    expect(report.matchSubDomainsKnown).toBe(true);
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('findDomainGaps without MatchSubDomains or connectors', () => {
  const table: AcceptedDomain[] = [
    { domain: 'contoso.com', type: 'Authoritative' },
    { domain: 'northwindtraders.com', type: 'InternalRelay' },
  ];
  const data = sendingData([
    domainStats('sales.northwindtraders.com', { messages: 4, outboundMessages: 4 }),
    domainStats('sales.contoso.com', { messages: 2, outboundMessages: 2 }),
    domainStats('secure-billing.example', { messages: 5, connectors: [{ name: 'Inbound Relay', messages: 5 }] }),
    domainStats('contoso-billing.com', { messages: 1 }),
    domainStats('contoso.co', { messages: 1 }),
  ]);
  const gaps = findDomainGaps({ accepted: table, matchSubDomainsKnown: false, sending: data });

  it('says coverage is unknown under a relay parent and gives the command that decides it', () => {
    expect(gaps.findings.map((item) => [item.domain, item.status, item.advice])).toEqual([
      ['contoso-billing.com', 'not-accepted', 'attacker'],
      ['contoso.co', 'not-accepted', 'attacker'],
      ['secure-billing.example', 'not-accepted', 'register-or-stop'],
      ['sales.contoso.com', 'not-accepted', 'register'],
      ['sales.northwindtraders.com', 'unknown', 'check-subdomains'],
    ]);
    expect(gaps.checkSubDomainsCommand).toBe(CHECK_SUBDOMAINS_COMMAND);
    expect(gaps.checkSubDomainsCommand).toBe('Get-AcceptedDomain | Format-List Name,DomainName,DomainType,MatchSubDomains');
    expect(gaps.totals.domains).toEqual({ accepted: 0, 'subdomain-rule': 0, unknown: 1, 'not-accepted': 4 });
    expect(gaps.truncatedAcceptedDomains).toEqual([]);
  });

  it('does not mark connectors unlisted when no connector list was given', () => {
    expect(gaps.findings.find((item) => item.domain === 'secure-billing.example')?.viaConnectors).toEqual([{ name: 'Inbound Relay', messages: 5 }]);
  });

  it('reports nothing for no sending data', () => {
    const empty = findDomainGaps({ accepted: table, matchSubDomainsKnown: false, sending: sendingData([]) });
    expect(empty).toEqual({
      findings: [],
      excluded: { domains: 0, messages: 0 },
      totals: { domains: { accepted: 0, 'subdomain-rule': 0, unknown: 0, 'not-accepted': 0 }, nonAcceptedMessages: 0, outboundMessages: 0, nonAcceptedShare: 0 },
      matchSubDomainsKnown: false,
      truncatedAcceptedDomains: [],
    });
  });
});

describe('findDomainGaps order', () => {
  it('puts unknown after not accepted and before sending disabled, whatever the message counts', () => {
    const list: AcceptedDomain[] = [
      { domain: 'contoso.com' },
      { domain: 'contoso.onmicrosoft.com', sendingFromDomainDisabled: true },
      { domain: '*.northwindtraders.com' },
    ];
    const data = sendingData([
      domainStats('contoso.com', { messages: 500 }),
      domainStats('eu.northwindtraders.com', { messages: 400 }),
      domainStats('contoso.onmicrosoft.com', { messages: 300 }),
      domainStats('sales.contoso.com', { messages: 200 }),
      domainStats('adatum.example', { messages: 100 }),
      domainStats('contoso.co', { messages: 1 }),
    ]);
    const order = findDomainGaps({ accepted: list, matchSubDomainsKnown: false, sending: data }).findings.map((item) => [item.domain, item.advice]);
    expect(order).toEqual([
      ['contoso.co', 'attacker'],
      ['adatum.example', 'register-or-stop'],
      ['sales.contoso.com', 'check-subdomains'],
      ['contoso.onmicrosoft.com', 'enable-sending'],
      ['eu.northwindtraders.com', 'none'],
      ['contoso.com', 'none'],
    ]);
  });
});
