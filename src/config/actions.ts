// Actions an admin takes on each step, and which codes each applies to. Their words live in locales/{lng}/actions.json
// under the same id; their commands and links in action-details/, fetched with the step that shows them. Every cmdlet
// and parameter used in the commands was checked against Microsoft's reference documentation; placeholders are the
// documentation's own (contoso.com, "Connector name", 192.0.2.10 from the documentation IP range).
import { adminPagesByAction, type AdminPageId } from './admin-pages';
import type { Code } from './flow';

export interface PowerShellCommand {
  /** Caption key: actions:{actionId}.commands.{id} */
  id: string;
  /** Exact script, the same in every language. */
  script: string;
}

export interface ActionLink {
  /** Label key: actions:{actionId}.links.{id} */
  id: string;
  href: string;
}

export interface ActionDefinition {
  id: string;
  codes: readonly Code[];
  /** The admin pages the action is done in, from the one table of them (admin-pages.ts). */
  adminPages?: readonly AdminPageId[];
}

/** How to do an action: the commands to run and the pages to read. */
export interface ActionDetails {
  commands: readonly PowerShellCommand[];
  links: readonly ActionLink[];
}

/** Multi-line scripts are written as one line per array item. */
export const script = (...lines: string[]): string => lines.join('\n');

/** First line of every Exchange Online script, so each block works when pasted on its own. */
export const connectExchangeOnline = 'Connect-ExchangeOnline -UserPrincipalName admin@contoso.com';

const both: readonly Code[] = ['5.7.705', '5.7.750'];
const tenantThreshold: readonly Code[] = ['5.7.705'];
const unregisteredDomains: readonly Code[] = ['5.7.750'];

export const actionDefinitions: readonly ActionDefinition[] = [
  { id: 'keep-ndr', codes: both },
  { id: 'subscription-renewal', codes: tenantThreshold },
  { id: 'find-cause-reports', codes: tenantThreshold },
  { id: 'move-bulk-mail', codes: tenantThreshold },
  { id: 'find-restricted-senders', codes: tenantThreshold },
  { id: 'block-sign-in', codes: tenantThreshold },
  { id: 'reset-password', codes: tenantThreshold },
  { id: 'revoke-sessions', codes: tenantThreshold },
  { id: 'remove-rules-forwarding', codes: tenantThreshold },
  { id: 'check-added-access', codes: tenantThreshold },
  { id: 'review-sent-items', codes: tenantThreshold },
  { id: 'release-restricted-senders', codes: tenantThreshold },
  { id: 'list-accepted-domains', codes: both },
  { id: 'list-sending-domains', codes: both },
  { id: 'add-missing-domains', codes: both },
  { id: 'certificate-connector', codes: unregisteredDomains },
  { id: 'list-inbound-connectors', codes: both },
  { id: 'audit-connector-changes', codes: both },
  { id: 'remove-unknown-connectors', codes: both },
  { id: 'review-outbound-connectors', codes: both },
  { id: 'review-transport-rules', codes: both },
  { id: 'check-compromised-accounts', codes: unregisteredDomains },
  { id: 'secure-compromised-accounts', codes: unregisteredDomains },
  { id: 'enable-admin-mfa', codes: both },
  { id: 'restrict-relay', codes: both },
  { id: 'secure-servers', codes: both },
  { id: 'confirm-legitimate-mail', codes: both },
  { id: 'gather-evidence', codes: both },
  { id: 'open-support-case', codes: both },
  { id: 'share-summary', codes: both },
];

export const actionsById: Record<string, ActionDefinition | undefined> = Object.fromEntries(
  actionDefinitions.map((action) => [action.id, { ...action, adminPages: adminPagesByAction[action.id] }]),
);
