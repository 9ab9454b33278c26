// parseNdr must stay linear: a 5 MB paste is parsed in a worker, but the admin waits for the answer. Each case is
// just under the 5 MB limit. The times are printed as figures to read, never asserted: a busy machine must not fail
// the suite. What fails is a hang: a parser that went superlinear on 5 MB takes hours, far past HANG_MS, while a
// linear one takes well under a second on a 2-core laptop, so the limit holds on a machine a hundred times slower.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, parseNdr, type NdrOutcome } from '../parse-ndr';

const HANG_MS = 60_000;
const SIZE = MAX_INPUT_BYTES - 64 * 1024;
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../../e2e/fixtures/ndr', name), 'utf8');

/** `unit` repeated to about `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/** A raw .eml of an NDR that returns the original message with a large PDF attached, followed by a long log. */
function largeBounce(): string {
  const base64Line = `${'JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURlY29kZT4+Cn'.slice(0, 76)}\r\n`;
  const head = fixture('dsn-705.eml').replace(/--_000_8c2a6a3e5e0f4ff79a3d0f7e1b2c3d4e_--\r\n$/, '');
  const attachment = [
    '--_000_8c2a6a3e5e0f4ff79a3d0f7e1b2c3d4e_',
    'Content-Type: application/pdf; name="scan.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    fill(base64Line, 3.6 * 1024 * 1024),
    '--_000_8c2a6a3e5e0f4ff79a3d0f7e1b2c3d4e_--',
    '',
  ].join('\r\n');
  const logLine =
    '2026-11-22T08:31:17.402Z,Outbound to Office 365,08DC1F2A3B4C5D6E,12,10.0.4.25:52311,104.47.74.33:25,<,250 2.6.0 <7d1c2f0a@mail.contoso.com> [InternalId=15.20.7452.28] Queued mail for delivery,\r\n';
  const bounce = head + attachment;
  return bounce + fill(logLine, SIZE - bounce.length);
}

function timed(input: string): { outcome: NdrOutcome; ms: number } {
  parseNdr(input.slice(0, 50_000)); // warm up the regular expressions
  const started = performance.now();
  const outcome = parseNdr(input);
  return { outcome, ms: performance.now() - started };
}

