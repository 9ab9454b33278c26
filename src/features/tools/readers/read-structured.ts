// The accepted-domain and inbound-connector steps' reader: whatever the admin pasted or dropped (ConvertTo-Json,
// Format-List, the default table, Export-Csv, a plain list), in whatever encoding, to accepted domains or connectors,
// or the reason it cannot be read. What the records are is decided from them, not from the step they were given to.
import type { ReadOutcome, RejectReason, StructuredFormat } from '../model';
import { toAcceptedDomains } from './accepted-domains';
import { hasBounceHeadings, hasStatusCode } from './bounce-signs';
import { decodeInputBytes, looksBinary, looksLikeImage } from './decode-bytes';
import { isExportCsvHeader, readExportCsv } from './export-csv-input';
import { PROPERTY_LINE, readFormatList } from './format-list-input';
import { toInboundConnectors } from './inbound-connectors';
import { jsonStart, readJson } from './json-input';
import { readDomainList } from './list-input';
import { firstOutputLines } from './powershell-noise';
import type { PowerShellRecords } from './powershell-record';
import { kindOfRecords } from './record-kind';
import { isTableHead, readTable } from './table-input';

export type StructuredKind = 'accepted-domains' | 'inbound-connectors';

/** Larger than any tenant's output: a 5 MB text saved as UTF-16 by Windows PowerShell is 10 MB. */
export const MAX_STRUCTURED_INPUT = 10 * 1024 * 1024;

const SNIFF = 65_536;

type Rejected = Extract<ReadOutcome, { kind: 'rejected' }>;
const rejected = (reason: RejectReason, detail?: string): Rejected =>
  detail === undefined ? { kind: 'rejected', reason } : { kind: 'rejected', reason, detail };

/** A dropped file: refused when too large or a picture, else decoded (UTF-8, UTF-16 with or without BOM) and read. */
export function readStructuredBytes(bytes: Uint8Array, expected: StructuredKind): ReadOutcome {
  if (bytes.length > MAX_STRUCTURED_INPUT) return rejected('too-large', String(MAX_STRUCTURED_INPUT));
  if (looksLikeImage(bytes)) return rejected('image');
  return readStructuredInput(decodeInputBytes(bytes), expected);
}

export function readStructuredInput(text: string, expected: StructuredKind): ReadOutcome {
  if (text.length > MAX_STRUCTURED_INPUT) return rejected('too-large', String(MAX_STRUCTURED_INPUT));
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (input.trim() === '') return rejected('empty');
  if (looksBinary(input)) return rejected('binary');
  const head = input.slice(0, SNIFF);
  if (hasBounceHeadings(head)) return rejected('ndr');
  const found = readRecords(input);
  if (found === undefined) {
    if (hasStatusCode(head)) return rejected('ndr');
    return expected === 'accepted-domains' ? readList(input) : rejected('unrecognised');
  }
  if ('reason' in found) return found;
  return outcomeOf(found, expected);
}

type Found = PowerShellRecords & { format: StructuredFormat };

function readRecords(input: string): Found | Rejected | undefined {
  const start = jsonStart(input);
  if (start >= 0) {
    const json = readJson(input, start);
    return 'broken' in json ? rejected('broken-json', json.broken) : { format: 'json', records: json.records, truncated: [] };
  }
  const [first = '', second = ''] = firstOutputLines(input, 2);
  if (isExportCsvHeader(first)) return { format: 'csv', ...readExportCsv(input) };
  if (isTableHead(first, second)) return { format: 'table', ...readTable(input) };
  if (PROPERTY_LINE.test(first.trimStart())) return { format: 'format-list', ...readFormatList(input) };
  return undefined;
}

function outcomeOf({ format, records, truncated }: Found, expected: StructuredKind): ReadOutcome {
  const ofKind = kindOfRecords(records, expected);
  // An empty JSON array (`[]`) or a table with no rows: nothing of the kind the step asked for.
  if (ofKind === undefined && records.length > 0) return rejected('unrecognised');
  const kind = ofKind?.kind ?? expected;
  // Message trace belongs on the sending step, outbound connectors nowhere: the detail lets the view say so.
  if (kind === 'message-trace' || kind === 'outbound-connectors') return rejected('unrecognised', kind);
  const ofKindRecords = ofKind?.records ?? [];
  if (kind === 'accepted-domains') return { kind, format, truncated, ...toAcceptedDomains(ofKindRecords) };
  return { kind, format, truncated, ...toInboundConnectors(ofKindRecords) };
}

function readList(input: string): ReadOutcome {
  const list = readDomainList(input);
  // Mostly words that are not domains: prose, a log, another tool's output.
  if (list.domains.length === 0 || list.notDomains.length > list.domains.length) return rejected('unrecognised', list.notDomains[0]);
  return {
    kind: 'accepted-domains',
    format: 'list',
    domains: list.domains.map((domain) => ({ domain })),
    truncated: list.truncated,
    matchSubDomainsKnown: false,
  };
}
