// Whether a bounce just read may replace the one a case already has. Pure: the start page asks when it may not.
import type { NdrDetails as RecordedNdr } from '../progress/case-schema';

export type { RecordedNdr };

/** The facts of a bounce an admin or Support reads; the codes, source and file name only describe it. */
export const NDR_FACTS = ['recipients', 'sender', 'subject', 'date', 'generatingServer', 'reportingServer', 'diagnostic'] as const;
export type NdrFact = (typeof NDR_FACTS)[number];

export type NdrRecordDecision =
  /** Nothing worth keeping is recorded: record the new bounce. */
  | { kind: 'record'; ndr: RecordedNdr }
  /** The new bounce agrees with the recorded one and adds facts to it: record both together. */
  | { kind: 'merge'; ndr: RecordedNdr }
  /** The new bounce adds nothing (a bare code, a shorter status line), or is only a code typed in: leave things be. */
  | { kind: 'keep' }
  /** The new bounce contradicts or lacks recorded facts: only the admin may replace it. */
  | { kind: 'ask'; ndr: RecordedNdr; changed: NdrFact[] };

const SCALAR_FACTS = NDR_FACTS.filter((fact): fact is Exclude<NdrFact, 'recipients'> => fact !== 'recipients');
const MAX_CODES = 20;

const normal = (value: string) => value.replace(/\s+/g, ' ').trim().toLowerCase();

function hasFacts(ndr: RecordedNdr): boolean {
  return NDR_FACTS.some((fact) => (fact === 'recipients' ? ndr.recipients.length > 0 : Boolean(ndr[fact]?.trim())));
}

/** What the start page has always skipped: a code typed in, with no recipient, date, server or sender. */
function isOnlyTheCode(ndr: RecordedNdr): boolean {
  return ndr.recipients.length === 0 && !ndr.date && !ndr.generatingServer && !ndr.reportingServer && !ndr.sender;
}

export function decideNdrRecord(recorded: RecordedNdr | undefined, incoming: RecordedNdr): NdrRecordDecision {
  if (!recorded || !hasFacts(recorded)) {
    return isOnlyTheCode(incoming) && incoming.source === 'paste' ? { kind: 'keep' } : { kind: 'record', ndr: incoming };
  }
  const merged: RecordedNdr = { ...recorded };
  const changed: NdrFact[] = [];
  let adds = false;

  for (const fact of SCALAR_FACTS) {
    const old = recorded[fact];
    const now = incoming[fact];
    if (!now?.trim() || (old !== undefined && normal(old) === normal(now))) continue;
    if (!old?.trim()) {
      merged[fact] = now;
      adds = true;
    } else if (fact === 'diagnostic' && normal(old).includes(normal(now))) {
      // The status line typed again, or without its bracketed server, time and ID: the recorded one says more.
    } else if (fact === 'diagnostic' && normal(now).includes(normal(old))) {
      merged[fact] = now;
      adds = true;
    } else changed.push(fact);
  }

  const known = new Set(recorded.recipients.map(normal));
  const newRecipients = incoming.recipients.filter((address) => !known.has(normal(address)));
  if (newRecipients.length > 0) {
    // A bounce to none of the recorded recipients is another bounce, not more of this one.
    if (recorded.recipients.length > 0 && newRecipients.length === incoming.recipients.length) changed.push('recipients');
    else {
      merged.recipients = [...recorded.recipients, ...newRecipients];
      adds = true;
    }
  }

  if (changed.length > 0) return { kind: 'ask', ndr: incoming, changed };
  const codes = [...new Set([...recorded.allCodes, ...incoming.allCodes])].slice(0, MAX_CODES);
  if (codes.length > recorded.allCodes.length) {
    merged.allCodes = codes;
    adds = true;
  }
  return adds ? { kind: 'merge', ndr: merged } : { kind: 'keep' };
}
