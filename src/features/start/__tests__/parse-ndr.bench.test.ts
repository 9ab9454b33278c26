// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseNdr } from '../parse-ndr';

/** A bounce of just under 5 MB: an NDR with a large base64 attachment and a long log tail. */
function largeBounce(): string {
  const head = [
    'From: Microsoft Outlook <postmaster@contoso.com>',
    'Subject: Undeliverable: big file',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    "megan.bowen@fabrikam.com\nRemote Server returned '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains'",
    '--b',
    'Content-Type: application/pdf',
    'Content-Transfer-Encoding: base64',
    '',
  ].join('\n');
  const line = 'JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURlY29kZT4+CnN0cmVhbQp4nD2O\n';
  const attachment = line.repeat(Math.floor((3.5 * 1024 * 1024) / line.length));
  const log = '2026-11-22T08:31:17Z,mail01,Outbound,08DC1F2A,12,10.0.4.25:52311,104.47.74.33:25,>,250 2.6.0 Queued mail for delivery 15.20.7452.28\n';
  return `${head}\n${attachment}--b--\n${log.repeat(Math.floor((1.3 * 1024 * 1024) / log.length))}`;
}

describe('parseNdr on a 5 MB paste', () => {
  it('finishes well inside the time a person would notice', () => {
    const input = largeBounce();
    expect(input.length).toBeGreaterThan(4.5 * 1024 * 1024);
    parseNdr(input.slice(0, 100_000)); // warm up the regex engine
    const started = performance.now();
    const outcome = parseNdr(input);
    const elapsed = performance.now() - started;
    console.log(`parseNdr: ${(input.length / 1024 / 1024).toFixed(2)} MB in ${elapsed.toFixed(0)} ms`);
    expect(outcome).toMatchObject({ kind: 'covered', code: '5.7.750' });
    expect(elapsed).toBeLessThan(1500);
  });
});
