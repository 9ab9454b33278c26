// The stored case: what an admin did, when, and what they wrote down. One case per error code.
import * as v from 'valibot';
import { codes, flows, stepIds, type Code } from '../../config/flow';
import { factLimits, factLines, factTexts, factTimes } from './case-facts';
import { storedEvidenceSchema } from './stored-evidence';
import { isoTime } from './iso-time';

export const CASE_VERSION = 3;

/** Upper bounds, enforced on load and applied (by truncation) when the store writes. */
export const limits = {
  note: 20_000,
  reason: 1_000,
  tenant: factLimits.tenant,
  ndrCodes: 20,
  ndrCode: 32,
  ndrRecipients: 500,
  ndrRecipient: 320,
  ndrField: 1_000,
  ndrDiagnostic: 4_000,
} as const;

export const actionStates = ['open', 'done', 'not-applicable'] as const;
export type ActionStateValue = (typeof actionStates)[number];

const bounded = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const actionEntrySchema = v.object({
  state: v.picklist(actionStates),
  changedAt: isoTime,
  reason: v.optional(bounded(limits.reason)),
});
export type ActionState = v.InferOutput<typeof actionEntrySchema>;

export const noteSchema = v.object({ text: bounded(limits.note), changedAt: isoTime });
export type StepNote = v.InferOutput<typeof noteSchema>;

export const ndrSchema = v.object({
  allCodes: v.pipe(v.array(bounded(limits.ndrCode)), v.maxLength(limits.ndrCodes)),
  recipients: v.pipe(v.array(bounded(limits.ndrRecipient)), v.maxLength(limits.ndrRecipients)),
  reportingServer: v.optional(bounded(limits.ndrField)),
  generatingServer: v.optional(bounded(limits.ndrField)),
  date: v.optional(bounded(limits.ndrField)),
  sender: v.optional(bounded(limits.ndrField)),
  subject: v.optional(bounded(limits.ndrField)),
  diagnostic: v.optional(bounded(limits.ndrDiagnostic)),
  source: v.picklist(['paste', 'file']),
  fileName: v.optional(bounded(limits.ndrField)),
});
export type NdrDetails = v.InferOutput<typeof ndrSchema>;

/** Each of `keys` as an optional field of `schema`. */
function optionalFields<const Keys extends readonly string[], Schema extends v.GenericSchema>(keys: Keys, schema: Schema) {
  return Object.fromEntries(keys.map((key) => [key, v.optional(schema)])) as { [Key in Keys[number]]: v.OptionalSchema<Schema, undefined> };
}

/** The tenant, and the facts Support asks first (see case-facts); the facts were added within version 3, so optional. */
export const detailsSchema = v.object({
  ...optionalFields(factLines.slice(1) as unknown as Exclude<(typeof factLines)[number], 'tenant'>[], bounded(factLimits.line)),
  ...optionalFields(factTexts, bounded(factLimits.text)),
  ...optionalFields(factTimes, isoTime),
  tenant: bounded(limits.tenant),
});
export type CaseDetails = v.InferOutput<typeof detailsSchema>;

/** The shape once unknown action ids and step ids are gone. */
const caseShape = v.object({
  version: v.literal(CASE_VERSION),
  code: v.picklist(codes),
  createdAt: isoTime,
  updatedAt: isoTime,
  details: detailsSchema,
  ndr: v.optional(ndrSchema),
  /** What the cause-finding tools read (version 3). */
  evidence: v.optional(storedEvidenceSchema),
  actions: v.record(v.string(), actionEntrySchema),
  notes: v.record(v.picklist(stepIds), noteSchema),
});

/** Action ids the code's flow knows today. Ids from older or newer releases are dropped on load. */
export function knownActionIds(code: Code): ReadonlySet<string> {
  return new Set(flows[code].steps.flatMap((step) => step.actions.map((action) => action.id)));
}

const pick = (record: Record<string, unknown>, keep: (key: string) => boolean): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([key]) => keep(key)));

/**
 * Parses a stored case of the current version. Entries under unknown action ids or step ids are dropped before they are checked, so a
 * renamed action (whatever its entry looks like) never makes the whole case unreadable.
 */
export const caseSchema = v.pipe(
  v.looseObject({
    code: v.picklist(codes),
    actions: v.record(v.string(), v.unknown()),
    notes: v.record(v.string(), v.unknown()),
  }),
  v.transform((input) => {
    const known = knownActionIds(input.code);
    return {
      ...input,
      actions: pick(input.actions, (id) => known.has(id)),
      notes: pick(input.notes, (step) => (stepIds as readonly string[]).includes(step)),
    };
  }),
  caseShape,
);
export type CaseFile = v.InferOutput<typeof caseSchema>;

export function createCase(code: Code, now: Date): CaseFile {
  const time = now.toISOString();
  return { version: CASE_VERSION, code, createdAt: time, updatedAt: time, details: { tenant: '' }, actions: {}, notes: {} };
}

const clip = (value: string | undefined, max: number): string | undefined =>
  value === undefined ? undefined : value.slice(0, max);

/** Cuts NDR details to the stored bounds (a pasted bounce can be longer than we keep). */
export function boundNdr(ndr: NdrDetails): NdrDetails {
  const result: NdrDetails = {
    allCodes: ndr.allCodes.slice(0, limits.ndrCodes).map((code) => code.slice(0, limits.ndrCode)),
    recipients: ndr.recipients.slice(0, limits.ndrRecipients).map((to) => to.slice(0, limits.ndrRecipient)),
    source: ndr.source,
  };
  const fields = ['reportingServer', 'generatingServer', 'date', 'sender', 'subject', 'fileName'] as const;
  for (const field of fields) {
    const value = clip(ndr[field], limits.ndrField);
    if (value !== undefined) result[field] = value;
  }
  const diagnostic = clip(ndr.diagnostic, limits.ndrDiagnostic);
  if (diagnostic !== undefined) result.diagnostic = diagnostic;
  return result;
}

/** First problem of a failed parse, for logs and the import error's detail. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
