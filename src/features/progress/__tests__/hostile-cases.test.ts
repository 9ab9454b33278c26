// Every file in ./hostile is a case file someone could import or leave in storage, with a note of what it tries
// (`_note`) and what must happen (`_expect`). Each must be rejected for the right reason, or load and be shown
// (case file times, support summary, in every language) without throwing. Add a file for every new trick.
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import actionsEn from '../../../../locales/en/actions.json';
import uiEn from '../../../../locales/en/ui.json';
import actionsJa from '../../../../locales/ja/actions.json';
import uiJa from '../../../../locales/ja/ui.json';
import actionsZhTw from '../../../../locales/zh-TW/actions.json';
import uiZhTw from '../../../../locales/zh-TW/ui.json';
import { flows } from '../../../config/flow';
import { caseTimeFormat, formatTimestamp, parseTimestamp, summaryTimeFormat } from '../../../lib/timestamp';
import type { CaseFile } from '../case-schema';
import { createCaseStore } from '../case-store';
import { parseCaseExport } from '../case-transfer';
import { loadCase } from '../migrations';
import { buildSupportSummary, type SummaryTranslator } from '../support-summary';
import { MemoryStorage, steppingClock } from './fake-storage';

interface Meta {
  _note?: unknown;
  _expect?: unknown;
  _code?: string;
  _dropped?: Record<string, number>;
  _createdAt?: string;
  _updatedAt?: string;
  case?: unknown;
}

const files = Object.entries(import.meta.glob<string>('./hostile/*.json', { query: '?raw', import: 'default', eager: true }))
  .map(([path, text]) => [path.replace('./hostile/', ''), text] as const)
  .sort(([a], [b]) => a.localeCompare(b));

const i18n = createInstance();
void i18n.init({
  resources: {
    en: { ui: uiEn, actions: actionsEn },
    ja: { ui: uiJa, actions: actionsJa },
    'zh-TW': { ui: uiZhTw, actions: actionsZhTw },
  },
  initAsync: false,
  interpolation: { escapeValue: false },
});
const languages = ['en', 'ja', 'zh-TW'] as const;

function timesOf(caseFile: CaseFile): string[] {
  return [
    caseFile.createdAt,
    caseFile.updatedAt,
    ...Object.values(caseFile.actions).map((entry) => entry.changedAt),
    ...Object.values(caseFile.notes).map((note) => note.changedAt),
  ];
}

/** Everything the case file and the support summary show of a case's times, in every language. */
function show(caseFile: CaseFile): string[] {
  return languages.flatMap((language) => {
    const text = i18n.getFixedT(language) as unknown as SummaryTranslator;
    const summaryFormat = summaryTimeFormat(language);
    const caseFormat = caseTimeFormat(language);
    const summary = buildSupportSummary({
      caseFile,
      saved: true,
      flow: flows[caseFile.code],
      text,
      formatDateTime: (iso) => formatTimestamp(summaryFormat, iso, 'UNREADABLE'),
    });
    return [summary, ...timesOf(caseFile).map((iso) => formatTimestamp(caseFormat, iso, 'UNREADABLE'))];
  });
}

const storageReason = { invalid: 'wrong-shape', 'unsupported-version': 'future-version', 'not-a-case-file': 'wrong-shape' };

