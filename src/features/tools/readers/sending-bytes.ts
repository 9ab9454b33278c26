// What the first bytes of a dropped file say: its text encoding, or that it is no text at all. Historical-search CSVs
// are UTF-16LE, often without a byte order mark; Windows PowerShell's `>` writes UTF-16LE with one; PowerShell 7 writes
// UTF-8; Excel's "CSV" is the Windows code page. (tools-formats.md §0.2)

export type ByteVerdict =
  | { kind: 'text'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { kind: 'image' | 'binary'; detail: string };

import { imageKind, looksBinary, sniffEncoding } from './decode-bytes';

/** Files that are no text export: a PDF, or the workbook (.xlsx is a zip, .xls an OLE file) saved instead of the CSV. */
const BINARY_SIGNATURES: readonly { bytes: readonly number[]; detail: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], detail: 'pdf' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], detail: 'zip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], detail: 'ole' },
  { bytes: [0x1f, 0x8b], detail: 'gzip' },
];

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

function isUtf8(bytes: Uint8Array): boolean {
  try {
    // Streaming mode: a character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Sniffs the first few kilobytes of a file. */
export function sniffBytes(head: Uint8Array): ByteVerdict {
  const image = imageKind(head);
  if (image) return { kind: 'image', detail: image };
  for (const { bytes, detail } of BINARY_SIGNATURES) if (startsWith(head, bytes)) return { kind: 'binary', detail };
  const sniffed = sniffEncoding(head);
  const encoding = sniffed === 'utf-8' && !isUtf8(head) ? 'windows-1252' : sniffed;
  const sample = new TextDecoder(encoding).decode(head.subarray(0, head.length - (head.length % 2)));
  return looksBinary(sample) ? { kind: 'binary', detail: 'control-characters' } : { kind: 'text', encoding };
}
