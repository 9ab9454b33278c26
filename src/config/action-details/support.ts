// The commands and links of the support step's actions (step 4, contact Microsoft Support), fetched with the step.
import type { ActionDetails } from '../actions';
import { connectExchangeOnline, script } from '../flow';
import { learnMore } from './other-steps';

/** Microsoft Learn pages only this step cites. */
const pages = {
  getSupport: 'https://learn.microsoft.com/en-us/microsoft-365/admin/get-help-support',
} as const;

export const details: Readonly<Record<string, ActionDetails>> = {
  'gather-evidence': {
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
  'open-support-case': {
    commands: [],
    links: [{ id: 'get-support', href: pages.getSupport }],
  },
  'share-summary': {
    commands: [],
    links: [{ id: 'fix-7xx', href: learnMore.fix7xx }],
  },
};
