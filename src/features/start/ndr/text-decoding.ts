// Decoding for bounce text: charsets, base64, quoted-printable, RFC 2047 encoded words, HTML to text.

export function decodeBytes(bytes: Uint8Array, charset: string): string {
  const label = charset.trim() || 'utf-8';
  if (/^iso-2022-jp/i.test(label) && hasEightBitByte(bytes)) return decodeMislabelledJapanese(bytes);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    // Unknown label (RangeError): UTF-8 keeps every ASCII status code intact.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function hasEightBitByte(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/**
 * ISO-2022-JP is 7-bit, yet some Japanese mailers label EUC-JP (or Shift_JIS) text with it. Decoded as labelled, every
 * 8-bit byte becomes U+FFFD and the bounce looks binary; the encoding whose rules the bytes keep is the right one.
 */
function decodeMislabelledJapanese(bytes: Uint8Array): string {
  for (const encoding of ['euc-jp', 'shift_jis', 'utf-8']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // Not this one.
    }
  }
  return new TextDecoder('euc-jp').decode(bytes);
}

export function isBase64Char(unit: number): boolean {
  return (
    (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x2b || unit === 0x2f
  );
}

/** Lenient base64: skips anything outside the alphabet (line breaks, spaces), stops at padding. */
export function base64Bytes(text: string): Uint8Array {
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

export function hexValue(unit: number): number {
  if (unit >= 0x30 && unit <= 0x39) return unit - 0x30;
  if (unit >= 0x41 && unit <= 0x46) return unit - 0x37;
  if (unit >= 0x61 && unit <= 0x66) return unit - 0x57;
  return -1;
}

/** Quoted-printable (RFC 2045): =XX escapes and "=" soft line breaks; `underscoreIsSpace` for RFC 2047 Q words. */
export function quotedPrintableBytes(text: string, underscoreIsSpace = false): Uint8Array {
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

export const ENCODED_WORD = /=\?([^?\s]{1,64})\?([BbQq])\?([^?\s]{0,2000})\?=/g;

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

export const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
export const BLOCK_TAGS = new Set(['br', 'p', 'div', 'tr', 'li', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr', 'blockquote']);
export const CELL_TAGS = new Set(['td', 'th']);
export const INLINE_TAGS = new Set(['a', 'b', 'i', 'u', 'em', 'strong', 'span', 'font', 'small', 'big', 'code', 'tt', 'sup', 'sub']);

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

