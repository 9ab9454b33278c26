// The commands and links of the accounts step's actions (5.7.705 only: find and contain compromised senders), fetched with the step.
import type { ActionDetails } from '../actions';
import { connectExchangeOnline, script } from '../flow';
import { compromisedAccount, listForwardingMailboxes, listInboxRules, removeForwarding, removeInboxRule, restrictedUsers, revokeSessions, revokeSignInSessions, user } from './connectors';
import { adminMfa, lastTwoDays, learnMore } from './other-steps';

/** Microsoft Learn pages only this step cites. */
const pages = {
  resetPasswords: 'https://learn.microsoft.com/en-us/microsoft-365/admin/add-users/reset-passwords',
  updateMgUser: 'https://learn.microsoft.com/powershell/module/microsoft.graph.users/update-mguser',
  getMgUserAuthenticationMethod: 'https://learn.microsoft.com/powershell/module/microsoft.graph.identity.signins/get-mguserauthenticationmethod',
  getMailboxPermission: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailboxpermission',
  illicitConsentGrants: 'https://learn.microsoft.com/en-us/defender-office-365/detect-and-remediate-illicit-consent-grants',
  removeBlockedSenderAddress: 'https://learn.microsoft.com/powershell/module/exchangepowershell/remove-blockedsenderaddress',
} as const;

export const details: Readonly<Record<string, ActionDetails>> = {
  'find-restricted-senders': {
    commands: [{ id: 'restricted-senders', script: script(connectExchangeOnline, 'Get-BlockedSenderAddress') }],
    links: [
      { id: 'restricted-users', href: restrictedUsers },
      { id: 'compromised-account', href: compromisedAccount },
    ],
  },
  'block-sign-in': {
    commands: [
      {
        id: 'block-sign-in',
        script: script('Connect-MgGraph -Scopes "User.EnableDisableAccount.All","User.Read.All"', `Update-MgUser -UserId ${user} -AccountEnabled:$false`),
      },
    ],
    links: [
      { id: 'compromised-account', href: compromisedAccount },
      { id: 'update-mguser', href: pages.updateMgUser },
    ],
  },
  'reset-password': {
    commands: [],
    links: [{ id: 'reset-passwords', href: pages.resetPasswords }],
  },
  'revoke-sessions': {
    commands: [{ id: 'revoke-sessions', script: script('Connect-MgGraph -Scopes "User.RevokeSessions.All"', revokeSessions) }],
    links: [{ id: 'revoke-sessions', href: revokeSignInSessions }],
  },
  'remove-rules-forwarding': {
    commands: [
      { id: 'mailbox-forwarding', script: script(connectExchangeOnline, listForwardingMailboxes) },
      { id: 'inbox-rules', script: listInboxRules },
      { id: 'remove-forwarding', script: removeForwarding },
      { id: 'remove-inbox-rule', script: removeInboxRule },
    ],
    links: [{ id: 'compromised-account', href: compromisedAccount }],
  },
  'check-added-access': {
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
      { id: 'get-mguserauthenticationmethod', href: pages.getMgUserAuthenticationMethod },
      { id: 'get-mailboxpermission', href: pages.getMailboxPermission },
      { id: 'illicit-consent-grants', href: pages.illicitConsentGrants },
    ],
  },
  'review-sent-items': {
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
      { id: 'message-trace', href: learnMore.messageTrace },
      { id: 'get-messagetracev2', href: learnMore.getMessageTraceV2 },
    ],
  },
  'enable-admin-mfa': adminMfa,
  'release-restricted-senders': {
    commands: [
      { id: 'release-sender', script: script(connectExchangeOnline, `Remove-BlockedSenderAddress -SenderAddress ${user}`) },
    ],
    links: [
      { id: 'restricted-users', href: restrictedUsers },
      { id: 'remove-blockedsenderaddress', href: pages.removeBlockedSenderAddress },
    ],
  },
};
