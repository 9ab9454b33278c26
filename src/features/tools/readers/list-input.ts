// A plain list of domains or addresses: one a line, or separated by commas, semicolons or spaces, with `#` comments.
// Addresses count for their domain. What is not a domain is kept aside, so a paste of something else is told apart.
import { outputLines } from './powershell-noise';
import { domainOfAddress } from './domain-name';

export interface DomainListInput {
  /** Normalised, each once, in the order first written. */
  domains: string[];
  /** Words that are neither a domain nor an address, as written. */
  notDomains: string[];
  /** Words cut with `…` or `...`, as written. */
  truncated: string[];
}

const WRAPPING = /^["'<([{]+|["'>)\]}]+$/g;

export function readDomainList(text: string): DomainListInput {
  const domains = new Set<string>();
  const notDomains: string[] = [];
  const truncated: string[] = [];
  for (const line of outputLines(text)) {
    const hash = line.indexOf('#');
    for (const word of (hash >= 0 ? line.slice(0, hash) : line).split(/[\s,;]+/)) {
      const token = word.replace(WRAPPING, '').replace(/^mailto:/i, '');
      // The cost of an AddressSpace (`smtp:contoso.com;1`) is split off as a word of its own.
      if (token === '' || /^\d+$/.test(token)) continue;
      if (/(?:\.\.\.|…)$/.test(token)) truncated.push(token);
      else {
        const domain = domainOfAddress(token);
        if (domain === undefined || domain === '*') notDomains.push(token);
        else domains.add(domain);
      }
    }
  }
  return { domains: [...domains], notDomains, truncated };
}
