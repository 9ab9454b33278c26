import { describe, expect, it } from 'vitest';
import type { AcceptedDomain, InboundConnector, ReadOutcome } from '../../model';
import { mergeConnectorSets } from '../inbound-connectors';
import { MAX_STRUCTURED_INPUT, readStructuredBytes, readStructuredInput, type StructuredKind } from '../read-structured';
import { encode, FILE_ENCODINGS, fixture } from './structured-fixtures';

const noLists = { senderIpAddresses: [], senderDomains: [], associatedAcceptedDomains: [], trustedOrganizations: [] };

const PARTNER: InboundConnector = {
  ...noLists,
  name: 'Partner mail from Fabrikam',
  guid: '3f6d1c2a-8b7e-4a5d-9c0f-1e2d3c4b5a69',
  enabled: true,
  type: 'Partner',
  source: 'AdminUI',
  comment: 'Partner relay <mx.fabrikam.example> & backup',
  senderDomains: ['fabrikam.example'],
  treatMessagesAsInternal: false,
  cloudServicesMailEnabled: false,
  requireTls: true,
  restrictDomainsToIpAddresses: false,
  restrictDomainsToCertificate: false,
  whenCreatedUtc: '2026-03-03T01:15:12.000Z',
  whenChangedUtc: '2026-03-03T01:15:12.000Z',
};
const RELAY: InboundConnector = {
  ...noLists,
  name: 'Inbound Relay',
  guid: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  enabled: true,
  type: 'OnPremises',
  source: 'Default',
  senderIpAddresses: ['192.0.2.0/24', '198.51.100.0/24'],
  senderDomains: ['*'],
  treatMessagesAsInternal: true,
  cloudServicesMailEnabled: false,
  requireTls: false,
  restrictDomainsToIpAddresses: false,
  restrictDomainsToCertificate: false,
  whenCreatedUtc: '2026-11-18T02:14:09.000Z',
  whenChangedUtc: '2026-11-18T02:14:09.000Z',
};
const DOMAINS: AcceptedDomain[] = [
  { domain: 'contoso.com', type: 'Authoritative', matchSubDomains: false, sendingFromDomainDisabled: false, isDefault: true },
  { domain: 'contoso.onmicrosoft.com', type: 'Authoritative', matchSubDomains: false, sendingFromDomainDisabled: false, isDefault: false },
  { domain: 'fabrikam.example', type: 'InternalRelay', matchSubDomains: true, sendingFromDomainDisabled: false, isDefault: false },
  { domain: 'contoso.mail.onmicrosoft.com', type: 'Authoritative', matchSubDomains: false, sendingFromDomainDisabled: true, isDefault: false },
];

