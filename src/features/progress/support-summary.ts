// The plain-text summary an admin pastes into a Microsoft support request. No Markdown, no HTML.
import { numberedTitle, type Flow } from '../../config/flow';
import { formatList } from '../../lib/format-list';
import { bounceTime } from '../start/ndr/bounce-time';
import { factTimes, type FactText } from './case-facts';
import type { CaseFile, NdrDetails } from './case-schema';
import { utcTimeFormat } from '../../lib/time-zone';
import { durationBetween, durationText, firstBounceOf } from './case-timeline';
import { caseProgress } from './progress-math';
import { visibleCase } from './visible-case';
import { visibleLine } from '../../lib/visible-text';

/** What the summary calls to look text up: `(key, options) => string`, i18next style. */
export type SummaryTranslator = (key: string, options?: Record<string, unknown>) => string;

/**
 * Any translator: a plain function, or the app's key-checked i18next `TFunction` (whose key type rejects the
 * dynamic keys used here) passed as it is. Keys: `actions:{id}.title`, `ui:summary.*`, `ui:codes.*`, `ui:steps.*`.
 */
export type AnyTranslator = SummaryTranslator | ((key: never, options?: never) => unknown);

export interface SupportSummaryInput<Translator = SummaryTranslator> {
  caseFile: CaseFile;
  /** False while nothing has been recorded: the case has no start or change time to report yet. */
  saved: boolean;
  flow: Flow;
  text: Translator;
  /** ISO time → the reader's local date and time. */
  formatDateTime: (iso: string) => string;
  /** The language `text` speaks, for joining lists (5.7.703、5.7.708 in ja); English, the summary's default, if left out. */
  language?: string;
  /** What the cause-finding tools found, as lines already written; shown under the cause. */
  findings?: readonly string[];
  /** Now, for how long a block not yet fixed has lasted (milliseconds since the epoch). */
  now?: number;
}

const INDENT = '  ';
const marks = { done: '[x]', open: '[ ]', 'not-applicable': '[n/a]' } as const;

/** Keys of `ui:codes.*` spell the code with underscores: 5.7.750 → 5_7_750. */
export const codeKey = (code: string): string => code.replace(/\./g, '_');

const indentLines = (value: string, indent: string): string[] =>
  value.replace(/\r\n?/g, '\n').split('\n').map((line) => (line.trim() === '' ? '' : `${indent}${line.trimEnd()}`));

function ndrLines(ndr: NdrDetails, text: SummaryTranslator, language: string, formatDateTime: (iso: string) => string): string[] {
  const lines = [text('ui:summary.ndrHeading')];
  const add = (field: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') lines.push(INDENT + text(`ui:summary.ndr.${field}`, { value: value.trim() }));
  };
  const since = bounceTime(ndr);
  if (since) add('blockedSince', formatDateTime(since));
  add('allCodes', formatList(ndr.allCodes, language));
  add('recipients', formatList(ndr.recipients, language));
  add('sender', ndr.sender);
  add('subject', ndr.subject);
  add('date', ndr.date);
  add('reportingServer', ndr.reportingServer);
  add('generatingServer', ndr.generatingServer);
  if (ndr.diagnostic?.trim()) {
    lines.push(INDENT + text('ui:summary.ndr.diagnostic'), ...indentLines(ndr.diagnostic.trim(), INDENT.repeat(2)));
  }
  lines.push(
    INDENT +
      (ndr.source === 'file' && ndr.fileName
        ? text('ui:summary.ndr.sourceFile', { fileName: ndr.fileName })
        : text(ndr.source === 'file' ? 'ui:summary.ndr.sourceFileUnnamed' : 'ui:summary.ndr.sourcePaste')),
  );
  return lines;
}

/** A heading, then the admin's paragraph (or "(not entered)") and any lines given, indented. */
function paragraphLines(heading: string, value: string | undefined, text: SummaryTranslator, extra: readonly string[] = []): string[] {
  const written = value?.trim();
  const body = written ? indentLines(written, INDENT) : extra.length > 0 ? [] : [INDENT + text('ui:summary.tenantMissing')];
  return [heading, ...body, ...extra.map((line) => (line === '' ? '' : INDENT + line))];
}

interface FactsContext {
  caseFile: CaseFile;
  text: SummaryTranslator;
  formatDateTime: (iso: string) => string;
  language: string;
  findings: readonly string[];
  now: number;
}

/** Who the tenant is and how to reach the admin: the first lines Support reads. */
function identityLines({ caseFile: { details }, text }: FactsContext): string[] {
  const line = (key: string, value: string | undefined) => (value?.trim() ? [text(key, { value: value.trim() })] : []);
  const contact = [details.contactName, details.contactPhone, details.contactHours, details.contactLanguage]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part));
  return [
    text('ui:summary.tenant', { tenant: details.tenant.trim() || text('ui:summary.tenantMissing') }),
    ...line('ui:summary.tenantId', details.tenantId),
    text('ui:summary.requestNumber', { value: details.requestNumber?.trim() || text('ui:summary.tenantMissing') }),
    ...(contact.length > 0 ? [text('ui:summary.contact', { value: contact.join(' / ') })] : []),
  ];
}

