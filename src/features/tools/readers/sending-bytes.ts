// What the first bytes of a dropped file say: its text encoding, or that it is no text at all. Historical-search CSVs
// are UTF-16LE, often without a byte order mark; Windows PowerShell's `>` writes UTF-16LE with one; PowerShell 7 writes
// UTF-8; Excel's "CSV" is the Windows code page. (tools-formats.md §0.2)

export type ByteVerdict =
  | { kind: 'text'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { kind: 'image' | 'binary'; detail: string };

const SIGNATURES: readonly { bytes: readonly number[]; kind: 'image' | 'binary'; detail: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'image', detail: 'png' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'image', detail: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'image', detail: 'gif' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'binary', detail: 'pdf' },
  // An Excel workbook (.xlsx is a zip, .xls an OLE compound file): saved from the export instead of the CSV.
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'binary', detail: 'zip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'binary', detail: 'ole' },
  { bytes: [0x1f, 0x8b], kind: 'binary', detail: 'gzip' },
];

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

/** UTF-16 without a byte order mark: ASCII text then has a NUL in every other byte. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenNuls += 1;
    if (bytes[index + 1] === 0) oddNuls += 1;
  }
  const pairs = sample / 2;
  if (oddNuls > pairs * 0.5 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.5 && oddNuls < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    // Streaming mode: a character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Control characters other than tab, line breaks and form feed: more than a few and it is not a text export. */
function looksBinary(text: string): boolean {
  let odd = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if ((unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d && unit !== 0x0c) || unit === 0xfffd) odd += 1;
  }
  return odd > text.length * 0.01 + 2;
}

/** Sniffs the first few kilobytes of a file. */
export function sniffBytes(head: Uint8Array): ByteVerdict {
  for (const { bytes, kind, detail } of SIGNATURES) if (startsWith(head, bytes)) return { kind, detail };
  // RIFF….WEBP
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head.subarray(8), [0x57, 0x45, 0x42, 0x50])) return { kind: 'image', detail: 'webp' };
  let encoding: Extract<ByteVerdict, { kind: 'text' }>['encoding'];
  if (startsWith(head, [0xef, 0xbb, 0xbf])) encoding = 'utf-8';
  else if (startsWith(head, [0xff, 0xfe])) encoding = 'utf-16le';
  else if (startsWith(head, [0xfe, 0xff])) encoding = 'utf-16be';
  else encoding = utf16WithoutMark(head) ?? (isUtf8(head) ? 'utf-8' : 'windows-1252');
  const sample = new TextDecoder(encoding).decode(head.subarray(0, head.length - (head.length % 2)));
  return looksBinary(sample) ? { kind: 'binary', detail: 'control-characters' } : { kind: 'text', encoding };
}
