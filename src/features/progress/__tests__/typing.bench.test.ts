// What a keystroke costs with the largest case the schema allows (about 290 KB stored). Prints figures; the test
// asserts only what does not depend on the machine: nothing is parsed per keystroke.
import { describe, expect, it, vi } from 'vitest';
import { flows, stepIds } from '../../../config/flow';
import { formatTimestamp, summaryTimeFormat } from '../../../lib/timestamp';
import { createCase, limits, type CaseFile } from '../case-schema';
import { createCaseStore } from '../case-store';
import { loadCase } from '../migrations';
import { buildSupportSummary } from '../support-summary';
import { MemoryStorage, actionIdsOf, steppingClock } from './fake-storage';

const time = '2025-01-31T09:00:00.000Z';

function largestCase(): CaseFile {
  const line = 'Checked connector Relay-2, removed it, confirmed with the network team. ';
  return {
    ...createCase('5.7.750', new Date(time)),
    details: { tenant: 't'.repeat(limits.tenant) },
    actions: Object.fromEntries(
      actionIdsOf('5.7.750').map((id) => [id, { state: 'not-applicable', changedAt: time, reason: 'r'.repeat(limits.reason) }]),
    ),
    notes: Object.fromEntries(stepIds.map((step) => [step, { text: line.repeat(400).slice(0, limits.note - 100), changedAt: time }])),
    ndr: {
      allCodes: Array.from({ length: limits.ndrCodes }, () => '5.7.750'),
      recipients: Array.from({ length: limits.ndrRecipients }, (_, index) => `${'r'.repeat(300)}${String(index)}@fabrikam.com`),
      reportingServer: 's'.repeat(limits.ndrField),
      generatingServer: 's'.repeat(limits.ndrField),
      date: 'd'.repeat(limits.ndrField),
      sender: 'f'.repeat(limits.ndrField),
      subject: 'j'.repeat(limits.ndrField),
      diagnostic: 'x'.repeat(limits.ndrDiagnostic),
      source: 'paste',
    },
  };
}

const perCall = (runs: number, run: (index: number) => void) => {
  const started = performance.now();
  for (let index = 0; index < runs; index += 1) run(index);
  return (performance.now() - started) / runs;
};

describe('typing in a note of the largest case', () => {
  it('prints the cost of a keystroke, and parses nothing per keystroke', () => {
    const area = new MemoryStorage();
    const big = largestCase();
    area.setItem('unblock:case:5.7.750', JSON.stringify(big));
    const store = createCaseStore({ storage: () => area, now: steppingClock() });
    const base = store.getSnapshot().cases['5.7.750']?.notes.servers?.text ?? '';
    const text = (index: number) => base.slice(0, -1 - (index % 50));
    store.setNote('5.7.750', 'servers', text(0));
    const parse = vi.spyOn(JSON, 'parse');
    const keystroke = perCall(200, (index) => store.setNote('5.7.750', 'servers', text(index + 1), text(index)));
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();

    const raw = area.getItem('unblock:case:5.7.750') ?? '';
    // What each keystroke did before: read, parse and validate the stored case, then parse it again for its version.
    const readTwice = perCall(50, () => {
      loadCase(raw, '5.7.750');
      JSON.parse(raw);
    });
    const format = summaryTimeFormat('en');
    const summary = perCall(50, () =>
      buildSupportSummary({
        caseFile: big,
        saved: true,
        flow: flows['5.7.750'],
        text: (key) => key,
        formatDateTime: (iso) => formatTimestamp(format, iso, '?'),
      }),
    );
    console.log(
      [
        `stored case: ${(raw.length / 1024).toFixed(0)} K characters`,
        `keystroke in the store (merge check, stringify, write): ${keystroke.toFixed(2)} ms`,
        `parse + validate + parse again, no longer done per keystroke: ${readTwice.toFixed(2)} ms`,
        `support summary, built once per deferred render instead of per keystroke: ${summary.toFixed(2)} ms`,
      ].join('\n'),
    );
  });
});
