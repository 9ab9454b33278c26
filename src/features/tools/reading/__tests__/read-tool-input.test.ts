import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkedFile } from '../../readers/__tests__/chunked-file';
import { readToolInput } from '../read-tool-input';

const trace = readFileSync(join(import.meta.dirname, '../../readers/__tests__/fixtures/trace-v2-compromise.csv'), 'utf8');

describe('readToolInput for the traffic analysis', () => {
  const bytes = new Uint8Array(Buffer.from(trace, 'utf16le'));

  it('streams a trace file with progress and keeps per-sender traffic, as a paste of it does', async () => {
    const progress: number[] = [];
    const fromFile = await readToolInput({ slot: 'traffic', input: { file: chunkedFile(bytes, 4096) } }, (read, total) => progress.push(read / total));
    const fromPaste = await readToolInput({ slot: 'traffic', input: { text: trace } });
    expect(fromFile).toEqual(fromPaste);
    expect(fromFile.kind === 'sending' && fromFile.data.traffic?.senders.map((sender) => sender.sender)).toContain('alex.w@contoso.com');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    // The gap finder's reading of the same file keeps no per-sender traffic.
    const sending = await readToolInput({ slot: 'sending', input: { text: trace } });
    expect(sending.kind === 'sending' ? sending.data.traffic : 'not read').toBeUndefined();
  });

  it('stops when the admin stops it', async () => {
    const controller = new AbortController();
    const reading = readToolInput({ slot: 'traffic', input: { file: chunkedFile(bytes, 1024) } }, () => controller.abort(), controller.signal);
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
