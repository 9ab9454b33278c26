// Folds rows into one SendingDomainStats per sender domain while they stream past, so memory grows with the number of
// distinct domains, senders and messages, never with the size of the file. Distinct senders, IPs, connectors and
// recipient domains are counted exactly up to DISTINCT_CAP per domain; past it the counts say "at least".
import type { SendingDomainStats } from '../model';
import type { DateCell } from './dates';
import { ownCopy } from './sending-own-copy';
import { createTally, type Tally as TallyCounter } from './sending-tally';

export const DISTINCT_CAP = 10_000;

/** One row of any export, reduced to what the tallies need; addresses and domains already normalised. */
export interface SentRow {
  /** Sender domain ('' for `<>`). */
  domain: string;
  /** Sender address; '' when the input names only the domain. */
  sender: string;
  /** Message id ('' when the input has none: the row is then a message of its own). */
  messageKey: string;
  time: DateCell | undefined;
  recipients: readonly string[];
  recipientDomains: readonly string[];
  sourceIp: string;
  connector: string;
  direction: 'inbound' | 'outbound' | undefined;
  /** 1, or the Non-accepted domain report's count. */
  messages: number;
  /** Recipient deliveries of this row that failed or were filtered as spam (Failed, FilteredAsSpam, `##…Fail`). */
  failures: number;
  /** As written ('' when the input has no subject). */
  subject: string;
}

interface DomainTotals {
  domain: string;
  messages: number;
  recipients: number;
  /** Earliest and latest instants: the month-first (or only) reading, and the day-first one. */
  firstMonthFirst: number;
  lastMonthFirst: number;
  firstDayFirst: number;
  lastDayFirst: number;
  senders: TallyCounter;
  sourceIps: TallyCounter;
  connectors: TallyCounter;
  recipientDomains: TallyCounter;
  inbound: number;
  outbound: number;
}

/** What a row was: a message seen for the first time, another row of one already seen, or a repeat to ignore. */
export type RowNews = 'new' | 'seen' | 'repeat';

export interface SendingAggregator {
  add(row: SentRow, rowIs: 'message' | 'recipient' | 'event'): RowNews;
  /** Per domain, most messages first; `reading` picks the day-first reading of ambiguous dates. */
  domains(reading: 'month-first' | 'day-first'): SendingDomainStats[];
}

const iso = (instant: number): string | undefined => (Number.isFinite(instant) ? new Date(instant).toISOString() : undefined);

export function createSendingAggregator(): SendingAggregator {
  const totals = new Map<string, DomainTotals>();
  // Message ids seen, and (for per-recipient and per-event rows) message–recipient, –IP and –connector pairs.
  const seen = new Set<string>();
  const firstTime = (key: string): boolean => {
    if (seen.has(key)) return false;
    seen.add(ownCopy(key));
    return true;
  };

  const totalsOf = (domain: string): DomainTotals => {
    let domainTotals = totals.get(domain);
    if (!domainTotals) {
      domainTotals = {
        domain: ownCopy(domain),
        messages: 0,
        recipients: 0,
        firstMonthFirst: Infinity,
        lastMonthFirst: -Infinity,
        firstDayFirst: Infinity,
        lastDayFirst: -Infinity,
        senders: createTally(DISTINCT_CAP),
        sourceIps: createTally(DISTINCT_CAP),
        connectors: createTally(DISTINCT_CAP),
        recipientDomains: createTally(DISTINCT_CAP),
        inbound: 0,
        outbound: 0,
      };
      totals.set(domainTotals.domain, domainTotals);
    }
    return domainTotals;
  };

  const noteTime = (domainTotals: DomainTotals, cell: DateCell): void => {
    const monthFirst = cell.reading === 'day-month' ? cell.monthFirst : cell.at;
    const dayFirst = cell.reading === 'day-month' ? cell.dayFirst : cell.at;
    // NaN (a reading the values rule out) fails every comparison and is skipped.
    if (monthFirst < domainTotals.firstMonthFirst) domainTotals.firstMonthFirst = monthFirst;
    if (monthFirst > domainTotals.lastMonthFirst) domainTotals.lastMonthFirst = monthFirst;
    if (dayFirst < domainTotals.firstDayFirst) domainTotals.firstDayFirst = dayFirst;
    if (dayFirst > domainTotals.lastDayFirst) domainTotals.lastDayFirst = dayFirst;
  };

  const add = (row: SentRow, rowIs: 'message' | 'recipient' | 'event'): RowNews => {
    const domainTotals = totalsOf(row.domain);
    if (row.time) noteTime(domainTotals, row.time);
    const key = row.messageKey;
    const isNew = key === '' || firstTime(key);
    // A whole-message row seen before is the same message in an overlapping second export: nothing more to count.
    if (!isNew && rowIs === 'message') return 'repeat';
    if (isNew) {
      domainTotals.messages += row.messages;
      if (row.sender !== '') domainTotals.senders.add(row.sender, row.messages);
      if (row.direction === 'inbound') domainTotals.inbound += row.messages;
      else if (row.direction === 'outbound') domainTotals.outbound += row.messages;
    }
    // Per event, a message's IP and connector can differ from one row to the next; each counts once per message.
    const perMessage = (value: string, tag: string): boolean => {
      if (value === '') return false;
      return rowIs === 'event' && key !== '' ? firstTime(`${key}\u0000${tag}${value}`) : isNew;
    };
    if (perMessage(row.sourceIp, 'i')) domainTotals.sourceIps.add(row.sourceIp, row.messages);
    if (perMessage(row.connector, 'c')) domainTotals.connectors.add(row.connector, row.messages);
    row.recipients.forEach((recipient, index) => {
      if (key !== '' && rowIs !== 'message' && !firstTime(`${key}\u0000r${recipient}`)) return;
      domainTotals.recipients += 1;
      domainTotals.recipientDomains.add(row.recipientDomains[index] ?? '', 1);
    });
    return isNew ? 'new' : 'seen';
  };

  const domains = (reading: 'month-first' | 'day-first'): SendingDomainStats[] =>
    [...totals.values()]
      .map((domainTotals): SendingDomainStats => {
        const dayFirst = reading === 'day-first';
        const firstSeen = iso(dayFirst ? domainTotals.firstDayFirst : domainTotals.firstMonthFirst);
        const lastSeen = iso(dayFirst ? domainTotals.lastDayFirst : domainTotals.lastMonthFirst);
        const recipientDomains = domainTotals.recipientDomains.top();
        const listed = recipientDomains.reduce((sum, tally) => sum + tally.messages, 0);
        const countsAtLeast = domainTotals.senders.capped || domainTotals.sourceIps.capped || domainTotals.connectors.capped;
        return {
          domain: domainTotals.domain,
          messages: domainTotals.messages,
          recipients: domainTotals.recipients,
          ...(firstSeen === undefined ? {} : { firstSeen }),
          ...(lastSeen === undefined ? {} : { lastSeen }),
          senders: domainTotals.senders.top(),
          senderCount: domainTotals.senders.distinct(),
          sourceIps: domainTotals.sourceIps.top(),
          sourceIpCount: domainTotals.sourceIps.distinct(),
          connectors: domainTotals.connectors.top(),
          recipientDomains,
          recipientDomainOthers: domainTotals.recipients - listed,
          inboundMessages: domainTotals.inbound,
          outboundMessages: domainTotals.outbound,
          ...(countsAtLeast ? { countsAtLeast } : {}),
        };
      })
      .sort((a, b) => b.messages - a.messages || (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));

  return { add, domains };
}
