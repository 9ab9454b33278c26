// Sender domains the tenant sent from without having them as accepted domains: the cause of 5.7.750 ("unprovisioned
// domain") blocks, and a trace of relay abuse through connectors.
import type { AcceptedDomain, InboundConnector, SendingData, SendingDomainStats } from '../model';
import { connectorFinder } from './connector-names';
import { acceptedDomainCoverage, CHECK_SUBDOMAINS_COMMAND, isOtherOrganisationsMail, type Coverage, type DomainStatus } from './domain-coverage';
import type { DomainAdvice, DomainFinding, DomainGapReport, SendingNumbers, ViaConnector } from './domain-gap-report';
import { createLookAlikeFinder, type LookAlikeFinder } from './look-alike';
import { isNonRoutable } from './registrable-domain';

export type * from './domain-gap-report';

/** Source IPs and senders kept per finding. */
export const TOP_PER_FINDING = 10;

export interface DomainGapInput {
  accepted: AcceptedDomain[];
  matchSubDomainsKnown: boolean;
  sending: SendingData;
  connectors?: InboundConnector[];
  truncated?: string[];
}

function sendingNumbers(stats: SendingDomainStats, findConnector: ((name: string) => InboundConnector | undefined) | undefined): SendingNumbers {
  const viaConnectors = stats.connectors.map((tally): ViaConnector => {
    const via: ViaConnector = { name: tally.name, messages: tally.messages };
    if (!findConnector) return via;
    const connector = findConnector(tally.name);
    if (!connector) return { ...via, unlisted: true };
    return connector.type ? { ...via, connector: connector.name, type: connector.type } : { ...via, connector: connector.name };
  });
  const numbers: SendingNumbers = {
    messages: stats.messages,
    recipients: stats.recipients,
    sourceIps: stats.sourceIps.slice(0, TOP_PER_FINDING),
    sourceIpCount: stats.sourceIpCount,
    senders: stats.senders.slice(0, TOP_PER_FINDING),
    senderCount: stats.senderCount,
    viaConnectors,
  };
  if (stats.firstSeen !== undefined) numbers.firstSeen = stats.firstSeen;
  if (stats.lastSeen !== undefined) numbers.lastSeen = stats.lastSeen;
  return numbers;
}

function adviceFor(finding: Omit<DomainFinding, 'advice'>, own: boolean): DomainAdvice {
  switch (finding.status) {
    case 'accepted':
      return finding.sendingDisabled ? 'enable-sending' : 'none';
    case 'subdomain-rule':
      return 'none';
    case 'unknown':
      return 'check-subdomains';
    case 'not-accepted': {
      if (finding.lookAlike) return 'attacker';
      if (own) return 'register';
      if (finding.viaSuspiciousConnector) return 'attacker';
      const vouched = finding.viaConnectors.length > 0 && finding.viaConnectors.every((via) => via.connector !== undefined);
      return vouched && !finding.nonRoutable ? 'register' : 'register-or-stop';
    }
  }
}

function findingFor(
  stats: SendingDomainStats,
  coverage: Coverage,
  looks: LookAlikeFinder,
  findConnector: ((name: string) => InboundConnector | undefined) | undefined,
): DomainFinding {
  const notAccepted = coverage.status === 'not-accepted';
  const numbers = sendingNumbers(stats, findConnector);
  const lookAlike = notAccepted ? looks.lookAlikeOf(stats.domain) : undefined;
  const finding: Omit<DomainFinding, 'advice'> = {
    domain: stats.domain,
    status: coverage.status,
    sendingDisabled: coverage.status === 'accepted' && coverage.entry?.sendingFromDomainDisabled === true,
    nonRoutable: notAccepted && isNonRoutable(stats.domain),
    viaSuspiciousConnector: numbers.viaConnectors.some((via) => via.type === 'OnPremises'),
    ...numbers,
  };
  if (coverage.entry) finding.acceptedDomain = coverage.entry.domain;
  if (lookAlike) finding.lookAlike = lookAlike;
  const own = notAccepted && looks.sharesRegisteredName(stats.domain);
  return { ...finding, advice: adviceFor(finding, own) };
}

function rank(finding: DomainFinding): number {
  if (finding.advice === 'attacker') return 0;
  if (finding.status === 'not-accepted') return 1;
  if (finding.status === 'unknown') return 2;
  if (finding.sendingDisabled) return 3;
  return finding.status === 'subdomain-rule' ? 4 : 5;
}

const byRankThenMessages = (left: DomainFinding, right: DomainFinding) =>
  rank(left) - rank(right) || right.messages - left.messages || (left.domain < right.domain ? -1 : left.domain > right.domain ? 1 : 0);

export function findDomainGaps(input: DomainGapInput): DomainGapReport {
  const coverage = acceptedDomainCoverage(input.accepted, input.matchSubDomainsKnown);
  const findConnector = input.connectors ? connectorFinder(input.connectors) : undefined;
  const looks = createLookAlikeFinder(input.accepted);
  const findings: DomainFinding[] = [];
  const excluded = { domains: 0, messages: 0 };
  let emptySender: SendingNumbers | undefined;
  for (const stats of input.sending.domains) {
    if (stats.domain === '') {
      emptySender ??= sendingNumbers(stats, findConnector);
      continue;
    }
    const domainCoverage = coverage(stats.domain);
    if (domainCoverage.status === 'not-accepted' && isOtherOrganisationsMail(stats, coverage)) {
      excluded.domains += 1;
      excluded.messages += stats.messages;
      continue;
    }
    findings.push(findingFor(stats, domainCoverage, looks, findConnector));
  }
  findings.sort(byRankThenMessages);

  const domains: Record<DomainStatus, number> = { accepted: 0, 'subdomain-rule': 0, unknown: 0, 'not-accepted': 0 };
  let nonAcceptedMessages = 0;
  let outboundMessages = 0;
  for (const finding of findings) {
    domains[finding.status] += 1;
    outboundMessages += finding.messages;
    if (finding.status === 'not-accepted') nonAcceptedMessages += finding.messages;
  }
  const report: DomainGapReport = {
    findings,
    excluded,
    totals: { domains, nonAcceptedMessages, outboundMessages, nonAcceptedShare: outboundMessages === 0 ? 0 : nonAcceptedMessages / outboundMessages },
    matchSubDomainsKnown: input.matchSubDomainsKnown,
    truncatedAcceptedDomains: [...(input.truncated ?? [])],
  };
  if (emptySender) report.emptySender = emptySender;
  if (domains.unknown > 0) report.checkSubDomainsCommand = CHECK_SUBDOMAINS_COMMAND;
  return report;
}
