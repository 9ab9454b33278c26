// Fixtures of the accepted-domain and inbound-connector readers, and the same text in the encodings files come in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

export type FileEncoding = 'utf-8' | 'utf-8 with BOM' | 'utf-16le with BOM' | 'utf-16le without BOM' | 'utf-16be with BOM';

export const FILE_ENCODINGS: readonly FileEncoding[] = ['utf-8', 'utf-8 with BOM', 'utf-16le with BOM', 'utf-16le without BOM', 'utf-16be with BOM'];

/** The bytes a file of `text` has in `encoding`: what Windows PowerShell 5.1 (`>`), PowerShell 7 and Notepad write. */
export function encode(text: string, encoding: FileEncoding): Uint8Array {
  const utf16le = (): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8 with BOM':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    case 'utf-16le with BOM':
      return new Uint8Array([0xff, 0xfe, ...utf16le()]);
    case 'utf-16le without BOM':
      return utf16le();
    case 'utf-16be with BOM': {
      const bytes = utf16le();
      for (let index = 0; index + 1 < bytes.length; index += 2) [bytes[index], bytes[index + 1]] = [bytes[index + 1] ?? 0, bytes[index] ?? 0];
      return new Uint8Array([0xfe, 0xff, ...bytes]);
    }
  }
}
