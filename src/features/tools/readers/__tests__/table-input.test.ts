import { describe, expect, it } from 'vitest';
import { CutCell } from '../powershell-record';
import { isTableHead, readTable } from '../table-input';
import { fixture } from './structured-fixtures';

describe('isTableHead', () => {
  it('needs a header over a ruler of dash groups', () => {
    expect(isTableHead('Name   DomainName', '----   ----------')).toBe(true);
    expect(isTableHead('Name', '----')).toBe(true);
    expect(isTableHead('', '----')).toBe(false);
    expect(isTableHead('Name   DomainName', '-- x --')).toBe(false);
    expect(isTableHead('a', '   ')).toBe(false);
  });
});

describe('readTable', () => {
  it('reads the default Get-AcceptedDomain table by the ruler, and reports cells cut with …', () => {
    expect(readTable(fixture('accepted-domains-table.txt'))).toEqual({
      records: [
        { Name: 'contoso.com', DomainName: 'contoso.com', DomainType: 'Authoritative', Default: 'True' },
        { Name: 'contoso.onmicrosoft.com', DomainName: 'contoso.onmicrosoft.com', DomainType: 'Authoritative', Default: 'False' },
        { Name: 'northwindtraders.com', DomainName: 'northwindtraders.com', DomainType: 'InternalRelay', Default: 'False' },
        {
          Name: new CutCell('tailwind-traders-archive-mai…'),
          DomainName: new CutCell('tailwind-traders-archive-mai…'),
          DomainType: 'Authoritative',
          Default: 'False',
        },
      ],
      truncated: ['tailwind-traders-archive-mai…', 'tailwind-traders-archive-mai…'],
    });
  });

  it('reads the Windows PowerShell 5.1 connector table, whose cells are cut with ...', () => {
    const { records, truncated } = readTable(fixture('inbound-connectors-table.txt'));
    expect(records[1]).toEqual({ Name: 'Inbound Relay', SenderDomains: '{smtp:*;1}', SenderIPAddresses: new CutCell('{192.0.2.0/24, 198.51.100....'), Enabled: 'True' });
    expect(records[2]?.Enabled).toBe('False');
    expect(truncated).toEqual(['{192.0.2.0/24, 198.51.100....', 'Relay for scanners and cop...', '{smtp:contoso.com;1, smtp:...']);
  });

  it('runs the last column to the end of the line, and ends a table at a blank line', () => {
    const text = 'Name  Comment\n----  -------\nA     a comment longer than its header\n\nnot a row';
    expect(readTable(text).records).toEqual([{ Name: 'A', Comment: 'a comment longer than its header' }]);
  });

  it('reads several tables in one paste, and rows Format-Table -Wrap continued', () => {
    const text = [
      'Name  DomainName',
      '----  ----------',
      'a     contoso.com',
      'PS C:\\> Get-AcceptedDomain | ft -Wrap',
      'Name  DomainName',
      '----  ----------',
      'b     fabrikam.exa',
      '      mple',
    ].join('\n');
    expect(readTable(text).records).toEqual([
      { Name: 'a', DomainName: 'contoso.com' },
      { Name: 'b', DomainName: 'fabrikam.example' },
    ]);
  });
});
