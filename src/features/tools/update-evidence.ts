// Reading and writing the tools' part of the case. The case checks only that its evidence is an object within budget;
// its shape is checked here, with the tools, on the way in and on the way out.
import * as v from 'valibot';
import type { Code } from '../../config/flow';
import { caseStore } from '../progress/case-store';
import type { StoredEvidence } from '../progress/stored-evidence';
import { evidenceSchema, type CaseEvidence } from './evidence-schema';

export type EvidenceRead = { evidence: CaseEvidence; unreadable: boolean };

const NONE: EvidenceRead = { evidence: {}, unreadable: false };
const reads = new WeakMap<StoredEvidence, EvidenceRead>();

/** The stored evidence, checked (once per stored object). Evidence that does not check out reads as none, flagged. */
export function readEvidence(stored: StoredEvidence | undefined): EvidenceRead {
  if (!stored) return NONE;
  let read = reads.get(stored);
  if (!read) {
    const parsed = v.safeParse(evidenceSchema, stored);
    read = parsed.success ? { evidence: parsed.output, unreadable: false } : { evidence: {}, unreadable: true };
    reads.set(stored, read);
  }
  return read;
}

/**
 * Changes the case's evidence. What `change` returns is checked first: evidence that would not read back (over a
 * bound, a malformed time) is not written, so one bad read never loses what the case had.
 */
export function updateEvidence(code: Code, change: (evidence: CaseEvidence, time: string) => CaseEvidence): void {
  caseStore.setEvidence(code, (stored, time) => nextEvidence(stored, change, time));
}

/** What the case stores after `change`: the same object when nothing changes or the change does not check out. */
export function nextEvidence(
  stored: StoredEvidence | undefined,
  change: (evidence: CaseEvidence, time: string) => CaseEvidence,
  time: string,
): StoredEvidence | undefined {
  const current = readEvidence(stored).evidence;
  const next = change(current, time);
  if (next === current) return stored;
  const checked = v.safeParse(evidenceSchema, next);
  if (!checked.success) return stored;
  const output = checked.output;
  reads.set(output, { evidence: output, unreadable: false });
  return Object.keys(output).length === 0 ? undefined : output;
}
