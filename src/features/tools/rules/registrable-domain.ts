// The part of a domain a company registers (`contoso` in `mail.contoso.co.uk`), told apart from its public suffix
// well enough to compare sender domains with accepted ones. A short list of two-label suffixes stands in for the
// Public Suffix List: the comparison only needs to keep `co.uk` from being taken for the company's name.

/** Second levels that country registries sell under (co.uk, com.au, ne.jp, or.jp, com.tw …). */
const COUNTRY_SECOND_LEVELS = new Set(['ac', 'ad', 'biz', 'co', 'com', 'ed', 'edu', 'gen', 'go', 'gob', 'gov', 'gr', 'info', 'lg', 'ltd', 'mil', 'ne', 'net', 'nom', 'or', 'org', 'plc', 'sch']);

/** Microsoft's own suffixes: every tenant gets `<name>.onmicrosoft.com` and `<name>.mail.onmicrosoft.com`. */
const MICROSOFT_SUFFIXES = ['mail.onmicrosoft.com', 'onmicrosoft.com'];

/** Names that never reach the internet: mail from `contoso.local` is an on-premises server's own name. */
const NON_ROUTABLE_SUFFIXES = new Set(['corp', 'home', 'internal', 'intranet', 'invalid', 'lan', 'local', 'localdomain', 'localhost', 'private']);

export interface DomainParts {
  /** The registered name: `contoso` for `sales.contoso.co.uk`. */
  label: string;
  /** `co.uk`; '' for a single-label name. */
  suffix: string;
  /** Labels left of the registered name: `['sales']`. */
  subLabels: string[];
}

/** A domain without a leading `*.`, in lower case, without a trailing dot. */
export function bareDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, '').replace(/^\*\./, '');
}

export function domainParts(domain: string): DomainParts {
  const labels = bareDomain(domain).split('.');
  const name = labels.join('.');
  const microsoft = MICROSOFT_SUFFIXES.find((suffix) => name.endsWith(`.${suffix}`));
  let suffixLength = 1;
  if (microsoft) suffixLength = microsoft.split('.').length;
  else if (labels.length >= 3 && (labels.at(-1) ?? '').length === 2 && COUNTRY_SECOND_LEVELS.has(labels.at(-2) ?? '')) suffixLength = 2;
  if (labels.length <= suffixLength) return { label: labels[0] ?? '', suffix: labels.slice(1).join('.'), subLabels: [] };
  const labelIndex = labels.length - suffixLength - 1;
  return { label: labels[labelIndex] ?? '', suffix: labels.slice(labelIndex + 1).join('.'), subLabels: labels.slice(0, labelIndex) };
}

/** `contoso.co.uk` for `sales.contoso.co.uk`. */
export function registrableDomain(domain: string): string {
  const { label, suffix } = domainParts(domain);
  return suffix === '' ? label : `${label}.${suffix}`;
}

export function isNonRoutable(domain: string): boolean {
  return NON_ROUTABLE_SUFFIXES.has(bareDomain(domain).split('.').at(-1) ?? '');
}
