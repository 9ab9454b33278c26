// MIME: one pass over the lines; encoded text parts are replaced by their decoded text, attachments are dropped.
import { MAX_DECODED_TOTAL, MAX_DEPTH, MAX_PART_ENCODED } from './limits';
import { base64Bytes, decodeBytes, htmlToText, quotedPrintableBytes } from './text-decoding';

export const CONTINUATION_LINE = /^[ \t]+\S/;
// The same, tested in place at a position of the text (sticky), so no line is ever cut out to be looked at.
export const HEADER_AT = /[A-Za-z][A-Za-z0-9-]{0,76}:/y;
export const CONTINUATION_AT = /[ \t]+\S/y;
export const BLANK_AT = /[ \t]*(?:\n|$)/y;
export const BASE64_LINE_AT = /[ \t]*[A-Za-z0-9+/]*={0,2}[ \t]*(?:\n|$)/y;

export const matchesAt = (pattern: RegExp, text: string, at: number): boolean => {
  pattern.lastIndex = at;
  return pattern.test(text);
};

export interface PartHeaders {
  type: string;
  charset: string;
  encoding: string;
  boundary: string | undefined;
  isMime: boolean;
}

export function readPartHeaders(block: string): PartHeaders {
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

export interface Budget {
  decoded: number;
  parts: number;
}

/** MIME parts decoded at most: a bounce has a handful; a paste of thousands of part headers is not a bounce. */
export const MAX_PARTS = 1000;

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
    // 7-bit iso-2022-jp read as bytes; a body with characters beyond U+00FF was decoded already (read as EUC-JP, pasted).
    else if (/^iso-2022-/i.test(charset) && !/[\u0100-\uffff]/.test(body)) {
      text = decodeBytes(Uint8Array.from(body, (character) => character.charCodeAt(0)), charset);
    }
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
export const PASTED_SOFT_BREAK = /(?<![=?])=[ \t]{0,20}\n/g;

/** The text a person would read: line ends unified, MIME decoded, pasted quoted-printable and HTML undone. */
export function readableText(input: string): string {
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

