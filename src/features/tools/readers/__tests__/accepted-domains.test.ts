import { describe, expect, it } from 'vitest';
import { toAcceptedDomains } from '../accepted-domains';
import { CutCell } from '../powershell-record';

describe('toAcceptedDomains', () => {
  it('maps DomainName, DomainType, MatchSubDomains, SendingFromDomainDisabled and Default, names in any case', () => {
    expect(
      toAcceptedDomains([
        { DomainName: 'Contoso.com', DomainType: 'Authoritative', MatchSubDomains: false, SendingFromDomainDisabled: false, Default: true },
        { domainname: 'fabrikam.example', domaintype: 2, matchsubdomains: 'True', sendingfromdomaindisabled: 'False', default: 'False' },
        { DomainName: 'legacy.contoso.com', DomainType: { value: 1, Value: 'Unknown' }, MatchSubDomains: '$false', SendingFromDomainDisabled: 1 },
      ]),
    ).toEqual({
      domains: [
        { domain: 'contoso.com', type: 'Authoritative', matchSubDomains: false, sendingFromDomainDisabled: false, isDefault: true },
        { domain: 'fabrikam.example', type: 'InternalRelay', matchSubDomains: true, sendingFromDomainDisabled: false, isDefault: false },
        { domain: 'legacy.contoso.com', type: 'ExternalRelay', matchSubDomains: false, sendingFromDomainDisabled: true },
      ],
      matchSubDomainsKnown: true,
    });
  });

  it('uses Name where DomainName is missing, never for a cut DomainName', () => {
    expect(
      toAcceptedDomains([
        { Name: 'contoso.com', DomainType: 'Authoritative' },
        { Name: 'tailwind-traders-archive-mail.example', DomainName: new CutCell('tailwind-traders-archive-mai…') },
        { DomainName: null, Name: 'fabrikam.example' },
      ]),
    ).toEqual({ domains: [{ domain: 'contoso.com', type: 'Authoritative' }, { domain: 'fabrikam.example' }], matchSubDomainsKnown: false });
  });

  it('keeps a wildcard entry, reads deserialised SmtpDomainWithSubdomains, and skips what is not a domain', () => {
    expect(
      toAcceptedDomains([
        { DomainName: '*.contoso.com', MatchSubDomains: false },
        { DomainName: { Domain: 'fabrikam.example', IncludeSubDomains: true }, MatchSubDomains: false },
        { DomainName: '*', MatchSubDomains: false },
        { DomainName: 'not a domain', MatchSubDomains: true },
        { Other: 'x' },
      ]).domains,
    ).toEqual([
      { domain: '*.contoso.com', matchSubDomains: false },
      { domain: '*.fabrikam.example', matchSubDomains: false },
    ]);
  });

  it('reads a domain given twice once, the first saying what it says and the second filling the rest', () => {
    expect(
      toAcceptedDomains([
        { DomainName: 'contoso.com', DomainType: 'Authoritative' },
        { DomainName: 'CONTOSO.COM', DomainType: 'InternalRelay', MatchSubDomains: true },
      ]),
    ).toEqual({ domains: [{ domain: 'contoso.com', type: 'Authoritative', matchSubDomains: true }], matchSubDomainsKnown: false });
  });

  it('says MatchSubDomains is unknown when a domain came without it, or when there are none', () => {
    expect(toAcceptedDomains([{ DomainName: 'contoso.com', MatchSubDomains: true }, { DomainName: 'fabrikam.example' }]).matchSubDomainsKnown).toBe(false);
    expect(toAcceptedDomains([])).toEqual({ domains: [], matchSubDomainsKnown: false });
  });
});
