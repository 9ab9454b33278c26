// The case as a reader should see it: every user-supplied value with its hidden characters made visible (see
// lib/visible-text.ts). Used where a case becomes text for someone else, such as the support summary.
import { visibleLine, visibleText } from '../../lib/visible-text';
import { factLines, factTexts } from './case-facts';
import type { CaseDetails, CaseFile, NdrDetails } from './case-schema';

const mapValues = <T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));

const optionalLine = (value: string | undefined): string | undefined => (value === undefined ? undefined : visibleLine(value));

function visibleNdr(ndr: NdrDetails): NdrDetails {
  const result: NdrDetails = {
    ...ndr,
    allCodes: ndr.allCodes.map(visibleLine),
    recipients: ndr.recipients.map(visibleLine),
  };
  for (const field of ['reportingServer', 'generatingServer', 'date', 'sender', 'subject', 'fileName'] as const) {
    const value = optionalLine(ndr[field]);
    if (value !== undefined) result[field] = value;
  }
  if (ndr.diagnostic !== undefined) result.diagnostic = visibleText(ndr.diagnostic);
  return result;
}

function visibleDetails(details: CaseDetails): CaseDetails {
  const result: CaseDetails = { ...details };
  for (const field of factLines) {
    const value = optionalLine(details[field]);
    if (value !== undefined) result[field] = value;
  }
  for (const field of factTexts) {
    const value = details[field];
    if (value !== undefined) result[field] = visibleText(value);
  }
  return result;
}

export function visibleCase(caseFile: CaseFile): CaseFile {
  return {
    ...caseFile,
    details: visibleDetails(caseFile.details),
    actions: mapValues(caseFile.actions, (entry) =>
      entry.reason === undefined ? entry : { ...entry, reason: visibleLine(entry.reason) },
    ),
    notes: mapValues(caseFile.notes, (note) => ({ ...note, text: visibleText(note.text) })),
    ...(caseFile.ndr ? { ndr: visibleNdr(caseFile.ndr) } : {}),
  };
}
