// Reviews inbound connectors for signs they were made or used to relay spam (tools-formats §2.4): each gets a verdict,
// every reason that applies with its numbers, the traffic it carried, and for suspicious ones what to do next.
import type { AcceptedDomain, InboundConnector, SendingData, Tally } from '../model';
import { connectorFinder } from './connector-names';
import { auditLogCommand, lastTouched, timeOf } from './connector-dates';
import { connectorReasons, type ReasonContext } from './connector-reasons';
import type { ConnectorReason, ConnectorReview, ConnectorTraffic, ConnectorVerdict, NextStep, Severity } from './connector-review-report';
import { findDomainGaps } from './gap-finder';

export type * from './connector-review-report';

export interface ConnectorReviewInput {
  connectors: InboundConnector[];
  acceptedDomains?: AcceptedDomain[];
  /** ISO 8601 UTC time of the first bounce (5.7.705 / 5.7.750), when known. */
  firstBounceUtc?: string;
  sending?: SendingData;
  /** ISO 8601 UTC. */
  now: string;
}

/** Sender domains kept per connector, busiest first. */
export const TOP_SENDER_DOMAINS = 10;

const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low', 'info'];
const bySeverity = (left: ConnectorReason, right: ConnectorReason) => SEVERITY_ORDER.indexOf(left.severity) - SEVERITY_ORDER.indexOf(right.severity);

function verdictOf(connector: InboundConnector, reasons: readonly ConnectorReason[]): ConnectorVerdict {
  if (connector.enabled === false) return 'disabled';
  if (reasons.some((reason) => reason.severity === 'high')) return 'suspicious';
  return reasons.some((reason) => reason.severity === 'medium') ? 'review' : 'expected';
}

const busiestFirst = (left: Tally, right: Tally) => right.messages - left.messages || (left.name < right.name ? -1 : left.name > right.name ? 1 : 0);

/** Per connector, the messages of each sender domain it carried. */
function trafficByConnector(connectors: readonly InboundConnector[], sending: SendingData): Map<InboundConnector, Map<string, number>> {
  const find = connectorFinder(connectors);
  const traffic = new Map<InboundConnector, Map<string, number>>();
  for (const stats of sending.domains) {
    for (const tally of stats.connectors) {
      const connector = find(tally.name);
      if (!connector) continue;
      const domains = traffic.get(connector) ?? new Map<string, number>();
      domains.set(stats.domain, (domains.get(stats.domain) ?? 0) + tally.messages);
      traffic.set(connector, domains);
    }
  }
  return traffic;
}

function summarise(domains: ReadonlyMap<string, number>): ConnectorTraffic {
  const tallies = [...domains].map(([name, messages]) => ({ name, messages })).sort(busiestFirst);
  return { messages: tallies.reduce((total, tally) => total + tally.messages, 0), senderDomains: tallies.slice(0, TOP_SENDER_DOMAINS), senderDomainCount: tallies.length };
}

/** Not-accepted sender domains per connector name (lower case), as the gap finder decides them. */
function unacceptedByConnector(input: ConnectorReviewInput, sending: SendingData, accepted: AcceptedDomain[]): Map<string, Map<string, number>> {
  const matchSubDomainsKnown = accepted.some((entry) => entry.matchSubDomains !== undefined);
  const report = findDomainGaps({ accepted, matchSubDomainsKnown, sending, connectors: input.connectors });
  const carried = new Map<string, Map<string, number>>();
  for (const finding of report.findings) {
    if (finding.status !== 'not-accepted') continue;
    for (const via of finding.viaConnectors) {
      if (via.connector === undefined) continue;
      const key = via.connector.toLowerCase();
      const domains = carried.get(key) ?? new Map<string, number>();
      domains.set(finding.domain, (domains.get(finding.domain) ?? 0) + via.messages);
      carried.set(key, domains);
    }
  }
  return carried;
}

function nextSteps(connector: InboundConnector, bounce: number | undefined, now: number | undefined): NextStep[] {
  const steps: NextStep[] = [{ code: 'disable-or-remove' }];
  if (now !== undefined) steps.push({ code: 'search-audit-log', command: auditLogCommand(connector, bounce, now) });
  steps.push({ code: 'secure-admin-account' }, { code: 'check-restricted-entities' });
  return steps;
}

function newestFirst(left: InboundConnector, right: InboundConnector): number {
  const [leftTime, rightTime] = [lastTouched(left), lastTouched(right)];
  if (leftTime !== rightTime) {
    if (leftTime === undefined) return 1;
    if (rightTime === undefined) return -1;
    return rightTime - leftTime;
  }
  return left.name.localeCompare(right.name);
}

export function reviewConnectors(input: ConnectorReviewInput): ConnectorReview[] {
  const bounce = timeOf(input.firstBounceUtc);
  const now = timeOf(input.now);
  const traffic = input.sending ? trafficByConnector(input.connectors, input.sending) : undefined;
  const unaccepted = input.sending && input.acceptedDomains ? unacceptedByConnector(input, input.sending, input.acceptedDomains) : undefined;

  return [...input.connectors].sort(newestFirst).map((connector) => {
    const context: ReasonContext = {};
    if (input.acceptedDomains) context.acceptedDomains = input.acceptedDomains;
    if (bounce !== undefined) context.bounce = bounce;
    if (now !== undefined) context.now = now;
    const carried = unaccepted?.get(connector.name.trim().toLowerCase());
    if (carried) {
      const { messages, senderDomains, senderDomainCount } = summarise(carried);
      context.carried = { domains: senderDomains, domainCount: senderDomainCount, messages };
    }
    const reasons = connectorReasons(connector, context).sort(bySeverity);
    // A disabled connector with a high finding still needs its history searched: disabling is not removing.
    const needsSteps = reasons.some((reason) => reason.severity === 'high');
    const review: ConnectorReview = { name: connector.name, enabled: connector.enabled !== false, verdict: verdictOf(connector, reasons), reasons, nextSteps: needsSteps ? nextSteps(connector, bounce, now) : [] };
    if (connector.guid !== undefined) review.guid = connector.guid;
    if (connector.type !== undefined) review.type = connector.type;
    if (connector.source !== undefined) review.source = connector.source;
    if (connector.whenCreatedUtc !== undefined) review.whenCreatedUtc = connector.whenCreatedUtc;
    if (connector.whenChangedUtc !== undefined) review.whenChangedUtc = connector.whenChangedUtc;
    if (traffic) review.traffic = summarise(traffic.get(connector) ?? new Map<string, number>());
    return review;
  });
}
