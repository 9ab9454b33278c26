// Actions an admin takes on each step. Their words live in locales/{lng}/actions.json under the same id.
// Every cmdlet and parameter used here was checked against Microsoft's reference documentation; placeholders
// are the documentation's own (contoso.com, "Connector name", 192.0.2.10 from the documentation IP range).
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
  commands: readonly PowerShellCommand[];
  links: readonly ActionLink[];
}

const both: readonly Code[] = ['5.7.705', '5.7.750'];
const tenantThreshold: readonly Code[] = ['5.7.705'];
const unregisteredDomains: readonly Code[] = ['5.7.750'];

/** Multi-line scripts are written as one line per array item. */
const script = (...lines: string[]): string => lines.join('\n');

/** First line of every Exchange Online script, so each block works when pasted on its own. */
const connectExchangeOnline = 'Connect-ExchangeOnline -UserPrincipalName admin@contoso.com';
/** Placeholder for the public IP address of an on-premises mail server (RFC 5737 documentation range). */
const serverIp = '192.0.2.10';
const lastTwoDays = '-StartDate (Get-Date).AddDays(-2) -EndDate (Get-Date)';

/** Placeholder for one affected user's address. */
const user = 'user@contoso.com';

// Scripts two actions share: 5.7.705 contains accounts on a step of its own, 5.7.750 on the connectors step.
const listForwardingMailboxes = script(
  'Get-Mailbox -ResultSize Unlimited | Where-Object { $_.ForwardingSmtpAddress -or $_.ForwardingAddress } |',
  '  Format-Table Name,ForwardingSmtpAddress,ForwardingAddress,DeliverToMailboxAndForward',
);
const listInboxRules = script(
  `Get-InboxRule -Mailbox ${user} -IncludeHidden |`,
  '  Format-List Name,Enabled,Description,ForwardTo,ForwardAsAttachmentTo,RedirectTo,DeleteMessage',
);
const removeForwarding = `Set-Mailbox -Identity ${user} -ForwardingSmtpAddress $null -ForwardingAddress $null`;
const removeInboxRule = `Remove-InboxRule -Mailbox ${user} -Identity "Rule name"`;
const revokeSessions = `Revoke-MgUserSignInSession -UserId ${user}`;

/** Microsoft Learn pages the actions cite. */
const learn = {
  ndrReference:
    'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online',
  fix7xx:
    'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750',
  emailSecurityReports: 'https://learn.microsoft.com/en-us/defender-office-365/reports-email-security',
  mailFlowReports: 'https://learn.microsoft.com/en-us/exchange/monitoring/mail-flow-reports/mail-flow-reports',
  messageTrace: 'https://learn.microsoft.com/en-us/exchange/monitoring/trace-an-email-message/message-trace-modern-eac',
  getMessageTraceV2: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-messagetracev2',
  outboundSpam: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-protection-about',
  exchangeOnlineLimits:
    'https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits',
  manageAcceptedDomains:
    'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-accepted-domains/manage-accepted-domains',
  getAcceptedDomain: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-accepteddomain',
  addDomain: 'https://learn.microsoft.com/en-us/microsoft-365/admin/setup/add-domain',
  useConnectors:
    'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/use-connectors-to-configure-mail-flow',
  getInboundConnector: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-inboundconnector',
  setInboundConnector: 'https://learn.microsoft.com/powershell/module/exchangepowershell/set-inboundconnector',
  removeInboundConnector: 'https://learn.microsoft.com/powershell/module/exchangepowershell/remove-inboundconnector',
  compromisedConnector: 'https://learn.microsoft.com/en-us/defender-office-365/connectors-detect-respond-to-compromise',
  auditSearch: 'https://learn.microsoft.com/en-us/purview/audit-search',
  searchUnifiedAuditLog: 'https://learn.microsoft.com/powershell/module/exchangepowershell/search-unifiedauditlog',
  compromisedAccount: 'https://learn.microsoft.com/en-us/defender-office-365/responding-to-a-compromised-email-account',
  restrictedUsers: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-restore-restricted-users',
  resetPasswords: 'https://learn.microsoft.com/en-us/microsoft-365/admin/add-users/reset-passwords',
  updateMgUser: 'https://learn.microsoft.com/powershell/module/microsoft.graph.users/update-mguser',
  getMgUserAuthenticationMethod:
    'https://learn.microsoft.com/powershell/module/microsoft.graph.identity.signins/get-mguserauthenticationmethod',
  getMailboxPermission: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxpermission',
  illicitConsentGrants: 'https://learn.microsoft.com/en-us/defender-office-365/detect-and-remediate-illicit-consent-grants',
  removeBlockedSenderAddress: 'https://learn.microsoft.com/powershell/module/exchangepowershell/remove-blockedsenderaddress',
  getOutboundConnector: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-outboundconnector',
  mailFlowRules: 'https://learn.microsoft.com/en-us/exchange/security-and-compliance/mail-flow-rules/mail-flow-rules',
  getTransportRule: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-transportrule',
  revokeSignInSessions:
    'https://learn.microsoft.com/powershell/module/microsoft.graph.users.actions/revoke-mgusersigninsession',
  mfaSetup:
    'https://learn.microsoft.com/en-us/microsoft-365/admin/security-and-compliance/set-up-multi-factor-authentication',
  securityDefaults: 'https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults',
  anonymousRelay: 'https://learn.microsoft.com/en-us/exchange/mail-flow/connectors/allow-anonymous-relay',
  getSupport: 'https://learn.microsoft.com/en-us/microsoft-365/admin/get-help-support',
} as const;

