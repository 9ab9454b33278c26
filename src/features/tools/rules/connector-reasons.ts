// Why an inbound connector may be how the tenant was abused (tools-formats §2.4). The compromise guidance concerns
// OnPremises connectors: they "grant special rights … allowing relay through the tenant to internet destinations".
import type { AcceptedDomain, InboundConnector, Tally } from '../model';
import { DAY_MS, RECENT_DAYS, timeOf } from './connector-dates';
import type { ConnectorReason, PartnerRestriction } from './connector-review-report';
import { summariseIpRanges } from './ip-ranges';
import { bareDomain } from './registrable-domain';

export interface ReasonContext {
  acceptedDomains?: AcceptedDomain[];
  /** The first bounce, when known. */
  bounce?: number;
  now?: number;
  /** Sender domains not accepted that the sending data shows on this connector. */
  carried?: { domains: Tally[]; domainCount: number; messages: number };
}

/** Past this many addresses, or more than one /16, an IP-identified relay is more than one on-premises site. */
const IP_ONLY_HIGH_ADDRESSES = 256;

const sourceIs = (connector: InboundConnector, source: string) => connector.source?.trim().toLowerCase() === source.toLowerCase();

const GENERIC = new Set(['', 'connector', 'default', 'inbound', 'inbound connector', 'inbound relay', 'mail', 'mail relay', 'new', 'new connector', 'new inbound connector', 'on prem', 'on premises', 'onprem', 'onpremises', 'relay', 'relay connector', 'smtp', 'smtp relay', 'temp', 'test', 'test connector', 'tmp']);
const isGeneric = (text: string | undefined) => GENERIC.has((text ?? '').toLowerCase().replace(/[^a-z]+/g, ' ').trim());

function recent(connector: InboundConnector, context: ReasonContext): ConnectorReason | undefined {
  const anchor = context.bounce ?? context.now;
  if (anchor === undefined) return undefined;
  const dates = [['created', connector.whenCreatedUtc], ['changed', connector.whenChangedUtc]] as const;
  for (const [event, value] of dates) {
    const time = timeOf(value);
    if (time === undefined || anchor - time > RECENT_DAYS * DAY_MS) continue;
    const days = Math.floor(Math.abs(anchor - time) / DAY_MS);
    return { code: 'recent', severity: 'high', event, days, after: time > anchor, bounceDateKnown: context.bounce !== undefined };
  }
  return undefined;
}

function certificateDomain(name: string): string {
  // X.500 form (`<I>issuer<S>CN=mail.contoso.com`) as well as the SMTP-domain form the docs ask for: the subject counts.
  const subjectAt = name.toUpperCase().lastIndexOf('<S>');
  const subject = subjectAt < 0 ? name : name.slice(subjectAt + 3);
  const commonName = /(?:^|[,>\s])CN=([^,<]+)/i.exec(subject)?.[1];
  return bareDomain(commonName ?? name);
}

function isWithinAccepted(domain: string, accepted: readonly AcceptedDomain[]): boolean {
  return accepted.some((entry) => {
    const name = bareDomain(entry.domain);
    return domain === name || domain.endsWith(`.${name}`);
  });
}

function partnerRestrictionsOff(connector: InboundConnector): PartnerRestriction[] {
  const off: PartnerRestriction[] = [];
  if (connector.requireTls === false) off.push('RequireTls');
  if (connector.restrictDomainsToIpAddresses === false) off.push('RestrictDomainsToIPAddresses');
  if (connector.restrictDomainsToCertificate === false) off.push('RestrictDomainsToCertificate');
  return off;
}

/** Every reason that applies, in no particular order. */
export function connectorReasons(connector: InboundConnector, context: ReasonContext): ConnectorReason[] {
  const reasons: ConnectorReason[] = [];
  const onPremises = connector.type === 'OnPremises';
  const partner = connector.type === 'Partner';
  if (!connector.type) reasons.push({ code: 'type-unknown', severity: 'info' });

  const isRecent = onPremises ? recent(connector, context) : undefined;
  if (isRecent) reasons.push(isRecent);
  if (sourceIs(connector, 'Default')) reasons.push({ code: 'made-by-script', severity: partner ? 'info' : onPremises && isRecent ? 'high' : 'medium' });
  if (sourceIs(connector, 'Migrated')) reasons.push({ code: 'migrated', severity: 'info' });

  const certificate = connector.tlsSenderCertificateName?.trim() ?? '';
  if (onPremises && certificate === '' && connector.senderIpAddresses.some((entry) => entry.trim() !== '')) {
    const ips = summariseIpRanges(connector.senderIpAddresses);
    const severity = ips.addresses > IP_ONLY_HIGH_ADDRESSES || ips.networks > 1 ? 'high' : 'medium';
    reasons.push({ code: 'ip-only', severity, addresses: ips.addresses, networks: ips.networks, ranges: ips.ranges, wide: ips.wide });
  }
  if (connector.treatMessagesAsInternal === true) reasons.push({ code: 'treat-as-internal', severity: 'high' });
  if (connector.cloudServicesMailEnabled === true && connector.source !== undefined && !sourceIs(connector, 'HybridWizard')) {
    reasons.push({ code: 'cloud-services-not-hybrid', severity: 'medium', source: connector.source });
  }
  // A Partner connector names the partner's certificate, which is not meant to be one of ours.
  if (!partner && certificate !== '' && context.acceptedDomains) {
    const domain = certificateDomain(certificate);
    if (!isWithinAccepted(domain, context.acceptedDomains)) reasons.push({ code: 'certificate-outside-accepted', severity: 'medium', certificateDomain: domain });
  }
  if (connector.enabled === false) reasons.push({ code: 'disabled', severity: 'low' });
  if (context.carried && context.carried.domainCount > 0) reasons.push({ code: 'carried-unaccepted', severity: 'high', ...context.carried });
  if (onPremises && connector.senderDomains.some((domain) => domain.trim() === '*')) reasons.push({ code: 'any-sender-domain', severity: 'medium' });
  if (partner) {
    const off = partnerRestrictionsOff(connector);
    if (off.length > 0) reasons.push({ code: 'partner-unrestricted', severity: 'info', off });
  }
  // "An inbound connector that wasn't created by an admin": an anonymous name only adds weight to another finding.
  if (isGeneric(connector.name) && isGeneric(connector.comment) && reasons.some((reason) => reason.severity !== 'info')) {
    reasons.push({ code: 'no-description', severity: 'low' });
  }
  return reasons;
}
