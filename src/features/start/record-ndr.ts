import type { Code } from '../../config/flow';
import { caseStore } from '../progress/case-store';
import { decideNdrRecord, type NdrRecordDecision, type RecordedNdr } from './ndr-record-decision';
import type { NdrEntryResult } from './ndr-entry-form';

/** The bounce as the case keeps it, for the case file and the support summary. */
function toRecorded(entry: NdrEntryResult): RecordedNdr | undefined {
  const { outcome } = entry;
  if (!('details' in outcome)) return undefined;
  const { details } = outcome;
  const fields = {
    reportingServer: details.reportingServer,
    generatingServer: details.generatingServer,
    date: details.date,
    sender: details.sender,
    subject: details.subject,
    diagnostic: details.diagnostic,
    fileName: entry.fileName,
  };
  const recorded: RecordedNdr = { allCodes: details.allCodes, recipients: details.recipients, source: entry.source };
  for (const [key, value] of Object.entries(fields) as [keyof typeof fields, string | undefined][]) {
    if (value !== undefined) recorded[key] = value;
  }
  return recorded;
}

/** What to do with the bounce just read, given the one the case already has; nothing is written yet. */
export function planNdrRecord(code: Code, entry: NdrEntryResult): NdrRecordDecision {
  const incoming = toRecorded(entry);
  if (!incoming) return { kind: 'keep' };
  return decideNdrRecord(caseStore.getSnapshot().cases[code]?.ndr, incoming);
}

/** Writes what the plan says; an "ask" plan is written only once the admin chose to replace the recorded bounce. */
export function applyNdrRecord(code: Code, decision: NdrRecordDecision): void {
  if (decision.kind !== 'keep') caseStore.setNdr(code, decision.ndr);
}
