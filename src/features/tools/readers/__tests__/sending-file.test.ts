import { describe, expect, it } from 'vitest';
import { MAX_SENDING_FILE_BYTES, readSendingFile, readSendingText } from '../sending-reader';
import { chunkedFile } from './chunked-file';
import { traceFixture } from './sending-fixtures';

const utf16le = (text: string): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf8 = (text: string): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.from(text, 'utf8'));
const join = (...parts: (Uint8Array | number[])[]): Uint8Array<ArrayBuffer> => new Uint8Array(parts.flatMap((part) => [...part]));

describe('readSendingFile', () => {
  const text = traceFixture('trace-enhanced-summary.csv');
  const expected = readSendingText(text);

  it('reads UTF-16LE without a byte order mark, as historical search delivers it', async () => {
    expect(expected.kind).toBe('sending');
    expect(await readSendingFile(new Blob([utf16le(text)]))).toEqual(expected);
  });

  it('reads UTF-16LE with a byte order mark, UTF-8 with and without one, and UTF-16BE', async () => {
    expect(await readSendingFile(new Blob([join([0xff, 0xfe], utf16le(text))]))).toEqual(expected);
    expect(await readSendingFile(new Blob([join([0xef, 0xbb, 0xbf], utf8(text))]))).toEqual(expected);
    expect(await readSendingFile(new Blob([utf8(text)]))).toEqual(expected);
    expect(await readSendingFile(new Blob([new Uint8Array(Buffer.from(text, 'utf16le').swap16())]))).toEqual(expected);
  });

  it('reads chunks cut anywhere, reporting progress', async () => {
    const bytes = utf16le(text);
    const progress: number[] = [];
    expect(await readSendingFile(chunkedFile(bytes, 333), {}, (read, total) => progress.push(read / total))).toEqual(expected);
    expect(progress).toHaveLength(Math.ceil(bytes.byteLength / 333));
    expect(progress.at(-1)).toBe(1);
    expect(await readSendingFile(chunkedFile(join([0xff, 0xfe], bytes), 1))).toEqual(expected);
    const accented = `${text}"2026-11-21T00:00:00.000Z","zoë@fabrikam.example","a@contoso.com##Receive, Deliver","Réunion","1","<z@f>","9f","192.0.2.9","Incoming","","Normal"\r\n`;
    expect(await readSendingFile(chunkedFile(utf8(accented), 5))).toEqual(readSendingText(accented));
  });

  it('reads an admin center export in the zone given', async () => {
    const admin = traceFixture('trace-admin-center.csv');
    expect(await readSendingFile(new Blob([utf8(admin)]), { timeZone: 'Asia/Tokyo' })).toEqual(readSendingText(admin, { timeZone: 'Asia/Tokyo' }));
  });

  it('reads a Windows code page file (Excel "CSV") without failing on its accents', async () => {
    const latin = new Uint8Array(Buffer.from('SenderAddress\r\nren\u00e9@contoso.com\r\n', 'latin1'));
    expect(await readSendingFile(new Blob([latin]))).toMatchObject({ kind: 'sending', data: { format: 'list', domains: [{ domain: 'contoso.com', senders: [{ name: 'rené@contoso.com' }] }] } });
  });

  it('stops when aborted, with an AbortError', async () => {
    const controller = new AbortController();
    const big = utf16le(text.repeat(200));
    const reading = readSendingFile(chunkedFile(big, 4096), {}, () => controller.abort(), controller.signal);
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    await expect(reading).rejects.toBeInstanceOf(DOMException);
    const already = AbortSignal.abort();
    await expect(readSendingFile(new Blob([utf8(text)]), {}, undefined, already)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses files over 500 MB without reading them', async () => {
    const huge = { size: MAX_SENDING_FILE_BYTES + 1, stream: () => { throw new Error('read'); } } as unknown as Blob;
    expect(await readSendingFile(huge)).toEqual({ kind: 'rejected', reason: 'too-large', detail: '524288000' });
  });

  it('refuses empty files, images, workbooks and binary data', async () => {
    expect(await readSendingFile(new Blob([]))).toEqual({ kind: 'rejected', reason: 'empty' });
    expect(await readSendingFile(new Blob([join([0xff, 0xfe], utf16le('\r\n'))]))).toEqual({ kind: 'rejected', reason: 'empty' });
    expect(await readSendingFile(new Blob([join([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])]))).toEqual({ kind: 'rejected', reason: 'image', detail: 'png' });
    expect(await readSendingFile(new Blob([join([0xff, 0xd8, 0xff, 0xe0])]))).toEqual({ kind: 'rejected', reason: 'image', detail: 'jpeg' });
    expect(await readSendingFile(new Blob([join([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])]))).toEqual({ kind: 'rejected', reason: 'binary', detail: 'zip' });
    const noise = new Uint8Array(2048).map((_, index) => (index * 7919) % 256);
    expect(await readSendingFile(new Blob([noise]))).toEqual({ kind: 'rejected', reason: 'binary', detail: 'control-characters' });
  });

  it('refuses what is not an export', async () => {
    expect(await readSendingFile(new Blob([utf16le('"DomainName","DomainType"\r\n"contoso.com","Authoritative"\r\n')]))).toEqual({
      kind: 'rejected',
      reason: 'unrecognised',
      detail: 'accepted-domains',
    });
  });
});
