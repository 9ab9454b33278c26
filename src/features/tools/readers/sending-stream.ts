// Reads where mail was sent from, as text arrives: the header decides the format (trace-columns.ts), each record is
// folded into per-domain stats (sending-aggregate.ts) and dropped. A one-column input of addresses or domains is a
// plain list: one message per line.
import { hasBounceHeadings, hasSmtpReply, hasStatusCode } from './bounce-signs';
import type { ReadOutcome, SendingData, SendingInputFormat } from '../model';
import { createCsvParser } from './csv-stream';
import { createDateOrderJudge } from './dates-order';
import { knownTimeZone, readAsUtc, wallClockIn } from './dates-time-zone';
import { createSendingAggregator, type SentRow } from './sending-aggregate';
import { domainOfAddress, looksLikeSender, normaliseAddress, normaliseDomain } from './sending-domain';
import { readHeader } from './trace-columns';
import { createTraceRowReader } from './trace-rows';
import { createTrafficAggregator } from './traffic-aggregate';

export interface SendingReaderOptions {
  /** IANA zone the admin center showed times in ('Asia/Tokyo', 'UTC'); unknown names are read as UTC. */
  timeZone?: string;
  /** Also keep per-sender traffic, for the 5.7.705 traffic analysis. */
  traffic?: boolean;
}

export interface SendingReader {
  push(text: string): void;
  end(): ReadOutcome;
  /** True once the input is known to be refused: the rest need not be read. */
  readonly refused: boolean;
}

type Rejection = Extract<ReadOutcome, { kind: 'rejected' }>;

const SAMPLE = 4096;
const MAX_DETAIL = 200;

function listRow(line: string): SentRow {
  const value = normaliseAddress(line);
  const isAddress = value.includes('@');
  return {
    domain: isAddress ? domainOfAddress(value) : normaliseDomain(value),
    sender: isAddress ? value : '',
    messageKey: '',
    time: undefined,
    recipients: [],
    recipientDomains: [],
    sourceIp: '',
    connector: '',
    direction: undefined,
    messages: 1,
    failures: 0,
    subject: '',
  };
}

export function createSendingReader(options: SendingReaderOptions = {}): SendingReader {
  const aggregator = createSendingAggregator();
  const traffic = options.traffic ? createTrafficAggregator() : undefined;
  const judge = createDateOrderJudge();
  let format: SendingInputFormat | undefined;
  let readRow: ((fields: readonly string[]) => SentRow | undefined) | undefined;
  let rejection: Rejection | undefined;
  let rows = 0;
  let sample = '';
  let zone = 'UTC';
  let rowIs: 'message' | 'recipient' | 'event' = 'message';

  const takeList = (fields: readonly string[]): void => {
    const line = fields.join(',');
    if (line.trim() === '') return;
    if (fields.length !== 1 || !looksLikeSender(line)) {
      rejection = { kind: 'rejected', reason: 'unrecognised', detail: line.slice(0, MAX_DETAIL) };
      return;
    }
    aggregator.add(listRow(line), 'message');
    rows += 1;
  };

  const onRow = (fields: string[]): void => {
    if (rejection) return;
    if (readRow) {
      const row = readRow(fields);
      if (!row) return;
      if (row.time) judge.note(row.time);
      const news = aggregator.add(row, rowIs);
      if (traffic && news !== 'repeat') traffic.add(row, news === 'new');
      rows += 1;
      return;
    }
    if (format === 'list') {
      takeList(fields);
      return;
    }
    const verdict = readHeader(fields);
    if (verdict.kind === 'rejected') rejection = { kind: 'rejected', reason: verdict.reason, detail: verdict.detail };
    else if (verdict.kind === 'single-column') {
      format = 'list';
      if (!verdict.namesSender) takeList(fields);
    } else {
      format = verdict.layout.format;
      rowIs = verdict.layout.rowIs;
      const adminZone = verdict.layout.timesInUtc ? undefined : knownTimeZone(options.timeZone);
      zone = adminZone ?? 'UTC';
      readRow = createTraceRowReader(verdict.layout, adminZone ? wallClockIn(adminZone) : readAsUtc);
    }
  };
  const parser = createCsvParser(onRow);

  const refusal = (): Rejection | undefined => {
    if (format !== undefined && format !== 'list') return rejection;
    if (rows === 0 && sample.trim() === '') return { kind: 'rejected', reason: 'empty' };
    if (!rejection || rejection.detail === 'accepted-domains' || rejection.detail === 'inbound-connectors') return rejection;
    // A bounce pasted where an export belongs: its headings or an SMTP reply give it away, and when nothing else was
    // recognised a bare status code does.
    if (hasBounceHeadings(sample) || hasSmtpReply(sample) || (rejection.reason === 'unrecognised' && hasStatusCode(sample))) {
      return { kind: 'rejected', reason: 'ndr' };
    }
    return rejection;
  };

  return {
    push(text) {
      if (rejection) return;
      if (sample.length < SAMPLE) sample += text.slice(0, SAMPLE - sample.length);
      parser.push(text);
    },
    end() {
      if (!rejection) parser.end();
      const refused = refusal();
      if (refused) return refused;
      const dateOrder = judge.order();
      const data = (reading: 'month-first' | 'day-first'): SendingData => ({
        format: format ?? 'list',
        rows,
        domains: aggregator.domains(reading),
        ...(format === 'list' ? {} : { timeZone: zone }),
        ...(traffic ? { traffic: traffic.traffic(reading) } : {}),
      });
      return {
        kind: 'sending',
        data: data(dateOrder === 'day-first' ? 'day-first' : 'month-first'),
        dateOrder,
        ...(dateOrder === 'ambiguous' ? { dayFirst: data('day-first') } : {}),
        needsTimeZone: format === 'admin-center-trace',
      };
    },
    get refused() {
      return rejection !== undefined;
    },
  };
}
