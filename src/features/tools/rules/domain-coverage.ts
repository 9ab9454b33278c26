// Whether Exchange Online takes a sender domain for one of the organisation's own (tools-formats §0.5, §7): an exact
// accepted domain; a `*.` entry (on-premises wildcard: the domain and every subdomain); or a parent accepted domain
// with MatchSubDomains, which Exchange honours on InternalRelay domains only ("In order to enable match subdomains, an
// accepted domain must be set up as an internal relay domain"). An Authoritative parent never covers a subdomain.
import type { AcceptedDomain, SendingDomainStats } from '../model';

export type DomainStatus = 'accepted' | 'subdomain-rule' | 'unknown' | 'not-accepted';

export interface Coverage {
  status: DomainStatus;
  /** The entry that covers the domain; for 'unknown' and 'not-accepted', the nearest accepted parent, if any. */
  entry?: AcceptedDomain;
}

/** Shows the MatchSubDomains setting the default table leaves out (the form Microsoft's "How do you know" uses). */
export const CHECK_SUBDOMAINS_COMMAND = 'Get-AcceptedDomain | Format-List Name,DomainName,DomainType,MatchSubDomains';

const lowerName = (domain: string) => domain.trim().toLowerCase().replace(/\.$/, '');

type ParentVerdict = 'covers' | 'undecided' | 'does-not-cover';

function parentVerdict(parent: AcceptedDomain, matchSubDomainsKnown: boolean): ParentVerdict {
  // The type decides even when the MatchSubDomains column is missing: only a relay domain can match subdomains.
  if (parent.type === 'Authoritative' || parent.type === 'ExternalRelay') return 'does-not-cover';
  // Exchange refuses MatchSubDomains on any other type, so true implies InternalRelay when the type was not given.
  if (parent.matchSubDomains === true) return 'covers';
  if (parent.matchSubDomains === false || matchSubDomainsKnown) return 'does-not-cover';
  return 'undecided';
}

/** A coverage test for many domains: accepted entries are indexed once, each answer is remembered. */
export function acceptedDomainCoverage(accepted: readonly AcceptedDomain[], matchSubDomainsKnown: boolean): (domain: string) => Coverage {
  const plain = new Map<string, AcceptedDomain>();
  const wildcard = new Map<string, AcceptedDomain>();
  for (const entry of accepted) {
    const name = lowerName(entry.domain);
    if (name.startsWith('*.')) wildcard.set(name.slice(2), entry);
    else if (!plain.has(name)) plain.set(name, entry);
  }
  const answers = new Map<string, Coverage>();

  function decide(name: string): Coverage {
    const exact = plain.get(name) ?? wildcard.get(name);
    if (exact) return { status: 'accepted', entry: exact };
    const labels = name.split('.');
    let undecided: AcceptedDomain | undefined;
    let nearest: AcceptedDomain | undefined;
    for (let index = 1; index < labels.length; index += 1) {
      const parentName = labels.slice(index).join('.');
      const wildcardParent = wildcard.get(parentName);
      if (wildcardParent) return { status: 'subdomain-rule', entry: wildcardParent };
      const parent = plain.get(parentName);
      if (!parent) continue;
      const verdict = parentVerdict(parent, matchSubDomainsKnown);
      if (verdict === 'covers') return { status: 'subdomain-rule', entry: parent };
      if (verdict === 'undecided') undecided ??= parent;
      nearest ??= parent;
    }
    if (undecided) return { status: 'unknown', entry: undecided };
    return nearest ? { status: 'not-accepted', entry: nearest } : { status: 'not-accepted' };
  }

  return (domain) => {
    const name = lowerName(domain);
    let answer = answers.get(name);
    if (!answer) {
      answer = name === '' ? { status: 'not-accepted' } : decide(name);
      answers.set(name, answer);
    }
    return answer;
  };
}

export const isCovered = (coverage: Coverage) => coverage.status === 'accepted' || coverage.status === 'subdomain-rule';

/**
 * Mail another organisation sent to this one: not the tenant's sending, so no reason for a block. Told by the input's
 * own direction where it has one, else by every recipient domain being the organisation's own.
 */
export function isOtherOrganisationsMail(stats: SendingDomainStats, coverage: (domain: string) => Coverage): boolean {
  if (stats.inboundMessages + stats.outboundMessages > 0) return stats.messages > 0 && stats.inboundMessages >= stats.messages;
  if (stats.recipientDomains.length === 0 || stats.recipientDomainOthers > 0) return false;
  return stats.recipientDomains.every((recipient) => isCovered(coverage(recipient.name)));
}
