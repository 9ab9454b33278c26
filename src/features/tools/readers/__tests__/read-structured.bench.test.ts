// The readers must stay linear: a tenant's full Format-List or JSON output runs to megabytes, and the admin waits for
// the answer. The times are printed as figures to read, never asserted: a busy machine must not fail the suite. What
// fails is a hang: a reader that went quadratic on 5 MB (string concatenation in a loop, a backtracking expression)
// takes minutes, far past HANG_MS, while a linear one takes well under a second.
import { describe, expect, it } from 'vitest';
import type { ReadOutcome } from '../../model';
import { readStructuredInput, type StructuredKind } from '../read-structured';
import { fixture } from './structured-fixtures';

const HANG_MS = 60_000;
const SIZE = 5 * 1024 * 1024;

/** Copies of `record`, each named apart (`name` numbered), joined by `separator`, to about SIZE characters. */
function repeated(record: string, separator: string, name: string): string {
  const copies = Math.ceil(SIZE / (record.length + separator.length));
  const parts: string[] = [];
  for (let index = 0; index < copies; index += 1) parts.push(record.replaceAll(name, `${name}${index}`));
  return parts.join(separator);
}

function timed(text: string, step: StructuredKind): { outcome: ReadOutcome; ms: number } {
  readStructuredInput(text.slice(0, 20_000), step);
  const started = performance.now();
  const outcome = readStructuredInput(text, step);
  return { outcome, ms: performance.now() - started };
}

const count = (outcome: ReadOutcome): number =>
  outcome.kind === 'inbound-connectors' ? outcome.connectors.length : outcome.kind === 'accepted-domains' ? outcome.domains.length : -1;

describe('readStructuredInput on 5 MB', () => {
  it('reads 5 MB of Format-List with wrapped values', () => {
    const list = fixture('inbound-connectors-format-list.txt');
    const record = list.slice(list.indexOf('Enabled'), list.indexOf('\r\n\r\n\r\n', list.indexOf('Enabled')));
    const text = repeated(record, '\r\n\r\n', 'Partner mail from Fabrikam');
    expect(text.length).toBeGreaterThan(SIZE - record.length);
    const { outcome, ms } = timed(text, 'inbound-connectors');
    console.log(`readStructuredInput: Format-List, ${(text.length / 1024 / 1024).toFixed(2)} MB in ${ms.toFixed(0)} ms`);
    expect(count(outcome)).toBe(Math.ceil(SIZE / (record.length + 4)));
    expect(outcome.kind === 'inbound-connectors' && outcome.connectors.at(-1)).toMatchObject({
      name: `Partner mail from Fabrikam${count(outcome) - 1}`,
      senderDomains: ['fabrikam.example'],
      whenCreatedUtc: '2026-03-03T01:15:12.000Z',
    });
  }, HANG_MS);

  it('reads 5 MB of Windows PowerShell 5.1 JSON', () => {
    const capture = fixture('inbound-connectors-ps51.json');
    const record = capture.slice(capture.indexOf('{'), capture.indexOf('\r\n    },') + 7);
    const text = `[\r\n    ${repeated(record, ',\r\n    ', 'Partner mail from Fabrikam')}\r\n]\r\n`;
    const { outcome, ms } = timed(text, 'inbound-connectors');
    console.log(`readStructuredInput: PS 5.1 JSON, ${(text.length / 1024 / 1024).toFixed(2)} MB in ${ms.toFixed(0)} ms`);
    expect(count(outcome)).toBe(Math.ceil(SIZE / (record.length + 7)));
  }, HANG_MS);

  it('reads a 5 MB table and a 5 MB list of domains', () => {
    const rows = repeated('contoso.com                   contoso.com                   Authoritative  True', '\n', 'contoso');
    const table = `Name                          DomainName                    DomainType     Default\n----                          ----------                    ----------     -------\n${rows}`;
    const fromTable = timed(table, 'accepted-domains');
    console.log(`readStructuredInput: table, ${(table.length / 1024 / 1024).toFixed(2)} MB in ${fromTable.ms.toFixed(0)} ms`);
    expect(fromTable.outcome).toMatchObject({ kind: 'accepted-domains', format: 'table' });
    const list = repeated('sales.contoso.com', '\n', 'contoso');
    const fromList = timed(list, 'accepted-domains');
    console.log(`readStructuredInput: list, ${(list.length / 1024 / 1024).toFixed(2)} MB in ${fromList.ms.toFixed(0)} ms`);
    expect(fromList.outcome).toMatchObject({ kind: 'accepted-domains', format: 'list' });
  }, HANG_MS);

  it('rejects 5 MB of one long line without a format quickly', () => {
    const text = 'x'.repeat(SIZE);
    const { outcome, ms } = timed(text, 'accepted-domains');
    console.log(`readStructuredInput: one 5 MB word in ${ms.toFixed(0)} ms`);
    expect(outcome).toEqual({ kind: 'rejected', reason: 'unrecognised', detail: text });
  }, HANG_MS);
});
