// npm run extract: writes locales/{en,ja,zh-TW}/document.json from content/*.md.
// --check: exits non-zero when the committed files differ from a fresh extraction.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExtractionError } from '../src/content/parse-source-document';
import { extractAll, serializeDocument } from '../src/content/extract';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

try {
  const outputs = extractAll((path) => readFileSync(join(root, path), 'utf8'));
  let stale = 0;
  for (const { path, document } of outputs) {
    const text = serializeDocument(document);
    if (check) {
      let current = '';
      try {
        current = readFileSync(join(root, path), 'utf8');
      } catch {
        // A missing file is stale, reported below.
      }
      if (current !== text) {
        stale += 1;
        console.error(`${path} is out of date: run npm run extract`);
      }
    } else {
      writeFileSync(join(root, path), text);
      console.log(`wrote ${path} (${Object.keys(document.segments).length} segments)`);
    }
  }
  if (stale > 0) process.exit(1);
} catch (error) {
  if (error instanceof ExtractionError) {
    console.error(`extract-content: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
