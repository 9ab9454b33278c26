// The facts around a status code: recipients, servers, date, sender, subject and the status line.
import { CONTINUATION_LINE } from './mime-text';
import { MAX_CODES, MAX_DIAGNOSTIC, MAX_FIELD, MAX_HITS_EXAMINED, MAX_RECIPIENTS } from './limits';
import type { Hit } from './status-codes';
import { decodeEncodedWords } from './text-decoding';

export interface NdrDetails {
  /** Every status code found, covered or not, in order of appearance (at most 20). */
  allCodes: string[];
  /** Recipients the bounce names, lower-cased, at most 50. */
  recipients: string[];
  /** The MTA that wrote the DSN (Reporting-MTA), or the server named in brackets after the status line. */
  reportingServer?: string;
  /** "Generating server:" of an Exchange NDR, in any language. */
  generatingServer?: string;
  /** As written in the message: Arrival-Date, else Date:, else "Sent:", else a timestamp beside the status line. */
  date?: string;
  /** Who sent the message that bounced: the first From: that is not a postmaster, else the To: of the bounce. */
  sender?: string;
  /** The first Subject: (the bounce's own when it is an .eml, e.g. "Undeliverable: …"). */
  subject?: string;
  /** The status line, e.g. "550 5.7.750 Service unavailable. Client blocked …". */
  diagnostic?: string;
}


export const ADDRESS = String.raw`[A-Za-z0-9._%+'=!#$&*/?^\x60{|}~-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}`;
/** A line that is only an address: "x@y", "<x@y>", "Name <x@y>", "x@y (x@y)", "Name (x@y)". */
export const ADDRESS_LINE = [
  new RegExp(String.raw`^[ \t>]*(?:"?[^"<>()\n@:]{0,100}"?[ \t]*<)?(${ADDRESS})>?(?:[ \t]*\([^()\n]{0,320}\))?[ \t]*$`),
  new RegExp(String.raw`^[ \t>]*[^<>()\n@:]{1,100}\((${ADDRESS})\)[ \t]*$`),
];
export const SERVICE_ADDRESS = /^(?:postmaster|mailer-daemon|microsoftexchange[0-9a-f]{0,40}|no-?reply)@/i;

/** The heading over the failed recipients in Exchange NDRs, in a few languages. */
export const FAILED_RECIPIENTS_HEADING =
  /^[ \t]*(?:Delivery has failed to these recipients or groups|次の受信者またはグループへの配信に失敗しました|傳送給這些收件者或群組失敗|无法传递到以下收件人或组|Fehler bei der Zustellung an folgende Empfänger oder Gruppen|La remise a échoué pour ces destinataires ou groupes|Error en la entrega a estos destinatarios o grupos)[ \t\u00a0]*[:：]?[ \t]*$/gim;

/** "Generating server:" as localized Exchange NDRs write it. */
export const GENERATING_SERVER =
  /^[ \t]*(?:Generating server|生成サーバー|產生伺服器|產生的伺服器|生成伺服器|生成服务器|Generierender Server|Erzeugender Server|Serveur de génération|Servidor de generación|Server di generazione|Servidor de geração|Genererende server|Genererande server|생성 서버)[ \t\u00a0\u3000]*[:：][ \t\u00a0\u3000]*([^\s]{1,255})/im;
/** Any "<label>: <Exchange Online host>" line, for a language not listed above; not a header field (X-MS-…: host). */
export const LABELLED_EXO_HOST =
  /^(?![A-Za-z0-9-]{1,80}:)[^\n:：]{1,40}[:：][ \t\u00a0\u3000]*([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.(?:outlook|exchangelabs)\.com)[ \t]*$/im;
/** The server and time Exchange appends to the status line: "[BN8PR12MB3204.namprd12.prod.outlook.com 2026-11-20T09:14:07.112Z …]". */
export const BRACKETED_SERVER = /\[([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})(?:[ \t]+([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,7})?Z))?/;
/** A log line's own timestamp: ISO 8601 at the start, or syslog's "Nov 22 08:31:17". */
export const LINE_TIMESTAMP =
  /^[ \t]*([0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,7})?(?:Z|[+-][0-9]{2}:?[0-9]{2})?|[A-Z][a-z]{2} [ 0-9][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2})/;