/** What each fixture reads as, given to the step it belongs to. */
const expectations: Record<string, { step: StructuredKind; outcome: ReadOutcome }> = {
  'accepted-domains-ps51.json': {
    step: 'accepted-domains',
    outcome: { kind: 'accepted-domains', format: 'json', domains: DOMAINS, truncated: [], matchSubDomainsKnown: true },
  },
  'accepted-domains-ps7.json': {
    step: 'accepted-domains',
    outcome: { kind: 'accepted-domains', format: 'json', domains: [DOMAINS[0], DOMAINS[2]].filter((d) => d !== undefined), truncated: [], matchSubDomainsKnown: true },
  },
  'accepted-domains-export.csv': {
    step: 'accepted-domains',
    outcome: { kind: 'accepted-domains', format: 'csv', domains: DOMAINS, truncated: [], matchSubDomainsKnown: true },
  },
  'accepted-domains-format-list.txt': {
    step: 'accepted-domains',
    outcome: {
      kind: 'accepted-domains',
      format: 'format-list',
      domains: [
        { domain: 'contoso.com', type: 'Authoritative', matchSubDomains: false },
        { domain: 'contoso.onmicrosoft.com', type: 'Authoritative', matchSubDomains: false },
        { domain: 'fabrikam.example', type: 'InternalRelay', matchSubDomains: true },
      ],
      truncated: [],
      matchSubDomainsKnown: true,
    },
  },
  'accepted-domains-table.txt': {
    step: 'accepted-domains',
    outcome: {
      kind: 'accepted-domains',
      format: 'table',
      domains: [
        { domain: 'contoso.com', type: 'Authoritative', isDefault: true },
        { domain: 'contoso.onmicrosoft.com', type: 'Authoritative', isDefault: false },
        { domain: 'northwindtraders.com', type: 'InternalRelay', isDefault: false },
      ],
      truncated: ['tailwind-traders-archive-mai…', 'tailwind-traders-archive-mai…'],
      matchSubDomainsKnown: false,
    },
  },
  'accepted-domains-list.txt': {
    step: 'accepted-domains',
    outcome: {
      kind: 'accepted-domains',
      format: 'list',
      domains: ['contoso.com', 'fabrikam.example', 'northwind.example', 'sales.contoso.com', 'xn--eckwd4c7c.example', 'tailspin.example', '*.wingtiptoys.example'].map(
        (domain) => ({ domain }),
      ),
      truncated: [],
      matchSubDomainsKnown: false,
    },
  },
  'inbound-connectors-ps51.json': {
    step: 'inbound-connectors',
    outcome: { kind: 'inbound-connectors', format: 'json', connectors: [PARTNER, RELAY], truncated: [], dateOrder: 'iso' },
  },
  'inbound-connector-single-ps7.json': {
    step: 'inbound-connectors',
    outcome: { kind: 'inbound-connectors', format: 'json', connectors: [RELAY], truncated: [], dateOrder: 'iso' },
  },
  'inbound-connectors-format-list.txt': {
    step: 'inbound-connectors',
    outcome: { kind: 'inbound-connectors', format: 'format-list', connectors: [PARTNER, RELAY], truncated: [], dateOrder: 'month-first' },
  },
  'inbound-connector-format-list-example.txt': {
    step: 'inbound-connectors',
    outcome: {
      kind: 'inbound-connectors',
      format: 'format-list',
      connectors: [
        {
          ...noLists,
          name: 'Inbound Relay',
          enabled: true,
          type: 'OnPremises',
          source: 'Default',
          senderIpAddresses: ['192.0.2.0/24', '198.51.100.0/24'],
          senderDomains: ['*'],
          treatMessagesAsInternal: true,
          whenCreatedUtc: '2026-11-18T02:14:09.000Z',
        },
      ],
      truncated: [],
      dateOrder: 'month-first',
    },
  },
  'inbound-connectors-table.txt': {
    step: 'inbound-connectors',
    outcome: {
      kind: 'inbound-connectors',
      format: 'table',
      connectors: [
        { ...noLists, name: 'Partner mail from Fabrikam', senderDomains: ['fabrikam.example'], enabled: true },
        { ...noLists, name: 'Inbound Relay', senderIpAddresses: ['192.0.2.0/24'], senderDomains: ['*'], enabled: true },
        { ...noLists, name: 'Relay for scanners and cop...', senderIpAddresses: ['203.0.113.25'], senderDomains: ['contoso.com'], enabled: false },
      ],
      truncated: ['{192.0.2.0/24, 198.51.100....', 'Relay for scanners and cop...', '{smtp:contoso.com;1, smtp:...'],
      dateOrder: 'iso',
    },
  },
  'message-trace-v2.csv': { step: 'accepted-domains', outcome: { kind: 'rejected', reason: 'unrecognised', detail: 'message-trace' } },
  'ndr-705.txt': { step: 'inbound-connectors', outcome: { kind: 'rejected', reason: 'ndr' } },
};

describe('readStructuredInput on the fixtures', () => {
  for (const [name, { step, outcome }] of Object.entries(expectations)) {
    it(`reads ${name}`, () => {
      expect(readStructuredInput(fixture(name), step)).toEqual(outcome);
    });
  }

  it('reads each fixture the same from a file in UTF-8, UTF-8 with BOM, UTF-16LE with and without BOM, UTF-16BE', () => {
    for (const [name, { step, outcome }] of Object.entries(expectations)) {
      for (const encoding of FILE_ENCODINGS) expect(readStructuredBytes(encode(fixture(name), encoding), step), `${name} in ${encoding}`).toEqual(outcome);
    }
  });

  it('reads the same connectors from Format-List and JSON, which merge into one set', () => {
    const list = readStructuredInput(fixture('inbound-connectors-format-list.txt'), 'inbound-connectors');
    const json = readStructuredInput(fixture('inbound-connectors-ps51.json'), 'inbound-connectors');
    if (list.kind !== 'inbound-connectors' || json.kind !== 'inbound-connectors') throw new Error('not read');
    expect(mergeConnectorSets(list.connectors, json.connectors)).toEqual([PARTNER, RELAY]);
  });
});

