// Status codes (RFC 3463) in bounce text: where they stand and which count.
import { MAX_HITS_EXAMINED } from './limits';

/**
 * An enhanced status code, class.subject.detail, not part of a longer dotted number, word, address or host name:
 * rules out IP addresses (10.5.7.750), versions (15.20.7452.28, v5.7.750), dates (2.11.2026), message ids
 * (<x.5.7.705@host>) and host names (5.7.750.example.com).
 */
export const CODE_TOKEN = /(?<![A-Za-z0-9_.@])([245])\.([0-9]{1,3})\.([0-9]{1,3})(?![A-Za-z0-9_@]|\.[A-Za-z0-9])/g;

/** 5.7.7xx, the family of the documents: specific enough to trust anywhere. */
export const FAMILY = /^5\.7\.7[0-9]{2}$/;

/**
 * What precedes a code in a status position (tested on the few characters before it). The SMTP reply code is joined to
 * it by spaces, a hyphen or a colon, perhaps with a quote ("550 5.1.1", "550-5.7.1", "550: 5.2.2", "550-'5.7.1"), or
 * stands at the end of the line above when a mailer folded the reply ("said: 554" / "    5.6.0 Message rejected").
 */
export const REPLY_BEFORE = /(?<![0-9])[245][0-9]{2}(?:[ \t:-]{1,4}['"]?|[ \t]{0,4}\n[ \t]{1,30})$/;
export const STATUS_BEFORE = [
  /(?:^|\n)[ \t]*Status:[ \t]*$/i, // DSN field
  /#$/, // "#5.1.1 smtp;…", "#550 5.1.1 …##"
  /(?:smtp|x-[A-Za-z-]{1,30})[ \t]*;[ \t]*$/i, // Diagnostic-Code: smtp; 5.1.1 …
  /(?:dsn|status)=$/i, // Postfix: dsn=5.1.1
  /(?:error|status|reply|result|response)[ _-]?code[ \t]*[:=：][ \t]*$/i, // "ERROR_CODE :5.1.1", "Status code: 5.7.705"
];
/**
 * A code that starts its line (after "-- " or a quoting ">") and is followed by an address or a capitalised word is a
 * status line of its own: sendmail's "5.2.2 <user@example.org>... Mailbox Full", or a gateway passing on
 * "-- 5.4.1 Recipient address rejected". Prose ("5.1.1 of the manual") does not go on like that.
 */
export const LINE_START_BEFORE = /(?:^|\n)[ \t]{0,20}(?:-{1,2}[ \t]{1,4}|>[ \t]?)?$/;
export const STATUS_TEXT_AFTER = /^[ \t]{1,4}(?:<|[A-Z])/;

export interface Hit {
  code: string;
  /** Where the status line starts: the SMTP reply code if there is one, else the code. */
  start: number;
  /** Index just after the code. */
  end: number;
  withReply: boolean;
  /** In a status position (reply code, Status:, #, smtp;, dsn=) or starting its line: a status line to show. */
  isStatus: boolean;
}

/** Every code in a status position, and every 5.7.7xx code; `typedLine` accepts a code that starts a one-line input. */
export function findHits(text: string, typedLine: boolean): Hit[] {
  const hits: Hit[] = [];
  const firstContent = text.search(/\S/);
  // Once enough hits are kept, only a new code, or the first hit of a code with its SMTP reply code, adds anything.
  const seen = new Set<string>();
  const complete = new Set<string>();
  for (const match of text.matchAll(CODE_TOKEN)) {
    const code = match[0];
    const at = match.index;
    if (hits.length >= MAX_HITS_EXAMINED && complete.has(code)) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    const reply = REPLY_BEFORE.exec(before);
    const inStatusPosition =
      reply !== null ||
      STATUS_BEFORE.some((pattern) => pattern.test(before)) ||
      (LINE_START_BEFORE.test(before) && STATUS_TEXT_AFTER.test(text.slice(at + code.length, at + code.length + 6)));
    // A lone code is a status code too when it is what the admin typed: "5.1.1" or "5.1.1 RESOLVER.ADR.RecipNotFound".
    const typedAlone = typedLine && at === firstContent;
    if (!inStatusPosition && !typedAlone && !FAMILY.test(code)) continue;
    if (hits.length >= MAX_HITS_EXAMINED && seen.has(code) && !reply) continue;
    seen.add(code);
    const start = reply ? at - (before.length - reply.index) : at;
    const startsLine = /(?:^|\n)[ \t]*['"‘“「]?$/.test(before);
    hits.push({ code, start, end: at + code.length, withReply: reply !== null, isStatus: inStatusPosition || startsLine || typedAlone });
    if (reply) complete.add(code);
  }
  return hits;
}

/** Unique codes in order of appearance. */
export function uniqueCodes(hits: readonly Hit[]): string[] {
  const seen = new Set<string>();
  for (const hit of hits) seen.add(hit.code);
  return [...seen];
}

