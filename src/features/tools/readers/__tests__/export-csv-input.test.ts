import { describe, expect, it } from 'vitest';
import { isExportCsvHeader, readExportCsv } from '../export-csv-input';
import { fixture } from './structured-fixtures';

describe('isExportCsvHeader', () => {
  it('knows the #TYPE line, a quoted header, and an unquoted header of property names', () => {
    expect(isExportCsvHeader('#TYPE Deserialized.Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain')).toBe(true);
    expect(isExportCsvHeader('"DomainName","DomainType","Default"')).toBe(true);
    expect(isExportCsvHeader('DomainName,DomainType,MatchSubDomains')).toBe(true);
  });

  it('is false for a list of domains separated by commas, and for other text', () => {
    expect(isExportCsvHeader('contoso.com, fabrikam.example')).toBe(false);
    expect(isExportCsvHeader('Contoso,Fabrikam')).toBe(false);
    expect(isExportCsvHeader('Name : contoso.com')).toBe(false);
  });
});

describe('readExportCsv', () => {
  it('reads records by header name after the #TYPE line', () => {
    const { records, truncated } = readExportCsv(fixture('accepted-domains-export.csv'));
    expect(truncated).toEqual([]);
    expect(records).toHaveLength(4);
    expect(records[2]).toMatchObject({
      DomainName: 'fabrikam.example',
      CatchAllRecipientID: '',
      DomainType: 'InternalRelay',
      MatchSubDomains: 'True',
      ObjectClass: 'System.Collections.ArrayList',
      WhenCreatedUTC: '1/11/2022 11:25:09 AM',
    });
  });

  it('reads columns in any order, quoted commas and line breaks, and skips prompts', () => {
    const text = 'PS C:\\> Import-Csv x\n"Comment","Name"\n"relay, from ""scanners""\nfloor 2","Scanners"\nPS C:\\> ';
    expect(readExportCsv(text).records).toEqual([{ Comment: 'relay, from "scanners"\nfloor 2', Name: 'Scanners' }]);
  });
});
