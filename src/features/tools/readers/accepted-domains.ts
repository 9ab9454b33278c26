// Accepted domains from Get-AcceptedDomain records of any format (tools-formats.md §1). MatchSubDomains is known only
// where the input has it: the default table has no such column, and then subdomain coverage is unknown.
import type { AcceptedDomain } from '../model';
import { domainOfValue } from './domain-value';
import { DOMAIN_TYPES, fieldsOf, readBool, readEnum, type PowerShellRecord } from './powershell-values';

export interface AcceptedDomainList {
  domains: AcceptedDomain[];
  /** True when every domain read came with a MatchSubDomains value. */
  matchSubDomainsKnown: boolean;
}

export function toAcceptedDomains(records: readonly PowerShellRecord[]): AcceptedDomainList {
  const byDomain = new Map<string, AcceptedDomain>();
  let matchSubDomainsKnown = true;
  for (const record of records) {
    const fields = fieldsOf(record);
    // Name is the domain unless renamed; it stands in only where DomainName is missing, never for a cut DomainName.
    const domain = domainOfValue(fields.first('DomainName', 'Name'));
    if (domain === undefined || domain === '*') continue;
    const read: AcceptedDomain = { domain };
    const type = readEnum(fields.first('DomainType'), DOMAIN_TYPES);
    if (type !== undefined) read.type = type;
    const matchSubDomains = readBool(fields.first('MatchSubDomains'));
    if (matchSubDomains === undefined) matchSubDomainsKnown = false;
    else read.matchSubDomains = matchSubDomains;
    const sendingFromDomainDisabled = readBool(fields.first('SendingFromDomainDisabled'));
    if (sendingFromDomainDisabled !== undefined) read.sendingFromDomainDisabled = sendingFromDomainDisabled;
    const isDefault = readBool(fields.first('Default'));
    if (isDefault !== undefined) read.isDefault = isDefault;
    const seen = byDomain.get(domain);
    // The same domain twice (two pastes run together): what one says fills what the other leaves out.
    byDomain.set(domain, seen === undefined ? read : { ...read, ...seen });
  }
  const domains = [...byDomain.values()];
  return { domains, matchSubDomainsKnown: matchSubDomainsKnown && domains.length > 0 };
}
