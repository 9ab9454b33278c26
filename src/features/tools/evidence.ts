// Between what a reader gives and what the case keeps: bounded on the way in (busiest sender domains first, short
// tallies), and back into the rules' inputs on the way out, so findings are always worked out by today's rules.
import {
  evidenceLimits,
  type AcceptedDomainEvidence,
  type CaseEvidence,
  type ConnectorEvidence,
  type SendingEvidence,
  type TrafficEvidence,
} from './evidence-schema';
import type { TrafficReport } from './rules/traffic-analysis';
import type { InboundConnector, ReadOutcome, SendingData, SendingDomainStats, Tally } from './model';
import { mergeConnectorSets } from './readers/merge-connector-sets';
import { findDomainGaps, type DomainGapReport } from './rules/gap-finder';
import { reviewConnectors, type ConnectorReview } from './rules/connector-review';

export interface Origin {
  source: 'paste' | 'file';
  fileName?: string;
}

const clip = (value: string, max: number = evidenceLimits.name) => value.slice(0, max);
const clipOptional = (value: string | undefined, max?: number) => (value === undefined ? undefined : clip(value, max));
const tallies = (list: readonly Tally[]) => list.slice(0, evidenceLimits.tally).map((tally) => ({ name: clip(tally.name), messages: tally.messages }));
const names = (list: readonly string[]) => list.slice(0, evidenceLimits.list).map((name) => clip(name));

function originOf(origin: Origin, time: string) {
  const fileName = origin.fileName === undefined ? undefined : clip(origin.fileName, evidenceLimits.fileName);
  return fileName === undefined ? { readAt: time, source: origin.source } : { readAt: time, source: origin.source, fileName };
}

type Read<K extends ReadOutcome['kind']> = Extract<ReadOutcome, { kind: K }>;

export function acceptedDomainEvidence(outcome: Read<'accepted-domains'>, origin: Origin, time: string): AcceptedDomainEvidence {
  return {
    ...originOf(origin, time),
    format: outcome.format,
    domains: outcome.domains.slice(0, evidenceLimits.acceptedDomains).map((domain) => ({ ...domain, domain: clip(domain.domain) })),
    truncated: names(outcome.truncated).slice(0, evidenceLimits.truncated),
    matchSubDomainsKnown: outcome.matchSubDomainsKnown,
  };
}

function boundStats(stats: SendingDomainStats): SendingDomainStats {
  return {
    ...stats,
    domain: clip(stats.domain),
    senders: tallies(stats.senders),
    sourceIps: tallies(stats.sourceIps),
    connectors: tallies(stats.connectors),
    recipientDomains: tallies(stats.recipientDomains),
  };
}

export function sendingEvidence(data: SendingData, origin: Origin, time: string): SendingEvidence {
  const busiest = [...data.domains].sort((a, b) => b.messages - a.messages).slice(0, evidenceLimits.sendingDomains);
  const evidence: SendingEvidence = {
    ...originOf(origin, time),
    format: data.format,
    rows: data.rows,
    domainCount: data.domains.length,
    domains: busiest.map(boundStats),
  };
  return data.timeZone === undefined ? evidence : { ...evidence, timeZone: clip(data.timeZone) };
}

function boundConnector(connector: InboundConnector): InboundConnector {
  const bounded: InboundConnector = {
    ...connector,
    name: clip(connector.name),
    senderIpAddresses: names(connector.senderIpAddresses),
    senderDomains: names(connector.senderDomains),
    associatedAcceptedDomains: names(connector.associatedAcceptedDomains),
    trustedOrganizations: names(connector.trustedOrganizations),
  };
  for (const field of ['guid', 'source', 'tlsSenderCertificateName'] as const) {
    const value = clipOptional(connector[field]);
    if (value !== undefined) bounded[field] = value;
  }
  const comment = clipOptional(connector.comment, 2_000);
  if (comment !== undefined) bounded.comment = comment;
  return bounded;
}

