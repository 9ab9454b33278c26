import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAll, serializeDocument } from '../extract';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('committed document text', () => {
  const outputs = extractAll(read);

  it.each(outputs.map((output) => [output.path, output] as const))('%s matches a fresh extraction', (path, output) => {
    expect(read(path), `${path} is stale: run npm run extract`).toBe(serializeDocument(output.document));
  });

  it('holds all 44 segments, 103–146, in every language', () => {
    for (const { document } of outputs) {
      expect(Object.keys(document.segments).map(Number)).toEqual(Array.from({ length: 44 }, (_, i) => 103 + i));
    }
  });

  it('keeps the source sentences verbatim', () => {
    const ja = outputs.find((output) => output.document.language === 'ja')?.document;
    expect(ja?.segments['132']?.text).toEqual([{ text: '異常なコネクタを探します。' }]);
    expect(ja?.segments['132']?.original).toEqual([{ text: 'Look for unusual connectors.' }]);
  });
});