export const actionDefinitions: readonly ActionDefinition[] = [
  // about: what the code means and why it happened
  {
    id: 'keep-ndr',
    codes: both,
    commands: [],
    links: [{ id: 'ndr-reference', href: learn.ndrReference }],
  },
  {
    id: 'subscription-renewal',
    codes: tenantThreshold,
    commands: [],
    links: [{ id: 'fix-7xx', href: learn.fix7xx }],
  },
  {
    id: 'find-cause-reports',
    codes: tenantThreshold,
    commands: [
      {
        id: 'top-senders',
        script: script(
          connectExchangeOnline,
          '$domains = Get-AcceptedDomain | ForEach-Object { "$($_.DomainName)" }',
          `Get-MessageTraceV2 ${lastTwoDays} -ResultSize 5000 |`,
          "  Where-Object { $domains -contains ($_.SenderAddress -split '@')[-1] } |",
          '  Group-Object SenderAddress |',
          '  Sort-Object Count -Descending |',
          '  Select-Object -First 20 Count,Name',
        ),
      },
    ],
    links: [
      { id: 'fix-7xx', href: learn.fix7xx },
      { id: 'email-security-reports', href: learn.emailSecurityReports },
      { id: 'mail-flow-reports', href: learn.mailFlowReports },
      { id: 'message-trace', href: learn.messageTrace },
    ],
  },
  {
    id: 'move-bulk-mail',
    codes: tenantThreshold,
    commands: [],
    links: [
      { id: 'outbound-spam', href: learn.outboundSpam },
      { id: 'exchange-online-limits', href: learn.exchangeOnlineLimits },
    ],
  },

  // accounts: 5.7.705 only, before the domains: find and contain compromised senders
  {
    id: 'find-restricted-senders',
    codes: tenantThreshold,
    commands: [{ id: 'restricted-senders', script: script(connectExchangeOnline, 'Get-BlockedSenderAddress') }],
    links: [
      { id: 'restricted-users', href: learn.restrictedUsers },
      { id: 'compromised-account', href: learn.compromisedAccount },
    ],
  },
  {
    id: 'block-sign-in',
    codes: tenantThreshold,
    commands: [
      {
        id: 'block-sign-in',
        script: script('Connect-MgGraph -Scopes "User.EnableDisableAccount.All","User.Read.All"', `Update-MgUser -UserId ${user} -AccountEnabled:$false`),
      },
    ],
    links: [
      { id: 'compromised-account', href: learn.compromisedAccount },
      { id: 'update-mguser', href: learn.updateMgUser },
    ],
  },
  {
    id: 'reset-password',
    codes: tenantThreshold,
    commands: [],
    links: [{ id: 'reset-passwords', href: learn.resetPasswords }],
  },
  {
    id: 'revoke-sessions',
    codes: tenantThreshold,
    commands: [{ id: 'revoke-sessions', script: script('Connect-MgGraph -Scopes "User.RevokeSessions.All"', revokeSessions) }],
    links: [{ id: 'revoke-sessions', href: learn.revokeSignInSessions }],
  },
  {
    id: 'remove-rules-forwarding',
    codes: tenantThreshold,
    commands: [
      { id: 'mailbox-forwarding', script: script(connectExchangeOnline, listForwardingMailboxes) },
      { id: 'inbox-rules', script: listInboxRules },
      { id: 'remove-forwarding', script: removeForwarding },
      { id: 'remove-inbox-rule', script: removeInboxRule },
    ],
    links: [{ id: 'compromised-account', href: learn.compromisedAccount }],
  },
  {
    id: 'check-added-access',
    codes: tenantThreshold,
    commands: [
      {
        id: 'mfa-methods',
        script: script(
          'Connect-MgGraph -Scopes "UserAuthenticationMethod.Read.All"',
          `Get-MgUserAuthenticationMethod -UserId ${user} |`,
          '  Format-List Id,AdditionalProperties',
        ),
      },
      {
        id: 'delegates',
        script: script(
          connectExchangeOnline,
          `Get-MailboxPermission -Identity ${user} |`,
          String.raw`  Where-Object { -not $_.IsInherited -and $_.User -notlike "NT AUTHORITY\SELF" }`,
          `Get-RecipientPermission -Identity ${user} |`,
          String.raw`  Where-Object { $_.Trustee -notlike "NT AUTHORITY\SELF" }`,
          `Get-Mailbox -Identity ${user} | Format-List GrantSendOnBehalfTo`,
        ),
      },
      {
        id: 'app-consents',
        script: script(
          'Connect-MgGraph -Scopes "Directory.Read.All"',
          `Get-MgUserOauth2PermissionGrant -UserId ${user} -All |`,
          '  ForEach-Object {',
          '    $app = Get-MgServicePrincipal -ServicePrincipalId $_.ClientId',
          '    [pscustomobject]@{ App = $app.DisplayName; Scope = $_.Scope }',
          '  }',
        ),
      },
    ],
    links: [
      { id: 'get-mguserauthenticationmethod', href: learn.getMgUserAuthenticationMethod },
      { id: 'get-mailboxpermission', href: learn.getMailboxPermission },
      { id: 'illicit-consent-grants', href: learn.illicitConsentGrants },
    ],
  },
  {
    id: 'review-sent-items',
    codes: tenantThreshold,
    commands: [
      {
        id: 'trace-user-mail',
        script: script(
          connectExchangeOnline,
          `Get-MessageTraceV2 -SenderAddress ${user} ${lastTwoDays} -ResultSize 5000 |`,
          '  Format-Table Received,RecipientAddress,Subject,Status',
        ),
      },
    ],
    links: [
      { id: 'message-trace', href: learn.messageTrace },
      { id: 'get-messagetracev2', href: learn.getMessageTraceV2 },
    ],
  },
  {
    id: 'release-restricted-senders',
    codes: tenantThreshold,
    commands: [
      { id: 'release-sender', script: script(connectExchangeOnline, `Remove-BlockedSenderAddress -SenderAddress ${user}`) },
    ],
    links: [
      { id: 'restricted-users', href: learn.restrictedUsers },
      { id: 'remove-blockedsenderaddress', href: learn.removeBlockedSenderAddress },
    ],
  },

  // domains: step 1, register all domains
  {
    id: 'list-accepted-domains',
    codes: both,
    commands: [
      {
        id: 'accepted-domains',
        script: script(connectExchangeOnline, 'Get-AcceptedDomain | Format-Table DomainName,DomainType,Default'),
      },
    ],
    links: [
      { id: 'manage-accepted-domains', href: learn.manageAcceptedDomains },
      { id: 'get-accepteddomain', href: learn.getAcceptedDomain },
    ],
  },
  {
    id: 'list-sending-domains',
    codes: both,
    commands: [
      {
        id: 'sender-domains',
        script: script(
          connectExchangeOnline,
          `Get-MessageTraceV2 -FromIP ${serverIp} ${lastTwoDays} -ResultSize 5000 |`,
          "  Group-Object { ($_.SenderAddress -split '@')[-1] } |",
          '  Sort-Object Count -Descending |',
          '  Format-Table Count,Name',
        ),
      },
    ],
    links: [
      { id: 'message-trace', href: learn.messageTrace },
      { id: 'get-messagetracev2', href: learn.getMessageTraceV2 },
    ],
  },
  {
    id: 'add-missing-domains',
    codes: both,
    commands: [],
    links: [
      { id: 'add-domain', href: learn.addDomain },
      { id: 'manage-accepted-domains', href: learn.manageAcceptedDomains },
    ],
  },
  {
    id: 'certificate-connector',
    codes: unregisteredDomains,
    commands: [
      {
        id: 'onprem-connectors',
        script: script(
          connectExchangeOnline,
          "Get-InboundConnector | Where-Object { $_.ConnectorType -eq 'OnPremises' } |",
          '  Format-List Name,Enabled,SenderIPAddresses,TlsSenderCertificateName,AssociatedAcceptedDomains',
        ),
      },
    ],
    links: [
      { id: 'use-connectors', href: learn.useConnectors },
      { id: 'set-inboundconnector', href: learn.setInboundConnector },
    ],
  },

  // connectors: step 2, look for unusual connectors, and what else attackers change (and, for 5.7.750, the compromised
  // accounts behind them)
  {
    id: 'list-inbound-connectors',
    codes: both,
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
      { id: 'get-inboundconnector', href: learn.getInboundConnector },
      { id: 'compromised-connector', href: learn.compromisedConnector },
    ],
  },
  {
    id: 'audit-connector-changes',
    codes: both,
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
      { id: 'audit-search', href: learn.auditSearch },
      { id: 'search-unifiedauditlog', href: learn.searchUnifiedAuditLog },
      { id: 'compromised-connector', href: learn.compromisedConnector },
    ],
  },
  {
    id: 'remove-unknown-connectors',
    codes: both,
    commands: [
      {
        id: 'disable-connector',
        script: script(connectExchangeOnline, 'Set-InboundConnector -Identity "Connector name" -Enabled $false'),
      },
      { id: 'remove-connector', script: 'Remove-InboundConnector -Identity "Connector name"' },
    ],
    links: [
      { id: 'set-inboundconnector', href: learn.setInboundConnector },
      { id: 'remove-inboundconnector', href: learn.removeInboundConnector },
    ],
  },
  {
    id: 'review-outbound-connectors',
    codes: both,
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
      { id: 'get-outboundconnector', href: learn.getOutboundConnector },
      { id: 'use-connectors', href: learn.useConnectors },
    ],
  },
  {
    id: 'review-transport-rules',
    codes: both,
    commands: [
      {
        id: 'transport-rules',
        script: script(connectExchangeOnline, 'Get-TransportRule | Format-List Name,State,Priority,Mode,Description,WhenChanged'),
      },
      { id: 'disable-transport-rule', script: 'Disable-TransportRule -Identity "Rule name"' },
    ],
    links: [
      { id: 'mail-flow-rules', href: learn.mailFlowRules },
      { id: 'get-transportrule', href: learn.getTransportRule },
    ],
  },
  {
    id: 'check-compromised-accounts',
    codes: unregisteredDomains,
    commands: [
      { id: 'restricted-users', script: script(connectExchangeOnline, 'Get-BlockedSenderAddress') },
      { id: 'mailbox-forwarding', script: listForwardingMailboxes },
      { id: 'inbox-rules', script: listInboxRules },
    ],
    links: [
      { id: 'compromised-account', href: learn.compromisedAccount },
      { id: 'restricted-users', href: learn.restrictedUsers },
    ],
  },
  {
    id: 'secure-compromised-accounts',
    codes: unregisteredDomains,
    commands: [
      { id: 'remove-forwarding', script: script(connectExchangeOnline, removeForwarding) },
      { id: 'remove-inbox-rule', script: removeInboxRule },
      { id: 'revoke-sessions', script: script('Connect-MgGraph -Scopes "User.ReadWrite.All"', revokeSessions) },
    ],
    links: [
      { id: 'compromised-account', href: learn.compromisedAccount },
      { id: 'revoke-sessions', href: learn.revokeSignInSessions },
      { id: 'restricted-users', href: learn.restrictedUsers },
    ],
  },

  // servers: step 3, lock down on-premises servers (admin MFA: on 5.7.705's accounts step instead)
  {
    id: 'enable-admin-mfa',
    codes: both,
    commands: [],
    links: [
      { id: 'mfa-setup', href: learn.mfaSetup },
      { id: 'security-defaults', href: learn.securityDefaults },
    ],
  },
  {
    id: 'restrict-relay',
    codes: both,
    commands: [
      {
        id: 'anonymous-relay',
        script: script(
          String.raw`Get-ReceiveConnector | Get-ADPermission -User "NT AUTHORITY\ANONYMOUS LOGON" |`,
          '  Where-Object { $_.ExtendedRights -like "*Accept-Any-Recipient*" } |',
          '  Format-Table Identity,User,ExtendedRights',
        ),
      },
      {
        id: 'receive-connectors',
        script: 'Get-ReceiveConnector | Format-List Identity,Enabled,Bindings,RemoteIPRanges,PermissionGroups,AuthMechanism',
      },
    ],
    links: [{ id: 'anonymous-relay', href: learn.anonymousRelay }],
  },
  { id: 'secure-servers', codes: both, commands: [], links: [] },
  {
    id: 'confirm-legitimate-mail',
    codes: both,
    commands: [
      {
        id: 'trace-server-mail',
        script: script(
          connectExchangeOnline,
          `Get-MessageTraceV2 -FromIP ${serverIp} ${lastTwoDays} -ResultSize 5000 |`,
          '  Format-Table Received,SenderAddress,RecipientAddress,Subject,Status',
        ),
      },
    ],
    links: [
      { id: 'message-trace', href: learn.messageTrace },
      { id: 'get-messagetracev2', href: learn.getMessageTraceV2 },
    ],
  },

  // support: step 4, contact Microsoft Support
  {
    id: 'gather-evidence',
    codes: both,
    commands: [
      {
        id: 'export-config',
        script: script(
          connectExchangeOnline,
          'Get-AcceptedDomain | Format-Table DomainName,DomainType,Default | Out-File .\\accepted-domains.txt',
          'Get-InboundConnector | Format-List | Out-File .\\inbound-connectors.txt',
        ),
      },
    ],
    links: [],
  },
  {
    id: 'open-support-case',
    codes: both,
    commands: [],
    links: [{ id: 'get-support', href: learn.getSupport }],
  },
  {
    id: 'share-summary',
    codes: both,
    commands: [],
    links: [{ id: 'fix-7xx', href: learn.fix7xx }],
  },
];

export const actionsById: Record<string, ActionDefinition | undefined> = Object.fromEntries(
  actionDefinitions.map((action) => [action.id, action]),
);
