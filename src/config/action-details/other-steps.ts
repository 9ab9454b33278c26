// What steps other than Connectors share, in a module of its own so that the Connectors step downloads none of it.
import type { ActionDetails } from '../actions';

/** Placeholder for the public IP address of an on-premises mail server (RFC 5737 documentation range). */
export const serverIp = '192.0.2.10';
export const lastTwoDays = '-StartDate (Get-Date).AddDays(-2) -EndDate (Get-Date)';

/** Microsoft Learn pages these steps cite. */
export const learnMore = {
  fix7xx: 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750',
  messageTrace: 'https://learn.microsoft.com/en-us/exchange/monitoring/trace-an-email-message/message-trace-modern-eac',
  getMessageTraceV2: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-messagetracev2',
} as const;

/** Admin MFA: on 5.7.705's accounts step, on 5.7.750's servers step. */
export const adminMfa: ActionDetails = {
  commands: [],
  links: [
    { id: 'mfa-setup', href: 'https://learn.microsoft.com/en-us/microsoft-365/admin/security-and-compliance/set-up-multi-factor-authentication' },
    { id: 'security-defaults', href: 'https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults' },
  ],
};
