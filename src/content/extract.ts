// What `npm run extract` does, minus the file system: shared by the script and the staleness test.
import type { LocalizedDocument } from './document-types';
import { buildDocuments } from './build-documents';

export const sourceFiles = [
  { language: 'ja', path: 'content/ja-JP.md' },
  { language: 'zh-TW', path: 'content/zh-TW.md' },
] as const;

export const documentPath = (language: string): string => `locales/${language}/document.json`;

export function extractAll(read: (path: string) => string): { path: string; document: LocalizedDocument }[] {
  const documents = buildDocuments(sourceFiles.map((source) => ({ ...source, markdown: read(source.path) })));
  return documents.map((document) => ({ path: documentPath(document.language), document }));
}

export const serializeDocument = (document: LocalizedDocument): string => `${JSON.stringify(document, null, 2)}\n`;
