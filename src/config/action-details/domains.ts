// The commands and links of the domains step's actions (step 1, register all domains), fetched with the step.
import type { ActionDetails } from '../actions';
import { connectExchangeOnline, script } from '../flow';
import { setInboundConnector, useConnectors } from './connectors';
import { lastTwoDays, learnMore, serverIp } from './other-steps';

/** Microsoft Learn pages only this step cites. */
const pages = {
  manageAcceptedDomains: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-accepted-domains/manage-accepted-domains',
  getAcceptedDomain: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-accepteddomain',
  addDomain: 'https://learn.microsoft.com/en-us/microsoft-365/admin/setup/add-domain',
} as const;

export const details: Readonly<Record<string, ActionDetails>> = {
  'list-accepted-domains': {
    commands: [
      {
        id: 'accepted-domains',
        script: script(connectExchangeOnline, 'Get-AcceptedDomain | Format-Table DomainName,DomainType,Default'),
      },
    ],
    links: [
      { id: 'manage-accepted-domains', href: pages.manageAcceptedDomains },
      { id: 'get-accepteddomain', href: pages.getAcceptedDomain },
    ],
  },
  'list-sending-domains': {
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
      { id: 'message-trace', href: learnMore.messageTrace },
      { id: 'get-messagetracev2', href: learnMore.getMessageTraceV2 },
    ],
  },
  'add-missing-domains': {
    commands: [],
    links: [
      { id: 'add-domain', href: pages.addDomain },
      { id: 'manage-accepted-domains', href: pages.manageAcceptedDomains },
    ],
  },
  'certificate-connector': {
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
      { id: 'use-connectors', href: useConnectors },
      { id: 'set-inboundconnector', href: setInboundConnector },
    ],
  },
};
