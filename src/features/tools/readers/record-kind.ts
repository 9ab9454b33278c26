// What the records are, decided from their properties and never from the step they were pasted into: connector
// output pasted as accepted domains is still connectors, and the view can send the admin to the right step.
import { readHeader } from './trace-columns';
import type { PowerShellRecord } from './powershell-record';

export type RecordKind = 'accepted-domains' | 'inbound-connectors' | 'outbound-connectors' | 'message-trace';

const INBOUND_CONNECTOR = [
  'connectortype',
  'connectorsource',
  'senderipaddresses',
  'senderdomains',
  'restrictdomainstoipaddresses',
  'restrictdomainstocertificate',
  'treatmessagesasinternal',
  'tlssendercertificatename',
];
/** Get-OutboundConnector shares ConnectorType with inbound connectors; these are its own. */
const OUTBOUND_CONNECTOR = ['smarthosts', 'recipientdomains', 'usemxrecord', 'tlsdomain', 'istransportrulescoped'];
const ACCEPTED_DOMAIN = ['domainname', 'domaintype', 'matchsubdomains'];

export function kindOfRecord(record: PowerShellRecord): RecordKind | undefined {
  const names = Object.keys(record);
  const keys = new Set(names.map((name) => name.toLowerCase()));
  const hasAny = (list: readonly string[]): boolean => list.some((key) => keys.has(key));
  if (names.length > 1 && readHeader(names).kind === 'trace') return 'message-trace';
  if (hasAny(OUTBOUND_CONNECTOR) && !keys.has('senderdomains') && !keys.has('senderipaddresses')) return 'outbound-connectors';
  if (hasAny(INBOUND_CONNECTOR)) return 'inbound-connectors';
  if (hasAny(ACCEPTED_DOMAIN)) return 'accepted-domains';
  return undefined;
}

/**
 * The kind most records are, and those records (a transcript header or a stray object is left out). A tie goes to
 * the kind the step expects. Undefined when no record is of a known kind.
 */
export function kindOfRecords(
  records: readonly PowerShellRecord[],
  expected: RecordKind,
): { kind: RecordKind; records: PowerShellRecord[] } | undefined {
  const byKind = new Map<RecordKind, PowerShellRecord[]>();
  // Records of one output share their property names: each set of names is judged once.
  const judged = new Map<string, RecordKind | undefined>();
  for (const record of records) {
    const signature = Object.keys(record).join('\u0000');
    const kind = judged.has(signature) ? judged.get(signature) : kindOfRecord(record);
    judged.set(signature, kind);
    if (kind === undefined) continue;
    const ofKind = byKind.get(kind);
    if (ofKind === undefined) byKind.set(kind, [record]);
    else ofKind.push(record);
  }
  let best: { kind: RecordKind; records: PowerShellRecord[] } | undefined;
  for (const [kind, ofKind] of byKind) {
    const better = best === undefined || ofKind.length > best.records.length || (ofKind.length === best.records.length && kind === expected);
    if (better) best = { kind, records: ofKind };
  }
  return best;
}
