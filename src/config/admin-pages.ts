// The admin pages an action needs open, one table: where each page is, and which actions link to it. Navigation only:
// plain links that open in a new tab; the app itself never contacts these sites.
export type AdminPortal = 'exchange' | 'defender' | 'microsoft365';

export interface AdminPage {
  portal: AdminPortal;
  href: string;
}

/**
 * Each page's direct address, as Microsoft's documentation gives it ("to go directly to the … page, use …"). The
 * Microsoft 365 admin center's pages are written the way its own NDR article links Help & support.
 */
export const adminPages = {
  acceptedDomains: { portal: 'exchange', href: 'https://admin.exchange.microsoft.com/#/accepteddomains' },
  connectors: { portal: 'exchange', href: 'https://admin.exchange.microsoft.com/#/connectors' },
  messageTrace: { portal: 'exchange', href: 'https://admin.exchange.microsoft.com/#/messagetrace' },
  restrictedEntities: { portal: 'defender', href: 'https://security.microsoft.com/restrictedentities' },
  alerts: { portal: 'defender', href: 'https://security.microsoft.com/alerts' },
  domains: { portal: 'microsoft365', href: 'https://admin.microsoft.com/AdminPortal/Home#/Domains' },
  serviceHealth: { portal: 'microsoft365', href: 'https://admin.microsoft.com/AdminPortal/Home#/servicehealth' },
  helpAndSupport: { portal: 'microsoft365', href: 'https://admin.microsoft.com/AdminPortal/Home#/support' },
} as const satisfies Record<string, AdminPage>;

export type AdminPageId = keyof typeof adminPages;

/**
 * The pages each action works in, in the order the admin opens them. Keyed by action id rather than by step, so an
 * action keeps its pages wherever the flow puts it.
 */
export const adminPagesByAction: Readonly<Record<string, readonly AdminPageId[]>> = {
  // The Defender alert ("Tenant restricted from sending email") tells when the block started, like the bounce.
  'keep-ndr': ['alerts'],
  'find-cause-reports': ['messageTrace'],
  'list-accepted-domains': ['acceptedDomains'],
  'list-sending-domains': ['messageTrace'],
  'add-missing-domains': ['domains'],
  'certificate-connector': ['connectors'],
  'list-inbound-connectors': ['connectors'],
  'remove-unknown-connectors': ['connectors'],
  'check-compromised-accounts': ['restrictedEntities', 'alerts'],
  'secure-compromised-accounts': ['restrictedEntities'],
  'confirm-legitimate-mail': ['messageTrace'],
  // A service incident is ruled out before the request; then the request itself.
  'open-support-case': ['serviceHealth', 'helpAndSupport'],
};

export function adminPagesFor(actionId: string): readonly AdminPageId[] {
  return adminPagesByAction[actionId] ?? [];
}

