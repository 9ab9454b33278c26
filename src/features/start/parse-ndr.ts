// Finds enhanced status codes (RFC 3463) and the facts around them in whatever an admin pastes: a bare code, an SMTP
// reply line, an Exchange Online NDR as Outlook shows it (in any language), a DSN, a raw .eml, or a log line.
//
// Pure (no DOM, no React) so it also runs in a Web Worker, and linear in the size of the input: the text is walked
// line by line once, MIME part bodies are decoded in place (with caps), attachments are skipped without being decoded,
// and every regular expression either has bounded quantifiers or is anchored so it cannot backtrack over long runs.
// Where the work depends on the number of matches (code hits), it is capped.
import { isCode, type Code } from '../../config/flow';

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** Detail fields are plain text of at most this many characters (the status line gets a little more). */
const MAX_FIELD = 200;
const MAX_DIAGNOSTIC = 300;
const MAX_RECIPIENTS = 50;
/** The case file keeps at most 20 codes; so does this. */
const MAX_CODES = 20;
/** Code hits looked at for recipients and status lines; a bounce has a handful, a pathological paste millions. */
const MAX_HITS_EXAMINED = 200;
/** A text part is decoded up to this many characters of its encoded body: a status code is never deeper. */
const MAX_PART_ENCODED = 1024 * 1024;
/** Decoded text across all parts. */
const MAX_DECODED_TOTAL = 4 * 1024 * 1024;
/** message/* parts that are themselves encoded are unpacked this many levels deep. */
const MAX_DEPTH = 3;

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

export type NdrOutcome =
  | { kind: 'covered'; code: Code; details: NdrDetails }
  | { kind: 'several'; codes: Code[]; details: NdrDetails }
  | { kind: 'uncovered-family'; codes: string[]; details: NdrDetails }
  | { kind: 'other'; codes: string[]; details: NdrDetails }
  | { kind: 'nothing' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'binary' };

// ---------------------------------------------------------------------------------------------------------------------
// Size and binary checks

