// What the cause-finding tools read from an admin's paste or file, normalised. Readers produce these; the rules
// (gap finder, connector review) consume them. Everything here is plain data: it crosses a worker boundary.

/** An accepted domain from Get-AcceptedDomain (JSON, Format-List, table, Export-Csv) or a plain list. */
export interface AcceptedDomain {
  /** Lower case, no trailing dot, IDN in punycode. A leading `*.` (on-premises wildcard entry) is kept. */
  domain: string;
  /** Undefined when the input does not say (a plain list). */
  type?: 'Authoritative' | 'InternalRelay' | 'ExternalRelay';
  /** Undefined when the input has no such column (the default table): coverage of subdomains is then unknown. */
  matchSubDomains?: boolean;
  sendingFromDomainDisabled?: boolean;
  isDefault?: boolean;
}

export type ConnectorType = 'OnPremises' | 'Partner';

/** An inbound connector from Get-InboundConnector (Format-List or ConvertTo-Json). */
export interface InboundConnector {
  name: string;
  guid?: string;
  enabled?: boolean;
  type?: ConnectorType;
  /** Default (script or API), Migrated, HybridWizard, AdminUI; anything else is kept as written. */
  source?: string;
  comment?: string;
  /** As written: single IPv4 addresses, CIDR ranges or `a-b` ranges. */
  senderIpAddresses: string[];
  /** Normalised like AcceptedDomain.domain, `smtp:` and `;cost` stripped; `*` means any domain. */
  senderDomains: string[];
  tlsSenderCertificateName?: string;
  treatMessagesAsInternal?: boolean;
  cloudServicesMailEnabled?: boolean;
  requireTls?: boolean;
  restrictDomainsToIpAddresses?: boolean;
  restrictDomainsToCertificate?: boolean;
  associatedAcceptedDomains: string[];
  trustedOrganizations: string[];
  /** ISO 8601 UTC. */
  whenCreatedUtc?: string;
  /** ISO 8601 UTC. */
  whenChangedUtc?: string;
}

/** A name (IP address, connector, recipient domain) and how many messages it accounts for. */
export interface Tally {
  name: string;
  messages: number;
}

/** Longest tally list kept per sender domain; the rest is counted in `…Others`. */
export const TALLY_CAP = 50;

/**
 * Where mail was sent from, aggregated per sender domain while the rows stream past: a 100,000-row export becomes a
 * few hundred of these, never a copy of the rows.
 */
export interface SendingDomainStats {
  /** Normalised sender domain; '' for the empty envelope sender `<>`. */
  domain: string;
  /** Distinct messages (by message id where the input has one, else rows). */
  messages: number;
  /** Recipient deliveries (one message to three people counts three). */
  recipients: number;
  /** ISO 8601 UTC, when the input has times. */
  firstSeen?: string;
  lastSeen?: string;
  /** Distinct sender addresses, up to TALLY_CAP, most messages first; senderCount says how many there were. */
  senders: Tally[];
  senderCount: number;
  sourceIps: Tally[];
  sourceIpCount: number;
  /** Connector names (connector_id, Non-accepted domain report's connector), messages each carried. */
  connectors: Tally[];
  /** Recipient domains with recipient deliveries each; tells another organisation's inbound mail from relay. */
  recipientDomains: Tally[];
  recipientDomainOthers: number;
  /** Messages the input itself marks: directionality Incoming / Originating (or 1 / 2, Outgoing). */
  inboundMessages: number;
  outboundMessages: number;
  /**
   * True when a reader stopped keeping new names (10,000 distinct senders, IPs or connectors for this domain, to
   * bound memory): senderCount, sourceIpCount and the tallies are then "at least" figures.
   */
  countsAtLeast?: boolean;
}

export type SendingInputFormat =
  | 'message-trace-v2'
  | 'message-trace-v1'
  | 'admin-center-trace'
  | 'enhanced-summary'
  | 'extended-report'
  | 'non-accepted-domain-report'
  | 'list';

/** One hour (UTC, its start) of one sender's traffic. */
export interface SenderHour {
  hour: string;
  messages: number;
  /** ISO 8601 UTC times of the hour's first and last message. */
  first: string;
  last: string;
}

/**
 * What one sender address sent over the window, for the traffic analysis (rules/traffic-analysis.ts): counted while
 * the rows stream past, before it is known which domains are the tenant's.
 */
export interface SenderTraffic {
  sender: string;
  domain: string;
  /** Distinct messages. */
  messages: number;
  /** Recipient deliveries (a message to three people is three). */
  recipientRows: number;
  /** Recipient deliveries that failed or were filtered as spam. */
  failures: number;
  /** Distinct recipient addresses, up to a ceiling (`recipientsCapped`). */
  recipients: string[];
  recipientsCapped?: boolean;
  hours: SenderHour[];
  /** Source IPs with the messages each carried and when each was first seen. */
  ips: { ip: string; messages: number; firstSeen?: string }[];
  /** Subjects with the messages each carried, most first. */
  subjects: Tally[];
  inboundMessages: number;
  outboundMessages: number;
}

export interface TrafficData {
  senders: SenderTraffic[];
  /** True when more distinct senders came than are kept: the rest are not analysed. */
  sendersCapped?: boolean;
}

export interface SendingData {
  format: SendingInputFormat;
  rows: number;
  domains: SendingDomainStats[];
  /** Per sender, for the traffic analysis; only when it was asked for (the 5.7.705 tool). */
  traffic?: TrafficData;
  /** Time zone the input's times were read in: 'UTC' for cmdlet output and *_utc columns, else as the admin said. */
  timeZone?: string;
}

export type StructuredFormat = 'json' | 'format-list' | 'table' | 'csv' | 'list';

/** Day and month order of culture-formatted dates: decided from the data, or left for the admin to say. */
export type DateOrder = 'iso' | 'month-first' | 'day-first' | 'year-first' | 'ambiguous';

/** Why an input was not read, in terms the view turns into a message in the admin's language. */
export type RejectReason =
  | 'empty'
  | 'binary'
  | 'image'
  | 'too-large'
  | 'ndr'
  | 'broken-json'
  | 'no-sender-column'
  | 'unrecognised';

export type ReadOutcome =
  | {
      kind: 'accepted-domains';
      format: StructuredFormat;
      domains: AcceptedDomain[];
      /** Table cells cut with `…` or `...`, as written: reported, never taken for a domain. */
      truncated: string[];
      /** False for the default table (no MatchSubDomains column) and plain lists. */
      matchSubDomainsKnown: boolean;
    }
  | {
      kind: 'inbound-connectors';
      format: StructuredFormat;
      connectors: InboundConnector[];
      truncated: string[];
      /** How culture-formatted dates (Format-List, Export-Csv) were read; 'iso' when the input had no such dates. */
      dateOrder?: DateOrder;
      /** When dateOrder is 'ambiguous': the same connectors with their dates read day-first. */
      dayFirst?: InboundConnector[];
    }
  | {
      kind: 'sending';
      data: SendingData;
      dateOrder: DateOrder;
      /** When dateOrder is 'ambiguous': the same data read day-first, so the admin's answer needs no second read. */
      dayFirst?: SendingData;
      /** True for the admin center's export, whose times are in the zone the admin chose there. */
      needsTimeZone: boolean;
    }
  | { kind: 'rejected'; reason: RejectReason; /** A limit, a column name or the line that gave it away. */ detail?: string };
