// Shape of locales/{lng}/document.json, written by scripts/extract-content.ts and read by the step pages.

/** A piece of sentence text; with `href` it is a link. Never HTML. */
export interface TextRun {
  text: string;
  href?: string;
}

export type DocumentBlock =
  | { type: 'heading'; level: 1 | 2 | 3; anchor: string; segments: number[] }
  | { type: 'paragraph'; segments: number[] }
  | { type: 'step'; number: number; segments: number[] }
  | { type: 'tip'; segments: number[] }
  /** A line the NDR quotes, shown as the bounce text the admin sees. */
  | { type: 'ndr'; segments: number[] }
  /** A paragraph that is one link (the "more information" list). */
  | { type: 'link'; href: string; segments: number[] };

export interface DocumentSegment {
  text: TextRun[];
  /** The English original beside a machine translation; absent in the English document. */
  original?: TextRun[];
}

export interface LocalizedDocument {
  language: string;
  source: string;
  machineTranslated: boolean;
  blocks: DocumentBlock[];
  segments: Record<string, DocumentSegment>;
}

export const FIRST_SEGMENT = 103;
export const LAST_SEGMENT = 146;
