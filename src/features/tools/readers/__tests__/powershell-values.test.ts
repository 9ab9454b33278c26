import { describe, expect, it } from 'vitest';
import {
  CONNECTOR_SOURCES,
  CONNECTOR_TYPES,
  CutCell,
  DOMAIN_TYPES,
  fieldsOf,
  readBool,
  readConnectorSource,
  readEnum,
  readString,
  readStringList,
} from '../powershell-values';

describe('readBool', () => {
  it('reads every way PowerShell writes a boolean', () => {
    for (const yes of [true, 'True', 'true', 'TRUE', ' $true ', '$True', 1, '1']) expect(readBool(yes), String(yes)).toBe(true);
    for (const no of [false, 'False', 'false', '$false', 0, '0']) expect(readBool(no), String(no)).toBe(false);
  });

  it('is undefined for anything else', () => {
    for (const other of [undefined, null, '', 'yes', 2, [], {}, new CutCell('Tr…')]) expect(readBool(other)).toBeUndefined();
  });
});

describe('readEnum', () => {
  it('reads names in any case, numbers, and numbers as text', () => {
    expect(readEnum('InternalRelay', DOMAIN_TYPES)).toBe('InternalRelay');
    expect(readEnum(' authoritative ', DOMAIN_TYPES)).toBe('Authoritative');
    expect(readEnum(0, DOMAIN_TYPES)).toBe('Authoritative');
    expect(readEnum(1, DOMAIN_TYPES)).toBe('ExternalRelay');
    expect(readEnum('2', DOMAIN_TYPES)).toBe('InternalRelay');
    expect(readEnum(1, CONNECTOR_TYPES)).toBe('OnPremises');
    expect(readEnum('Partner', CONNECTOR_TYPES)).toBe('Partner');
    expect(readEnum(2, CONNECTOR_SOURCES)).toBe('HybridWizard');
  });

  it('reads the object PS 5.1 made of an enum, trusting its number', () => {
    expect(readEnum({ value: 1, Value: 'Unknown' }, CONNECTOR_TYPES)).toBe('OnPremises');
    expect(readEnum({ value: 2, Value: 'Partner' }, CONNECTOR_TYPES)).toBe('Partner');
    expect(readEnum({ Value: 'InternalRelay' }, DOMAIN_TYPES)).toBe('InternalRelay');
    expect(readEnum({ value: 9, Value: 'Unknown' }, CONNECTOR_TYPES)).toBeUndefined();
  });

  it('is undefined for values the enum does not have', () => {
    expect(readEnum(0, CONNECTOR_TYPES)).toBeUndefined();
    expect(readEnum('Relay', DOMAIN_TYPES)).toBeUndefined();
    expect(readEnum(null, DOMAIN_TYPES)).toBeUndefined();
    expect(readEnum(['Partner'], CONNECTOR_TYPES)).toBeUndefined();
    expect(readEnum(new CutCell('Authori…'), DOMAIN_TYPES)).toBeUndefined();
  });
});

describe('readConnectorSource', () => {
  it('reads known sources, including AdminUI (number unknown) as text', () => {
    expect(readConnectorSource('AdminUI')).toBe('AdminUI');
    expect(readConnectorSource('adminui')).toBe('AdminUI');
    expect(readConnectorSource(0)).toBe('Default');
    expect(readConnectorSource({ value: 2, Value: 'HybridWizard' })).toBe('HybridWizard');
  });

  it('keeps a source it does not know as written, and nothing for nothing', () => {
    expect(readConnectorSource(' GraphApi ')).toBe('GraphApi');
    expect(readConnectorSource({ value: 7, Value: 'Unknown' })).toBe('Unknown');
    expect(readConnectorSource(7)).toBeUndefined();
    expect(readConnectorSource('')).toBeUndefined();
    expect(readConnectorSource(null)).toBeUndefined();
  });
});