export const OPENING_QUOTES: Record<string, string> = { "'": "'", '"': '"', '‘': '’', '“': '”', '「': '」', '『': '』', '«': '»', '„': '“' };

/** Collapses white space, drops anything shaped like a tag (but not "<x@y>"), and caps the length. */
export function clip(value: string | undefined, length = MAX_FIELD): string | undefined {
  if (value === undefined) return undefined;
  const text = value
    .slice(0, length * 4)
    .replace(/<\/?[A-Za-z][A-Za-z0-9]{0,20}(?:[ \t\n/][^<>@]{0,300})?>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return undefined;
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** The first header field `name` at the start of a line, with folded lines joined and encoded words decoded. */
export function headerValues(text: string, name: string, limit = 1): string[] {
  const values: string[] = [];
  const pattern = new RegExp(`^${name}:[ \\t]*([^\\n]{0,998})`, 'gim');
  for (const match of text.matchAll(pattern)) {
    let value = match[1] ?? '';
    let end = match.index + match[0].length;
    // Folded continuation lines (a few, each looked at within 1000 characters).
    for (let fold = 0; fold < 8 && text[end] === '\n'; fold += 1) {
      const window = text.slice(end + 1, end + 1001);
      const lineEnd = window.indexOf('\n');
      const line = lineEnd < 0 ? window : window.slice(0, lineEnd);
      if (!CONTINUATION_LINE.test(line)) break;
      value += ` ${line.trim()}`;
      end += line.length + 1;
    }
    values.push(decodeEncodedWords(value).trim());
    if (values.length >= limit) break;
  }
  return values;
}

export function addressIn(value: string): string | undefined {
  return new RegExp(ADDRESS).exec(value)?.[0].toLowerCase();
}

export interface LineAround {
  /** The line (cut to the window) that contains the position. */
  line: string;
  /** Where `line` starts in the text. */
  lineStart: number;
  /** The text of the window before the line. */
  before: string;
}

/** The line that contains `at`, looked at within a window so a 5 MB single-line paste costs no more than a short one. */
export function lineAround(text: string, at: number, radius = 600): LineAround {
  const from = Math.max(0, at - radius);
  const window = text.slice(from, Math.min(text.length, at + radius));
  const offset = at - from;
  const start = offset === 0 ? 0 : window.lastIndexOf('\n', offset - 1) + 1;
  const end = window.indexOf('\n', offset);
  return { line: window.slice(start, end < 0 ? window.length : end), lineStart: from + start, before: window.slice(0, start) };
}

export function statusLine(text: string, hit: Hit): string | undefined {
  const { line, lineStart } = lineAround(text, hit.start);
  let status = line.slice(hit.start - lineStart);
  // The quote that opens the status line, if any: "'550 …'", "“550 …”", "« 550 … »".
  let quoteAt = hit.start - 1;
  if (text[quoteAt] === ' ' || text[quoteAt] === '\u00a0') quoteAt -= 1;
  const closing = OPENING_QUOTES[text[quoteAt] ?? ''];
  if (closing !== undefined) {
    const end = status.indexOf(closing, hit.end - hit.start);
    if (end >= 0) status = status.slice(0, end);
  }
  // What follows the text: a log's field separator, Postfix's "(in reply to …)", Exchange's "[server time id]", "##".
  for (let round = 0; round < 2; round += 1) {
    status = status
      .replace(/[\s,;'"]+$/, '')
      .replace(/[ \t]*\(in reply to [^)]{0,100}\)\)?$/i, '')
      .replace(/[ \t]*\[[^\]]{0,300}\]?$/, '')
      .replace(/[ \t]*##?$/, '');
  }
  return clip(status, MAX_DIAGNOSTIC);
}

export function findRecipients(text: string, hits: readonly Hit[]): string[] {
  const found: string[] = [];
  const add = (address: string | undefined) => {
    if (address && !SERVICE_ADDRESS.test(address) && !found.includes(address)) found.push(address);
  };
  // DSN fields.
  for (const match of text.matchAll(/^(?:Final|Original)-Recipient:[ \t]*(?:rfc822|utf-8)[ \t]*;[ \t]*<?([^\s<>;]{3,320})/gim)) {
    add(addressIn(match[1] ?? ''));
    if (found.length >= MAX_RECIPIENTS) return found;
  }
  // Exchange puts each failed recipient on the line just above its status line ("Remote Server returned …").
  for (const hit of hits.slice(0, MAX_HITS_EXAMINED)) {
    const { line, before } = lineAround(text, hit.start);
    const sameLine = /\bto=<([^<>\s]{3,320})>/.exec(line)?.[1] ?? /Your message to[ \t]+<?([^<>\s]{3,320})/i.exec(line)?.[1];
    add(sameLine ? addressIn(sameLine) : undefined);
    const previous = before.replace(/\n+$/, '').split('\n').slice(-2).reverse();
    for (const candidate of previous) {
      const address = ADDRESS_LINE.map((pattern) => pattern.exec(candidate)?.[1]).find(Boolean);
      if (address) {
        add(address.toLowerCase());
        break;
      }
    }
  }
  // The list under "Delivery has failed to these recipients or groups:" (a bounce has one per language part).
  let headings = 0;
  for (const heading of text.matchAll(FAILED_RECIPIENTS_HEADING)) {
    if ((headings += 1) > 10) break;
    const lines = text.slice(heading.index + heading[0].length, heading.index + heading[0].length + 4000).split('\n').slice(1, 40);
    let started = false;
    for (const line of lines) {
      if (line.trim() === '') {
        if (started) break;
        continue;
      }
      const address = ADDRESS_LINE.map((pattern) => pattern.exec(line)?.[1]).find(Boolean);
      if (!address) break;
      started = true;
      add(address.toLowerCase());
    }
    if (found.length >= MAX_RECIPIENTS) break;
  }
  for (const match of text.matchAll(new RegExp(String.raw`Your message to[ \t]+<?(${ADDRESS})`, 'gi'))) {
    add(match[1]?.toLowerCase());
    if (found.length >= MAX_RECIPIENTS) break;
  }
  return found.slice(0, MAX_RECIPIENTS);
}

export function findSender(text: string): string | undefined {
  const froms = headerValues(text, 'From', 20);
  const person = froms.find((value) => !SERVICE_ADDRESS.test(addressIn(value) ?? value));
  if (person) return person;
  // An .eml of the bounce itself: it comes from a postmaster and goes back to whoever sent the message.
  if (froms.length > 0) return headerValues(text, 'To')[0]?.replace(/^<([^<>]{1,320})>$/, '$1');
  return undefined;
}

export function findDetails(text: string, hits: readonly Hit[], codes: readonly string[], primary: string): NdrDetails {
  const primaryHits = hits.filter((hit) => hit.code === primary).slice(0, MAX_HITS_EXAMINED);
  const best = primaryHits.find((hit) => hit.withReply) ?? primaryHits.find((hit) => hit.isStatus) ?? primaryHits[0];
  // A code mentioned in a sentence ("the bounce said 5.7.705 yesterday") has no status line to show.
  const diagnostic = best?.isStatus ? statusLine(text, best) : undefined;
  const bestLine = best ? lineAround(text, best.start) : undefined;
  const bracket = bestLine ? BRACKETED_SERVER.exec(bestLine.line.slice(best ? best.end - bestLine.lineStart : 0)) : null;
  const timestamp = bestLine ? LINE_TIMESTAMP.exec(bestLine.line)?.[1] : undefined;

  const details: NdrDetails = { allCodes: codes.slice(0, MAX_CODES), recipients: findRecipients(text, hits) };
  const fields: Omit<NdrDetails, 'allCodes' | 'recipients'> = {
    reportingServer: clip(/^Reporting-MTA:[ \t]*(?:dns[ \t]*;)?[ \t]*([^\s;]{1,255})/im.exec(text)?.[1] ?? bracket?.[1]),
    generatingServer: clip(GENERATING_SERVER.exec(text)?.[1] ?? LABELLED_EXO_HOST.exec(text)?.[1]),
    date: clip(
      headerValues(text, 'Arrival-Date')[0] ?? headerValues(text, 'Date')[0] ?? headerValues(text, 'Sent')[0] ?? bracket?.[2] ?? timestamp,
    ),
    sender: clip(findSender(text)),
    subject: clip(headerValues(text, 'Subject')[0]),
    diagnostic: diagnostic === primary ? undefined : diagnostic,
  };
  // Only the fields the bounce has: the details go into storage and a worker message as they are.
  for (const [key, value] of Object.entries(fields) as [keyof typeof fields, string | undefined][]) {
    if (value !== undefined) details[key] = value;
  }
  return details;
}

