// Reads a dropped or picked file into text for parseNdr, or says why it cannot. Pure apart from reading the blob.
//
// Text encoding: UTF-8 first (what Outlook, Thunderbird and every modern client write; an .eml is 7-bit ASCII anyway
// when its parts are base64 or quoted-printable). A file that is not valid UTF-8 is an old 8-bit message: it is decoded
// with the charset its own Content-Type declares when the browser knows it (Shift_JIS, Big5, GB18030, …), else as
// Windows-1252, which maps every byte to a character and so never fails. Status codes are ASCII and survive any of these.
// UTF-16 (Notepad's "Unicode") is recognised by its byte order mark, or by the NULs of its ASCII characters.
import { decodeBytes } from './ndr/text-decoding';
import { looksBinary, MAX_INPUT_BYTES } from './parse-ndr';

export type FileReadResult =
  | { kind: 'text'; text: string; name: string }
  | { kind: 'msg'; name: string }
  | { kind: 'too-large'; name: string; bytes: number }
  | { kind: 'binary'; name: string }
  | { kind: 'unsupported'; name: string };

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

/** Outlook .msg files are OLE compound documents, as are old Word, Excel and PowerPoint files. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OLE_OFFICE_DOCUMENT = /\.(?:doc|dot|xls|xlt|ppt|pps|vsd|pub)$/i;

/** Formats that are never a bounce, by their first bytes. */
const OTHER_SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // zip, docx, xlsx
  [0x89, 0x50, 0x4e, 0x47], // png
  [0xff, 0xd8, 0xff], // jpeg
  [0x47, 0x49, 0x46, 0x38], // gif
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x52, 0x61, 0x72, 0x21], // rar
  [0x21, 0x42, 0x44, 0x4e], // !BDN: Outlook .pst
];
const OTHER_EXTENSIONS =
  /\.(?:pdf|zip|7z|rar|gz|tgz|png|jpe?g|gif|bmp|webp|heic|tiff?|docx?|xlsx?|pptx?|odt|ods|pst|ost|exe|dll|mp[34]|mov|avi|wav)$/i;

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, skip: number): string {
  return new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(skip));
}

/** UTF-16 without a byte order mark: ASCII text then has a NUL in every other byte. */
function utf16Endianness(bytes: Uint8Array): 'le' | 'be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 512);
  if (sample < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenNuls += 1;
    if (bytes[index + 1] === 0) oddNuls += 1;
  }
  // Most characters of a bounce are ASCII; a few CJK characters or U+3000 spaces may have a NUL on the other side.
  const pairs = sample / 2;
  if (oddNuls > pairs * 0.5 && evenNuls < pairs * 0.05) return 'le';
  if (evenNuls > pairs * 0.5 && oddNuls < pairs * 0.05) return 'be';
  return undefined;
}

/** The first charset an 8-bit message declares for itself. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 64 * 1024));
  const label = /charset\s*=\s*"?([A-Za-z0-9_.:-]{1,40})/i.exec(head)?.[1];
  if (!label || /^(?:utf-?8|us-ascii|ascii)$/i.test(label)) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, true, 2);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, false, 2);
  const utf16 = utf16Endianness(bytes);
  if (utf16) return decodeUtf16(bytes, utf16 === 'le', 0);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // decodeBytes also reads a mislabelled "iso-2022-jp" message whose bytes are EUC-JP or Shift_JIS.
    return decodeBytes(bytes, declaredCharset(bytes) ?? 'windows-1252');
  }
}

export async function readNdrFile(file: Blob & { name: string }): Promise<FileReadResult> {
  const { name } = file;
  // The size is known before reading: a 2 GB file is refused without being loaded.
  if (file.size > MAX_INPUT_BYTES) return { kind: 'too-large', name, bytes: file.size };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (startsWith(bytes, OLE_SIGNATURE)) return OLE_OFFICE_DOCUMENT.test(name) ? { kind: 'unsupported', name } : { kind: 'msg', name };
  if (/\.msg$/i.test(name)) return { kind: 'msg', name };
  if (OTHER_SIGNATURES.some((signature) => startsWith(bytes, signature)) || OTHER_EXTENSIONS.test(name)) {
    return { kind: 'unsupported', name };
  }
  const text = decodeText(bytes);
  if (looksBinary(text)) return { kind: 'binary', name };
  return { kind: 'text', text, name };
}