describe('readString', () => {
  it('trims text and writes numbers and booleans; nothing for lists, objects and cut cells', () => {
    expect(readString('  Inbound Relay ')).toBe('Inbound Relay');
    expect(readString('')).toBe('');
    expect(readString(25)).toBe('25');
    expect(readString(false)).toBe('false');
    expect(readString(['a'])).toBeUndefined();
    expect(readString({ a: 1 })).toBeUndefined();
    expect(readString(new CutCell('Relay for scanners…'))).toBeUndefined();
    expect(readString(null)).toBeUndefined();
  });
});

describe('readStringList', () => {
  it('reads JSON arrays, Format-List braces, empty braces and null', () => {
    expect(readStringList(['smtp:*;1', ' 192.0.2.0/24 ', '', 7])).toEqual(['smtp:*;1', '192.0.2.0/24', '7']);
    expect(readStringList('{192.0.2.0/24, 198.51.100.0/24}')).toEqual(['192.0.2.0/24', '198.51.100.0/24']);
    expect(readStringList('{}')).toEqual([]);
    expect(readStringList(null)).toEqual([]);
    expect(readStringList(undefined)).toEqual([]);
    expect(readStringList([])).toEqual([]);
  });

  it('reads a single value, and values a script joined with commas, bars or spaces', () => {
    expect(readStringList('smtp:contoso.com;1')).toEqual(['smtp:contoso.com;1']);
    expect(readStringList('192.0.2.1|198.51.100.0/24')).toEqual(['192.0.2.1', '198.51.100.0/24']);
    expect(readStringList('192.0.2.1 198.51.100.7')).toEqual(['192.0.2.1', '198.51.100.7']);
    expect(readStringList('')).toEqual([]);
  });

  it('reads nothing from the type name Export-Csv writes for a collection', () => {
    expect(readStringList('System.Object[]')).toEqual([]);
    expect(readStringList('System.Collections.ArrayList')).toEqual([]);
    expect(readStringList('Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]')).toEqual([]);
    expect(readStringList('Microsoft.com')).toEqual(['Microsoft.com']);
  });

  it('keeps the whole items of a list PowerShell shortened', () => {
    // Past $FormatEnumerationLimit every item shown is whole.
    expect(readStringList('{a, b, c, d...}')).toEqual(['a', 'b', 'c', 'd']);
    expect(readStringList(new CutCell('{192.0.2.1, 192.0.2.2, 192.0.2.3, 192.0.2.4…}'))).toEqual(['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4']);
    // Cut at the column width, the last item is cut too.
    expect(readStringList(new CutCell('{smtp:contoso.com;1, smtp:fab…'))).toEqual(['smtp:contoso.com;1']);
    expect(readStringList(new CutCell('{192.0.2.0/24, 198.51.1...'))).toEqual(['192.0.2.0/24']);
    expect(readStringList(new CutCell('tailwind-traders-archive-mai…'))).toEqual([]);
  });

  it('reads the address of deserialised address-space objects', () => {
    expect(readStringList([{ Address: '*', Type: 'smtp', Cost: 1 }, { Domain: 'contoso.com' }, { Other: 1 }])).toEqual(['*', 'contoso.com']);
  });
});

describe('fieldsOf', () => {
  it('finds properties without regard to case, and skips empty ones for the next name', () => {
    const fields = fieldsOf({ domainname: '', Name: 'contoso.com', WhenCreatedUTC: null, WhenCreated: '11/18/2026 2:14:09 AM' });
    expect(fields.has('DomainName')).toBe(true);
    expect(fields.has('DomainType')).toBe(false);
    expect(fields.first('DomainName', 'NAME')).toBe('contoso.com');
    expect(fields.first('WhenCreatedUTC', 'WhenCreated')).toBe('11/18/2026 2:14:09 AM');
    expect(fields.first('Missing')).toBeUndefined();
  });

  it('returns a cut cell rather than falling back past it', () => {
    const cut = new CutCell('tailwind-traders-archive-mai…');
    expect(fieldsOf({ DomainName: cut, Name: 'tailwind-traders-archive-mail.example' }).first('DomainName', 'Name')).toBe(cut);
  });
});
