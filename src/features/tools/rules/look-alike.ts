// Sender domains made to pass for the organisation's own. A look-alike is never to be registered: it is how relay
// spam and phishing borrow a tenant's name (contoso.co, c0ntoso.com, contoso-billing.com).
import type { AcceptedDomain } from '../model';
import { domainParts, isNonRoutable, registrableDomain } from './registrable-domain';

export type LookAlikeKind = 'other-tld' | 'similar-characters' | 'name-plus-word' | 'small-edit';

export interface LookAlike {
  /** The accepted domain it resembles, as the accepted-domain list writes it. */
  of: string;
  kind: LookAlikeKind;
}

const KIND_ORDER: readonly LookAlikeKind[] = ['other-tld', 'similar-characters', 'name-plus-word', 'small-edit'];

/** Characters that read alike in a mail client: digit for letter, two letters for one. */
const CONFUSABLES: readonly (readonly [RegExp, string])[] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/0/g, 'o'],
  [/[1i]/g, 'l'],
  [/3/g, 'e'],
  [/5/g, 's'],
];

const readsAs = (label: string) => CONFUSABLES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), label);

/** Edit distance with adjacent transpositions counted once (optimal string alignment); labels are at most 63 long. */
export function editDistance(left: string, right: string): number {
  const rows: number[][] = Array.from({ length: left.length + 1 }, (_, row) => Array.from({ length: right.length + 1 }, (__, column) => (row === 0 ? column : column === 0 ? row : 0)));
  const at = (row: number, column: number) => rows[row]?.[column] ?? 0;
  for (let row = 1; row <= left.length; row += 1) {
    for (let column = 1; column <= right.length; column += 1) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      let best = Math.min(at(row - 1, column) + 1, at(row, column - 1) + 1, at(row - 1, column - 1) + cost);
      if (row > 1 && column > 1 && left[row - 1] === right[column - 2] && left[row - 2] === right[column - 1]) best = Math.min(best, at(row - 2, column - 2) + 1);
      (rows[row] ?? [])[column] = best;
    }
  }
  return at(left.length, right.length);
}

/** Short names are one or two edits from many unrelated words: allow fewer edits the shorter the accepted name. */
const allowedEdits = (label: string) => (label.length >= 6 ? 2 : label.length >= 4 ? 1 : 0);

/** Accepted names this short (`hr`, `abc`) turn up inside unrelated words: not looked for as a part. */
const MIN_NAME_IN_WORD = 4;

function kindOf(sender: ReturnType<typeof domainParts>, accepted: ReturnType<typeof domainParts>): LookAlikeKind | undefined {
  const name = accepted.label;
  if (name === '') return undefined;
  if (sender.label === name) return sender.suffix === accepted.suffix ? undefined : 'other-tld';
  if (readsAs(sender.label) === readsAs(name)) return 'similar-characters';
  if (name.length >= MIN_NAME_IN_WORD) {
    const words = sender.label.split('-');
    const inLabel = words.includes(name) || ((sender.label.startsWith(name) || sender.label.endsWith(name)) && sender.label.length > name.length);
    if (inLabel || sender.subLabels.includes(name)) return 'name-plus-word';
  }
  if (Math.abs(sender.label.length - name.length) > 2) return undefined;
  const edits = editDistance(sender.label, name);
  return edits > 0 && edits <= allowedEdits(name) ? 'small-edit' : undefined;
}

export interface LookAlikeFinder {
  /** True when the domain is, contains or sits under the registered name of an accepted domain (sales.contoso.com). */
  sharesRegisteredName(domain: string): boolean;
  /** The accepted domain a sender domain imitates, and how; undefined for the organisation's own names. */
  lookAlikeOf(domain: string): LookAlike | undefined;
}

/**
 * Indexes the accepted domains once. A tenant's thousands of accepted domains are mostly subdomains of a few
 * registered names, and only the registered name and its suffix decide a look-alike: each is compared once.
 */
export function createLookAlikeFinder(accepted: readonly AcceptedDomain[]): LookAlikeFinder {
  const registered = new Set<string>();
  const distinct = new Map<string, { domain: string; parts: ReturnType<typeof domainParts> }>();
  for (const entry of accepted) {
    registered.add(registrableDomain(entry.domain));
    const parts = domainParts(entry.domain);
    const key = `${parts.label}|${parts.suffix}`;
    if (!distinct.has(key)) distinct.set(key, { domain: entry.domain, parts });
  }
  const sharesRegisteredName = (domain: string) => registered.has(registrableDomain(domain));
  return {
    sharesRegisteredName,
    lookAlikeOf(domain) {
      if (isNonRoutable(domain) || sharesRegisteredName(domain)) return undefined;
      const sender = domainParts(domain);
      let best: LookAlike | undefined;
      for (const { domain: of, parts } of distinct.values()) {
        const kind = kindOf(sender, parts);
        if (kind && (!best || KIND_ORDER.indexOf(kind) < KIND_ORDER.indexOf(best.kind))) best = { of, kind };
      }
      return best;
    },
  };
}

/** True when the domain is, contains or sits under the registered name of an accepted domain (sales.contoso.com). */
export const sharesRegisteredName = (domain: string, accepted: readonly AcceptedDomain[]): boolean =>
  createLookAlikeFinder(accepted).sharesRegisteredName(domain);

/** The accepted domain a sender domain imitates, and how; undefined for the organisation's own names. */
export const lookAlikeOf = (domain: string, accepted: readonly AcceptedDomain[]): LookAlike | undefined =>
  createLookAlikeFinder(accepted).lookAlikeOf(domain);
