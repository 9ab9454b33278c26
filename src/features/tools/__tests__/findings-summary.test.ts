import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { acceptedDomainEvidence, connectorEvidence, sendingEvidence, trafficEvidence } from '../evidence';
import { evidenceSchema } from '../evidence-schema';
import { readSendingText } from '../readers/sending-reader';
import { analyseTraffic } from '../rules/traffic-analysis';
import { findingsSummaryLines, type FindingsSummaryInput } from '../findings-summary';
import type { FindingTranslator } from '../finding-text';
import { domainStats, inboundConnector, sendingData } from '../rules/__tests__/sending-fixtures';

const english = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../locales/en/tools.json'), 'utf8')) as Record<string, unknown>;

/** i18next's lookup, enough for these keys: `tools:` prefix, `_one`/`_other` by count, {{name}} interpolation. */
const text: FindingTranslator = (key, options = {}) => {
  const path = key.replace(/^tools:/, '').split('.');
  const last = path.pop() ?? '';
  let group: unknown = english;
  for (const part of path) group = (group as Record<string, unknown>)[part];
  const record = group as Record<string, unknown>;
  const plural = typeof options.count === 'number' ? `${last}_${options.count === 1 ? 'one' : 'other'}` : undefined;
  const template = (plural && typeof record[plural] === 'string' ? record[plural] : record[last]) as string;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
};

const time = '2026-11-20T09:00:00.000Z';
const input = (evidence: FindingsSummaryInput['evidence']): FindingsSummaryInput => ({
  evidence,
  firstBounceUtc: '2026-11-20T07:00:00.000Z',
  text,
  formatDateTime: (iso) => iso.slice(0, 16).replace('T', ' '),
  language: 'en',
});

describe('findingsSummaryLines', () => {
  it('writes nothing for a case without findings', () => {
    expect(findingsSummaryLines(input(undefined))).toEqual([]);
    expect(findingsSummaryLines(input({ firstBounceAt: time }))).toEqual([]);
  });

  it('lists each domain to act on with its numbers, and each connector with its reasons and the admin’s mark', () => {
    const acceptedDomains = acceptedDomainEvidence(
      { kind: 'accepted-domains', format: 'json', domains: [{ domain: 'contoso.com', type: 'Authoritative', matchSubDomains: false }], truncated: [], matchSubDomainsKnown: true },
      { source: 'paste' },
      time,
    );
    const sending = sendingEvidence(
      sendingData([
        domainStats('contoso.com', { messages: 10, recipients: 12 }),
        domainStats('secure-billing.example', {
          messages: 1200,
          recipients: 4800,
          firstSeen: '2026-11-20T07:41:03.000Z',
          lastSeen: '2026-11-20T08:00:00.000Z',
          connectors: [{ name: 'Inbound Relay', messages: 1200 }],
          recipientDomains: [{ name: 'gmail.example', messages: 4800 }],
        }),
      ]),
      { source: 'file', fileName: 'trace.csv' },
      time,
    );
    const connectors = connectorEvidence(
      {
        kind: 'inbound-connectors',
        format: 'format-list',
        connectors: [inboundConnector('Inbound Relay', { type: 'OnPremises', treatMessagesAsInternal: true, senderIpAddresses: ['192.0.2.0/24'] })],
        truncated: [],
      },
      { source: 'paste' },
      time,
    );
    const lines = findingsSummaryLines(
      input({ acceptedDomains, sending, connectors, connectorMarks: { 'inbound relay': { mark: 'removed', changedAt: time } } }),
    );
    expect(lines[0]).toBe('Findings:');
    expect(lines[1]).toBe('  Sending domains checked: 2 (historical search (Enhanced summary), 1,210 rows); not accepted: 1 (1,200 messages).');
    expect(lines[2]).toMatch(/^ {4}secure-billing\.example: Not an accepted domain; 1,200 messages, 4,800 recipients, 2026-11-20 07:41 to 2026-11-20 08:00; via Inbound Relay\. Do not register it/);
    expect(lines).toContain('  Inbound connectors reviewed: 1; suspicious: 1.');
    expect(lines).toContain('    Inbound Relay: Suspicious; marked not ours: disabled or removed (2026-11-20 09:00).');
    expect(lines).toContain('      - Treats its mail as internal (TreatMessagesAsInternal): that mail bypasses spam filtering.');
    expect(lines.join('\n')).not.toContain('contoso.com:');
  });
});

describe('the traffic analysis in the summary', () => {
  const trace = readFileSync(join(import.meta.dirname, '../readers/__tests__/fixtures/trace-v2-compromise.csv'), 'utf8');

  it('keeps a checked analysis in the case and writes each flagged sender with its numbers and the admin’s mark', () => {
    const outcome = readSendingText(trace, { traffic: true });
    if (outcome.kind !== 'sending' || !outcome.data.traffic) throw new Error('not read');
    const report = analyseTraffic(outcome.data.traffic, (domain) => domain === 'contoso.com');
    const traffic = trafficEvidence({ data: outcome.data, report, acceptedAt: time }, { source: 'file', fileName: 'trace.csv' }, time);
    const evidence = { traffic, senderMarks: { 'alex.w@contoso.com': { mark: 'secured' as const, changedAt: '2026-11-20T08:30:00.000Z' } } };
    expect(v.safeParse(evidenceSchema, evidence).success).toBe(true);
    const lines = findingsSummaryLines(input(evidence));
    expect(lines).toContain(
      '    Looks compromised: alex.w@contoso.com sent 36 messages to 39 external recipients in 34 domains from 2026-11-19 20:02 to 2026-11-19 22:03, from 192.0.2.77 (new for this sender), 198.51.100.10; 51% of its deliveries failed or were filtered. Marked secured (password reset, sessions revoked, inbox rules and forwarding checked) at 2026-11-20 08:30.',
    );
    expect(lines).toContain('      - Failures: 30 of 59 deliveries (51%) failed or were filtered as spam.');
    expect(lines.some((line) => line.includes('Bulk mail: news@contoso.com'))).toBe(true);
    expect(lines.some((line) => line.includes('lee@contoso.com'))).toBe(false);
  });

  it('says so when the trace shows nothing unusual', () => {
    const quiet = trace.split('\r\n').filter((line) => !/alex\.w@contoso\.com","ap|news@/.test(line)).join('\r\n');
    const outcome = readSendingText(quiet, { traffic: true });
    if (outcome.kind !== 'sending' || !outcome.data.traffic) throw new Error('not read');
    const report = analyseTraffic(outcome.data.traffic, (domain) => domain === 'contoso.com');
    const traffic = trafficEvidence({ data: outcome.data, report, acceptedAt: time }, { source: 'paste' }, time);
    expect(findingsSummaryLines(input({ traffic }))).toEqual([
      'Findings:',
      `  Message trace analysed: ${outcome.data.rows} rows (Get-MessageTraceV2 export); no sender looks compromised or like bulk mail in this window.`,
    ]);
  });
});
