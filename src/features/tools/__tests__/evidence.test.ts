import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { evidenceLimits, evidenceSchema } from '../evidence-schema';
import { nextEvidence, readEvidence } from '../update-evidence';

import {
  acceptedDomainEvidence,
  connectorEvidence,
  connectorKey,
  connectorReviewsOf,
  domainGapsOf,
  fitEvidence,
  sendingEvidence,
  timeSpanOf,
  withoutInput,
} from '../evidence';
import { domainStats, inboundConnector, sendingData } from '../rules/__tests__/sending-fixtures';

const time = '2026-11-20T09:00:00.000Z';
const paste = { source: 'paste' as const };

describe('evidence kept in the case', () => {
  it('keeps the busiest sender domains only, with short tallies, and says how many there were', () => {
    const many = Array.from({ length: evidenceLimits.sendingDomains + 20 }, (_, index) =>
      domainStats(`d${String(index)}.example`, {
        messages: index + 1,
        sourceIps: Array.from({ length: 30 }, (_, ip) => ({ name: `192.0.2.${String(ip)}`, messages: 1 })),
        sourceIpCount: 30,
      }),
    );
    const evidence = sendingEvidence(sendingData(many), { source: 'file', fileName: 'trace.csv' }, time);
    expect(evidence.domainCount).toBe(evidenceLimits.sendingDomains + 20);
    expect(evidence.domains).toHaveLength(evidenceLimits.sendingDomains);
    expect(evidence.domains[0]?.domain).toBe(`d${String(evidenceLimits.sendingDomains + 19)}.example`);
    expect(evidence.domains[0]?.sourceIps).toHaveLength(evidenceLimits.tally);
    expect(evidence.domains[0]?.sourceIpCount).toBe(30);
    expect(v.safeParse(evidenceSchema, fitEvidence({ sending: evidence })).success).toBe(true);
  });

  it('reads the same connectors given twice (Format-List, then JSON) as one list', () => {
    const first = connectorEvidence(
      { kind: 'inbound-connectors', format: 'format-list', connectors: [inboundConnector('Inbound Relay', { type: 'OnPremises' })], truncated: [] },
      paste,
      time,
    );
    const both = connectorEvidence(
      {
        kind: 'inbound-connectors',
        format: 'json',
        connectors: [inboundConnector('inbound relay', { whenCreatedUtc: '2026-11-18T02:14:09.000Z' }), inboundConnector('Partner')],
        truncated: [],
      },
      paste,
      time,
      first,
    );
    expect(both.connectors.map((connector) => connector.name)).toEqual(['Inbound Relay', 'Partner']);
    expect(both.connectors[0]).toMatchObject({ type: 'OnPremises', whenCreatedUtc: '2026-11-18T02:14:09.000Z' });
  });

  it('works out findings from what is kept, once both inputs of the gap finder are there', () => {
    const accepted = acceptedDomainEvidence(
      { kind: 'accepted-domains', format: 'json', domains: [{ domain: 'contoso.com', type: 'Authoritative', matchSubDomains: false }], truncated: [], matchSubDomainsKnown: true },
      paste,
      time,
    );
    expect(domainGapsOf({ acceptedDomains: accepted })).toBeUndefined();
    const sending = sendingEvidence(sendingData([domainStats('contoso.com'), domainStats('sales.contoso.com', { messages: 3, recipients: 5 })]), paste, time);
    const report = domainGapsOf({ acceptedDomains: accepted, sending });
    expect(report?.findings.map((finding) => [finding.domain, finding.status])).toEqual([
      ['sales.contoso.com', 'not-accepted'],
      ['contoso.com', 'accepted'],
    ]);
    expect(domainGapsOf(withoutInput({ acceptedDomains: accepted, sending }, 'sending'))).toBeUndefined();
  });

  it('reviews connectors against the time they were read, and keys marks by Guid or name', () => {
    const evidence = {
      connectors: connectorEvidence(
        {
          kind: 'inbound-connectors',
          format: 'json',
          connectors: [inboundConnector('Relay', { type: 'OnPremises', treatMessagesAsInternal: true, guid: 'ABC-1' })],
          truncated: [],
        },
        paste,
        time,
      ),
    };
    expect(connectorReviewsOf(evidence, undefined, time)?.[0]?.verdict).toBe('suspicious');
    expect(connectorKey({ name: 'Relay', guid: 'ABC-1' })).toBe('abc-1');
    expect(connectorKey({ name: 'My Relay' })).toBe('my relay');
  });

  it('tells two readings of the dates apart by the span they give', () => {
    const data = sendingData([
      domainStats('a.example', { firstSeen: '2026-03-04T10:00:00.000Z', lastSeen: '2026-03-05T10:00:00.000Z' }),
      domainStats('b.example', { firstSeen: '2026-03-01T10:00:00.000Z', lastSeen: '2026-03-04T12:00:00.000Z' }),
    ]);
    expect(timeSpanOf(data)).toEqual({ first: '2026-03-01T10:00:00.000Z', last: '2026-03-05T10:00:00.000Z' });
  });
});

