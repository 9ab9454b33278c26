// Outside pages the app points to. https only; every link opens in a new tab without an opener.
export const sources = {
  document:
    'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750',
  license: 'https://creativecommons.org/licenses/by/4.0/',
  ndrReference:
    'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online',
} as const;
