// The commands and links of the connectors step's actions (step 2, unusual connectors and mail flow rules), fetched
// with the step.
import type { ActionDetails } from '../actions';
import { connectExchangeOnline, script } from '../flow';

// The accounts and domains steps take what they share with this step from here (5.7.750 checks compromised accounts
// on this step), so that this step, the one most often sent as a link, downloads nothing beyond its own.

/** Placeholder for one affected user's address. */
export const user = 'user@contoso.com';

// Scripts two actions share: 5.7.705 contains accounts on a step of its own, 5.7.750 on the connectors step.
export const listForwardingMailboxes = script(
  'Get-Mailbox -ResultSize Unlimited | Where-Object { $_.ForwardingSmtpAddress -or $_.ForwardingAddress } |',
  '  Format-Table Name,ForwardingSmtpAddress,ForwardingAddress,DeliverToMailboxAndForward',
);
export const listInboxRules = script(
  `Get-InboxRule -Mailbox ${user} -IncludeHidden |`,
  '  Format-List Name,Enabled,Description,ForwardTo,ForwardAsAttachmentTo,RedirectTo,DeleteMessage',
);
export const removeForwarding = `Set-Mailbox -Identity ${user} -ForwardingSmtpAddress $null -ForwardingAddress $null`;
export const removeInboxRule = `Remove-InboxRule -Mailbox ${user} -Identity "Rule name"`;
export const revokeSessions = `Revoke-MgUserSignInSession -UserId ${user}`;

/** Microsoft Learn pages the Connectors step cites with the accounts or domains step. */
export const useConnectors = 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/use-connectors-to-configure-mail-flow';
export const setInboundConnector = 'https://learn.microsoft.com/powershell/module/exchangepowershell/set-inboundconnector';
export const compromisedAccount = 'https://learn.microsoft.com/en-us/defender-office-365/responding-to-a-compromised-email-account';
export const restrictedUsers = 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-restore-restricted-users';
export const revokeSignInSessions = 'https://learn.microsoft.com/powershell/module/microsoft.graph.users.actions/revoke-mgusersigninsession';

/** Microsoft Learn pages only this step cites. */
const getInboundConnector = 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-inboundconnector';
const removeInboundConnector = 'https://learn.microsoft.com/powershell/module/exchangepowershell/remove-inboundconnector';
const compromisedConnector = 'https://learn.microsoft.com/en-us/defender-office-365/connectors-detect-respond-to-compromise';
const auditSearch = 'https://learn.microsoft.com/en-us/purview/audit-search';
const searchUnifiedAuditLog = 'https://learn.microsoft.com/powershell/module/exchangepowershell/search-unifiedauditlog';
const getOutboundConnector = 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-outboundconnector';
const mailFlowRules = 'https://learn.microsoft.com/en-us/exchange/security-and-compliance/mail-flow-rules/mail-flow-rules';
const getTransportRule = 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-transportrule';

export const details: Readonly<Record<string, ActionDetails>> = {
  'list-inbound-connectors': {
    commands: [
      {
        id: 'inbound-connectors',
        script: script(
          connectExchangeOnline,
          'Get-InboundConnector | Format-List Name,Enabled,ConnectorType,ConnectorSource,SenderIPAddresses,SenderDomains,AssociatedAcceptedDomains,TlsSenderCertificateName,RestrictDomainsToCertificate,RestrictDomainsToIPAddresses,Comment,WhenCreated,WhenChanged',
        ),
      },
      { id: 'blocked-connectors', script: 'Get-BlockedConnector' },
    ],
    links: [
      { id: 'get-inboundconnector', href: getInboundConnector },
      { id: 'compromised-connector', href: compromisedConnector },
    ],
  },
  'audit-connector-changes': {
    commands: [
      {
        id: 'audit-log',
        script: script(
          connectExchangeOnline,
          'Search-UnifiedAuditLog -StartDate (Get-Date).AddDays(-30) -EndDate (Get-Date) -Operations New-InboundConnector,Set-InboundConnector,Remove-InboundConnector -SessionCommand ReturnLargeSet -ResultSize 1000 |',
          '  Sort-Object CreationDate |',
          '  Format-List CreationDate,UserIds,Operations,AuditData',
        ),
      },
    ],
    links: [
      { id: 'audit-search', href: auditSearch },
      { id: 'search-unifiedauditlog', href: searchUnifiedAuditLog },
      { id: 'compromised-connector', href: compromisedConnector },
    ],
  },
  'remove-unknown-connectors': {
    commands: [
      {
        id: 'disable-connector',
        script: script(connectExchangeOnline, 'Set-InboundConnector -Identity "Connector name" -Enabled $false'),
      },
      { id: 'remove-connector', script: 'Remove-InboundConnector -Identity "Connector name"' },
    ],
    links: [
      { id: 'set-inboundconnector', href: setInboundConnector },
      { id: 'remove-inboundconnector', href: removeInboundConnector },
    ],
  },
  'review-outbound-connectors': {
    commands: [
      {
        id: 'outbound-connectors',
        script: script(
          connectExchangeOnline,
          'Get-OutboundConnector | Format-List Name,Enabled,ConnectorType,RecipientDomains,SmartHosts,UseMXRecord,IsTransportRuleScoped,TlsSettings,Comment,WhenCreated,WhenChanged',
        ),
      },
      { id: 'disable-outbound-connector', script: 'Set-OutboundConnector -Identity "Connector name" -Enabled $false' },
    ],
    links: [
      { id: 'get-outboundconnector', href: getOutboundConnector },
      { id: 'use-connectors', href: useConnectors },
    ],
  },
  'review-transport-rules': {
    commands: [
      {
        id: 'transport-rules',
        script: script(connectExchangeOnline, 'Get-TransportRule | Format-List Name,State,Priority,Mode,Description,WhenChanged'),
      },
      { id: 'disable-transport-rule', script: 'Disable-TransportRule -Identity "Rule name"' },
    ],
    links: [
      { id: 'mail-flow-rules', href: mailFlowRules },
      { id: 'get-transportrule', href: getTransportRule },
    ],
  },
  'check-compromised-accounts': {
    commands: [
      { id: 'restricted-users', script: script(connectExchangeOnline, 'Get-BlockedSenderAddress') },
      { id: 'mailbox-forwarding', script: listForwardingMailboxes },
      { id: 'inbox-rules', script: listInboxRules },
    ],
    links: [
      { id: 'compromised-account', href: compromisedAccount },
      { id: 'restricted-users', href: restrictedUsers },
    ],
  },
  'secure-compromised-accounts': {
    commands: [
      { id: 'remove-forwarding', script: script(connectExchangeOnline, removeForwarding) },
      { id: 'remove-inbox-rule', script: removeInboxRule },
      { id: 'revoke-sessions', script: script('Connect-MgGraph -Scopes "User.ReadWrite.All"', revokeSessions) },
    ],
    links: [
      { id: 'compromised-account', href: compromisedAccount },
      { id: 'revoke-sessions', href: revokeSignInSessions },
      { id: 'restricted-users', href: restrictedUsers },
    ],
  },
};