/** UTF-8 length of a string without encoding it (a 5 MB paste should not allocate another 5 MB to be measured). */
export function utf8Length(input: string): number {
  let bytes = input.length;
  // ASCII is one byte a character: start counting at the first character that is not (found natively, fast).
  const firstWide = input.search(/[\u0080-\uffff]/);
  if (firstWide < 0) return bytes;
  for (let index = firstWide; index < input.length; index += 1) {
    const unit = input.charCodeAt(index);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = input.charCodeAt(index + 1);
      // A surrogate pair is one 4-byte character; a lone surrogate is encoded as U+FFFD (3 bytes).
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2;
        index += 1;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

const BINARY_SAMPLE = 64 * 1024;

/** Text with a NUL anywhere, or more than 10 % control characters at its start, is not a bounce. */
export function looksBinary(input: string): boolean {
  if (input.includes('\u0000')) return true;
  const length = Math.min(input.length, BINARY_SAMPLE);
  if (length === 0) return false;
  let odd = 0;
  for (let index = 0; index < length; index += 1) {
    const unit = input.charCodeAt(index);
    // Tab, LF, FF, CR and ESC (iso-2022-jp) occur in real mail; other C0 and C1 controls and U+FFFD (what a decoder
    // makes of bytes that are not text) do not.
    if (unit < 0x20) {
      if (unit !== 0x09 && unit !== 0x0a && unit !== 0x0c && unit !== 0x0d && unit !== 0x1b) odd += 1;
    } else if ((unit >= 0x7f && unit <= 0x9f) || unit === 0xfffd) odd += 1;
  }
  return odd / length > 0.1;
}

// ---------------------------------------------------------------------------------------------------------------------
// Decoding: charsets, base64, quoted-printable, RFC 2047 encoded words, HTML

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset.trim() || 'utf-8').decode(bytes);
  } catch {
    // Unknown label (RangeError): UTF-8 keeps every ASCII status code intact.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function isBase64Char(unit: number): boolean {
  return (
    (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x2b || unit === 0x2f
  );
}

/** Lenient base64: skips anything outside the alphabet (line breaks, spaces), stops at padding. */
function base64Bytes(text: string): Uint8Array {
  const pieces: string[] = [];
  let run = 0;
  let index = 0;
  for (; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit === 0x3d /* = */) break;
    if (!isBase64Char(unit)) {
      if (index > run) pieces.push(text.slice(run, index));
      run = index + 1;
    }
  }
  if (index > run) pieces.push(text.slice(run, index));
  const clean = pieces.join('');
  const usable = clean.length - (clean.length % 4 === 1 ? 1 : 0);
  const padded = clean.slice(0, usable) + '='.repeat((4 - (usable % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return new Uint8Array();
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function hexValue(unit: number): number {
  if (unit >= 0x30 && unit <= 0x39) return unit - 0x30;
  if (unit >= 0x41 && unit <= 0x46) return unit - 0x37;
  if (unit >= 0x61 && unit <= 0x66) return unit - 0x57;
  return -1;
}

/** Quoted-printable (RFC 2045): =XX escapes and "=" soft line breaks; `underscoreIsSpace` for RFC 2047 Q words. */
function quotedPrintableBytes(text: string, underscoreIsSpace = false): Uint8Array {
  const bytes = new Uint8Array(text.length * 3);
  const encoder = new TextEncoder();
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit === 0x3d /* = */) {
      const high = hexValue(text.charCodeAt(index + 1));
      const low = hexValue(text.charCodeAt(index + 2));
      if (high >= 0 && low >= 0) {
        bytes[length++] = high * 16 + low;
        index += 2;
        continue;
      }
      // Soft line break, possibly with trailing white space that a gateway added before it.
      let next = index + 1;
      while (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09) next += 1;
      if (text.charCodeAt(next) === 0x0a) {
        index = next;
        continue;
      }
      bytes[length++] = unit;
    } else if (unit === 0x5f /* _ */ && underscoreIsSpace) {
      bytes[length++] = 0x20;
    } else if (unit < 0x80) {
      bytes[length++] = unit;
    } else {
      // Already text (8-bit content in a QP part, or a paste): keep the character as UTF-8.
      const isPair = unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length;
      const encoded = encoder.encode(text.slice(index, isPair ? index + 2 : index + 1));
      bytes.set(encoded, length);
      length += encoded.length;
      if (isPair) index += 1;
    }
  }
  return bytes.subarray(0, length);
}

const ENCODED_WORD = /=\?([^?\s]{1,64})\?([BbQq])\?([^?\s]{0,2000})\?=/g;

/** RFC 2047 encoded words in a header value: =?UTF-8?B?…?=, =?iso-2022-jp?B?…?=, =?utf-8?Q?…?=. */
export function decodeEncodedWords(value: string): string {
  // White space between two adjacent encoded words is not part of the text (RFC 2047, 6.2).
  const joined = value.replace(/(\?=)[ \t\n]{1,100}(?==\?)/g, '$1');
  return joined.replace(ENCODED_WORD, (_whole, label: string, encoding: string, data: string) => {
    const charset = label.split('*')[0] ?? 'utf-8'; // RFC 2231 language suffix: =?utf-8*ja?B?…?=
    const bytes = encoding.toUpperCase() === 'B' ? base64Bytes(data) : quotedPrintableBytes(data, true);
    return decodeBytes(bytes, charset);
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const BLOCK_TAGS = new Set(['br', 'p', 'div', 'tr', 'li', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr', 'blockquote']);
const CELL_TAGS = new Set(['td', 'th']);
const INLINE_TAGS = new Set(['a', 'b', 'i', 'u', 'em', 'strong', 'span', 'font', 'small', 'big', 'code', 'tt', 'sup', 'sub']);

/**
 * HTML to plain text without a DOM: tags dropped (block tags become line breaks), script, style and comments removed,
 * entities decoded. A hand-written scanner rather than regexes, so unclosed comments or tags cannot make it quadratic.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open < 0) {
      parts.push(html.slice(index));
      break;
    }
    parts.push(html.slice(index, open));
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      index = end < 0 ? html.length : end + 3;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    if (close < 0) {
      parts.push(html.slice(open));
      break;
    }
    // A tag name ends at white space, "/" or ">": "<adele@contoso.com>" is text, not a tag.
    const name = /^\/?([A-Za-z][A-Za-z0-9]{0,15})(?=[\s/>])/.exec(html.slice(open + 1, open + 18))?.[1]?.toLowerCase();
    index = close + 1;
    if (name === undefined) {
      // "a < b" or a doctype: not a tag we know; keep the text of a stray "<".
      if (html[open + 1] !== '!' && html[open + 1] !== '?') parts.push(html.slice(open, index));
      continue;
    }
    const closing = html[open + 1] === '/';
    if (!closing && (name === 'script' || name === 'style' || name === 'head' || name === 'title')) {
      const end = new RegExp(`</${name}\\s*>`, 'gi');
      end.lastIndex = index;
      const found = end.exec(html);
      index = found ? found.index + found[0].length : html.length;
      parts.push(' ');
      continue;
    }
    if (BLOCK_TAGS.has(name)) parts.push('\n');
    else if (CELL_TAGS.has(name)) parts.push(closing ? '' : ' ');
    else if (!INLINE_TAGS.has(name)) parts.push(' ');
  }
  return parts
    .join('')
    .replace(/&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});/g, (whole, entity: string) => {
      if (entity.startsWith('#')) {
        const point = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
        return point > 0 && point <= 0x10ffff && (point < 0xd800 || point > 0xdfff) ? String.fromCodePoint(point) : ' ';
      }
      return ENTITIES[entity.toLowerCase()] ?? whole;
    });
}

// ---------------------------------------------------------------------------------------------------------------------
// MIME: one pass over the lines; encoded text parts are replaced by their decoded text, attachments are dropped.

const CONTINUATION_LINE = /^[ \t]+\S/;
// The same, tested in place at a position of the text (sticky), so no line is ever cut out to be looked at.
const HEADER_AT = /[A-Za-z][A-Za-z0-9-]{0,76}:/y;
const CONTINUATION_AT = /[ \t]+\S/y;
const BLANK_AT = /[ \t]*(?:\n|$)/y;
const BASE64_LINE_AT = /[ \t]*[A-Za-z0-9+/]*={0,2}[ \t]*(?:\n|$)/y;

const matchesAt = (pattern: RegExp, text: string, at: number): boolean => {
  pattern.lastIndex = at;
  return pattern.test(text);
};

interface PartHeaders {
  type: string;
  charset: string;
  encoding: string;
  boundary: string | undefined;
  isMime: boolean;
}

function readPartHeaders(block: string): PartHeaders {
  let contentType = '';
  let encoding = '';
  let current: 'type' | 'encoding' | undefined;
  for (const line of block.split('\n')) {
    if (CONTINUATION_LINE.test(line)) {
      if (current === 'type') contentType += ` ${line.trim()}`;
      else if (current === 'encoding') encoding += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).toLowerCase();
    current = name === 'content-type' ? 'type' : name === 'content-transfer-encoding' ? 'encoding' : undefined;
    if (current === 'type') contentType = line.slice(colon + 1, colon + 1000);
    else if (current === 'encoding') encoding = line.slice(colon + 1, colon + 100);
  }
  const type = (/^\s*([^;\s]{1,100})/.exec(contentType)?.[1] ?? '').toLowerCase();
  return {
    type: type || 'text/plain',
    charset: /charset\s*=\s*"?([^";\s]{1,64})/i.exec(contentType)?.[1] ?? 'utf-8',
    encoding: encoding.trim().toLowerCase(),
    boundary: /boundary\s*=\s*(?:"([^"\n]{1,200})"|([^\s;]{1,200}))/i.exec(contentType)?.slice(1).find(Boolean),
    isMime: contentType !== '' || encoding !== '',
  };
}

interface Budget {
  decoded: number;
  parts: number;
}

/** MIME parts decoded at most: a bounce has a handful; a paste of thousands of part headers is not a bounce. */
const MAX_PARTS = 1000;

/**
 * One walk over the lines of a message (by position: lines are never split out): text parts that are base64,
 * quoted-printable, HTML or iso-2022-jp are replaced by their readable text, other encoded parts (attachments) are
 * dropped, and everything else is copied as it stands. Works on whole messages and on fragments of one.
 */
class MimeFlattener {
  private readonly boundaries = new Set<string>();
  private readonly budget: Budget;

  constructor(budget: Budget) {
    this.budget = budget;
  }

  private static nextLine(text: string, at: number): number {
    const end = text.indexOf('\n', at);
    return end < 0 ? text.length : end + 1;
  }

  /** Whether the line at `at` is a boundary line ("--token" or "--token--"). */
  private isBoundaryAt(text: string, at: number): boolean {
    if (!text.startsWith('--', at)) return false;
    const end = text.indexOf('\n', at);
    const lineEnd = end < 0 ? text.length : end;
    if (lineEnd - at > 210) return false;
    let token = text.slice(at + 2, lineEnd).trimEnd();
    if (this.boundaries.has(token)) return true;
    if (token.endsWith('--')) token = token.slice(0, -2);
    if (this.boundaries.has(token)) return true;
    // A paste that starts inside a part does not show the boundary's declaration: any "--token" line then ends a body
    // (but not a line of dashes, or "-----Original Message-----").
    return this.boundaries.size === 0 && token.length > 0 && /^[^\s]*[^\s-][^\s]*$/.test(token);
  }

  /** Where the body that starts at `start` ends; base64 bodies also end at a line outside the alphabet or a blank line. */
  private bodyEnd(text: string, start: number, base64: boolean): number {
    let at = start;
    let sawData = false;
    while (at < text.length) {
      if (this.isBoundaryAt(text, at)) break;
      if (base64) {
        if (matchesAt(BLANK_AT, text, at)) {
          if (sawData) break;
        } else if (matchesAt(BASE64_LINE_AT, text, at)) sawData = true;
        else break;
      }
      at = MimeFlattener.nextLine(text, at);
    }
    return at;
  }

  private decodePart(body: string, headers: PartHeaders, depth: number): string {
    let text = body;
    const { charset, encoding, type } = headers;
    if (encoding === 'base64') text = decodeBytes(base64Bytes(body), charset);
    else if (encoding === 'quoted-printable') text = decodeBytes(quotedPrintableBytes(body), charset);
    else if (/^iso-2022-/i.test(charset)) text = decodeBytes(Uint8Array.from(body, (character) => character.charCodeAt(0) & 0xff), charset);
    if (text.length > MAX_PART_ENCODED) text = text.slice(0, MAX_PART_ENCODED);
    if (type === 'text/html' || type === 'application/xhtml+xml') text = htmlToText(text);
    // A message that was itself encoded (message/global, or a base64 message/rfc822 from a sloppy gateway).
    if (type.startsWith('message/') && depth < MAX_DEPTH) text = this.flatten(text, depth + 1);
    return text;
  }

  flatten(text: string, depth = 0): string {
    const out: string[] = [];
    /** Start of the text not yet copied to `out`. */
    let copied = 0;
    let at = 0;
    while (at < text.length) {
      if (!matchesAt(HEADER_AT, text, at)) {
        at = MimeFlattener.nextLine(text, at);
        continue;
      }
      // A run of header lines; it is a MIME header block if a blank line follows and it has Content-* fields.
      const blockStart = at;
      let blockEnd = MimeFlattener.nextLine(text, at);
      while (blockEnd < text.length && (matchesAt(HEADER_AT, text, blockEnd) || matchesAt(CONTINUATION_AT, text, blockEnd))) {
        blockEnd = MimeFlattener.nextLine(text, blockEnd);
      }
      at = blockEnd;
      if (blockEnd >= text.length || !matchesAt(BLANK_AT, text, blockEnd) || this.budget.parts >= MAX_PARTS) continue;
      if (blockEnd - blockStart > 64 * 1024) continue; // a header block that size is not one
      const headers = readPartHeaders(text.slice(blockStart, blockEnd));
      if (!headers.isMime) continue;
      this.budget.parts += 1;
      if (headers.boundary) this.boundaries.add(headers.boundary);
      const { type, encoding, charset } = headers;
      const encoded = encoding === 'base64' || encoding === 'quoted-printable';
      const isHtml = type === 'text/html' || type === 'application/xhtml+xml';
      const isText = type.startsWith('text/') || isHtml;
      const isMessage = type.startsWith('message/');
      // 7-bit text in iso-2022-jp (Japanese mail) is ASCII with escape sequences: decoded like an encoded part.
      const sevenBitCharset = /^iso-2022-/i.test(charset);
      // Plain 7bit/8bit text and containers (multipart/*, message/*) are read where they stand.
      if (type.startsWith('multipart/') || (isMessage && !encoded) || (isText && !encoded && !isHtml && !sevenBitCharset)) continue;
      const bodyStart = MimeFlattener.nextLine(text, blockEnd);
      const bodyEnd = this.bodyEnd(text, bodyStart, encoding === 'base64');
      out.push(text.slice(copied, bodyStart));
      if ((isText || isMessage) && this.budget.decoded < MAX_DECODED_TOTAL) {
        const limit = Math.min(MAX_PART_ENCODED, MAX_DECODED_TOTAL - this.budget.decoded);
        const decoded = this.decodePart(text.slice(bodyStart, Math.min(bodyEnd, bodyStart + limit)), headers, depth);
        this.budget.decoded += decoded.length;
        out.push(decoded, '\n');
      }
      // Attachments (application/pdf, image/png, …) are dropped without being decoded.
      copied = bodyEnd;
      at = bodyEnd;
    }
    out.push(text.slice(copied));
    return out.join('');
  }
}

/** A soft line break of quoted-printable that was pasted as is; "==" and "?=" line ends are base64 and RFC 2047. */
const PASTED_SOFT_BREAK = /(?<![=?])=[ \t]{0,20}\n/g;

/** The text a person would read: line ends unified, MIME decoded, pasted quoted-printable and HTML undone. */
function readableText(input: string): string {
  const unified = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Without a Content-Type or Content-Transfer-Encoding field there is no MIME part to decode: skip the line walk.
  const isMime = /^Content-(?:Type|Transfer-Encoding)[ \t]*:/im.test(unified);
  let text = isMime ? new MimeFlattener({ decoded: 0, parts: 0 }).flatten(unified) : unified;
  if (/<(?:html|body)[\s>]/i.test(text)) text = htmlToText(text);
  PASTED_SOFT_BREAK.lastIndex = 0;
  if (PASTED_SOFT_BREAK.test(text)) {
    text = text.replace(PASTED_SOFT_BREAK, '').replace(/(?:=[0-9A-F]{2}){1,300}/g, (run) => decodeBytes(quotedPrintableBytes(run), 'utf-8'));
  }
  return text;
}

// ---------------------------------------------------------------------------------------------------------------------
// Status codes

/**
 * An enhanced status code, class.subject.detail, not part of a longer dotted number, word, address or host name:
 * rules out IP addresses (10.5.7.750), versions (15.20.7452.28, v5.7.750), dates (2.11.2026), message ids
 * (<x.5.7.705@host>) and host names (5.7.750.example.com).
 */
const CODE_TOKEN = /(?<![A-Za-z0-9_.@])([245])\.([0-9]{1,3})\.([0-9]{1,3})(?![A-Za-z0-9_@]|\.[A-Za-z0-9])/g;

/** 5.7.7xx, the family of the documents: specific enough to trust anywhere. */
const FAMILY = /^5\.7\.7[0-9]{2}$/;

/** What precedes a code in a status position (tested on the few characters before it). */
const REPLY_BEFORE = /(?<![0-9])[245][0-9]{2}[ \t-]{1,3}$/;
const STATUS_BEFORE = [
  /(?:^|\n)[ \t]*Status:[ \t]*$/i, // DSN field
  /#$/, // "#5.1.1 smtp;…", "#550 5.1.1 …##"
  /(?:smtp|x-[A-Za-z-]{1,30})[ \t]*;[ \t]*$/i, // Diagnostic-Code: smtp; 5.1.1 …
  /(?:dsn|status)=$/i, // Postfix: dsn=5.1.1
];

interface Hit {
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
function findHits(text: string, typedLine: boolean): Hit[] {
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
    const inStatusPosition = reply !== null || STATUS_BEFORE.some((pattern) => pattern.test(before));
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
function uniqueCodes(hits: readonly Hit[]): string[] {
  const seen = new Set<string>();
  for (const hit of hits) seen.add(hit.code);
  return [...seen];
}

// ---------------------------------------------------------------------------------------------------------------------
// Details

const ADDRESS = String.raw`[A-Za-z0-9._%+'=!#$&*/?^\x60{|}~-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}`;
/** A line that is only an address: "x@y", "<x@y>", "Name <x@y>", "x@y (x@y)", "Name (x@y)". */
const ADDRESS_LINE = [
  new RegExp(String.raw`^[ \t>]*(?:"?[^"<>()\n@:]{0,100}"?[ \t]*<)?(${ADDRESS})>?(?:[ \t]*\([^()\n]{0,320}\))?[ \t]*$`),
  new RegExp(String.raw`^[ \t>]*[^<>()\n@:]{1,100}\((${ADDRESS})\)[ \t]*$`),
];
const SERVICE_ADDRESS = /^(?:postmaster|mailer-daemon|microsoftexchange[0-9a-f]{0,40}|no-?reply)@/i;

/** The heading over the failed recipients in Exchange NDRs, in a few languages. */
const FAILED_RECIPIENTS_HEADING =
  /^[ \t]*(?:Delivery has failed to these recipients or groups|次の受信者またはグループへの配信に失敗しました|傳送給這些收件者或群組失敗|无法传递到以下收件人或组|Fehler bei der Zustellung an folgende Empfänger oder Gruppen|La remise a échoué pour ces destinataires ou groupes|Error en la entrega a estos destinatarios o grupos)[ \t\u00a0]*[:：]?[ \t]*$/gim;

/** "Generating server:" as localized Exchange NDRs write it. */
const GENERATING_SERVER =
  /^[ \t]*(?:Generating server|生成サーバー|產生伺服器|產生的伺服器|生成伺服器|生成服务器|Generierender Server|Erzeugender Server|Serveur de génération|Servidor de generación|Server di generazione|Servidor de geração|Genererende server|Genererande server|생성 서버)[ \t\u00a0\u3000]*[:：][ \t\u00a0\u3000]*([^\s]{1,255})/im;
/** Any "<label>: <Exchange Online host>" line, for a language not listed above; not a header field (X-MS-…: host). */
const LABELLED_EXO_HOST =
  /^(?![A-Za-z0-9-]{1,80}:)[^\n:：]{1,40}[:：][ \t\u00a0\u3000]*([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.(?:outlook|exchangelabs)\.com)[ \t]*$/im;
/** The server and time Exchange appends to the status line: "[BN8PR12MB3204.namprd12.prod.outlook.com 2026-11-20T09:14:07.112Z …]". */
const BRACKETED_SERVER = /\[([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})(?:[ \t]+([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,7})?Z))?/;
/** A log line's own timestamp: ISO 8601 at the start, or syslog's "Nov 22 08:31:17". */
const LINE_TIMESTAMP =
  /^[ \t]*([0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,7})?(?:Z|[+-][0-9]{2}:?[0-9]{2})?|[A-Z][a-z]{2} [ 0-9][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2})/;

const OPENING_QUOTES: Record<string, string> = { "'": "'", '"': '"', '‘': '’', '“': '”', '「': '」', '『': '』', '«': '»', '„': '“' };

/** Collapses white space, drops anything shaped like a tag (but not "<x@y>"), and caps the length. */
function clip(value: string | undefined, length = MAX_FIELD): string | undefined {
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
function headerValues(text: string, name: string, limit = 1): string[] {
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

function addressIn(value: string): string | undefined {
  return new RegExp(ADDRESS).exec(value)?.[0].toLowerCase();
}

interface LineAround {
  /** The line (cut to the window) that contains the position. */
  line: string;
  /** Where `line` starts in the text. */
  lineStart: number;
  /** The text of the window before the line. */
  before: string;
}

/** The line that contains `at`, looked at within a window so a 5 MB single-line paste costs no more than a short one. */
function lineAround(text: string, at: number, radius = 600): LineAround {
  const from = Math.max(0, at - radius);
  const window = text.slice(from, Math.min(text.length, at + radius));
  const offset = at - from;
  const start = offset === 0 ? 0 : window.lastIndexOf('\n', offset - 1) + 1;
  const end = window.indexOf('\n', offset);
  return { line: window.slice(start, end < 0 ? window.length : end), lineStart: from + start, before: window.slice(0, start) };
}

function statusLine(text: string, hit: Hit): string | undefined {
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

function findRecipients(text: string, hits: readonly Hit[]): string[] {
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

function findSender(text: string): string | undefined {
  const froms = headerValues(text, 'From', 20);
  const person = froms.find((value) => !SERVICE_ADDRESS.test(addressIn(value) ?? value));
  if (person) return person;
  // An .eml of the bounce itself: it comes from a postmaster and goes back to whoever sent the message.
  if (froms.length > 0) return headerValues(text, 'To')[0]?.replace(/^<([^<>]{1,320})>$/, '$1');
  return undefined;
}

function findDetails(text: string, hits: readonly Hit[], codes: readonly string[], primary: string): NdrDetails {
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

// ---------------------------------------------------------------------------------------------------------------------

export function parseNdr(input: string): NdrOutcome {
  // Each UTF-16 unit is at most 3 UTF-8 bytes, so short input needs no counting.
  if (input.length * 3 > MAX_INPUT_BYTES) {
    const bytes = utf8Length(input);
    if (bytes > MAX_INPUT_BYTES) return { kind: 'too-large', bytes };
  }
  if (looksBinary(input)) return { kind: 'binary' };
  const trimmed = input.trim();
  // The document itself says the codes "usually come in as 705 or 750".
  if (trimmed === '705' || trimmed === '750') {
    const code: Code = trimmed === '705' ? '5.7.705' : '5.7.750';
    return { kind: 'covered', code, details: { allCodes: [code], recipients: [] } };
  }
  if (trimmed === '') return { kind: 'nothing' };

  const text = readableText(input);
  const hits = findHits(text, trimmed.length <= 300 && !trimmed.includes('\n'));
  const codes = uniqueCodes(hits);
  if (codes.length === 0) return { kind: 'nothing' };

  const covered = codes.filter(isCode).sort();
  const family = codes.filter((code) => FAMILY.test(code));
  // Success codes (2.x.x) in a log are noise next to a failure; name them only when nothing else is there.
  const failures = codes.filter((code) => !code.startsWith('2.'));
  const others = failures.length > 0 ? failures : codes;
  const primary = covered[0] ?? family[0] ?? others[0] ?? '';
  const details = findDetails(text, hits, codes, primary);

  const [only] = covered;
  if (covered.length === 1 && only) return { kind: 'covered', code: only, details };
  if (covered.length > 1) return { kind: 'several', codes: covered, details };
  if (family.length > 0) return { kind: 'uncovered-family', codes: family, details };
  return { kind: 'other', codes: others, details };
}