function impactLines({ caseFile, text, formatDateTime, now }: FactsContext): string[] {
  const lines: string[] = [];
  const users = caseFile.details.usersAffected?.trim();
  if (users) lines.push(INDENT + text('ui:summary.usersAffected', { value: users }));
  const since = firstBounceOf(caseFile);
  const fixed = caseFile.details.fixedAt;
  const duration = since ? durationBetween(since, fixed ?? now) : undefined;
  if (since && duration) {
    const values = { time: formatDateTime(since), duration: durationText(duration, text), ...(fixed ? { fixed: formatDateTime(fixed) } : {}) };
    lines.push(INDENT + text(fixed ? 'ui:summary.blockedForFixed' : 'ui:summary.blockedFor', values));
  }
  return lines.length > 0 ? [text('ui:summary.impactHeading'), ...lines] : [];
}

function timelineLines({ caseFile, text, formatDateTime, language }: FactsContext): string[] {
  const utc = utcTimeFormat(language);
  const unreadable = text('ui:common.unreadableTime');
  const times: Partial<Record<(typeof factTimes)[number], string>> = { ...caseFile.details, firstBounceAt: firstBounceOf(caseFile) };
  const lines = factTimes.flatMap((field) => {
    const at = times[field];
    if (!at) return [];
    const values = { label: text(`ui:facts.fields.${field}`), utc: `${formatUtc(utc, at, unreadable)} UTC`, local: formatDateTime(at) };
    return [INDENT + text('ui:summary.timelineEntry', values)];
  });
  return lines.length > 0 ? [text('ui:summary.timeline'), ...lines] : [];
}

const formatUtc = (format: Intl.DateTimeFormat, iso: string, unreadable: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? unreadable : format.format(date);
};

/** Impact, cause (with the checks' findings), changes, prevention and timeline: what Support asks before the steps. */
function factSections(context: FactsContext): string[][] {
  const { details } = context.caseFile;
  const { text, findings } = context;
  const paragraph = (field: FactText, extra?: readonly string[]) => paragraphLines(text(`ui:summary.${field}`), details[field], text, extra);
  return [
    impactLines(context),
    paragraph('cause', findings.map((line) => visibleLine(line))),
    paragraph('changes'),
    paragraph('prevention'),
    timelineLines(context),
  ].filter((lines) => lines.length > 0);
}

// Two signatures: a plain function gets `key: string` inferred; a key-checked TFunction matches the second.
export function buildSupportSummary(input: SupportSummaryInput): string;
// eslint-disable-next-line @typescript-eslint/unified-signatures
export function buildSupportSummary(input: SupportSummaryInput<AnyTranslator>): string;
export function buildSupportSummary({
  caseFile: stored,
  saved,
  flow,
  text: translate,
  formatDateTime,
  language = 'en',
  findings = [],
  now = Date.now(),
}: SupportSummaryInput<AnyTranslator>): string {
  // Hidden characters and line breaks in what the admin (or an imported file) wrote must not reorder or forge lines.
  const caseFile = visibleCase(stored);
  const lookUp = translate as (key: string, options?: Record<string, unknown>) => unknown;
  const text: SummaryTranslator = (key, options) => String(lookUp(key, options));
  const code = caseFile.code;
  const progress = caseProgress(flow, caseFile);
  const facts: FactsContext = { caseFile, text, formatDateTime, language, findings, now };
  const sections: string[][] = [
    [
      text('ui:summary.heading'),
      text('ui:summary.code', { code, name: text(`ui:codes.${codeKey(code)}.name`) }),
      text('ui:summary.meaning', { meaning: text(`ui:codes.${codeKey(code)}.summary`) }),
      ...identityLines(facts),
      ...(saved
        ? [
            text('ui:summary.started', { time: formatDateTime(caseFile.createdAt) }),
            text('ui:summary.lastChange', { time: formatDateTime(caseFile.updatedAt) }),
          ]
        : [text('ui:summary.notStarted')]),
      text('ui:summary.progress', {
        resolved: progress.resolved,
        total: progress.total,
        done: progress.done,
        notApplicable: progress.notApplicable,
      }),
    ],
    ...factSections(facts),
  ];

  for (const step of flow.steps) {
    const note = caseFile.notes[step.id]?.text.trim();
    if (step.actions.length === 0 && !note) continue;
    const lines = [numberedTitle(step.id, text(`ui:steps.${step.id}.title`, { code }))];
    for (const action of step.actions) {
      const title = text(`actions:${action.id}.title`);
      const entry = caseFile.actions[action.id];
      const state = entry?.state ?? 'open';
      let line = title;
      if (entry && state === 'done') line = text('ui:summary.actionDone', { title, time: formatDateTime(entry.changedAt) });
      if (entry && state === 'not-applicable') {
        const reason = entry.reason?.trim();
        line = reason
          ? text('ui:summary.actionNotApplicable', { title, reason })
          : text('ui:summary.actionNotApplicableNoReason', { title });
      }
      lines.push(`${INDENT}${marks[state]} ${line}`);
    }
    if (note) lines.push(INDENT + text('ui:summary.notes'), ...indentLines(note, INDENT.repeat(2)));
    sections.push(lines);
  }

  if (caseFile.ndr) sections.push(ndrLines(caseFile.ndr, text, language, formatDateTime));
  sections.push([text('ui:summary.closing')]);
  return sections.map((lines) => lines.join('\n')).join('\n\n');
}
