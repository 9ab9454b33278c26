// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../parse-ndr';
import { readNdrFile } from '../read-ndr-file';

const file = (bytes: Uint8Array<ArrayBuffer> | string, name: string) => Object.assign(new Blob([bytes]), { name });
const fixture = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../e2e/fixtures/ndr', name)));

describe('readNdrFile', () => {
  it('reads a saved .eml as text', async () => {
    const result = await readNdrFile(file(fixture('dsn-705.eml'), 'bounce.eml'));
    expect(result.kind).toBe('text');
    if (result.kind === 'text') expect(result.text).toContain('Status: 5.7.705');
  });

  it('recognises an Outlook .msg by its signature, whatever its name', async () => {
    expect(await readNdrFile(file(fixture('outlook.msg'), 'bounce.dat'))).toEqual({ kind: 'msg', name: 'bounce.dat' });
    expect(await readNdrFile(file('text', 'Undeliverable.msg'))).toEqual({ kind: 'msg', name: 'Undeliverable.msg' });
  });

  it('refuses binary content and files over 5 MB before reading them', async () => {
    expect(await readNdrFile(file(fixture('binary.bin'), 'x.txt'))).toEqual({ kind: 'binary', name: 'x.txt' });
    const big = file(new Uint8Array(MAX_INPUT_BYTES + 1).fill(65), 'huge.txt');
    expect(await readNdrFile(big)).toEqual({ kind: 'too-large', name: 'huge.txt', bytes: MAX_INPUT_BYTES + 1 });
    expect((await readNdrFile(file('x', 'photo.png'))).kind).toBe('unsupported');
  });

  it('falls back to Windows-1252 for text that is not UTF-8, and drops a BOM', async () => {
    const latin = new Uint8Array([...new TextEncoder().encode('Status: 5.7.750 caf'), 0xe9]);
    expect(await readNdrFile(file(latin, 'old.txt'))).toEqual({ kind: 'text', text: 'Status: 5.7.750 café', name: 'old.txt' });
    const bom = await readNdrFile(file('\uFEFF550 5.7.705', 'bom.txt'));
    expect(bom).toEqual({ kind: 'text', text: '550 5.7.705', name: 'bom.txt' });
  });
});
