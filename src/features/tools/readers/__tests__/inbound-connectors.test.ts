import { describe, expect, it } from 'vitest';
import type { InboundConnector } from '../../model';
import { mergeConnectorSets, toInboundConnectors } from '../inbound-connectors';
import { CutCell } from '../powershell-record';

const lists = { senderIpAddresses: [], senderDomains: [], associatedAcceptedDomains: [], trustedOrganizations: [] };

describe('toInboundConnectors', () => {
  it('maps every property the rules use', () => {
    const { connectors, dateOrder } = toInboundConnectors([
      {
        Name: 'Inbound Relay',
        Guid: '7C1E2D3F-4A5B-4C6D-8E9F-0A1B2C3D4E5F',
        Enabled: 'True',
        ConnectorType: 'OnPremises',
        ConnectorSource: 'HybridWizard',
        Comment: ' Relay for the print room ',
        SenderIPAddresses: ['192.0.2.0/24', '198.51.100.10-198.51.100.20'],
        SenderDomains: ['smtp:*;1', 'smtp:Contoso.com;1', 'smtp:contoso.com;2', 'smtp:bad domain;1'],
        AssociatedAcceptedDomains: '{contoso.com, sales.contoso.com}',
        TrustedOrganizations: ['fabrikam.onmicrosoft.com'],
        TlsSenderCertificateName: 'mail.contoso.com',
        TreatMessagesAsInternal: false,
        CloudServicesMailEnabled: true,
        RequireTls: true,
        RestrictDomainsToIPAddresses: false,
        RestrictDomainsToCertificate: 'False',
        WhenCreatedUTC: '/Date(1794968049000)/',
        WhenChangedUTC: '2026-11-19T08:00:00Z',
      },
    ]);
    expect(dateOrder).toBe('iso');
    expect(connectors).toEqual([
      {
        name: 'Inbound Relay',
        guid: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
        enabled: true,
        type: 'OnPremises',
        source: 'HybridWizard',
        comment: 'Relay for the print room',
        senderIpAddresses: ['192.0.2.0/24', '198.51.100.10-198.51.100.20'],
        senderDomains: ['*', 'contoso.com'],
        associatedAcceptedDomains: ['contoso.com', 'sales.contoso.com'],
        trustedOrganizations: ['fabrikam.onmicrosoft.com'],
        tlsSenderCertificateName: 'mail.contoso.com',
        treatMessagesAsInternal: false,
        cloudServicesMailEnabled: true,
        requireTls: true,
        restrictDomainsToIpAddresses: false,
        restrictDomainsToCertificate: false,
        whenCreatedUtc: '2026-11-18T02:14:09.000Z',
        whenChangedUtc: '2026-11-19T08:00:00.000Z',
      },
    ]);
  });

  it('falls back to ExchangeObjectId, Identity, the DistinguishedName and WhenCreated / WhenChanged', () => {
    const read = (record: Record<string, unknown>) => toInboundConnectors([record]).connectors[0];
    expect(read({ ExchangeObjectId: '3f6d1c2a-8b7e-4a5d-9c0f-1e2d3c4b5a69', Identity: 'Partner', WhenCreated: '2026-03-03T01:15:12Z', WhenChanged: '2026-03-04T01:15:12Z' })).toEqual({
      ...lists,
      name: 'Partner',
      guid: '3f6d1c2a-8b7e-4a5d-9c0f-1e2d3c4b5a69',
      whenCreatedUtc: '2026-03-03T01:15:12.000Z',
      whenChangedUtc: '2026-03-04T01:15:12.000Z',
    });
    expect(read({ DistinguishedName: 'CN=Relay\\, scanners,CN=Transport Settings,CN=Configuration', Guid: 'not-a-guid', Comment: '', TlsSenderCertificateName: null })).toEqual({
      ...lists,
      name: 'Relay, scanners',
    });
    expect(read({ Guid: { Guid: '3f6d1c2a-8b7e-4a5d-9c0f-1e2d3c4b5a69' } })?.guid).toBe('3f6d1c2a-8b7e-4a5d-9c0f-1e2d3c4b5a69');
    expect(read({})).toEqual({ ...lists, name: '' });
  });

  it('takes a cut name as written, and the whole items of cut list cells', () => {
    expect(
      toInboundConnectors([{ Name: new CutCell('Relay for scanners and cop...'), SenderDomains: new CutCell('{smtp:contoso.com;1, smtp:...'), Enabled: 'False' }]).connectors,
    ).toEqual([{ ...lists, name: 'Relay for scanners and cop...', senderDomains: ['contoso.com'], enabled: false }]);
  });

  it('reads culture dates in the order the whole input proves', () => {
    const { connectors, dateOrder } = toInboundConnectors([
      { Name: 'a', WhenCreatedUTC: '05/11/2026 14:02:11', WhenChangedUTC: '18/11/2026 09:00:00' },
      { Name: 'b', WhenCreatedUTC: '03/04/2026 10:00:00' },
    ]);
    expect(dateOrder).toBe('day-first');
    expect(connectors.map((connector) => [connector.whenCreatedUtc, connector.whenChangedUtc])).toEqual([
      ['2026-11-05T14:02:11.000Z', '2026-11-18T09:00:00.000Z'],
      ['2026-04-03T10:00:00.000Z', undefined],
    ]);
  });

  it('gives both readings when nothing proves the order', () => {
    const list = toInboundConnectors([{ Name: 'a', WhenCreatedUTC: '05/11/2026 14:02:11' }]);
    expect(list).toEqual({
      connectors: [{ ...lists, name: 'a', whenCreatedUtc: '2026-05-11T14:02:11.000Z' }],
      dateOrder: 'ambiguous',
      dayFirst: [{ ...lists, name: 'a', whenCreatedUtc: '2026-11-05T14:02:11.000Z' }],
    });
  });

  it('reads de-DE, ja-JP and zh-TW dates', () => {
    const dates = ['18.11.2026 02:14:09', '2026/11/18 2:14:09', '2026/11/18 下午 02:14:09'].map(
      (date) => toInboundConnectors([{ Name: 'a', WhenCreatedUTC: date }]).connectors[0]?.whenCreatedUtc,
    );
    expect(dates).toEqual(['2026-11-18T02:14:09.000Z', '2026-11-18T02:14:09.000Z', '2026-11-18T14:14:09.000Z']);
  });
});