/** `adding`: the same connectors given the other way (Format-List and JSON) join the list already read. */
export function connectorEvidence(
  outcome: Read<'inbound-connectors'>,
  origin: Origin,
  time: string,
  adding?: ConnectorEvidence,
): ConnectorEvidence {
  const connectors = adding ? mergeConnectorSets(adding.connectors, outcome.connectors) : outcome.connectors;
  return {
    ...originOf(origin, time),
    format: outcome.format,
    connectors: connectors.slice(0, evidenceLimits.connectors).map(boundConnector),
    truncated: names([...(adding?.truncated ?? []), ...outcome.truncated]).slice(0, evidenceLimits.truncated),
  };
}

export const sendingDataOf = (evidence: SendingEvidence): SendingData =>
  evidence.timeZone === undefined
    ? { format: evidence.format, rows: evidence.rows, domains: evidence.domains }
    : { format: evidence.format, rows: evidence.rows, domains: evidence.domains, timeZone: evidence.timeZone };

/** The gap finder's report, once both inputs are there. */
export function domainGapsOf(evidence: CaseEvidence): DomainGapReport | undefined {
  const { acceptedDomains, sending } = evidence;
  if (!acceptedDomains || !sending) return undefined;
  return findDomainGaps({
    accepted: acceptedDomains.domains,
    matchSubDomainsKnown: acceptedDomains.matchSubDomainsKnown,
    sending: sendingDataOf(sending),
    ...(evidence.connectors ? { connectors: evidence.connectors.connectors } : {}),
    truncated: acceptedDomains.truncated,
  });
}

/** The connector review, with what the domains step knows (accepted domains, traffic) when it has it. */
export function connectorReviewsOf(evidence: CaseEvidence, firstBounceUtc: string | undefined, now: string): ConnectorReview[] | undefined {
  if (!evidence.connectors) return undefined;
  return reviewConnectors({
    connectors: evidence.connectors.connectors,
    now,
    ...(evidence.acceptedDomains ? { acceptedDomains: evidence.acceptedDomains.domains } : {}),
    ...(evidence.sending ? { sending: sendingDataOf(evidence.sending) } : {}),
    ...(firstBounceUtc ? { firstBounceUtc } : {}),
  });
}

/** A connector's key for the admin's mark: its Guid, else its name in lower case. */
export const connectorKey = (connector: { guid?: string; name: string }): string =>
  clip(connector.guid?.toLowerCase() ?? connector.name.toLowerCase());

/** The traffic analysis as the case keeps it: findings and hours within their bounds, names clipped. */
export function trafficEvidence(
  read: { data: SendingData; report: TrafficReport; acceptedAt: string },
  origin: Origin,
  time: string,
): TrafficEvidence {
  const { data, report, acceptedAt } = read;
  const findings = report.findings.slice(0, evidenceLimits.trafficFindings).map((finding) => ({
    ...finding,
    sender: clip(finding.sender),
    ips: finding.ips.slice(0, evidenceLimits.trafficIps).map((ip) => ({ ...ip, ip: clip(ip.ip) })),
    ...(finding.topSubject ? { topSubject: { ...finding.topSubject, subject: clip(finding.topSubject.subject) } } : {}),
  }));
  return {
    ...originOf(origin, time),
    format: data.format,
    rows: data.rows,
    ...(data.timeZone === undefined ? {} : { timeZone: clip(data.timeZone) }),
    acceptedAt,
    report: { ...report, hours: report.hours.slice(-evidenceLimits.trafficHours), findings },
  };
}

/** Evidence without one of its inputs (the admin removed it). */
export function withoutInput(evidence: CaseEvidence, input: 'acceptedDomains' | 'sending' | 'connectors' | 'traffic'): CaseEvidence {
  const next = { ...evidence };
  Reflect.deleteProperty(next, input);
  return next;
}

