// Bytes of a dropped file to text. Windows PowerShell 5.1 writes UTF-16LE with a byte order mark for `>` and
// Out-File, historical-search reports come as UTF-16LE often without one, PowerShell 7 writes UTF-8 without one
// (tools-formats.md §0.2): the encoding is sniffed from the byte order mark, else from where the zero bytes fall.

export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Bytes looked at to tell UTF-16 without a byte order mark by its zero bytes. */
const SNIFF_BYTES = 1024;
/** Characters looked at for control characters: enough to tell, bounded for a 5 MB file. */
const BINARY_SAMPLE = 65_536;

export function sniffEncoding(head: Uint8Array): InputEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const length = Math.min(head.length, SNIFF_BYTES) & ~1;
  if (length < 4) return 'utf-8';
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (head[index] === 0) evenZeros += 1;
    if (head[index + 1] === 0) oddZeros += 1;
  }
  // PowerShell output is mostly ASCII: in UTF-16LE every other byte is zero. Non-ASCII text (午前, ü) has none, so a
  // share is asked for, not all; and few zeros on the other side, as binary files have zeros everywhere.
  const pairs = length / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return 'utf-8';
}

/** The text of a file, byte order mark removed. Bytes that are not UTF-8 are read as Windows-1252 (PS 5.1's ANSI). */
export function decodeInputBytes(bytes: Uint8Array): string {
  const encoding = sniffEncoding(bytes.subarray(0, SNIFF_BYTES));
  // TextDecoder drops a byte order mark that matches its encoding.
  if (encoding !== 'utf-8') return new TextDecoder(encoding).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Not text: a NUL before the end (a few trailing NULs are padding some editors leave), or more than one character in
 * ten a control character other than tab, line breaks, form feed and ESC (colour codes), or U+FFFD.
 */
export function looksBinary(input: string | Uint8Array): boolean {
  const text = typeof input === 'string' ? input : decodeInputBytes(input.subarray(0, BINARY_SAMPLE * 2));
  const end = endOfText(text);
  const nul = text.indexOf('\u0000');
  if (nul >= 0 && nul < end) return true;
  const length = Math.min(end, BINARY_SAMPLE);
  if (length === 0) return false;
  let odd = 0;
  for (let index = 0; index < length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x20) {
      if (unit !== 0x09 && unit !== 0x0a && unit !== 0x0c && unit !== 0x0d && unit !== 0x1b) odd += 1;
    } else if ((unit >= 0x7f && unit <= 0x9f) || unit === 0xfffd) odd += 1;
  }
  return odd / length > 0.1;
}

/** Where the text ends without trailing NULs and white space. */
function endOfText(text: string): number {
  let end = text.length;
  while (end > 0) {
    const unit = text.charCodeAt(end - 1);
    if (unit !== 0 && unit !== 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) break;
    end -= 1;
  }
  return end;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);

/** Which picture format the first bytes are, if any: PNG, JPEG, GIF, WebP or BMP. */
export function imageKind(bytes: Uint8Array): 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38, 0x39, 0x61])) return 'gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  // "BM" alone starts plenty of text; a bitmap also has four reserved zero bytes at offset 6.
  if (startsWith(bytes, [0x42, 0x4d]) && startsWith(bytes, [0, 0, 0, 0], 6)) return 'bmp';
  return undefined;
}

/** A screenshot dropped where the output was asked for. */
export const looksLikeImage = (bytes: Uint8Array): boolean => imageKind(bytes) !== undefined;
