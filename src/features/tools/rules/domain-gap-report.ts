// What the accepted-domain gap finder reports. Plain JSON data, kept as evidence in the browser: names and numbers
// only, never the rows they came from.
import type { ConnectorType, Tally } from '../model';
import type { DomainStatus } from './domain-coverage';
import type { LookAlike } from './look-alike';

export type { DomainStatus, LookAlike };

/**
 * - none: accepted or covered.
 * - register: not accepted but the organisation's own (a subdomain, or carried only by connectors that are not
 *   suspicious): add and verify it in the Microsoft 365 admin center.
 * - register-or-stop: not accepted and unclear: add and verify it, or stop sending from it.
 * - attacker: a look-alike, or a stranger's domain relayed through an on-premises connector: do NOT register it.
 * - enable-sending: accepted, but SendingFromDomainDisabled.
 * - check-subdomains: coverage undecided until MatchSubDomains is known.
 */
export type DomainAdvice = 'none' | 'register' | 'register-or-stop' | 'attacker' | 'enable-sending' | 'check-subdomains';

/** A connector the traffic names, with what it carried for this domain. */
export interface ViaConnector extends Tally {
  /** The listed inbound connector it was matched to, by name or by `Inbound from <guid>`. */
  connector?: string;
  type?: ConnectorType;
  /** Connectors were given and none matches: renamed or removed since ("spammers … delete the connector"). */
  unlisted?: boolean;
}

export interface SendingNumbers {
  messages: number;
  recipients: number;
  firstSeen?: string;
  lastSeen?: string;
  /** The busiest few; sourceIpCount says how many there were. */
  sourceIps: Tally[];
  sourceIpCount: number;
  senders: Tally[];
  senderCount: number;
  viaConnectors: ViaConnector[];
}

export interface DomainFinding extends SendingNumbers {
  domain: string;
  status: DomainStatus;
  /** The accepted entry that covers it; for 'unknown' and 'not-accepted', the nearest accepted parent. */
  acceptedDomain?: string;
  advice: DomainAdvice;
  /** Accepted, yet SendingFromDomainDisabled: "Email can't be sent from addresses in the domain". */
  sendingDisabled: boolean;
  lookAlike?: LookAlike;
  /** An internal name (contoso.local) that can never be added as an accepted domain. */
  nonRoutable: boolean;
  /** One of the connectors that carried it is of type OnPremises, the type that may relay to the internet. */
  viaSuspiciousConnector: boolean;
}

export interface DomainGapReport {
  /** Attacker first, then not accepted, unknown, sending disabled, covered, accepted; most messages first in each. */
  findings: DomainFinding[];
  /** Mail with the empty envelope sender `<>` (NDRs, automatic replies): counts against a tenant, never registrable. */
  emptySender?: SendingNumbers;
  /** Other organisations' mail to this one, left out of the findings. */
  excluded: { domains: number; messages: number };
  totals: {
    domains: Record<DomainStatus, number>;
    nonAcceptedMessages: number;
    /** Messages of the reported domains (other organisations' mail and the empty sender left out). */
    outboundMessages: number;
    /** nonAcceptedMessages / outboundMessages, 0 when there were none. */
    nonAcceptedShare: number;
  };
  matchSubDomainsKnown: boolean;
  /** Present when a finding is 'unknown': the command whose output decides it. */
  checkSubDomainsCommand?: string;
  /** Accepted-domain names the table cut off (`…`, `...`), as written: Format-List shows them whole. */
  truncatedAcceptedDomains: string[];
}
