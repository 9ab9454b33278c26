// Reads a stored case of any known version and brings it to the current one.
import * as v from 'valibot';
import { codes, type Code } from '../../config/flow';
import { CASE_VERSION, caseSchema, describeIssues, knownActionIds, type CaseFile } from './case-schema';

/** Version 1: ids of done actions and one note for the whole case. */
export const caseV1Schema = v.object({
  version: v.literal(1),
  code: v.picklist(codes),
  updatedAt: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15)),
  done: v.array(v.string()),
  note: v.optional(v.string()),
});
export type CaseV1 = v.InferOutput<typeof caseV1Schema>;

/** v1 → v2 candidate (still unchecked: the current schema drops unknown ids and checks the bounds). */
export function migrateV1(old: CaseV1): Record<string, unknown> {
  const time = new Date(old.updatedAt).toISOString();
  const actions = Object.fromEntries(old.done.map((id) => [id, { state: 'done', changedAt: time }]));
  const notes = old.note ? { about: { text: old.note, changedAt: time } } : {};
  return { version: 2, code: old.code, createdAt: time, updatedAt: time, details: { tenant: '' }, actions, notes };
}

/** v2 → v3: version 3 only adds the tools' evidence, which a v2 case does not have. */
export function migrateV2(old: Record<string, unknown>): Record<string, unknown> {
  return { ...old, version: 3 };
}

/**
 * 5.7.705 contains compromised accounts on a step of its own, with finer actions than the two its connectors step had.
 * Their entries carry over to the actions that say what the old ones said, so no finished work is lost; an entry the
 * new action already has (a case saved since) is kept.
 */
const movedActions: Partial<Record<Code, Record<string, readonly string[]>>> = {
  '5.7.705': {
    'check-compromised-accounts': ['find-restricted-senders'],
    'secure-compromised-accounts': ['reset-password', 'revoke-sessions', 'remove-rules-forwarding', 'release-restricted-senders'],
  },
};

/** Moves entries of actions a code no longer has to the actions that replaced them (any version, as it is read). */
export function moveReplacedActions(candidate: Record<string, unknown>): Record<string, unknown> {
  const moves = typeof candidate.code === 'string' ? movedActions[candidate.code as Code] : undefined;
  const actions = candidate.actions;
  if (!moves || !isRecord(actions) || !Object.keys(moves).some((id) => Object.hasOwn(actions, id))) return candidate;
  const moved = Object.fromEntries(Object.entries(actions).filter(([id]) => !Object.hasOwn(moves, id)));
  for (const [oldId, newIds] of Object.entries(moves)) {
    if (!Object.hasOwn(actions, oldId)) continue;
    for (const newId of newIds) if (!Object.hasOwn(moved, newId)) moved[newId] = actions[oldId];
  }
  return { ...candidate, actions: moved };
}

/** Entries a parse left out because this release does not know them; an import reports them. */
export interface DroppedEntries {
  /** Under action ids no flow knows (renamed in another release, or made up). */
  unknownActions: number;
  /** Under action ids of another code's flow: they belong in that code's case. */
  otherCodeActions: number;
  /** Notes under step ids this release does not know. */
  unknownSteps: number;
}

export type CaseParse =
  | { ok: true; case: CaseFile; migratedFrom?: number; dropped: DroppedEntries }
  | { ok: false; reason: 'wrong-shape' | 'future-version' | 'wrong-code'; detail?: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A record written by a newer release, whatever else is wrong with it: this release can neither read nor replace it. */
const isFutureVersion = (version: unknown): version is number =>
  typeof version === 'number' && Number.isInteger(version) && version > CASE_VERSION;

const ownKeys = (value: unknown): string[] => (isRecord(value) ? Object.keys(value) : []);

function droppedEntries(candidate: unknown, kept: CaseFile): DroppedEntries {
  const source = isRecord(candidate) ? candidate : {};
  const lost = ownKeys(source.actions).filter((id) => !Object.hasOwn(kept.actions, id));
  const others = new Set(codes.filter((code) => code !== kept.code).flatMap((code) => [...knownActionIds(code)]));
  const otherCodeActions = lost.filter((id) => others.has(id)).length;
  return {
    unknownActions: lost.length - otherCodeActions,
    otherCodeActions,
    unknownSteps: ownKeys(source.notes).filter((step) => !Object.hasOwn(kept.notes, step)).length,
  };
}

/** Checks (and migrates) an already parsed value. `expectedCode` rejects a case of another code. */
export function parseCaseValue(value: unknown, expectedCode?: Code): CaseParse {
  if (!isRecord(value)) return { ok: false, reason: 'wrong-shape', detail: 'not an object' };
  const { version, code } = value;
  if (isFutureVersion(version)) return { ok: false, reason: 'future-version', detail: `version ${version}` };
  if (expectedCode !== undefined && typeof code === 'string' && code !== expectedCode) {
    return { ok: false, reason: 'wrong-code', detail: `code ${code.slice(0, 32)}` };
  }
  let candidate: unknown = value;
  let migratedFrom: number | undefined;
  if (version === 1) {
    const old = v.safeParse(caseV1Schema, value);
    if (!old.success) return { ok: false, reason: 'wrong-shape', detail: describeIssues(old.issues) };
    candidate = migrateV2(migrateV1(old.output));
    migratedFrom = 1;
  } else if (version === 2) {
    candidate = migrateV2(value);
    migratedFrom = 2;
  } else if (version !== CASE_VERSION) {
    return { ok: false, reason: 'wrong-shape', detail: 'version: missing or unknown' };
  }
  if (isRecord(candidate)) candidate = moveReplacedActions(candidate);
  const parsed = v.safeParse(caseSchema, candidate);
  if (!parsed.success) return { ok: false, reason: 'wrong-shape', detail: describeIssues(parsed.issues) };
  const dropped = droppedEntries(candidate, parsed.output);
  return migratedFrom === undefined
    ? { ok: true, case: parsed.output, dropped }
    : { ok: true, case: parsed.output, migratedFrom, dropped };
}

/** Whether a stored value was written by a newer release. */
export function isNewerRelease(raw: string | null): boolean {
  if (raw === null) return false;
  try {
    const value: unknown = JSON.parse(raw);
    return isRecord(value) && isFutureVersion(value.version);
  } catch {
    return false;
  }
}

export type InvalidReason = 'corrupt-json' | 'wrong-shape' | 'future-version' | 'wrong-code';

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; case: CaseFile; migratedFrom?: number }
  | { kind: 'invalid'; reason: InvalidReason; raw: string };

/** Reads what storage holds under a code's key. `null` (nothing stored) is 'empty'; anything unusable is 'invalid'. */
export function loadCase(raw: string | null, code: Code): LoadResult {
  if (raw === null) return { kind: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', reason: 'corrupt-json', raw };
  }
  const result = parseCaseValue(value, code);
  if (!result.ok) return { kind: 'invalid', reason: result.reason, raw };
  return result.migratedFrom === undefined
    ? { kind: 'ok', case: result.case }
    : { kind: 'ok', case: result.case, migratedFrom: result.migratedFrom };
}