describe('hostile case files', () => {
  it('has its cases, each with a note and an expected outcome', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const [name, text] of files) {
      const meta = JSON.parse(text) as Meta;
      expect(typeof meta._note === 'string' && meta._note.length > 10, `${name} has a _note`).toBe(true);
      expect(['ok', 'invalid', 'unsupported-version', 'not-a-case-file'], `${name} has an _expect`).toContain(meta._expect);
    }
  });

  describe.each(files)('%s', (name, text) => {
    const meta = JSON.parse(text) as Meta;
    const expected = meta._expect as 'ok' | keyof typeof storageReason;


    it(expected === 'ok' ? 'imports, and shows it without throwing' : `is refused on import as ${expected}`, () => {
      const result = parseCaseExport(text);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      if (expected !== 'ok') {
        expect(result).toMatchObject({ ok: false, error: expected });
        return;
      }
      if (!result.ok) throw new Error(`${name}: ${result.error} ${result.detail ?? ''}`);
      expect(result.case.code).toBe(meta._code ?? '5.7.750');
      expect(result.dropped).toEqual(meta._dropped ?? { unknownActions: 0, otherCodeActions: 0, unknownSteps: 0 });
      if (meta._createdAt) expect(result.case.createdAt).toBe(meta._createdAt);
      if (meta._updatedAt) expect(result.case.updatedAt).toBe(meta._updatedAt);
      // Stored in the one form every browser parses.
      for (const iso of timesOf(result.case)) expect(parseTimestamp(iso)?.toISOString()).toBe(iso);
      expect(show(result.case).join('\n')).not.toContain('UNREADABLE');

      // Imported, saved, and read back by the next visit unchanged.
      const area = new MemoryStorage();
      const store = createCaseStore({ storage: () => area, now: steppingClock() });
      expect(store.importCase(result.case)).toBe(true);
      const again = createCaseStore({ storage: () => area, now: steppingClock() }).getSnapshot();
      expect(again.cases[result.case.code]).toEqual(result.case);
      expect(again.notices).toEqual([]);
    });

    it('left in storage, either loads or is kept aside with the right reason, and never breaks the page', () => {
      // The case as written in the file (re-serialising would lose what the file tries, such as deep nesting).
      const at = text.lastIndexOf('"case": ');
      const stored = at < 0 ? text : text.slice(at + '"case": '.length, text.lastIndexOf('}')).trim();
      const code = (meta._code ?? '5.7.750') as '5.7.750';
      const storedCode = ((meta.case ?? meta) as { code?: unknown } | null)?.code;
      const reason = typeof storedCode === 'string' && storedCode !== code ? 'wrong-code' : storageReason[expected as keyof typeof storageReason];
      const area = new MemoryStorage();
      area.setItem(`unblock:case:${code}`, stored);
      const store = createCaseStore({ storage: () => area, now: steppingClock() });
      const { cases, notices } = store.getSnapshot();
      const loaded = loadCase(stored, code);
      if (expected === 'ok') {
        expect(loaded.kind).toBe('ok');
        expect(notices.filter((notice) => notice.kind === 'quarantined')).toEqual([]);
        const caseFile = cases[code];
        if (!caseFile) throw new Error(`${name} did not load`);
        expect(show(caseFile).join('\n')).not.toContain('UNREADABLE');
      } else if (loaded.kind === 'invalid') {
        expect(cases[code]).toBeUndefined();
        expect(notices).toMatchObject([{ kind: 'quarantined', code, reason }]);
        expect(area.getItem(`unblock:case:${code}`)).toBeNull();
        expect(area.getItem(store.getSnapshot().quarantine[0]?.key ?? '')).toBe(stored);
      }
      // A tab with work open hears another tab write it: it keeps its case, or shows the readable one.
      const open = createCaseStore({ storage: () => new MemoryStorage(), now: steppingClock(), schedule: (run) => run() });
      let fire: (value: string) => void = () => undefined;
      const listening = createCaseStore({
        storage: () => area,
        now: steppingClock(),
        schedule: (run) => run(),
        addEventListener: (_type, listener) => {
          fire = (value) => listener({ key: `unblock:case:${code}`, newValue: value, storageArea: area });
          return undefined;
        },
      });
      open.setFact(code, 'tenant', 'mine');
      listening.setFact(code, 'tenant', 'mine');
      expect(() => fire(stored)).not.toThrow();
      const after = listening.getSnapshot().cases[code];
      if (!after) throw new Error('the open case is gone');
      if (expected === 'ok') expect(show(after).join('\n')).not.toContain('UNREADABLE');
      else expect(after.details.tenant).toBe('mine');
    });
  });
});
