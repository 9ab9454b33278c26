import type { Code } from '../../config/flow';
import { isCode } from '../../config/flow';
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
export interface NdrDetails { allCodes: string[]; recipients: string[]; reportingServer?: string; generatingServer?: string; date?: string; sender?: string; subject?: string; diagnostic?: string }
export type NdrOutcome =
  | { kind: 'covered'; code: Code; details: NdrDetails }
  | { kind: 'several'; codes: Code[]; details: NdrDetails }
  | { kind: 'uncovered-family'; codes: string[]; details: NdrDetails }
  | { kind: 'other'; codes: string[]; details: NdrDetails }
  | { kind: 'nothing' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'binary' };
export function parseNdr(input: string): NdrOutcome {
  const all = [...new Set([...input.matchAll(/\b([245]\.\d{1,3}\.\d{1,3})\b/g)].map((m) => m[1] ?? ''))];
  const details: NdrDetails = { allCodes: all, recipients: [] };
  const covered = all.filter(isCode);
  if (covered.length === 1 && covered[0]) return { kind: 'covered', code: covered[0], details };
  if (covered.length > 1) return { kind: 'several', codes: covered, details };
  if (all.some((c) => c.startsWith('5.7.7'))) return { kind: 'uncovered-family', codes: all, details };
  if (all.length) return { kind: 'other', codes: all, details };
  return { kind: 'nothing' };
}
