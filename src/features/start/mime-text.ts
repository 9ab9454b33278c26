// Turns a pasted bounce (plain text, or a raw MIME message from an .eml) into the text a person would read:
// quoted-printable and base64 text parts decoded, HTML reduced to text, encoded-word headers decoded.
// Pure and linear in the input size, so it runs on large pastes and in a Web Worker.

/** Decoded text parts beyond this are not read: a status code is never that deep in a bounce. */
const MAX_DECODED_PART = 1024 * 1024;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d)>/gi, '\n')
    .replace(/<[^>]{0,2000}>/g, ' ')
    .replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,6}|#39);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16) || 32);
      if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)) || 32);
      return entities[name.toLowerCase()] ?? whole;
    });
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function base64Bytes(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/=]/g, '').slice(0, Math.ceil((MAX_DECODED_PART * 4) / 3));
  const usable = clean.slice(0, clean.length - (clean.length % 4));
  try {
    const binary = atob(usable);
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    return new Uint8Array();
  }
}

function quotedPrintableBytes(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < joined.length && bytes.length < MAX_DECODED_PART; index += 1) {
    const character = joined.charCodeAt(index);
    const hex = joined.slice(index + 1, index + 3);
    if (character === 61 /* = */ && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else if (character < 128) bytes.push(character);
    else bytes.push(...new TextEncoder().encode(joined[index] ?? ''));
  }
  return Uint8Array.from(bytes);
}

/** RFC 2047 encoded words (=?UTF-8?B?…?=, =?iso-2022-jp?Q?…?=) in a header value. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?\s]{1,40})\?([BbQq])\?([^?\s]{0,2000})\?=/g, (_, charset: string, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B'
        ? decodeBytes(base64Bytes(data), charset)
        : decodeBytes(quotedPrintableBytes(data.replace(/_/g, ' ')), charset),
    );
}

interface PartHeaders {
  type: string;
  charset: string;
  encoding: string;
}

function readPartHeaders(block: string): PartHeaders {
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded)?.[1]?.trim() ?? '';
  const contentType = header('Content-Type');
  return {
    type: (/^[^;\s]+/.exec(contentType)?.[0] ?? 'text/plain').toLowerCase(),
    charset: /charset="?([^";\s]+)/i.exec(contentType)?.[1] ?? 'utf-8',
    encoding: header('Content-Transfer-Encoding').toLowerCase(),
  };
}

/** One readable text per MIME part (or the whole input when it is not MIME). */
export function readableTexts(input: string): string[] {
  const texts: string[] = [];
  // A part starts with its headers, then a blank line, then the body up to the next boundary line ("--…").
  const partPattern = /(?:^|\n)((?:Content-[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)+)\r?\n([\s\S]*?)(?=\n--[^\n]{1,200}\n|\n--[^\n]{1,200}--|$)/gi;
  let sawPart = false;
  for (const match of input.matchAll(partPattern)) {
    const [, headerBlock = '', body = ''] = match;
    const { type, charset, encoding } = readPartHeaders(headerBlock);
    if (!type.startsWith('text/') && !type.startsWith('message/') && !type.startsWith('multipart/')) continue;
    sawPart = true;
    let text = body;
    if (encoding === 'base64') text = decodeBytes(base64Bytes(body), charset);
    else if (encoding === 'quoted-printable') text = decodeBytes(quotedPrintableBytes(body), charset);
    if (type === 'text/html') text = htmlToText(text);
    if (text.trim() !== '') texts.push(text.slice(0, MAX_DECODED_PART));
  }
  // Pasted text with quoted-printable soft breaks (copied from a raw message) is read both ways.
  // "?=" at a line end closes an encoded word in a header; it is not a soft break.
  const softBreak = /(?<!\?)=\r?\n/g;
  const whole = softBreak.test(input) ? input.replace(softBreak, '').replace(/=3D/g, '=') : input;
  return sawPart ? [whole, ...texts] : [/<html[\s>]/i.test(whole) ? htmlToText(whole) : whole];
}
