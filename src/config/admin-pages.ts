// The admin pages an action needs open, one table: where each page is, and which actions link to it. Navigation only:
// plain links that open in a new tab; the app itself never contacts these sites.
export type AdminPortal = 'exchange' | 'defender' | 'microsoft365';

/**
 * Each page: its portal, and its direct address there, as Microsoft's documentation gives it ("to go directly to the …
 * page, use …"). The Microsoft 365 admin center's are written the way its own NDR article links Help & support.
 */
export const adminPages = {
  acceptedDomains: ['exchange', 'https://admin.exchange.microsoft.com/#/accepteddomains'],
  connectors: ['exchange', 'https://admin.exchange.microsoft.com/#/connectors'],
  messageTrace: ['exchange', 'https://admin.exchange.microsoft.com/#/messagetrace'],
  transportRules: ['exchange', 'https://admin.exchange.microsoft.com/#/transportrules'],
  restrictedEntities: ['defender', 'https://security.microsoft.com/restrictedentities'],
  alerts: ['defender', 'https://security.microsoft.com/alerts'],
  activeUsers: ['microsoft365', 'https://admin.microsoft.com/AdminPortal/Home#/users'],
  domains: ['microsoft365', 'https://admin.microsoft.com/AdminPortal/Home#/Domains'],
  serviceHealth: ['microsoft365', 'https://admin.microsoft.com/AdminPortal/Home#/servicehealth'],
  helpAndSupport: ['microsoft365', 'https://admin.microsoft.com/AdminPortal/Home#/support'],
} as const satisfies Record<string, readonly [AdminPortal, string]>;

export type AdminPageId = keyof typeof adminPages;

/**
 * The pages each action works in, in the order the admin opens them. Keyed by action id rather than by step, so an
 * action keeps its pages wherever the flow puts it.
 */
export const adminPagesByAction: Readonly<Record<string, readonly AdminPageId[]>> = {
  // The Defender alert ("Tenant restricted from sending email") tells when the block started, like the bounce.
  'keep-ndr': ['alerts'],
  'find-cause-reports': ['messageTrace'],
  // 5.7.705's accounts: who is restricted, then the account itself, then release once the tenant is unblocked.
  'find-restricted-senders': ['restrictedEntities', 'alerts'],
  'block-sign-in': ['activeUsers'],
  'reset-password': ['activeUsers'],
  'release-restricted-senders': ['restrictedEntities'],
  'list-accepted-domains': ['acceptedDomains'],
  'list-sending-domains': ['messageTrace'],
  'add-missing-domains': ['domains'],
  'certificate-connector': ['connectors'],
  'list-inbound-connectors': ['connectors'],
  'remove-unknown-connectors': ['connectors'],
  'review-outbound-connectors': ['connectors'],
  'review-transport-rules': ['transportRules'],
  'check-compromised-accounts': ['restrictedEntities', 'alerts'],
  'secure-compromised-accounts': ['restrictedEntities'],
  'confirm-legitimate-mail': ['messageTrace'],
  // A service incident is ruled out before the request; then the request itself.
  'open-support-case': ['serviceHealth', 'helpAndSupport'],
};


