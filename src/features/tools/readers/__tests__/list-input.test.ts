import { describe, expect, it } from 'vitest';
import { readDomainList } from '../list-input';
import { fixture } from './structured-fixtures';

describe('readDomainList', () => {
  it('reads one a line or separated by commas, semicolons and spaces; addresses give their domain; # starts a comment', () => {
    expect(readDomainList(fixture('accepted-domains-list.txt'))).toEqual({
      domains: ['contoso.com', 'fabrikam.example', 'northwind.example', 'sales.contoso.com', 'xn--eckwd4c7c.example', 'tailspin.example', '*.wingtiptoys.example'],
      notDomains: [],
      truncated: [],
    });
  });

  it('keeps each domain once, strips quotes and brackets, and skips prompts', () => {
    expect(readDomainList('PS C:\\> (Get-AcceptedDomain).DomainName\n"contoso.com"\n<adele@CONTOSO.com>\n(fabrikam.example)').domains).toEqual([
      'contoso.com',
      'fabrikam.example',
    ]);
  });

  it('keeps aside words that are not domains, and cut ones', () => {
    expect(readDomainList('contoso.com, hello world, 192.0.2.1, *, tailwind-traders-archive-mai…')).toEqual({
      domains: ['contoso.com'],
      notDomains: ['hello', 'world', '192.0.2.1', '*'],
      truncated: ['tailwind-traders-archive-mai…'],
    });
  });
});
