// The commands and links of the servers step's actions (step 3, lock down on-premises servers), fetched with the step.
import type { ActionDetails } from '../actions';
import { connectExchangeOnline, script } from '../flow';
import { adminMfa, lastTwoDays, learnMore, serverIp } from './other-steps';

/** Microsoft Learn pages only this step cites. */
const pages = {
  anonymousRelay: 'https://learn.microsoft.com/en-us/exchange/mail-flow/connectors/allow-anonymous-relay',
} as const;

export const details: Readonly<Record<string, ActionDetails>> = {
  'enable-admin-mfa': adminMfa,
  'restrict-relay': {
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
    links: [{ id: 'anonymous-relay', href: pages.anonymousRelay }],
  },
  'secure-servers': { commands: [], links: [] },
  'confirm-legitimate-mail': {
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
      { id: 'message-trace', href: learnMore.messageTrace },
      { id: 'get-messagetracev2', href: learnMore.getMessageTraceV2 },
    ],
  },
};
