// Pure parsing of the Microsoft docs "side by side" Markdown: each sentence is a translated span followed by
// its English original in a `sxs-lookup` span. No DOM, so it runs in Node (the extract script) and in tests.
import type { DocumentBlock, TextRun } from './document-types';
import { FIRST_SEGMENT, LAST_SEGMENT } from './document-types';

export class ExtractionError extends Error {
  constructor(
    message: string,
    readonly segment?: number,
  ) {
    super(segment === undefined ? message : `segment ${segment}: ${message}`);
    this.name = 'ExtractionError';
  }
}

export interface ParsedSegment {
  translation: TextRun[];
  english: TextRun[];
}

export interface ParsedSourceDocument {
  blocks: DocumentBlock[];
  segments: Map<number, ParsedSegment>;
}

/** The documents link one article relatively; this is where Microsoft publishes it now. */
export const relativeLinkTargets: Record<string, string> = {
  'anti-spam-protection.md': 'https://learn.microsoft.com/en-us/defender-office-365/anti-spam-protection-about',
};

// Sentence text never holds a span, so a lone translated span cannot swallow its neighbour's English.
const TEXT = '((?:(?!</?span\\b).)*?)';
const PAIR = new RegExp(
  `<span data-ttu-id="([0-9a-f]+)-(\\d+)">${TEXT}</span><span class="sxs-lookup"><span data-stu-id="([0-9a-f]+)-(\\d+)">${TEXT}</span></span>`,
  'g',
);
const TRANSLATED_SPAN = /<span data-ttu-id="[0-9a-f]+-(\d+)">/g;
const WHOLE_LINE_LINK = /^\[(.*)\]\(([^)\s]+)\)$/;
const MARKDOWN_LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decodeEntities = (text: string): string => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e);

export function resolveHref(href: string, segment: number): string {
  const target = relativeLinkTargets[href] ?? href;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new ExtractionError(`link "${href}" is relative and has no known target`, segment);
  }
  if (url.protocol !== 'https:') throw new ExtractionError(`link "${href}" is not https`, segment);
  return url.href;
}

/** Splits sentence text into plain runs and links; Markdown links are the only markup a sentence may hold. */
export function toRuns(text: string, segment: number): TextRun[] {
  if (/<[a-z/!]/i.test(text)) throw new ExtractionError('sentence contains HTML', segment);
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKDOWN_LINK)) {
    const [whole, label = '', href = ''] = match;
    if (match.index > last) runs.push({ text: decodeEntities(text.slice(last, match.index)) });
    runs.push({ text: decodeEntities(label), href: resolveHref(href, segment) });
    last = match.index + whole.length;
  }
  if (last < text.length) runs.push({ text: decodeEntities(text.slice(last)) });
  return runs;
}

function stripFrontMatter(markdown: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(markdown);
  return match ? markdown.slice(match[0].length) : markdown;
}

/** Reads every sentence pair on a line; a translated span without its English twin is an error. */
function readPairs(line: string, segments: Map<number, ParsedSegment>): number[] {
  const found: number[] = [];
  for (const match of line.matchAll(PAIR)) {
    const [, file, id, translation = '', englishFile, englishId, english = ''] = match;
    const segment = Number(id);
    if (file !== englishFile || id !== englishId) {
      throw new ExtractionError(`translation and English span disagree (${englishFile}-${englishId})`, segment);
    }
    if (segments.has(segment)) throw new ExtractionError('appears twice', segment);
    segments.set(segment, { translation: toRuns(translation, segment), english: toRuns(english, segment) });
    found.push(segment);
  }
  for (const match of line.matchAll(TRANSLATED_SPAN)) {
    const segment = Number(match[1]);
    if (!found.includes(segment)) throw new ExtractionError('translated span has no English original', segment);
  }
  if (/data-stu-id/.test(line) && found.length !== (line.match(/data-stu-id/g) ?? []).length) {
    throw new ExtractionError(`English span without a translation on line: ${line.slice(0, 80)}`);
  }
  return found;
}

function classify(line: string, segments: number[]): DocumentBlock | undefined {
  const heading = /^(#{1,3}) <a name="([^"]+)"><\/a>/.exec(line);
  if (heading) {
    const level = (heading[1] ?? '#').length as 1 | 2 | 3;
    return { type: 'heading', level, anchor: heading[2] ?? '', segments };
  }
  const step = /^(\d+)\. /.exec(line);
  if (step) return { type: 'step', number: Number(step[1]), segments };
  if (line.startsWith('- ')) return { type: 'ndr', segments };
  if (line.startsWith('> ')) return { type: 'tip', segments };
  const link = WHOLE_LINE_LINK.exec(line);
  if (link && link[1]?.startsWith('<span')) {
    return { type: 'link', href: resolveHref(link[2] ?? '', segments[0] ?? 0), segments };
  }
  return { type: 'paragraph', segments };
}

export function parseSourceDocument(markdown: string): ParsedSourceDocument {
  const segments = new Map<number, ParsedSegment>();
  const blocks: DocumentBlock[] = [];
  for (const rawLine of stripFrontMatter(markdown).split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line === '> [!TIP]') continue;
    const found = readPairs(line, segments);
    if (found.length === 0) {
      if (/<span/.test(line)) throw new ExtractionError(`unreadable line: ${line.slice(0, 80)}`);
      continue;
    }
    const block = classify(line, found);
    const previous = blocks.at(-1);
    // A tip spans several "> " lines in Markdown but is one block on the page.
    if (block?.type === 'tip' && previous?.type === 'tip') previous.segments.push(...found);
    else if (block) blocks.push(block);
  }
  for (let segment = FIRST_SEGMENT; segment <= LAST_SEGMENT; segment += 1) {
    if (!segments.has(segment)) throw new ExtractionError('missing', segment);
  }
  for (const segment of segments.keys()) {
    if (segment < FIRST_SEGMENT || segment > LAST_SEGMENT) throw new ExtractionError('outside 103–146', segment);
  }
  return { blocks, segments };
}
