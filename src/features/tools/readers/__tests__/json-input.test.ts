import { describe, expect, it, vi } from 'vitest';
import { jsonStart, readJson } from '../json-input';
import { fixture } from './structured-fixtures';

const read = (text: string) => readJson(text, jsonStart(text));

describe('jsonStart', () => {
  it('finds the JSON after a BOM, a prompt, a bare command line and warnings', () => {
    expect(jsonStart('[{"a": 1}]')).toBe(0);
    expect(jsonStart('\ufeff\r\n  {"a": 1}')).toBe(5);
    const text = 'PS C:\\> Get-AcceptedDomain | ConvertTo-Json\r\nWARNING: Resulting JSON is truncated.\r\n[\r\n]';
    expect(jsonStart(text)).toBe(text.indexOf('['));
    expect(jsonStart('Get-InboundConnector | ConvertTo-Json\n{"Name": "x"}')).toBe(38);
  });

  it('is -1 when other output comes first', () => {
    expect(jsonStart('Name : contoso.com\n{"a": 1}')).toBe(-1);
    expect(jsonStart('contoso.com')).toBe(-1);
    expect(jsonStart('')).toBe(-1);
  });
});

describe('readJson', () => {
  it('reads the PS 5.1 capture: array, \\/Date()\\/, \\u003c escapes, two spaces after the colon, CRLF', () => {
    const json = read(fixture('inbound-connectors-ps51.json'));
    if (!('records' in json)) throw new Error('not read');
    expect(json.records).toHaveLength(2);
    expect(json.records[0]).toMatchObject({
      Enabled: true,
      ConnectorType: 'Partner',
      ConnectorSource: 'AdminUI',
      Comment: 'Partner relay <mx.fabrikam.example> & backup',
      SenderIPAddresses: [],
      SenderDomains: ['smtp:fabrikam.example;1'],
      WhenCreatedUTC: '/Date(1772500512000)/',
    });
    expect(Object.keys(json.records[1] ?? {})).toHaveLength(42);
  });

  it('reads a single object as one record, and PowerShell 7 output', () => {
    const single = read(fixture('inbound-connector-single-ps7.json'));
    expect('records' in single && single.records.map((record) => record.Name)).toEqual(['Inbound Relay']);
    const ps7 = read(fixture('accepted-domains-ps7.json'));
    expect('records' in ps7 && ps7.records.map((record) => record.WhenCreatedUTC)).toEqual(['2022-01-11T11:25:09Z', '2022-01-11T11:25:09']);
  });

  it('unwraps the {"value": [...], "Count": n} shape of PS 5.1, and ignores what follows the JSON', () => {
    expect(read('{"value": [{"Name": "a"}, {"Name": "b"}], "Count": 2}')).toEqual({ records: [{ Name: 'a' }, { Name: 'b' }] });
    expect(read('[{"Name": "a"}, 3, "x", [1]]\r\nPS C:\\> ')).toEqual({ records: [{ Name: 'a' }] });
    expect(read('{"value": 1, "Count": 2}')).toEqual({ records: [{ value: 1, Count: 2 }] });
    expect(read('[]')).toEqual({ records: [] });
  });

  it('brackets inside strings do not end the JSON', () => {
    expect(read('[{"Comment": "a ] b } \\" ["}]')).toEqual({ records: [{ Comment: 'a ] b } " [' }] });
  });

  it('reports a JSON cut off part way at its end, as line:column', () => {
    expect(read('[\n  {"DomainName": "contoso.com",\n   "DomainType": "Auth')).toEqual({ broken: '3:23' });
    const capture = fixture('accepted-domains-ps51.json');
    const cut = capture.slice(0, capture.indexOf('"MatchSubDomains"', 2000));
    const lines = cut.trimEnd().split('\n');
    expect(read(cut)).toEqual({ broken: `${lines.length}:${(lines[lines.length - 1] ?? '').length + 1}` });
  });

  it('reports where a JSON that closes stops being JSON', () => {
    expect(read('[{"a": 1,}]')).toEqual({ broken: '1:10' });
    expect(read('PS C:\\> x\n{"a": 1 "b": 2}')).toEqual({ broken: '2:9' });
  });

  it('reads the line and column in a Firefox message, and falls back to the start of the JSON without either', () => {
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError('JSON.parse: expected double-quoted property name at line 2 column 3 of the JSON data');
    });
    expect(read('PS C:\\> x\n[\n {,}]')).toEqual({ broken: '3:3' });
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError("JSON Parse error: Expected '}'");
    });
    expect(read('PS C:\\> x\n  {"a": 1 "b": 2}')).toEqual({ broken: '2:3' });
  });
});
