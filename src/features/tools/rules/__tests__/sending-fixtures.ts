// Hand-made model objects for the rule tests: invented tenants, RFC 5737 addresses.
import type { InboundConnector, SendingData, SendingDomainStats } from '../../model';
import { stats } from '../../__tests__/stats-fixtures';

/** Stats of a domain: one message to one recipient unless given. */
export const domainStats = (domain: string, fields: Partial<SendingDomainStats> = {}): SendingDomainStats =>
  stats(domain, { messages: 1, recipients: 1, ...fields });

export function sendingData(domains: SendingDomainStats[]): SendingData {
  return { format: 'enhanced-summary', rows: domains.reduce((total, stats) => total + stats.messages, 0), domains };
}

export function inboundConnector(name: string, fields: Partial<InboundConnector> = {}): InboundConnector {
  return { name, senderIpAddresses: [], senderDomains: [], associatedAcceptedDomains: [], trustedOrganizations: [], ...fields };
}
