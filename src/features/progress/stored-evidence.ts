// The cause-finding tools' evidence as the case stores it: an object within its size budget. Its shape is checked by
// the tools when they read it (tools/evidence-schema.ts), so those checks load with the tools, not on every visit; a
// part they cannot read is left out there, and never makes the rest of the case unreadable.
import * as v from 'valibot';

/**
 * The whole evidence as stored JSON, in characters. The case is written on every keystroke of a note: evidence of
 * this size keeps that write (and so typing) quick on a slow machine. Real tenants' evidence is far smaller; a read
 * that is not is trimmed to fit, busiest first, and the tool says what it left out.
 */
export const EVIDENCE_JSON_BUDGET = 120_000;

export const storedEvidenceSchema = v.pipe(
  v.record(v.string(), v.unknown()),
  v.check((evidence) => JSON.stringify(evidence).length <= EVIDENCE_JSON_BUDGET, 'Evidence over its size budget'),
);
export type StoredEvidence = Readonly<Record<string, unknown>>;
