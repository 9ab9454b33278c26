// One CSV record of a message-trace export to a SentRow, by the columns its header named (trace-columns.ts).
import { parseDateCell } from './dates';
import type { WallClock } from './dates-time-zone';
import type { SentRow } from './sending-aggregate';
import { domainOfAddress, normaliseAddress, normaliseDomain } from './sending-domain';
import type { TraceLayout } from './trace-columns';

/** `directionality` of historical search: Incoming / Originating in real files, 1 / 2 in the docs, Outgoing too. */
function direction(cell: string): SentRow['direction'] {
  const value = cell.trim().toLowerCase();
  if (value === 'incoming' || value === 'inbound' || value === '1') return 'inbound';
  if (value === 'originating' || value === 'outgoing' || value === 'outbound' || value === '2') return 'outbound';
  return undefined;
}

/** A count as a culture writes it: `1,234`, `1.234`, `1 234`. An empty or unreadable count is one message. */
function count(cell: string): number {
  const digits = cell.replace(/[\s,.'\u00a0\u202f]/g, '');
  return /^\d{1,12}$/.test(digits) ? Number(digits) : 1;
}

/** `a@x.example##Receive, Send;b@y.example##Receive, Fail` (Enhanced summary): the addresses, and how many failed. */
function packedRecipients(cell: string): { recipients: string[]; failures: number } {
  const recipients: string[] = [];
  let failures = 0;
  let start = 0;
  while (start < cell.length) {
    let end = cell.indexOf(';', start);
    if (end < 0) end = cell.length;
    const marker = cell.indexOf('##', start);
    const hasEvents = marker >= 0 && marker < end;
    const address = normaliseAddress(cell.slice(start, hasEvents ? marker : end));
    if (address !== '') {
      recipients.push(address);
      if (hasEvents && /\bfail\b/i.test(cell.slice(marker, end))) failures += 1;
    }
    start = end + 1;
  }
  return { recipients, failures };
}

/** Message trace statuses that count as failures: Failed, FilteredAsSpam (the admin center: "Filtered as spam"). */
const FAILED_STATUS = /^(failed|fail|filteredasspam|filtered as spam)$/i;

/** One address, or several joined with `;` (the Extended report's RECEIVE event lists every recipient). */
function listedRecipients(cell: string): string[] {
  if (!cell.includes(';')) {
    const address = normaliseAddress(cell);
    return address === '' ? [] : [address];
  }
  return cell
    .split(';')
    .map(normaliseAddress)
    .filter((address) => address !== '');
}

/**
 * Extended report events whose connector is the message's way in or out rather than a hop inside Exchange Online;
 * client_ip is the sending host only on RECEIVE (on SEND it is Exchange Online's own server).
 */
const EDGE_EVENTS = new Set(['receive', 'send']);

export function createTraceRowReader(layout: TraceLayout, clock: WallClock): (fields: readonly string[]) => SentRow | undefined {
  const { columns, format, rowIs } = layout;
  const cell = (fields: readonly string[], index: number | undefined): string => (index === undefined ? '' : (fields[index] ?? ''));
  const senderIndex = format === 'non-accepted-domain-report' ? columns.senderDomain : columns.sender;
  const keyColumns =
    rowIs === 'recipient' ? [columns.messageId, columns.messageTraceId] : [columns.networkMessageId, columns.messageId];

  return (fields) => {
    if (senderIndex === undefined || senderIndex >= fields.length) return undefined;
    const senderCell = fields[senderIndex] ?? '';
    const domainOnly = format === 'non-accepted-domain-report';
    const sender = domainOnly ? '' : normaliseAddress(senderCell);
    // A sender without `@` is a bare domain when it has a dot; otherwise (`MAILER-DAEMON`) it has no domain.
    const domain =
      domainOnly || !sender.includes('@') ? (senderCell.includes('.') ? normaliseDomain(senderCell) : '') : domainOfAddress(sender);
    let messageKey = '';
    for (const index of keyColumns) {
      messageKey = cell(fields, index).trim();
      if (messageKey !== '') break;
    }
    const packed = format === 'enhanced-summary' ? packedRecipients(cell(fields, columns.recipientStatus)) : undefined;
    const recipients = packed ? packed.recipients : listedRecipients(cell(fields, columns.recipient));
    const failed = packed ? packed.failures : FAILED_STATUS.test(cell(fields, columns.status).trim()) ? Math.max(recipients.length, 1) : 0;
    const event = cell(fields, columns.eventId).trim().toLowerCase();
    const everyEvent = rowIs !== 'event' || columns.eventId === undefined;
    const atEdge = everyEvent || EDGE_EVENTS.has(event);
    const sourceIp = cell(fields, columns.sourceIp).trim() || (everyEvent || event === 'receive' ? cell(fields, columns.clientIp).trim() : '');
    const timeCell = cell(fields, columns.time);
    return {
      domain,
      sender: sender === domain ? '' : sender,
      messageKey,
      time: timeCell === '' ? undefined : parseDateCell(timeCell, clock),
      recipients,
      recipientDomains: recipients.map(domainOfAddress),
      sourceIp: sourceIp.toLowerCase(),
      connector: atEdge ? cell(fields, columns.connector).trim() : '',
      direction: direction(cell(fields, columns.directionality)),
      messages: format === 'non-accepted-domain-report' ? count(cell(fields, columns.count)) : 1,
      failures: failed,
      subject: cell(fields, columns.subject).trim(),
    };
  };
}