describe('mergeConnectorSets', () => {
  const fromList: InboundConnector = {
    ...lists,
    name: 'Inbound Relay',
    enabled: true,
    type: 'OnPremises',
    senderIpAddresses: ['192.0.2.0/24'],
    whenCreatedUtc: '2026-11-18T02:14:09.000Z',
  };
  const fromJson: InboundConnector = {
    ...lists,
    name: 'inbound relay',
    guid: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    enabled: false,
    type: 'OnPremises',
    source: 'Default',
    senderDomains: ['*'],
    treatMessagesAsInternal: true,
  };

  it('matches by name without case when one has no Guid; the richer record wins and the other fills its gaps', () => {
    expect(mergeConnectorSets([fromList], [fromJson])).toEqual([
      {
        ...lists,
        name: 'inbound relay',
        guid: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
        enabled: false,
        type: 'OnPremises',
        source: 'Default',
        senderIpAddresses: ['192.0.2.0/24'],
        senderDomains: ['*'],
        treatMessagesAsInternal: true,
        whenCreatedUtc: '2026-11-18T02:14:09.000Z',
      },
    ]);
  });

  it('matches by Guid when both have one, whatever the names', () => {
    const renamed = { ...lists, name: 'Relay (old name)', guid: fromJson.guid, comment: 'x' };
    expect(mergeConnectorSets([fromJson], [renamed])).toEqual([{ ...fromJson, comment: 'x' }]);
    const other = { ...fromJson, guid: '00000000-0000-4000-8000-000000000001' };
    expect(mergeConnectorSets([fromJson], [other])).toEqual([fromJson, other]);
  });

  it('keeps connectors found in only one set, in order, and never matches empty names', () => {
    const partner = { ...lists, name: 'Partner', type: 'Partner' as const };
    const nameless = { ...lists, name: '', enabled: true };
    expect(mergeConnectorSets([fromList, nameless], [partner, nameless])).toEqual([fromList, nameless, partner, nameless]);
    expect(mergeConnectorSets([], [])).toEqual([]);
  });
});
