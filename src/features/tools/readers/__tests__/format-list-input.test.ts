import { describe, expect, it } from 'vitest';
import { readFormatList } from '../format-list-input';
import { fixture } from './structured-fixtures';

describe('readFormatList', () => {
  it('reads the example of tools-formats.md §2.3, joining the wrapped DistinguishedName without a space', () => {
    expect(readFormatList(fixture('inbound-connector-format-list-example.txt'))).toEqual({
      records: [
        {
          Enabled: 'True',
          ConnectorType: 'OnPremises',
          ConnectorSource: 'Default',
          Comment: '',
          SenderIPAddresses: ['192.0.2.0/24', '198.51.100.0/24'],
          SenderDomains: ['smtp:*;1'],
          TreatMessagesAsInternal: 'True',
          TlsSenderCertificateName: '',
          DistinguishedName:
            'CN=Inbound Relay,CN=Transport Settings,CN=Configuration,CN=contoso.onmicrosoft.com,CN=ConfigurationUnits,DC=EURPR05A003,DC=PROD,DC=OUTLOOK,DC=COM',
          WhenCreatedUTC: '11/18/2026 2:14:09 AM',
        },
      ],
      truncated: [],
    });
  });

  it('separates records at blank lines and drops the prompts around them', () => {
    const { records } = readFormatList(fixture('inbound-connectors-format-list.txt'));
    expect(records.map((record) => record.Name)).toEqual(['Partner mail from Fabrikam', 'Inbound Relay']);
    expect(records[1]?.OrganizationId).toBe(
      'EURPR05A003.PROD.OUTLOOK.COM/Microsoft Exchange Hosted Organizations/contoso.onmicrosoft.com - EURPR05A003.PROD.OUTLOOK.COM/ConfigurationUnits/contoso.onmicrosoft.com/Configuration',
    );
    expect(records[1]?.TrustedOrganizations).toEqual([]);
    expect(Object.keys(records[0] ?? {})).toHaveLength(42);
  });

  it('starts a new record when a name comes again (blank lines lost), comparing names without case', () => {
    const text = 'Name : contoso.com\nDomainType : Authoritative\nname : fabrikam.example\nDomainType : InternalRelay';
    expect(readFormatList(text).records).toEqual([
      { Name: 'contoso.com', DomainType: 'Authoritative' },
      { name: 'fabrikam.example', DomainType: 'InternalRelay' },
    ]);
  });

  it('marks lists PowerShell shortened past $FormatEnumerationLimit, keeping their items', () => {
    const text = [
      'Name              : Scanners',
      'SenderIPAddresses : {192.0.2.1, 192.0.2.2, 192.0.2.3, 192.0.2.4...}',
      'SenderDomains     : {smtp:contoso.com;1, smtp:fabrikam.example;1, smtp:sales.contoso.com;1, smtp:wingtiptoys.example;1…}',
    ].join('\n');
    expect(readFormatList(text)).toEqual({
      records: [
        {
          Name: 'Scanners',
          SenderIPAddresses: ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4'],
          SenderDomains: ['smtp:contoso.com;1', 'smtp:fabrikam.example;1', 'smtp:sales.contoso.com;1', 'smtp:wingtiptoys.example;1'],
        },
      ],
      truncated: [
        '{192.0.2.1, 192.0.2.2, 192.0.2.3, 192.0.2.4...}',
        '{smtp:contoso.com;1, smtp:fabrikam.example;1, smtp:sales.contoso.com;1, smtp:wingtiptoys.example;1…}',
      ],
    });
  });

  it('joins a wrapped list whose trailing space the console copy dropped', () => {
    const text = 'SenderIPAddresses : {192.0.2.0/24,\n                    198.51.100.0/24}\nEnabled           : True';
    expect(readFormatList(text).records).toEqual([{ SenderIPAddresses: ['192.0.2.0/24', '198.51.100.0/24'], Enabled: 'True' }]);
  });

  it('tolerates tabs, CRLF, an indented paste, and continuation lines with less indentation than the value column', () => {
    const text = '    Name\t: Inbound Relay\r\n    Comment : Created by the\r\n      script\r\n';
    expect(readFormatList(text).records).toEqual([{ Name: 'Inbound Relay', Comment: 'Created by thescript' }]);
  });

  it('reads nothing from text without property lines', () => {
    expect(readFormatList('contoso.com\nfabrikam.example')).toEqual({ records: [], truncated: [] });
  });
});
