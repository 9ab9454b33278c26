// The commands and links of the about step's actions (what the code means and why it happened), fetched with the step.
import type { ActionDetails } from '../actions';
import { connectExchangeOnline, script } from '../flow';
import { lastTwoDays, learnMore } from './other-steps';

/** Microsoft Learn pages only this step cites. */
const pages = {
  ndrReference: 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online',
  emailSecurityReports: 'https://learn.microsoft.com/en-us/defender-office-365/reports-email-security',
  mailFlowReports: 'https://learn.microsoft.com/en-us/exchange/monitoring/mail-flow-reports/mail-flow-reports',
  outboundSpam: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-protection-about',
  exchangeOnlineLimits: 'https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits',
} as const;

export const details: Readonly<Record<string, ActionDetails>> = {
  'keep-ndr': {
    commands: [],
    links: [{ id: 'ndr-reference', href: pages.ndrReference }],
  },
  'subscription-renewal': {
    commands: [],
    links: [{ id: 'fix-7xx', href: learnMore.fix7xx }],
  },
  'find-cause-reports': {
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
      { id: 'fix-7xx', href: learnMore.fix7xx },
      { id: 'email-security-reports', href: pages.emailSecurityReports },
      { id: 'mail-flow-reports', href: pages.mailFlowReports },
      { id: 'message-trace', href: learnMore.messageTrace },
    ],
  },
  'move-bulk-mail': {
    commands: [],
    links: [
      { id: 'outbound-spam', href: pages.outboundSpam },
      { id: 'exchange-online-limits', href: pages.exchangeOnlineLimits },
    ],
  },
};