describe('readStructuredInput decides the kind from the records, not the step', () => {
  it('reads connector output given to the accepted-domain step as connectors', () => {
    expect(readStructuredInput(fixture('inbound-connectors-ps51.json'), 'accepted-domains')).toEqual(expectations['inbound-connectors-ps51.json']?.outcome);
    expect(readStructuredInput(fixture('inbound-connectors-table.txt'), 'accepted-domains')).toMatchObject({ kind: 'inbound-connectors', format: 'table' });
  });

  it('reads accepted-domain output given to the connector step as accepted domains', () => {
    expect(readStructuredInput(fixture('accepted-domains-format-list.txt'), 'inbound-connectors')).toEqual(expectations['accepted-domains-format-list.txt']?.outcome);
    expect(readStructuredInput(fixture('accepted-domains-export.csv'), 'inbound-connectors')).toMatchObject({ kind: 'accepted-domains', format: 'csv' });
  });

  it('says which other output it is: message trace (CSV, JSON, table), outbound connectors', () => {
    const trace = '[{"Received": "2026-11-19T22:03:05Z", "SenderAddress": "alex.w@contoso.com", "RecipientAddress": "billing@wingtiptoys.example", "Status": "Failed"}]';
    expect(readStructuredInput(trace, 'inbound-connectors')).toEqual({ kind: 'rejected', reason: 'unrecognised', detail: 'message-trace' });
    const table = 'Received              SenderAddress      RecipientAddress   Subject Status\n--------              -------------      ----------------   ------- ------\n11/19/2026 10:03:05 PM alex.w@contoso.com b@wingtiptoys.example x  Failed';
    expect(readStructuredInput(table, 'accepted-domains')).toEqual({ kind: 'rejected', reason: 'unrecognised', detail: 'message-trace' });
    const outbound = 'Name              : To partners\nConnectorType     : Partner\nRecipientDomains  : {*}\nSmartHosts        : {}\nUseMXRecord       : True';
    expect(readStructuredInput(outbound, 'inbound-connectors')).toEqual({ kind: 'rejected', reason: 'unrecognised', detail: 'outbound-connectors' });
  });

  it('does not recognise records of neither kind, nor a list given to the connector step', () => {
    expect(readStructuredInput('{"DisplayName": "Adele", "PrimarySmtpAddress": "adele@contoso.com"}', 'accepted-domains')).toEqual({ kind: 'rejected', reason: 'unrecognised' });
    expect(readStructuredInput('contoso.com\nfabrikam.example', 'inbound-connectors')).toEqual({ kind: 'rejected', reason: 'unrecognised' });
    expect(readStructuredInput('Please check why our mail is blocked since Monday', 'accepted-domains')).toEqual({ kind: 'rejected', reason: 'unrecognised', detail: 'Please' });
  });

  it('reads an empty JSON array as none of what the step expects', () => {
    expect(readStructuredInput('PS C:\\> Get-InboundConnector | ConvertTo-Json -AsArray\n[]', 'inbound-connectors')).toEqual({
      kind: 'inbound-connectors',
      format: 'json',
      connectors: [],
      truncated: [],
      dateOrder: 'iso',
    });
    expect(readStructuredInput('[]', 'accepted-domains')).toEqual({ kind: 'accepted-domains', format: 'json', domains: [], truncated: [], matchSubDomainsKnown: false });
  });
});

describe('readStructuredInput rejections', () => {
  it('rejects empty and white-space input', () => {
    expect(readStructuredInput('', 'accepted-domains')).toEqual({ kind: 'rejected', reason: 'empty' });
    expect(readStructuredInput('\ufeff \r\n\t\n', 'inbound-connectors')).toEqual({ kind: 'rejected', reason: 'empty' });
    expect(readStructuredBytes(new Uint8Array([0xff, 0xfe]), 'accepted-domains')).toEqual({ kind: 'rejected', reason: 'empty' });
  });

  it('rejects binary content and pictures', () => {
    expect(readStructuredInput('Name : x\u0000\u0001\u0002 y', 'accepted-domains')).toEqual({ kind: 'rejected', reason: 'binary' });
    expect(readStructuredBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]), 'accepted-domains')).toEqual({
      kind: 'rejected',
      reason: 'binary',
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(readStructuredBytes(png, 'inbound-connectors')).toEqual({ kind: 'rejected', reason: 'image' });
  });

  it('rejects bounces, by their headings or, in text of no known format, by the block codes', () => {
    expect(readStructuredInput(fixture('ndr-705.txt'), 'accepted-domains')).toEqual({ kind: 'rejected', reason: 'ndr' });
    expect(readStructuredInput('Reporting-MTA: dns;SN6PR04MB4012.namprd04.prod.outlook.com\nStatus: 5.7.705', 'accepted-domains')).toEqual({ kind: 'rejected', reason: 'ndr' });
    expect(readStructuredInput('550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.', 'accepted-domains')).toEqual({
      kind: 'rejected',
      reason: 'ndr',
    });
    // A connector whose comment names the code is still a connector.
    const commented = '{"Name": "Inbound Relay", "ConnectorType": "OnPremises", "Comment": "Checked after the 5.7.705 block"}';
    expect(readStructuredInput(commented, 'inbound-connectors')).toMatchObject({ kind: 'inbound-connectors', connectors: [{ comment: 'Checked after the 5.7.705 block' }] });
  });

  it('rejects a JSON cut off part way, saying where it ends', () => {
    const capture = fixture('inbound-connectors-ps51.json');
    const cut = capture.slice(0, capture.indexOf('"SenderDomains"'));
    const lines = cut.trimEnd().split('\n');
    expect(readStructuredInput(cut, 'inbound-connectors')).toEqual({
      kind: 'rejected',
      reason: 'broken-json',
      detail: `${lines.length}:${(lines[lines.length - 1] ?? '').length + 1}`,
    });
    expect(readStructuredInput('PS C:\\> Get-AcceptedDomain | ConvertTo-Json\n[\n  {"DomainName": "contoso.com"', 'accepted-domains')).toEqual({
      kind: 'rejected',
      reason: 'broken-json',
      detail: '3:31',
    });
  });

  it('rejects input over the limit, as text or as a file', () => {
    expect(readStructuredInput('a'.repeat(MAX_STRUCTURED_INPUT + 1), 'accepted-domains')).toEqual({ kind: 'rejected', reason: 'too-large', detail: String(MAX_STRUCTURED_INPUT) });
    expect(readStructuredBytes(new Uint8Array(MAX_STRUCTURED_INPUT + 1), 'accepted-domains')).toEqual({ kind: 'rejected', reason: 'too-large', detail: String(MAX_STRUCTURED_INPUT) });
  });
});