/** Earliest and latest time in the data, for telling two readings of its dates apart. */
export function timeSpanOf(data: SendingData): { first?: string; last?: string } {
  let first: string | undefined;
  let last: string | undefined;
  for (const stats of data.domains) {
    if (stats.firstSeen && (first === undefined || stats.firstSeen < first)) first = stats.firstSeen;
    if (stats.lastSeen && (last === undefined || stats.lastSeen > last)) last = stats.lastSeen;
  }
  return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

const sizeOf = (evidence: CaseEvidence) => JSON.stringify(evidence).length;

/** The sending data with shorter tallies, or fewer domains (the busiest are first). */
function trimSending(sending: SendingEvidence): SendingEvidence | undefined {
  const longest = Math.max(0, ...sending.domains.map((stats) => Math.max(stats.senders.length, stats.sourceIps.length, stats.connectors.length, stats.recipientDomains.length)));
  if (longest > 3) {
    const keep = longest > 5 ? 5 : 3;
    const cut = (list: Tally[]) => list.slice(0, keep);
    return {
      ...sending,
      domains: sending.domains.map((stats) => ({ ...stats, senders: cut(stats.senders), sourceIps: cut(stats.sourceIps), connectors: cut(stats.connectors), recipientDomains: cut(stats.recipientDomains) })),
    };
  }
  return sending.domains.length > 10 ? { ...sending, domains: sending.domains.slice(0, Math.ceil(sending.domains.length / 2)) } : undefined;
}

function trimConnectors(connectors: ConnectorEvidence): ConnectorEvidence | undefined {
  const longest = Math.max(0, ...connectors.connectors.map((connector) => connector.senderIpAddresses.length));
  if (longest > 5) {
    const keep = longest > 20 ? 20 : 5;
    return { ...connectors, addressesTrimmed: true, connectors: connectors.connectors.map((connector) => ({ ...connector, senderIpAddresses: connector.senderIpAddresses.slice(0, keep) })) };
  }
  if (connectors.connectors.length <= 5) return undefined;
  return { ...connectors, total: connectors.total ?? connectors.connectors.length, connectors: connectors.connectors.slice(0, Math.ceil(connectors.connectors.length / 2)) };
}

/** Fewer hours on the chart (the latest stay), then only the flagged senders. */
function trimTraffic(traffic: TrafficEvidence): TrafficEvidence | undefined {
  const { report } = traffic;
  if (report.hours.length > 48) return { ...traffic, report: { ...report, hours: report.hours.slice(-Math.ceil(report.hours.length / 2)) } };
  const flagged = report.findings.filter((finding) => finding.verdict !== 'normal');
  if (flagged.length < report.findings.length) return { ...traffic, report: { ...report, findings: flagged } };
  return undefined;
}

function trimAccepted(accepted: AcceptedDomainEvidence): AcceptedDomainEvidence | undefined {
  if (accepted.domains.length <= 50) return undefined;
  return { ...accepted, total: accepted.total ?? accepted.domains.length, domains: accepted.domains.slice(0, Math.ceil(accepted.domains.length / 2)) };
}

/**
 * Evidence within its stored size budget: sending data gives way first (shorter tallies, then fewer domains), then
 * connectors' address lists, then connectors, then accepted domains. Each part records what it had, so the tools say
 * what the case left out.
 */
export function fitEvidence(evidence: CaseEvidence): CaseEvidence {
  let fitted = evidence;
  for (let round = 0; round < 64 && sizeOf(fitted) > evidenceLimits.json; round += 1) {
    const sending = fitted.sending && trimSending(fitted.sending);
    if (sending) {
      fitted = { ...fitted, sending };
      continue;
    }
    const traffic = fitted.traffic && trimTraffic(fitted.traffic);
    if (traffic) {
      fitted = { ...fitted, traffic };
      continue;
    }
    const connectors = fitted.connectors && trimConnectors(fitted.connectors);
    if (connectors) {
      fitted = { ...fitted, connectors };
      continue;
    }
    const acceptedDomains = fitted.acceptedDomains && trimAccepted(fitted.acceptedDomains);
    if (!acceptedDomains) break;
    fitted = { ...fitted, acceptedDomains };
  }
  return fitted;
}
