// Which export a CSV is, from its header, and where each needed column is. Always by name: the column order of
// Export-Csv for Get-MessageTraceV2 and of the admin center's exports is not documented, and admins choose columns.
// Names are compared without case, spaces, underscores or hyphens, so "Message trace ID", "MessageTraceId" and
// "message_trace_id" are one name. Formats and names: /work/shared/tools-formats.md §3.
import type { SendingInputFormat } from '../model';

export type TraceColumn =
  | 'time'
  | 'sender'
  | 'senderDomain'
  | 'recipient'
  | 'recipientStatus'
  | 'messageId'
  | 'networkMessageId'
  | 'messageTraceId'
  | 'sourceIp'
  | 'clientIp'
  | 'connector'
  | 'directionality'
  | 'eventId'
  | 'count'
  | 'status'
  | 'subject';

/** Accepted names of each column, in order of preference. */
const ALIASES: Record<TraceColumn, readonly string[]> = {
  time: ['origintimestamputc', 'datetimeutc', 'received', 'date', 'datetime', 'timestamp'],
  sender: ['senderaddress', 'sender'],
  // The Non-accepted domain report's header wording is not documented: close variants are accepted.
  senderDomain: ['senderdomain', 'domain', 'senderdomainname'],
  recipient: ['recipientaddress', 'recipient'],
  recipientStatus: ['recipientstatus'],
  messageId: ['messageid', 'internetmessageid'],
  networkMessageId: ['networkmessageid'],
  messageTraceId: ['messagetraceid'],
  sourceIp: ['fromip', 'originalclientip'],
  clientIp: ['clientip'],
  connector: ['connectorid', 'inboundconnectorname', 'inboundconnector', 'connectorname', 'connector'],
  directionality: ['directionality', 'direction'],
  eventId: ['eventid'],
  count: ['count', 'messagecount', 'messages', 'totalmessages', 'total'],
  status: ['status', 'deliverystatus'],
  subject: ['subject', 'messagesubject'],
};

/** Columns only the Remote PowerShell and REST versions of Get-MessageTrace write. */
const MESSAGE_TRACE_V1_ONLY = ['pscomputername', 'runspaceid', 'psshowcomputername', 'organization', 'startdate', 'enddate', 'index'];

export type TraceFormat = Exclude<SendingInputFormat, 'list'>;

export interface TraceLayout {
  format: TraceFormat;
  columns: Partial<Record<TraceColumn, number>>;
  /** What one row is: a whole message, one recipient of it, or one event of its journey (Extended report). */
  rowIs: 'message' | 'recipient' | 'event';
  /** False for the admin center's export, whose times are in the zone the admin chose. */
  timesInUtc: boolean;
}

export type HeaderVerdict =
  | { kind: 'trace'; layout: TraceLayout }
  | { kind: 'single-column'; namesSender: boolean }
  | { kind: 'rejected'; reason: 'no-sender-column' | 'unrecognised'; detail: string };

export const headerKey = (name: string): string => name.replace(/[\s_\-\ufeff]/g, '').toLowerCase();

const MAX_DETAIL = 400;

export function readHeader(header: readonly string[]): HeaderVerdict {
  const positions = new Map<string, number>();
  header.forEach((name, index) => {
    const key = headerKey(name);
    if (!positions.has(key)) positions.set(key, index);
  });
  const has = (key: string): boolean => positions.has(key);
  const find = (column: TraceColumn): number | undefined => {
    for (const alias of ALIASES[column]) {
      const index = positions.get(alias);
      if (index !== undefined) return index;
    }
    return undefined;
  };
  if (header.length === 1) {
    return { kind: 'single-column', namesSender: find('sender') !== undefined || find('senderDomain') !== undefined };
  }
  const columns: Partial<Record<TraceColumn, number>> = {};
  for (const column of Object.keys(ALIASES) as TraceColumn[]) {
    const index = find(column);
    if (index !== undefined) columns[column] = index;
  }
  const layout = (format: TraceFormat, rowIs: TraceLayout['rowIs'], senderColumn: TraceColumn): HeaderVerdict =>
    columns[senderColumn] === undefined
      ? { kind: 'rejected', reason: 'no-sender-column', detail: header.join(',').slice(0, MAX_DETAIL) }
      : { kind: 'trace', layout: { format, columns, rowIs, timesInUtc: format !== 'admin-center-trace' } };

  if (has('origintimestamputc') || (has('recipientstatus') && columns.recipient === undefined)) {
    return layout('enhanced-summary', 'message', 'sender');
  }
  if (has('datetimeutc') || has('eventid')) return layout('extended-report', 'event', 'sender');
  if (has('senderdomain') || (columns.senderDomain !== undefined && (columns.count !== undefined || columns.connector !== undefined))) {
    return layout('non-accepted-domain-report', 'message', 'senderDomain');
  }
  if (has('senderaddress')) {
    return layout(MESSAGE_TRACE_V1_ONLY.some(has) ? 'message-trace-v1' : 'message-trace-v2', 'recipient', 'sender');
  }
  if (has('sender')) return layout('admin-center-trace', 'recipient', 'sender');
  // Another tool's input dropped here: say which, so the admin is sent to the right place.
  if (has('domainname') || has('domaintype')) return { kind: 'rejected', reason: 'unrecognised', detail: 'accepted-domains' };
  if (has('connectortype') || has('senderipaddresses')) return { kind: 'rejected', reason: 'unrecognised', detail: 'inbound-connectors' };
  return { kind: 'rejected', reason: 'no-sender-column', detail: header.join(',').slice(0, MAX_DETAIL) };
}
