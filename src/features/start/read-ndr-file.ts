// Reads a dropped or picked file into text for parseNdr, or says why it cannot.
import { looksBinary, MAX_INPUT_BYTES } from './parse-ndr';

export type FileReadResult =
  | { kind: 'text'; text: string; name: string }
  | { kind: 'msg'; name: string }
  | { kind: 'too-large'; name: string; bytes: number }
  | { kind: 'binary'; name: string }
  | { kind: 'unsupported'; name: string };

/** Outlook .msg files are OLE compound documents; this is their signature. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const hasOleSignature = (bytes: Uint8Array): boolean => OLE_SIGNATURE.every((byte, index) => bytes[index] === byte);

export async function readNdrFile(file: Blob & { name: string }): Promise<FileReadResult> {
  const { name } = file;
  if (file.size > MAX_INPUT_BYTES) return { kind: 'too-large', name, bytes: file.size };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (hasOleSignature(bytes) || /\.msg$/i.test(name)) return { kind: 'msg', name };
  if (/\.(png|jpe?g|gif|pdf|zip|docx?|xlsx?|exe)$/i.test(name)) return { kind: 'unsupported', name };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Old bounces saved by some clients are Latin-1; the status codes are ASCII and survive either way.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (looksBinary(text)) return { kind: 'binary', name };
  return { kind: 'text', text: text.replace(/^\uFEFF/, ''), name };
}