describe('reading and writing evidence', () => {
  it('writes valid evidence and refuses evidence that would not read back', () => {
    const good = nextEvidence(undefined, () => ({ firstBounceAt: time }), time);
    expect(good).toEqual({ firstBounceAt: time });
    expect(nextEvidence(good, () => ({ firstBounceAt: 'yesterday' }), time)).toBe(good);
    expect(nextEvidence(good, (current) => current, time)).toBe(good);
    expect(nextEvidence(good, () => ({}), time)).toBeUndefined();
  });

  it('reads stored evidence that does not check out as none, and says so', () => {
    expect(readEvidence({ connectors: 'all of them' })).toEqual({ evidence: {}, unreadable: true });
    expect(readEvidence(undefined)).toEqual({ evidence: {}, unreadable: false });
    const stored = { firstBounceAt: time };
    expect(readEvidence(stored).evidence).toEqual(stored);
    expect(readEvidence(stored)).toBe(readEvidence(stored));
  });
});

describe('fitEvidence', () => {
  const long = (prefix: string, index: number) => `${prefix}${String(index)}.${'x'.repeat(200)}.example`;
  const huge = () => {
    const domains = Array.from({ length: 500 }, (_, index) =>
      domainStats(long('s', index), {
        messages: 1000 - index,
        senders: Array.from({ length: 10 }, (__, sender) => ({ name: `user${String(sender)}@${long('s', index)}`, messages: 1 })),
        sourceIps: Array.from({ length: 10 }, (__, ip) => ({ name: `192.0.2.${String(ip)}`, messages: 1 })),
      }),
    );
    return {
      acceptedDomains: acceptedDomainEvidence(
        { kind: 'accepted-domains', format: 'json', domains: Array.from({ length: 2000 }, (_, index) => ({ domain: long('a', index) })), truncated: [], matchSubDomainsKnown: true },
        paste,
        time,
      ),
      sending: sendingEvidence(sendingData(domains), paste, time),
      connectors: connectorEvidence(
        {
          kind: 'inbound-connectors',
          format: 'json',
          connectors: Array.from({ length: 200 }, (_, index) =>
            inboundConnector(`Relay ${String(index)}`, { senderIpAddresses: Array.from({ length: 100 }, (__, ip) => `198.51.100.${String(ip)}/32`) }),
          ),
          truncated: [],
        },
        paste,
        time,
      ),
    };
  };

  it('leaves evidence within the budget as it is', () => {
    const small = { firstBounceAt: time };
    expect(fitEvidence(small)).toBe(small);
  });

  it('trims the largest evidence the bounds allow to its budget, sending data first, and records what it had', () => {
    const fitted = fitEvidence(huge());
    expect(JSON.stringify(fitted).length).toBeLessThanOrEqual(evidenceLimits.json);
    expect(v.safeParse(evidenceSchema, fitted).success).toBe(true);
    expect(fitted.sending?.domainCount).toBe(500);
    expect(fitted.sending?.domains[0]?.domain).toBe(long('s', 0));
    expect(fitted.connectors?.addressesTrimmed).toBe(true);
    expect(fitted.acceptedDomains?.total).toBe(2000);
  });

  it('refuses, on load, evidence over the budget', () => {
    expect(v.safeParse(evidenceSchema, huge()).success).toBe(false);
  });
});
