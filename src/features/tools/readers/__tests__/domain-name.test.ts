import { describe, expect, it } from 'vitest';
import { domainOfAddress, normaliseDomain } from '../domain-name';
import { domainOfValue } from '../domain-value';

describe('normaliseDomain', () => {
  it('lower-cases, trims, and strips a trailing dot', () => {
    expect(normaliseDomain('  Contoso.COM. ')).toBe('contoso.com');
  });

  it('strips the smtp: prefix and ;cost suffix of AddressSpace strings', () => {
    expect(normaliseDomain('smtp:test.domain.com;1')).toBe('test.domain.com');
    expect(normaliseDomain('SMTP:Fabrikam.example;10')).toBe('fabrikam.example');
    expect(normaliseDomain('smtp:*;1')).toBe('*');
    expect(normaliseDomain('*')).toBe('*');
  });

  it('keeps a leading *. and turns IDN into punycode', () => {
    expect(normaliseDomain('*.Contoso.com')).toBe('*.contoso.com');
    expect(normaliseDomain('smtp:*.contoso.com;1')).toBe('*.contoso.com');
    expect(normaliseDomain('ドメイン.テスト')).toBe('xn--eckwd4c7c.xn--zckzah');
    expect(normaliseDomain('Bücher.example')).toBe('xn--bcher-kva.example');
    expect(normaliseDomain('ＣＯＮＴＯＳＯ。com')).toBe('contoso.com');
  });

  it('rejects what is not a domain', () => {
    for (const other of [
      '',
      'contoso',
      '192.0.2.1',
      '1.2',
      'adele@contoso.com',
      'http://contoso.com',
      'contoso.com/path',
      'conto so.com',
      'contoso..com',
      '-contoso.com',
      'contoso-.com',
      'tailwind-traders-archive-mai…',
      'tailwind-traders-archive-mai...',
      'a.*.contoso.com',
      '*.',
      'System.Object[]',
      `${'a'.repeat(64)}.com`,
      `${'abcdefghi.'.repeat(26)}com`,
    ]) {
      expect(normaliseDomain(other), other).toBeUndefined();
    }
  });
});

describe('domainOfAddress', () => {
  it('gives the domain of an address, or the domain itself', () => {
    expect(domainOfAddress('Adele.Vance@Contoso.com')).toBe('contoso.com');
    expect(domainOfAddress('<alex.w@sales.contoso.com>')).toBe('sales.contoso.com');
    expect(domainOfAddress('smtp:adele@contoso.com')).toBe('contoso.com');
    expect(domainOfAddress('fabrikam.example')).toBe('fabrikam.example');
    expect(domainOfAddress('adele@')).toBeUndefined();
  });
});

describe('domainOfValue', () => {
  it('reads text and the objects older remote sessions deserialised', () => {
    expect(domainOfValue('smtp:contoso.com;1')).toBe('contoso.com');
    expect(domainOfValue({ Domain: 'contoso.com', IncludeSubDomains: false })).toBe('contoso.com');
    expect(domainOfValue({ Domain: 'contoso.com', IncludeSubDomains: true })).toBe('*.contoso.com');
    expect(domainOfValue({ Address: '*.fabrikam.example', IncludeSubDomains: true })).toBe('*.fabrikam.example');
    expect(domainOfValue({ Other: 'contoso.com' })).toBeUndefined();
    expect(domainOfValue(42)).toBeUndefined();
  });
});
