// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, parseNdr, type NdrOutcome } from '../parse-ndr';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../../e2e/fixtures/ndr', name), 'utf8');
const codesOf = (outcome: NdrOutcome) =>
  outcome.kind === 'covered' ? [outcome.code] : 'codes' in outcome ? outcome.codes : [];

describe('parseNdr on the sample bounces', () => {
  it('reads an Exchange Online NDR and ignores IPs, versions and message ids that look like codes', () => {
    const outcome = parseNdr(fixture('exchange-online-750.txt'));
    expect(outcome).toMatchObject({ kind: 'covered', code: '5.7.750' });
    if (outcome.kind !== 'covered') return;
    expect(outcome.details.allCodes).toEqual(['5.7.750']);
    expect(outcome.details.recipients).toEqual(['megan.bowen@fabrikam.com']);
    expect(outcome.details.generatingServer).toBe('BN8PR12MB3204.namprd12.prod.outlook.com');
    expect(outcome.details.date).toBe('Thu, 20 Nov 2026 09:14:01 +0000');
    expect(outcome.details.sender).toBe('Adele Vance <adele.vance@contoso-legacy.com>');
    expect(outcome.details.diagnostic).toBe(
      '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.',
    );
  });

  it('reads a MIME DSN: quoted-printable, base64 HTML, delivery-status and an encoded-word subject', () => {
    const outcome = parseNdr(fixture('dsn-705.eml'));
    expect(outcome).toMatchObject({ kind: 'covered', code: '5.7.705' });
    if (outcome.kind !== 'covered') return;
    expect(outcome.details.recipients).toContain('lee.gu@fabrikam.com');
    expect(outcome.details.reportingServer).toBe('SN6PR04MB4012.namprd04.prod.outlook.com');
    expect(outcome.details.date).toBe('Fri, 21 Nov 2026 16:02:44 +0000');
    expect(outcome.details.subject).toBe('Undeliverable: Invoice #447');
    expect(outcome.details.sender).toBe('Alex Wilber <alex.wilber@contoso.com>');
  });

  it('reads localized NDRs', () => {
    const ja = parseNdr(fixture('localized-ja-750.eml'));
    expect(ja).toMatchObject({ kind: 'covered', code: '5.7.750' });
    if (ja.kind === 'covered') {
      expect(ja.details.generatingServer).toBe('TY2PR01MB3345.jpnprd01.prod.outlook.com');
      expect(ja.details.subject).toBe('配信不能: 見積書の送付');
      expect(ja.details.recipients).toEqual(['megan.bowen@fabrikam.com']);
    }
    const zh = parseNdr(fixture('localized-zh-tw-705.txt'));
    expect(zh).toMatchObject({ kind: 'covered', code: '5.7.705' });
    if (zh.kind === 'covered') {
      expect(zh.details.generatingServer).toBe('TYZPR02MB5566.apcprd02.prod.outlook.com');
      expect(zh.details.recipients).toEqual(['chen.wei@fabrikam.com.tw']);
    }
  });

  it.each([
    ['log-line-750.txt', 'covered', ['5.7.750']],
    ['several-codes.txt', 'several', ['5.7.705', '5.7.750']],
    ['uncovered-708.txt', 'uncovered-family', ['5.7.708']],
    ['other-code-511.txt', 'other', ['5.1.1']],
    ['garbage.txt', 'nothing', []],
  ])('%s → %s %j', (name, kind, codes) => {
    const outcome = parseNdr(fixture(name));
    expect(outcome.kind).toBe(kind);
    expect(codesOf(outcome)).toEqual(codes);
  });
});

describe('parseNdr on short input', () => {
  it.each([
    ['5.7.750', '5.7.750'],
    ['  5.7.705\n', '5.7.705'],
    ['550 5.7.750', '5.7.750'],
    ['750', '5.7.750'],
    ['705', '5.7.705'],
    ['Error: 550 5.7.705 Access denied, tenant has exceeded threshold', '5.7.705'],
    ['#550 5.7.750 Service unavailable ##', '5.7.750'],
    ['Status: 5.7.750', '5.7.750'],
    ['the bounce said 5.7.705 yesterday', '5.7.705'],
  ])('%j → %s', (input, code) => {
    expect(parseNdr(input)).toMatchObject({ kind: 'covered', code });
  });

  it.each(['', '   ', 'hello', '7050', '10.5.7.750', '5.7.750.1', 'v15.20.7452.28', '1.5.7.705', 'page 5.7'])('%j finds nothing', (input) => {
    expect(parseNdr(input).kind).toBe('nothing');
  });

  it('lets a covered code win over uncovered ones but keeps them all', () => {
    const outcome = parseNdr("550 5.7.708 Access denied\n550 5.7.750 Service unavailable");
    expect(outcome).toMatchObject({ kind: 'covered', code: '5.7.750' });
    if (outcome.kind === 'covered') expect(outcome.details.allCodes).toEqual(['5.7.708', '5.7.750']);
  });

  it('names transient and other codes, but only in status positions', () => {
    expect(parseNdr('451 4.4.7 Message expired')).toMatchObject({ kind: 'other', codes: ['4.4.7'] });
    expect(parseNdr('5.1.1')).toMatchObject({ kind: 'other', codes: ['5.1.1'] });
    expect(parseNdr('Firmware 4.2.10 installed on 2.5.12').kind).toBe('nothing');
  });

  it('joins a quoted-printable soft line break inside a code, with CRLF or LF', () => {
    expect(parseNdr("Remote Server returned '550 5.7.=\r\n750 Service unavailable'")).toMatchObject({ code: '5.7.750' });
    expect(parseNdr("Remote Server returned '550 5.7.=\n705'")).toMatchObject({ code: '5.7.705' });
  });

  it('refuses binary and oversized input', () => {
    expect(parseNdr('abc\u0000def')).toEqual({ kind: 'binary' });
    const big = 'x'.repeat(MAX_INPUT_BYTES + 1);
    expect(parseNdr(big)).toEqual({ kind: 'too-large', bytes: MAX_INPUT_BYTES + 1 });
    // Multi-byte text counts in UTF-8 bytes, not characters.
    expect(parseNdr('配'.repeat(Math.ceil(MAX_INPUT_BYTES / 3) + 1)).kind).toBe('too-large');
  });

  it('never returns markup from an HTML bounce', () => {
    const outcome = parseNdr('<html><body><p>550 5.7.750 <b>Service</b> unavailable<script>x()</script></p></body></html>');
    expect(outcome).toMatchObject({ kind: 'covered', code: '5.7.750' });
    if (outcome.kind === 'covered') expect(outcome.details.diagnostic ?? '').not.toMatch(/[<>]/);
  });
});
