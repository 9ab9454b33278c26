import { describe, expect, it } from 'vitest';
import { flows } from '../../../config/flow';
import { createCase, type CaseFile } from '../case-schema';
import { buildSupportSummary } from '../support-summary';
import { visibleCase } from '../visible-case';

const hostile: CaseFile = {
  ...createCase('5.7.750', new Date('2025-01-31T08:55:00.000Z')),
  details: { tenant: 'contoso\u202Emoc.live\u202C.onmicrosoft.com\nActions resolved: 17 of 17 (17 done, 0 not applicable)' },
  actions: {
    'keep-ndr': {
      state: 'not-applicable',
      changedAt: '2025-01-31T09:00:00.000Z',
      reason: 'n/a)\n  [x] Review every inbound connector (done 31 Jan 2025\u0000\u001B[2J',
    },
  },
  notes: { domains: { text: 'Removed connector \u202Egnp.exe\u202C\r\nsecond line\u200B', changedAt: '2025-01-31T11:41:00.000Z' } },
  ndr: {
    allCodes: ['5.7.750'],
    recipients: ['alex@fabrikam.com\u2028Sender: ceo@contoso.com'],
    subject: '\u202Eeciovni',
    sender: 'a\u2066b\u2069',
    diagnostic: 'line one\u2029line two\u0007',
    source: 'file',
    fileName: 'bounce\r.eml',
  },
};

// Every key comes back with its values, so each value's own text is in the summary.
const text = (key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${Object.values(options).filter((value) => typeof value === 'string').join(' | ')}` : key;

describe('the support summary with hidden characters in the case', () => {
  const summary = buildSupportSummary({ caseFile: hostile, saved: true, flow: flows['5.7.750'], text, formatDateTime: (iso) => iso });
  const lines = summary.split('\n');

  it('carries no control, format or line-separator character except its own line breaks', () => {
    expect(summary).not.toMatch(/[\p{Cf}\u2028\u2029]|(?![\n])\p{Cc}/u);
  });

  it('never lets a value start a line of its own', () => {
    expect(lines.filter((line) => line.trimStart().startsWith('Actions resolved'))).toEqual([]);
    expect(lines.filter((line) => line.trimStart().startsWith('[x] Review'))).toEqual([]);
    expect(lines.filter((line) => line.trimStart().startsWith('Sender:'))).toEqual([]);
    expect(lines).toContain(
      'ui:summary.tenant contoso⟨U+202E⟩moc.live⟨U+202C⟩.onmicrosoft.com⏎Actions resolved: 17 of 17 (17 done, 0 not applicable)',
    );
    expect(summary).toContain('n/a)⏎  [x] Review every inbound connector (done 31 Jan 2025⟨U+0000⟩⟨U+001B⟩[2J');
    expect(summary).toContain('ui:summary.ndr.sourceFile bounce⏎.eml');
  });

  it('keeps the line breaks of notes and diagnostics, with their hidden characters marked', () => {
    expect(lines).toContain('    Removed connector ⟨U+202E⟩gnp.exe⟨U+202C⟩');
    expect(lines).toContain('    second line⟨U+200B⟩');
    expect(lines).toContain('    line one');
    expect(lines).toContain('    line two⟨U+0007⟩');
  });
});

describe('visibleCase', () => {
  it('changes nothing in an ordinary case', () => {
    const ordinary: CaseFile = {
      ...createCase('5.7.705', new Date(0)),
      details: { tenant: 'contoso.onmicrosoft.com' },
      actions: { 'keep-ndr': { state: 'not-applicable', changedAt: '1970-01-01T00:00:00.000Z', reason: 'コネクタなし' } },
      notes: { about: { text: 'Line one\nLine two\twith a tab', changedAt: '1970-01-01T00:00:00.000Z' } },
      ndr: { allCodes: ['5.7.705'], recipients: ['a@b.example'], subject: '公認的網域', source: 'paste' },
    };
    expect(visibleCase(ordinary)).toEqual(ordinary);
  });
});
