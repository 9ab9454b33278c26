// Pure edits of a case. Each returns the same object when nothing changes, so the store can skip the write.
import type { StepId } from '../../config/flow';
import { factLimit, type FactTime, type TypedFact } from './case-facts';
import {
  boundNdr,
  knownActionIds,
  limits,
  type ActionState,
  type ActionStateValue,
  type CaseFile,
  type NdrDetails,
} from './case-schema';
import type { StoredEvidence } from './stored-evidence';

/** `time` is the ISO time of the edit; it becomes the item's changedAt and the case's updatedAt. */
export function withActionState(
  caseFile: CaseFile,
  actionId: string,
  state: ActionStateValue,
  reason: string | undefined,
  time: string,
): CaseFile {
  if (!knownActionIds(caseFile.code).has(actionId)) return caseFile;
  const current = caseFile.actions[actionId];
  const nextReason = state === 'not-applicable' && reason ? reason.slice(0, limits.reason) : undefined;
  if (current && current.state === state && current.reason === nextReason) return caseFile;
  if (!current && state === 'open') return caseFile;
  const entry: ActionState = nextReason === undefined ? { state, changedAt: time } : { state, changedAt: time, reason: nextReason };
  return { ...caseFile, updatedAt: time, actions: { ...caseFile.actions, [actionId]: entry } };
}

/** Notes are saved as typed; an emptied note is removed. */
export function withNote(caseFile: CaseFile, step: StepId, text: string, time: string): CaseFile {
  const bounded = text.slice(0, limits.note);
  const current = caseFile.notes[step];
  if ((current?.text ?? '') === bounded) return caseFile;
  const notes = { ...caseFile.notes };
  if (bounded === '') Reflect.deleteProperty(notes, step);
  else notes[step] = { text: bounded, changedAt: time };
  return { ...caseFile, updatedAt: time, notes };
}

/** A fact typed as text; an emptied fact other than the tenant (always present) is removed. */
export function withFact(caseFile: CaseFile, field: TypedFact, text: string, time: string): CaseFile {
  const bounded = text.slice(0, factLimit(field));
  if ((caseFile.details[field] ?? '') === bounded) return caseFile;
  const details = { ...caseFile.details, [field]: bounded };
  if (bounded === '' && field !== 'tenant') Reflect.deleteProperty(details, field);
  return { ...caseFile, updatedAt: time, details };
}

/** A time on the timeline (an ISO time, already checked); `undefined` clears it. */
export function withFactTime(caseFile: CaseFile, field: FactTime, at: string | undefined, time: string): CaseFile {
  if (caseFile.details[field] === at) return caseFile;
  const details = { ...caseFile.details, [field]: at };
  if (at === undefined) Reflect.deleteProperty(details, field);
  return { ...caseFile, updatedAt: time, details };
}

/** `undefined` forgets the NDR. */
export function withNdr(caseFile: CaseFile, ndr: NdrDetails | undefined, time: string): CaseFile {
  const bounded = ndr ? boundNdr(ndr) : undefined;
  if (JSON.stringify(bounded) === JSON.stringify(caseFile.ndr)) return caseFile;
  const next: CaseFile = { ...caseFile, updatedAt: time };
  if (bounded) next.ndr = bounded;
  else Reflect.deleteProperty(next, 'ndr');
  return next;
}

/** The tools' evidence after `change` (which checks what it writes); `undefined` removes it. */
export function withEvidence(
  caseFile: CaseFile,
  change: (evidence: StoredEvidence | undefined, time: string) => StoredEvidence | undefined,
  time: string,
): CaseFile {
  const next = change(caseFile.evidence, time);
  if (next === caseFile.evidence) return caseFile;
  const edited: CaseFile = { ...caseFile, updatedAt: time };
  if (next) edited.evidence = next;
  else Reflect.deleteProperty(edited, 'evidence');
  return edited;
}

/** Freezes a case all the way down: snapshots handed to React must never change under it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
