// Folds trace rows into per-sender traffic (model.ts SenderTraffic) while they stream past: hours, recipients, IPs,
// subjects, failures. Memory grows with distinct senders, recipients and hours, each with a ceiling, never with rows.
import type { SenderHour, SenderTraffic, TrafficData } from '../model';
import type { SentRow } from './sending-aggregate';
import { ownCopy } from './sending-own-copy';

/** Distinct senders kept; a spam run from a million random addresses stops adding senders here. */
export const TRAFFIC_SENDER_CAP = 5_000;
/** Distinct recipients kept per sender: the flags need tens; the count past it is "at least". */
export const RECIPIENT_CAP = 5_000;
const IP_CAP = 200;
const SUBJECT_CAP = 500;
const SUBJECTS_KEPT = 5;
const SUBJECT_LENGTH = 200;
const HOUR = 3_600_000;

interface Bucket {
  messages: number;
  first: number;
  last: number;
}

/** Instants of one row under both readings of an ambiguous day/month date (the same instant otherwise). */
interface Instants {
  monthFirst: number;
  dayFirst: number;
}

interface SenderTotals {
  sender: string;
  domain: string;
  messages: number;
  recipientRows: number;
  failures: number;
  recipients: Set<string>;
  recipientsCapped: boolean;
  hours: [Map<number, Bucket>, Map<number, Bucket>];
  ips: Map<string, { messages: number; first: [number, number] }>;
  subjects: Map<string, number>;
  inbound: number;
  outbound: number;
}

export interface TrafficAggregator {
  add(row: SentRow, isNewMessage: boolean): void;
  traffic(reading: 'month-first' | 'day-first'): TrafficData;
}

function instantsOf(row: SentRow): Instants | undefined {
  const cell = row.time;
  if (!cell) return undefined;
  if (cell.reading === 'day-month') return { monthFirst: cell.monthFirst, dayFirst: cell.dayFirst };
  return { monthFirst: cell.at, dayFirst: cell.at };
}

function noteHour(hours: Map<number, Bucket>, at: number, messages: number): void {
  if (!Number.isFinite(at)) return;
  const hour = Math.floor(at / HOUR) * HOUR;
  const bucket = hours.get(hour);
  if (!bucket) hours.set(hour, { messages, first: at, last: at });
  else {
    bucket.messages += messages;
    if (at < bucket.first) bucket.first = at;
    if (at > bucket.last) bucket.last = at;
  }
}

const iso = (instant: number): string => new Date(instant).toISOString();

export function createTrafficAggregator(): TrafficAggregator {
  const senders = new Map<string, SenderTotals>();
  let sendersCapped = false;

  const totalsOf = (row: SentRow): SenderTotals | undefined => {
    const key = row.sender || row.domain;
    const found = senders.get(key);
    if (found) return found;
    if (senders.size >= TRAFFIC_SENDER_CAP) {
      sendersCapped = true;
      return undefined;
    }
    const totals: SenderTotals = {
      sender: ownCopy(key),
      domain: ownCopy(row.domain),
      messages: 0,
      recipientRows: 0,
      failures: 0,
      recipients: new Set(),
      recipientsCapped: false,
      hours: [new Map<number, Bucket>(), new Map<number, Bucket>()],
      ips: new Map(),
      subjects: new Map(),
      inbound: 0,
      outbound: 0,
    };
    senders.set(totals.sender, totals);
    return totals;
  };

  const add = (row: SentRow, isNewMessage: boolean): void => {
    const totals = totalsOf(row);
    if (!totals) return;
    const at = instantsOf(row);
    totals.recipientRows += row.recipients.length;
    totals.failures += row.failures;
    for (const recipient of row.recipients) {
      if (totals.recipients.has(recipient)) continue;
      if (totals.recipients.size < RECIPIENT_CAP) totals.recipients.add(ownCopy(recipient));
      else totals.recipientsCapped = true;
    }
    if (!isNewMessage) return;
    totals.messages += row.messages;
    if (row.direction === 'inbound') totals.inbound += row.messages;
    else if (row.direction === 'outbound') totals.outbound += row.messages;
    if (at) {
      noteHour(totals.hours[0], at.monthFirst, row.messages);
      noteHour(totals.hours[1], at.dayFirst, row.messages);
    }
    if (row.sourceIp !== '') {
      const ip = totals.ips.get(row.sourceIp);
      const first: [number, number] = at ? [at.monthFirst, at.dayFirst] : [Infinity, Infinity];
      if (ip) {
        ip.messages += row.messages;
        // NaN (a reading ruled out) fails the comparison and is kept out.
        if (first[0] < ip.first[0]) ip.first[0] = first[0];
        if (first[1] < ip.first[1]) ip.first[1] = first[1];
      } else if (totals.ips.size < IP_CAP) totals.ips.set(ownCopy(row.sourceIp), { messages: row.messages, first });
    }
    if (row.subject !== '') {
      const subject = row.subject.slice(0, SUBJECT_LENGTH);
      const count = totals.subjects.get(subject);
      if (count !== undefined) totals.subjects.set(subject, count + row.messages);
      else if (totals.subjects.size < SUBJECT_CAP) totals.subjects.set(ownCopy(subject), row.messages);
    }
  };

  const traffic = (reading: 'month-first' | 'day-first'): TrafficData => {
    const index = reading === 'day-first' ? 1 : 0;
    const list = [...senders.values()].map((totals): SenderTraffic => {
      const hours: SenderHour[] = [...totals.hours[index]]
        .sort(([a], [b]) => a - b)
        .map(([hour, bucket]) => ({ hour: iso(hour), messages: bucket.messages, first: iso(bucket.first), last: iso(bucket.last) }));
      const ips = [...totals.ips]
        .sort(([nameA, a], [nameB, b]) => b.messages - a.messages || (nameA < nameB ? -1 : 1))
        .map(([ip, { messages, first }]) => {
          const seen = first[index];
          return Number.isFinite(seen) ? { ip, messages, firstSeen: iso(seen) } : { ip, messages };
        });
      const subjects = [...totals.subjects]
        .sort(([nameA, a], [nameB, b]) => b - a || (nameA < nameB ? -1 : 1))
        .slice(0, SUBJECTS_KEPT)
        .map(([name, messages]) => ({ name, messages }));
      return {
        sender: totals.sender,
        domain: totals.domain,
        messages: totals.messages,
        recipientRows: totals.recipientRows,
        failures: totals.failures,
        recipients: [...totals.recipients],
        ...(totals.recipientsCapped ? { recipientsCapped: true } : {}),
        hours,
        ips,
        subjects,
        inboundMessages: totals.inbound,
        outboundMessages: totals.outbound,
      };
    });
    list.sort((a, b) => b.messages - a.messages || (a.sender < b.sender ? -1 : 1));
    return { senders: list, ...(sendersCapped ? { sendersCapped } : {}) };
  };

  return { add, traffic };
}