describe('parseNdr on 5 MB', () => {
  it('parses a realistic 5 MB bounce (large base64 attachment, long log)', () => {
    const input = largeBounce();
    expect(input.length).toBeGreaterThan(4.8 * 1024 * 1024);
    expect(input.length).toBeLessThanOrEqual(MAX_INPUT_BYTES);
    const { outcome, ms } = timed(input);
    console.log(`parseNdr: realistic bounce, ${(input.length / 1024 / 1024).toFixed(2)} MB in ${ms.toFixed(0)} ms`);
    expect(outcome).toMatchObject({ kind: 'covered', code: '5.7.705', details: { recipients: ['lee.gu@fabrikam.com'] } });
  }, HANG_MS);

  it('parses the pasted Outlook NDR followed by 4.8 MB of base64 (the end-to-end test)', () => {
    const filler = 'JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURlY29kZT4+CnN0cmVhbQp4nD2O\n';
    const input = `${fixture('exchange-online-750.txt')}\n${fill(filler, 4.8 * 1024 * 1024)}`;
    const { outcome, ms } = timed(input);
    console.log(`parseNdr: NDR + base64 paste, ${(input.length / 1024 / 1024).toFixed(2)} MB in ${ms.toFixed(0)} ms`);
    expect(outcome).toMatchObject({ kind: 'covered', code: '5.7.750' });
  }, HANG_MS);

  // Inputs built to hit the worst case of each stage: long runs without white space or line breaks (address and
  // header patterns), millions of code-like tokens, unclosed HTML comments, soft line breaks, part headers, boundaries.
  const adversarial: [string, () => string][] = [
    ['one 5 MB line of base64', () => `550 5.7.750 x\n${fill('QUJD', SIZE)}`],
    ['one 5 MB line of "a@"', () => `550 5.7.750 x\n${fill('a@', SIZE)}`],
    ['one 5 MB line of dotted digits', () => fill('5.7.', SIZE)],
    ['status lines on one line', () => fill('550 5.7.750 ', SIZE)],
    ['status lines, one per line', () => fill('550 5.1.1 x\n', SIZE)],
    ['address line above each status line', () => fill('megan@fabrikam.com\n550 5.7.750 x\n', SIZE)],
    ['unclosed HTML comments and tags', () => `<html><body>${fill('<!--<a', SIZE)}`],
    ['tiny HTML tags', () => `<html><body>${fill('<p>x</p>', SIZE)}`],
    ['soft line breaks', () => fill('=\n', SIZE)],
    ['quoted-printable escapes', () => `${fill('=E3=81', SIZE)}=\n`],
    ['part headers without bodies', () => fill('Content-Type: text/plain\n', SIZE)],
    ['HTML part headers with empty bodies', () => fill('Content-Type: text/html\n\n', SIZE)],
    ['base64 part headers', () => fill('Content-Transfer-Encoding: base64\n\nQUJD\n', SIZE)],
    ['boundary-like lines', () => `Content-Type: multipart/mixed; boundary=x\n\n${fill('--x\n', SIZE)}`],
    ['encoded words', () => `Subject: ${fill('=?utf-8?B?QUFB?= ', SIZE)}`],
    ['header names', () => fill('From:', SIZE)],
    ['Received headers with versions and IPs', () => fill('Received: from a (10.5.7.750) by b id 15.20.7452.28; Thu, 20 Nov 2026\n', SIZE)],
    ['recipient list heading and long lines', () => `Delivery has failed to these recipients or groups:\n${fill('x', SIZE)}`],
    ['recipient list headings with addresses', () => `550 5.7.750\n${fill('Delivery has failed to these recipients or groups:\na@fabrikam.com\n', SIZE)}`],
    ['5.7.7xx codes in prose', () => fill('the bounce said 5.7.750 and 5.7.708 ', SIZE)],
    // The status positions and details of other mail systems and of today's Outlook layout.
    ['reply codes joined by a colon', () => fill('550:', SIZE)],
    ['reply codes joined by a colon, with codes', () => fill('550: 5.2.2 ', SIZE)],
    ["reply codes joined by a quote, with codes", () => fill("550-'5.7.1 ", SIZE)],
    ['folded reply codes', () => fill('said: 554\n', SIZE)],
    ['folded reply codes, with codes', () => fill('said: 554\n    5.6.0 x\n', SIZE)],
    ['one folded status line of 5 MB', () => `said: 554\n${fill('    5.6.0 x\n', SIZE)}`],
    ['a quoted status line never closed', () => `Remote Server returned '550 5.7.750 x\n${fill('y\n', SIZE)}`],
    ['labelled codes', () => fill('ERROR_CODE :5.1.1\n', SIZE)],
    ['codes starting lines', () => fill('-- 5.4.1 Recipient\n', SIZE)],
    ['codes starting lines before addresses', () => fill('5.2.2 <user@example.org>... Mailbox Full\n', SIZE)],
    ['qmail recipient lines', () => `550 5.1.1 x\n${fill('<a@example.org>:\n', SIZE)}`],
    ['qmail recipient lines, all different', () => `550 5.1.1 x\n${Array.from({ length: SIZE / 24 }, (_, index) => `<u${index}@example.org>:\n`).join('').slice(0, SIZE)}`],
    ['long would-be qmail lines', () => `550 5.1.1 x\n<${fill('a', SIZE)}`],
    ['Outlook labels', () => `550 5.7.705 x\n${fill('Recipient Address:\t\nCreated Date:\nDSN generated by:\n', SIZE)}`],
    ['Outlook labels with long values', () => `550 5.7.705 x\nCreated Date: ${fill('1', SIZE)}`],
    // Japanese is 3 bytes a character in UTF-8.
    ['Japanese recipient sentences', () => `550 5.7.750 x\n${fill('a@b.c へのメッセージを配信できませんでした', SIZE / 2.5)}`],
    ['Japanese recipient sentences after long runs', () => `550 5.7.750 x\n${fill(`${'a'.repeat(300)}へのメッセージを配信できませんでした`, SIZE / 1.2)}`],
    ['Diagnostic-Code fields', () => `Status: 5.2.2\n${fill('Diagnostic-Code: smtp; 552 x\n', SIZE)}`],
    ['status lines with brackets', () => fill('550 5.7.705 x [a.b 2026-11-25T14:14:22.415Z 08DD]\n', SIZE)],
    ['one status line with a 5 MB bracket', () => `550 5.7.705 [${fill('a', SIZE)}]`],
    ['headers the details read', () => `550 5.7.750\n${fill('From: postmaster@contoso.com\nDate: x\nSubject: =?utf-8?B?QUFB?=\nFinal-Recipient: rfc822;a@b.c\n', SIZE)}`],
  ];

  it.each(adversarial)('stays linear on %s', (label, build) => {
    const input = build();
    expect(input.length).toBeLessThanOrEqual(MAX_INPUT_BYTES);
    const { outcome, ms } = timed(input);
    console.log(`parseNdr: ${label}, ${(input.length / 1024 / 1024).toFixed(2)} MB in ${ms.toFixed(0)} ms → ${outcome.kind}`);
  }, HANG_MS);
});
