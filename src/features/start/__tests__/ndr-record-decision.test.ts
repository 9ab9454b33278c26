import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideNdrRecord, type RecordedNdr } from '../ndr-record-decision';
import { parseNdr } from '../parse-ndr';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../../e2e/fixtures/ndr', name), 'utf8');

/** A bounce as the start page would record it from a paste. */
function pasted(text: string): RecordedNdr {
  const outcome = parseNdr(text);
  if (!('details' in outcome)) throw new Error(`no details in ${outcome.kind}`);
  return { ...outcome.details, source: 'paste' };
}

const full = pasted(fixture('exchange-online-750.txt'));

describe('decideNdrRecord', () => {
  it('records the first bounce, but not a code typed in on its own', () => {
    expect(decideNdrRecord(undefined, full)).toEqual({ kind: 'record', ndr: full });
    expect(decideNdrRecord(undefined, pasted('550 5.7.750 Service unavailable'))).toEqual({ kind: 'keep' });
    // From a file it is what the admin has: recorded.
    const fromFile: RecordedNdr = { ...pasted('550 5.7.750'), source: 'file', fileName: 'bounce.txt' };
    expect(decideNdrRecord(undefined, fromFile)).toEqual({ kind: 'record', ndr: fromFile });
    // A recorded bounce with no facts is no evidence to protect.
    expect(decideNdrRecord({ allCodes: ['5.7.750'], recipients: [], source: 'paste' }, full)).toEqual({ kind: 'record', ndr: full });
  });

  it('keeps the recorded bounce when a later one says nothing more (a code, the status line typed again)', () => {
    for (const later of ['5.7.750', '750', '550 5.7.750', '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.']) {
      expect(decideNdrRecord(full, pasted(later)), later).toEqual({ kind: 'keep' });
    }
    expect(decideNdrRecord(full, full)).toEqual({ kind: 'keep' });
    expect(decideNdrRecord(full, { ...full, source: 'file', fileName: 'same.txt' })).toEqual({ kind: 'keep' });
  });

  it('asks before a poorer bounce that contradicts the recorded one replaces it (recipients, sender, subject and server would be lost)', () => {
    const later = pasted('550 5.7.750 Service unavailable [AM0PR01MB1234.eurprd01.prod.outlook.com 2026-11-21T10:00:00.000Z]');
    const decision = decideNdrRecord(full, later);
    expect(decision).toEqual({ kind: 'ask', ndr: later, changed: ['date', 'reportingServer', 'diagnostic'] });
  });

  it('asks before another bounce, to none of the recorded recipients, replaces it', () => {
    const other = { ...full, recipients: ['lee.gu@fabrikam.com'] };
    expect(decideNdrRecord(full, other)).toEqual({ kind: 'ask', ndr: other, changed: ['recipients'] });
    const otherSubject = { ...full, subject: 'Board minutes' };
    expect(decideNdrRecord(full, otherSubject)).toMatchObject({ kind: 'ask', changed: ['subject'] });
  });

  it('merges a bounce that only adds facts to the recorded one', () => {
    const recorded: RecordedNdr = { allCodes: ['5.7.750'], recipients: ['megan.bowen@fabrikam.com'], diagnostic: '550 5.7.750 Service unavailable', source: 'paste' };
    const more: RecordedNdr = {
      allCodes: ['5.7.750', '5.1.1'],
      recipients: ['Megan.Bowen@fabrikam.com', 'lee.gu@fabrikam.com'],
      sender: 'Adele Vance <adele.vance@contoso.com>',
      diagnostic: '550 5.7.750 Service unavailable [BN8PR12MB3204.namprd12.prod.outlook.com 2026-11-20T09:14:07.112Z 08DC5A0B]',
      source: 'file',
      fileName: 'bounce.eml',
    };
    expect(decideNdrRecord(recorded, more)).toEqual({
      kind: 'merge',
      ndr: {
        allCodes: ['5.7.750', '5.1.1'],
        recipients: ['megan.bowen@fabrikam.com', 'lee.gu@fabrikam.com'],
        sender: 'Adele Vance <adele.vance@contoso.com>',
        diagnostic: more.diagnostic,
        // Where the recorded bounce came from stays as it was.
        source: 'paste',
      },
    });
    // The full NDR after a status line: every recorded fact is kept, the rest is added.
    const line = pasted('550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.');
    const fromLine = decideNdrRecord({ ...line, recipients: ['megan.bowen@fabrikam.com'] }, full);
    expect(fromLine.kind).toBe('merge');
    if (fromLine.kind === 'merge') expect(fromLine.ndr).toMatchObject({ ...full, source: 'paste' });
  });
});
