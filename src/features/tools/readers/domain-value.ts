// A domain property as any format gives it: text (`contoso.com`, `smtp:*;1`), or the object an older remote session
// deserialised (SmtpDomainWithSubdomains, AddressSpace: `{"Domain": "contoso.com", "IncludeSubDomains": true, …}`).
import { normaliseDomain } from './domain-name';
import { isPlainObject } from './powershell-record';

export function domainOfValue(value: unknown): string | undefined {
  if (typeof value === 'string') return normaliseDomain(value);
  if (!isPlainObject(value)) return undefined;
  const entries = Object.entries(value);
  const field = (name: string): unknown => entries.find(([key]) => key.toLowerCase() === name)?.[1];
  const text = [field('address'), field('domain'), field('smtpdomain')].find((part) => typeof part === 'string');
  if (typeof text !== 'string') return undefined;
  const domain = normaliseDomain(text);
  const withSubdomains = field('includesubdomains') === true && domain !== undefined && !domain.startsWith('*');
  return withSubdomains ? `*.${domain}` : domain;
}
