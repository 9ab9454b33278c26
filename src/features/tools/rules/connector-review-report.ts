// What the inbound connector review reports. Plain JSON data, kept as evidence in the browser: every reason is a code
// with the numbers a sentence needs ("created 2 days before the first bounce"), never a copy of the connector.
import type { ConnectorType, Tally } from '../model';

export type Severity = 'high' | 'medium' | 'low' | 'info';

export type ConnectorVerdict = 'suspicious' | 'review' | 'expected' | 'disabled';

/** Partner-only settings (New-InboundConnector: "applies only to Partner type connectors"). */
export type PartnerRestriction = 'RequireTls' | 'RestrictDomainsToIPAddresses' | 'RestrictDomainsToCertificate';

export type ConnectorReason =
  /** Created or changed close to the first bounce: `days` whole days before it, or after it when `after`. */
  | { code: 'recent'; severity: 'high'; event: 'created' | 'changed'; days: number; after: boolean; bounceDateKnown: boolean }
  /** ConnectorSource Default: made with PowerShell or the API, not the Hybrid Configuration Wizard or the EAC. */
  | { code: 'made-by-script'; severity: 'high' | 'medium' | 'info' }
  /** ConnectorSource Migrated: carried over from Exchange Online Protection's predecessor (FOPE). */
  | { code: 'migrated'; severity: 'info' }
  | { code: 'ip-only'; severity: 'high' | 'medium'; addresses: number; networks: number; ranges: number; wide: string[] }
  | { code: 'treat-as-internal'; severity: 'high' }
  | { code: 'cloud-services-not-hybrid'; severity: 'medium'; source: string }
  | { code: 'certificate-outside-accepted'; severity: 'medium'; certificateDomain: string }
  | { code: 'disabled'; severity: 'low' }
  /** Generic or empty name and comment; listed only beside another finding. */
  | { code: 'no-description'; severity: 'low' }
  | { code: 'carried-unaccepted'; severity: 'high'; domains: Tally[]; domainCount: number; messages: number }
  | { code: 'any-sender-domain'; severity: 'medium' }
  | { code: 'partner-unrestricted'; severity: 'info'; off: PartnerRestriction[] }
  /** The input did not say OnPremises or Partner: the checks for on-premises connectors could not run. */
  | { code: 'type-unknown'; severity: 'info' };

export type ConnectorReasonCode = ConnectorReason['code'];

export type NextStep =
  | { code: 'disable-or-remove' }
  | { code: 'search-audit-log'; command: string }
  | { code: 'secure-admin-account' }
  | { code: 'check-restricted-entities' };

export type NextStepCode = NextStep['code'];

/** What the sending data shows the connector carried. */
export interface ConnectorTraffic {
  messages: number;
  /** Busiest first, a few; senderDomainCount says how many there were ('' is the empty sender). */
  senderDomains: Tally[];
  senderDomainCount: number;
}

export interface ConnectorReview {
  name: string;
  guid?: string;
  type?: ConnectorType;
  source?: string;
  enabled: boolean;
  whenCreatedUtc?: string;
  whenChangedUtc?: string;
  verdict: ConnectorVerdict;
  /** Most severe first. */
  reasons: ConnectorReason[];
  traffic?: ConnectorTraffic;
  /** When a high reason applies (suspicious connectors, and disabled ones that would be). */
  nextSteps: NextStep[];
}
