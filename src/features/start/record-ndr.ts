import type { Code } from '../../config/flow';
import { caseStore } from '../progress/case-store';
import type { NdrEntryResult } from './ndr-entry-form';

/** Keeps what the start page found in the bounce with the case, for the case file and the support summary. */
export function recordNdr(code: Code, entry: NdrEntryResult): void {
  const { outcome } = entry;
  if (!('details' in outcome)) return;
  const { details } = outcome;
  const onlyTheCode =
    details.recipients.length === 0 && !details.date && !details.generatingServer && !details.reportingServer && !details.sender;
  // A bare code typed in says nothing new; keep an earlier, richer bounce rather than overwrite it.
  if (onlyTheCode && entry.source === 'paste') return;
  caseStore.setNdr(code, {
    allCodes: details.allCodes,
    recipients: details.recipients,
    reportingServer: details.reportingServer,
    generatingServer: details.generatingServer,
    date: details.date,
    sender: details.sender,
    subject: details.subject,
    diagnostic: details.diagnostic,
    source: entry.source,
    fileName: entry.fileName,
  });
}
