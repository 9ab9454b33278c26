import { describe, expect, it } from 'vitest';
import type { AcceptedDomain } from '../../model';
import { editDistance, lookAlikeOf, sharesRegisteredName } from '../look-alike';
import { domainParts, isNonRoutable, registrableDomain } from '../registrable-domain';

const accepted: AcceptedDomain[] = [
  { domain: 'contoso.com', type: 'Authoritative' },
  { domain: 'contoso.onmicrosoft.com', type: 'Authoritative' },
  { domain: 'fabrikam.co.uk', type: 'Authoritative' },
  { domain: 'hr.example', type: 'Authoritative' },
];

describe('registrable domain', () => {
  it('tells the registered name from the public suffix', () => {
    expect(domainParts('Sales.Contoso.COM.')).toEqual({ label: 'contoso', suffix: 'com', subLabels: ['sales'] });
    expect(domainParts('mail.fabrikam.co.uk')).toEqual({ label: 'fabrikam', suffix: 'co.uk', subLabels: ['mail'] });
    expect(domainParts('contoso.mail.onmicrosoft.com')).toEqual({ label: 'contoso', suffix: 'mail.onmicrosoft.com', subLabels: [] });
    expect(domainParts('*.contoso.com')).toEqual({ label: 'contoso', suffix: 'com', subLabels: [] });
    expect(domainParts('co.uk')).toEqual({ label: 'co', suffix: 'uk', subLabels: [] });
    expect(domainParts('localhost')).toEqual({ label: 'localhost', suffix: '', subLabels: [] });
    expect(registrableDomain('a.b.contoso.co.jp')).toBe('contoso.co.jp');
  });

  it('knows internal names', () => {
    expect(isNonRoutable('srv01.contoso.local')).toBe(true);
    expect(isNonRoutable('contoso.lan.')).toBe(true);
    expect(isNonRoutable('contoso.com')).toBe(false);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('contoso', 'contoso')).toBe(0);
    expect(editDistance('contoso', 'contosso')).toBe(1);
    expect(editDistance('contoso', 'cntoso')).toBe(1);
    expect(editDistance('contoso', 'contosa')).toBe(1);
    expect(editDistance('contoso', 'cnotoso')).toBe(1);
    expect(editDistance('contoso', 'kontosa')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('lookAlikeOf', () => {
  it('finds the same name under another top-level domain', () => {
    expect(lookAlikeOf('contoso.co', accepted)).toEqual({ of: 'contoso.com', kind: 'other-tld' });
    expect(lookAlikeOf('fabrikam.com', accepted)).toEqual({ of: 'fabrikam.co.uk', kind: 'other-tld' });
  });

  it('finds digits and letter pairs standing in for letters', () => {
    expect(lookAlikeOf('c0ntoso.com', accepted)).toEqual({ of: 'contoso.com', kind: 'similar-characters' });
    expect(lookAlikeOf('fabr1kam.co.uk', accepted)).toEqual({ of: 'fabrikam.co.uk', kind: 'similar-characters' });
    expect(lookAlikeOf('fabrikarn.co.uk', accepted)).toEqual({ of: 'fabrikam.co.uk', kind: 'similar-characters' });
  });

  it('finds the name with a word added, or used as a subdomain of a stranger', () => {
    expect(lookAlikeOf('contoso-billing.com', accepted)).toEqual({ of: 'contoso.com', kind: 'name-plus-word' });
    expect(lookAlikeOf('securecontoso.example', accepted)).toEqual({ of: 'contoso.com', kind: 'name-plus-word' });
    expect(lookAlikeOf('contoso.mailer.example', accepted)).toEqual({ of: 'contoso.com', kind: 'name-plus-word' });
  });

  it('finds small misspellings, fewer for shorter names', () => {
    expect(lookAlikeOf('contsoo.com', accepted)).toEqual({ of: 'contoso.com', kind: 'small-edit' });
    expect(lookAlikeOf('cantosa.net', accepted)).toEqual({ of: 'contoso.com', kind: 'small-edit' });
    expect(lookAlikeOf('hq.example', accepted)).toBeUndefined();
    expect(lookAlikeOf('hr-payroll.example', accepted)).toBeUndefined();
  });

  it('leaves the organisation’s own names, internal names and strangers alone', () => {
    expect(lookAlikeOf('sales.contoso.com', accepted)).toBeUndefined();
    expect(lookAlikeOf('contoso.com', accepted)).toBeUndefined();
    expect(lookAlikeOf('contoso.local', accepted)).toBeUndefined();
    expect(lookAlikeOf('tailspintoys.example', accepted)).toBeUndefined();
    expect(lookAlikeOf('secure-billing.example', accepted)).toBeUndefined();
    expect(sharesRegisteredName('crm.sales.contoso.com', accepted)).toBe(true);
    expect(sharesRegisteredName('contoso.co', accepted)).toBe(false);
  });
});