describe('readStructuredInput tolerates what a console paste carries', () => {
  it('prompts, warnings, CRLF and a trailing prompt around JSON', () => {
    const text = `PS C:\\> Get-InboundConnector | ConvertTo-Json\r\nWARNING: Resulting JSON is truncated as serialization has exceeded the set depth of 2.\r\n${fixture('inbound-connector-single-ps7.json')}\r\nPS C:\\> `;
    expect(readStructuredInput(text, 'inbound-connectors')).toEqual(expectations['inbound-connector-single-ps7.json']?.outcome);
  });

  it('warnings and tabs in Format-List, and an en-GB culture', () => {
    const text = [
      'PS C:\\> Get-InboundConnector | fl Name,ConnectorType,SenderIPAddresses,WhenCreatedUTC',
      'WARNING: The command completed successfully but no settings of \'Inbound Relay\' have been modified.',
      '',
      'Name\t\t  : Inbound Relay',
      'ConnectorType     : OnPremises',
      'SenderIPAddresses : {203.0.113.0/24}',
      'WhenCreatedUTC    : 05/11/2026 14:02:11',
      '',
      'Name              : Scanners',
      'ConnectorType     : OnPremises',
      'SenderIPAddresses : {}',
      'WhenCreatedUTC    : 18/11/2026 09:00:00',
    ].join('\r\n');
    expect(readStructuredInput(text, 'inbound-connectors')).toEqual({
      kind: 'inbound-connectors',
      format: 'format-list',
      connectors: [
        { ...noLists, name: 'Inbound Relay', type: 'OnPremises', senderIpAddresses: ['203.0.113.0/24'], whenCreatedUtc: '2026-11-05T14:02:11.000Z' },
        { ...noLists, name: 'Scanners', type: 'OnPremises', whenCreatedUtc: '2026-11-18T09:00:00.000Z' },
      ],
      truncated: [],
      dateOrder: 'day-first',
    });
  });

  it('gives both readings of connector dates that nothing settles', () => {
    const outcome = readStructuredInput('Name           : Relay\nConnectorType  : OnPremises\nWhenCreatedUTC : 05/11/2026 14:02:11', 'inbound-connectors');
    expect(outcome).toMatchObject({
      dateOrder: 'ambiguous',
      connectors: [{ whenCreatedUtc: '2026-05-11T14:02:11.000Z' }],
      dayFirst: [{ whenCreatedUtc: '2026-11-05T14:02:11.000Z' }],
    });
  });

  it('a transcript header before the output', () => {
    const text = [
      '**********************',
      'Windows PowerShell transcript start',
      'Start time: 20261118021409',
      'Username: CONTOSO\\admin',
      'Machine: PC01 (Microsoft Windows NT 10.0.22631.0)',
      '**********************',
      '',
      'DomainName      : contoso.com',
      'DomainType      : Authoritative',
      'MatchSubDomains : False',
    ].join('\n');
    expect(readStructuredInput(text, 'accepted-domains')).toEqual({
      kind: 'accepted-domains',
      format: 'format-list',
      domains: [{ domain: 'contoso.com', type: 'Authoritative', matchSubDomains: false }],
      truncated: [],
      matchSubDomainsKnown: true,
    });
  });
});
