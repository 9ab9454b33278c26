import { describe, expect, it } from 'vitest';
import { kindOfRecord, kindOfRecords } from '../record-kind';

describe('kindOfRecord', () => {
  it('tells connectors, accepted domains, outbound connectors and message trace by their properties', () => {
    expect(kindOfRecord({ Name: 'x', SenderDomains: '{smtp:*;1}', SenderIPAddresses: '{}', Enabled: 'True' })).toBe('inbound-connectors');
    expect(kindOfRecord({ ConnectorType: 'OnPremises' })).toBe('inbound-connectors');
    expect(kindOfRecord({ Name: 'x', DomainName: 'contoso.com', DomainType: 'Authoritative', Default: 'True' })).toBe('accepted-domains');
    expect(kindOfRecord({ Name: 'x', ConnectorType: 'Partner', SmartHosts: '{}', RecipientDomains: '{*}' })).toBe('outbound-connectors');
    expect(kindOfRecord({ Received: '', SenderAddress: '', RecipientAddress: '', Status: '' })).toBe('message-trace');
    expect(kindOfRecord({ Username: 'CONTOSO\\admin', Machine: 'PC01' })).toBeUndefined();
    expect(kindOfRecord({})).toBeUndefined();
  });
});

describe('kindOfRecords', () => {
  it('takes the kind most records are, and only those records', () => {
    const banner = { Username: 'CONTOSO\\admin', Machine: 'PC01' };
    const connector = { Name: 'a', ConnectorType: 'Partner' };
    const domain = { DomainName: 'contoso.com' };
    expect(kindOfRecords([banner, connector, domain, { ...connector, Name: 'b' }], 'accepted-domains')).toEqual({
      kind: 'inbound-connectors',
      records: [connector, { ...connector, Name: 'b' }],
    });
  });

  it('gives a tie to the kind the step expects, and nothing for records of no kind', () => {
    const connector = { ConnectorType: 'Partner' };
    const domain = { DomainName: 'contoso.com' };
    expect(kindOfRecords([connector, domain], 'accepted-domains')?.kind).toBe('accepted-domains');
    expect(kindOfRecords([connector, domain], 'inbound-connectors')?.kind).toBe('inbound-connectors');
    expect(kindOfRecords([{ Foo: 1 }], 'inbound-connectors')).toBeUndefined();
    expect(kindOfRecords([], 'inbound-connectors')).toBeUndefined();
  });
});
