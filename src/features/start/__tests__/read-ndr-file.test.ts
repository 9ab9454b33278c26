import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../parse-ndr';
import { readNdrFile } from '../read-ndr-file';

const file = (content: Uint8Array<ArrayBuffer> | string, name: string) => Object.assign(new Blob([content]), { name });
const fixture = (name: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../e2e/fixtures/ndr', name)));
const bytes = (...values: number[]) => new Uint8Array(values);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('readNdrFile', () => {
  it('reads a saved .eml or .txt as text, unchanged', async () => {
    const eml = await readNdrFile(file(fixture('dsn-705.eml'), 'bounce.eml'));
    expect(eml.kind).toBe('text');
    if (eml.kind === 'text') {
      expect(eml.text).toContain('Status: 5.7.705');
      expect(eml.text).toContain('\r\n');
    }
    const txt = await readNdrFile(file(fixture('localized-zh-tw-705.txt'), 'ndr.txt'));
    expect(txt).toEqual({ kind: 'text', text: readFileSync(join(import.meta.dirname, '../../../../e2e/fixtures/ndr/localized-zh-tw-705.txt'), 'utf8'), name: 'ndr.txt' });
    expect(await readNdrFile(file('', 'empty.txt'))).toEqual({ kind: 'text', text: '', name: 'empty.txt' });
    expect(await readNdrFile(file('550 5.7.750', 'no-extension'))).toEqual({ kind: 'text', text: '550 5.7.750', name: 'no-extension' });
  });

  it('reads Japanese mail labelled ISO-2022-JP whose bytes are EUC-JP, or Shift_JIS', async () => {
    const read = await readNdrFile(file(fixture('iso-2022-jp-mislabelled.eml'), 'bounce.eml'));
    expect(read.kind).toBe('text');
    if (read.kind === 'text') {
      expect(read.text).toContain('宛先のメール アドレスが見つかりません。');
      expect(read.text).not.toContain('\ufffd');
    }
    const head = 'Content-Type: text/plain; charset=iso-2022-jp\n\n';
    const sjis = bytes(0x88, 0xb6, 0x90, 0xe6, 0x82, 0xaa, 0x8c, 0xa9, 0x82, 0xc2, 0x82, 0xa9, 0x82, 0xe8, 0x82, 0xdc, 0x82, 0xb9, 0x82, 0xf1); // 宛先が見つかりません
    const shiftJis = await readNdrFile(file(new Uint8Array([...new TextEncoder().encode(head), ...sjis, 0x0a, ...new TextEncoder().encode('550 5.1.1 x')]), 'sjis.eml'));
    expect(shiftJis).toMatchObject({ kind: 'text', text: expect.stringContaining('宛先が見つかりません') as unknown });
  });

  it('reads a bounce saved with a NUL at its end, but not a file with NULs inside', async () => {
    expect(await readNdrFile(file(fixture('trailing-nul.eml'), 'bounce.eml'))).toMatchObject({ kind: 'text' });
    expect(await readNdrFile(file(new Uint8Array([...new TextEncoder().encode('550 5.7.750 x'), 0, 0x0a]), 'nul.txt'))).toMatchObject({ kind: 'text' });
    expect(await readNdrFile(file(new Uint8Array([0x35, 0x35, 0x30, 0, 0x35, 0x2e, 0x37, 0x2e, 0x37, 0x35, 0x30, 0x20, 0x78, 0x79]), 'inside.txt'))).toEqual({
      kind: 'binary',
      name: 'inside.txt',
    });
  });

  it('recognises an Outlook .msg by its signature, whatever its name, and by its name', async () => {
    expect(await readNdrFile(file(fixture('outlook.msg'), 'outlook.msg'))).toEqual({ kind: 'msg', name: 'outlook.msg' });
    expect(await readNdrFile(file(fixture('outlook.msg'), 'bounce.eml'))).toEqual({ kind: 'msg', name: 'bounce.eml' });
    expect(await readNdrFile(file('550 5.7.750', 'Undeliverable.MSG'))).toEqual({ kind: 'msg', name: 'Undeliverable.MSG' });
    // Old Word and Excel files share the OLE signature; they are not mail.
    expect(await readNdrFile(file(bytes(...OLE, 0, 0), 'report.doc'))).toEqual({ kind: 'unsupported', name: 'report.doc' });
  });

  it('refuses other formats by their first bytes or their name', async () => {
    expect(await readNdrFile(file('%PDF-1.7\n550 5.7.750', 'bounce.txt'))).toEqual({ kind: 'unsupported', name: 'bounce.txt' });
    expect(await readNdrFile(file(bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'ndr.eml'))).toEqual({ kind: 'unsupported', name: 'ndr.eml' });
    expect(await readNdrFile(file(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'screenshot'))).toEqual({ kind: 'unsupported', name: 'screenshot' });
    expect(await readNdrFile(file('550 5.7.750', 'photo.png'))).toEqual({ kind: 'unsupported', name: 'photo.png' });
  });

  it('refuses binary content', async () => {
    expect(await readNdrFile(file(fixture('binary.bin'), 'x.txt'))).toEqual({ kind: 'binary', name: 'x.txt' });
    expect(await readNdrFile(file(fixture('binary.bin'), 'binary.bin'))).toEqual({ kind: 'binary', name: 'binary.bin' });
  });

  it('refuses files over 5 MB from their size, before reading them', async () => {
    const big = file(new Uint8Array(MAX_INPUT_BYTES + 1).fill(65), 'huge.txt');
    let read = false;
    const spy = Object.assign(big, {
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    });
    expect(await readNdrFile(spy)).toEqual({ kind: 'too-large', name: 'huge.txt', bytes: MAX_INPUT_BYTES + 1 });
    expect(read).toBe(false);
    expect((await readNdrFile(file(new Uint8Array(MAX_INPUT_BYTES).fill(65), 'edge.txt'))).kind).toBe('text');
  });

  it('drops a UTF-8 byte order mark and reads UTF-16 with or without one', async () => {
    expect(await readNdrFile(file('\uFEFF550 5.7.705', 'bom.txt'))).toEqual({ kind: 'text', text: '550 5.7.705', name: 'bom.txt' });
    const utf16le = new Uint8Array(Buffer.from('550 5.7.750 配信不能', 'utf16le'));
    expect(await readNdrFile(file(bytes(0xff, 0xfe, ...utf16le), 'unicode.txt'))).toMatchObject({ kind: 'text', text: '550 5.7.750 配信不能' });
    expect(await readNdrFile(file(utf16le, 'no-bom.txt'))).toMatchObject({ kind: 'text', text: '550 5.7.750 配信不能' });
    const utf16be = new Uint8Array(Buffer.from('550 5.7.750', 'utf16le').swap16());
    expect(await readNdrFile(file(bytes(0xfe, 0xff, ...utf16be), 'be.txt'))).toMatchObject({ kind: 'text', text: '550 5.7.750' });
  });

  it('reads 8-bit text that is not UTF-8 in its declared charset, else as Windows-1252', async () => {
    // (0x80, "€" in Windows-1252, is left out: Node decodes that label as Latin-1, browsers do not.)
    const latin = bytes(...new TextEncoder().encode('Status: 5.7.750 caf'), 0xe9, 0x20, 0xe0);
    expect(await readNdrFile(file(latin, 'old.txt'))).toEqual({ kind: 'text', text: 'Status: 5.7.750 café à', name: 'old.txt' });
    const header = new TextEncoder().encode('Content-Type: text/plain; charset="shift_jis"\r\n\r\n550 5.7.750 ');
    const sjis = bytes(...header, 0x94, 0x7a, 0x90, 0x4d, 0x95, 0x73, 0x94, 0x5c); // 配信不能
    expect(await readNdrFile(file(sjis, 'sjis.eml'))).toMatchObject({ kind: 'text', text: expect.stringContaining('550 5.7.750 配信不能') as unknown });
  });
});
