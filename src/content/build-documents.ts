// Turns the two parsed source documents into one document per app language, checking that they agree.
import type { DocumentSegment, LocalizedDocument, TextRun } from './document-types';
import { ExtractionError, parseSourceDocument, type ParsedSourceDocument } from './parse-source-document';

export interface SourceFile {
  /** App language the translation is for: 'ja' or 'zh-TW'. */
  language: string;
  path: string;
  markdown: string;
}

const sameRuns = (a: TextRun[], b: TextRun[]): boolean => JSON.stringify(a) === JSON.stringify(b);

function checkAgreement(reference: ParsedSourceDocument, other: ParsedSourceDocument, otherPath: string): void {
  for (const [segment, { english }] of reference.segments) {
    const twin = other.segments.get(segment);
    if (!twin) throw new ExtractionError(`missing in ${otherPath}`, segment);
    if (!sameRuns(english, twin.english)) throw new ExtractionError(`English differs in ${otherPath}`, segment);
  }
  reference.blocks.forEach((block, index) => {
    if (JSON.stringify(block) !== JSON.stringify(other.blocks[index])) {
      throw new ExtractionError(`document structure differs in ${otherPath}`, block.segments[0]);
    }
  });
  if (reference.blocks.length !== other.blocks.length) {
    throw new ExtractionError(`${otherPath} has ${other.blocks.length} blocks, expected ${reference.blocks.length}`);
  }
}

function toDocument(
  language: string,
  source: string,
  parsed: ParsedSourceDocument,
  pick: (segment: { translation: TextRun[]; english: TextRun[] }) => DocumentSegment,
): LocalizedDocument {
  const segments: Record<string, DocumentSegment> = {};
  for (const [id, segment] of [...parsed.segments].sort(([a], [b]) => a - b)) segments[id] = pick(segment);
  return { language, source, machineTranslated: language !== 'en', blocks: parsed.blocks, segments };
}

/** English comes from the sxs-lookup spans, which every source file must carry identically. */
export function buildDocuments(sources: SourceFile[]): LocalizedDocument[] {
  const parsed = sources.map((source) => {
    try {
      return { source, document: parseSourceDocument(source.markdown) };
    } catch (error) {
      if (error instanceof ExtractionError) {
        throw new ExtractionError(`${source.path}: ${error.message}`, undefined);
      }
      throw error;
    }
  });
  const [first, ...rest] = parsed;
  if (!first) throw new ExtractionError('no source documents');
  for (const { source, document } of rest) checkAgreement(first.document, document, source.path);
  const english = toDocument('en', sources.map((s) => s.path).join(' + '), first.document, (s) => ({ text: s.english }));
  return [
    english,
    ...parsed.map(({ source, document }) =>
      toDocument(source.language, source.path, document, (s) => ({ text: s.translation, original: s.english })),
    ),
  ];
}
