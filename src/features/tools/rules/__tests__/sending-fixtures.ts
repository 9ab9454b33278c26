// Hand-made model objects for the rule tests: invented tenants, RFC 5737 addresses.
import type { InboundConnector, SendingData, SendingDomainStats } from '../../model';

export function domainStats(domain: string, fields: Partial<SendingDomainStats> = {}): SendingDomainStats {
  return {
    domain,
    messages: 1,
    recipients: 1,
    senders: [],
    senderCount: 0,
    sourceIps: [],
    sourceIpCount: 0,
    connectors: [],
    recipientDomains: [],
    recipientDomainOthers: 0,
    inboundMessages: 0,
    outboundMessages: 0,
    ...fields,
  };
}

export function sendingData(domains: SendingDomainStats[]): SendingData {
  return { format: 'enhanced-summary', rows: domains.reduce((total, stats) => total + stats.messages, 0), domains };
}

export function inboundConnector(name: string, fields: Partial<InboundConnector> = {}): InboundConnector {
  return { name, senderIpAddresses: [], senderDomains: [], associatedAcceptedDomains: [], trustedOrganizations: [], ...fields };
}
