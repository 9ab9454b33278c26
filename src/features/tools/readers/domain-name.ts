// Domains as the gap finder compares them (tools-formats.md §7): lower case, no trailing dot, IDN in punycode,
// `smtp:` and `;cost` of AddressSpace strings removed (`smtp:*;1` is `*`, any domain).

/** Characters no domain (nor its Unicode form) has; URL parsing would read some of them as other URL parts. */
const NOT_IN_A_DOMAIN = /[\s/\\?#@:%<>"'()[\]{},;|=+!$&^`~*…]/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** The domain, normalised; undefined for anything that is not one (an IP address, a cut cell, a sentence). */
export function normaliseDomain(text: string): string | undefined {
  let domain = text.trim().toLowerCase();
  if (domain.startsWith('smtp:')) domain = domain.slice(5);
  domain = domain.replace(/;\d*$/, '').trim();
  if (domain === '*') return '*';
  // An on-premises wildcard entry (`*.contoso.com`) means the domain and all its subdomains: kept as written.
  const wildcard = domain.startsWith('*.') ? '*.' : '';
  domain = domain.slice(wildcard.length).replace(/\.$/, '');
  if (domain === '' || domain.length > 253 || domain.includes('..') || NOT_IN_A_DOMAIN.test(domain)) return undefined;
  // Plain ASCII needs no IDNA: most domains, read without building a URL (a list of 5 MB has 300,000 of them).
  let host = domain;
  if (!/^[a-z0-9.-]+$/.test(domain)) {
    try {
      // The URL parser applies IDNA: Unicode to punycode, full-width letters and dots folded.
      host = new URL(`http://${domain}`).hostname.replace(/\.$/, '');
    } catch {
      return undefined;
    }
  }
  const labels = host.split('.');
  const last = labels[labels.length - 1] ?? '';
  // One label, or a numeric last label (the parser turns `192.0.2.1` and even `1.2` into IPv4 addresses).
  if (labels.length < 2 || /^\d+$/.test(last) || !labels.every((label) => LABEL.test(label))) return undefined;
  return wildcard + host;
}

/** The domain of an address (`adele@Contoso.com`, `<adele@contoso.com>`, `smtp:adele@contoso.com`), or of a domain. */
export function domainOfAddress(text: string): string | undefined {
  const trimmed = text.trim().replace(/^<|>$/g, '');
  const at = trimmed.lastIndexOf('@');
  return normaliseDomain(at >= 0 ? trimmed.slice(at + 1) : trimmed);
}
