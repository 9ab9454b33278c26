import { describe, expect, it } from 'vitest';
import { buildDocuments } from '../build-documents';
import { ExtractionError, parseSourceDocument, toRuns } from '../parse-source-document';

const pair = (id: number, translation: string, english: string, file = 'ab12c') =>
  `<span data-ttu-id="${file}-${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${file}-${id}">${english}</span></span>`;

/** A complete minimal document: every segment 103–146 once, in the real document's shapes. */
function documentWith(overrides: Record<number, string> = {}, file = 'ab12c'): string {
  const line = (id: number) => overrides[id] ?? pair(id, `訳${id}`, `English ${id}`, file);
  const lines = [
    '---',
    'title: x',
    '---',
    `# <a name="title"></a>${line(103)}`,
    '',
    [104, 105, 106].map(line).join(' '),
    '',
    `## <a name="h"></a>${line(107)}`,
    Array.from({ length: 6 }, (_, i) => line(108 + i)).join(' '),
    `- ${line(114)}`,
    `### <a name="h3"></a>${line(115)}`,
    Array.from({ length: 11 }, (_, i) => line(116 + i)).join(' '),
    `1. ${line(127)} ${line(128)}`,
    '> [!TIP]',
    `> ${line(129)} ${line(130)}`,
    `> ${line(131)}`,
    Array.from({ length: 10 }, (_, i) => line(132 + i)).join(' '),
    `[${line(142)}](anti-spam-protection.md)`,
    '',
    `[${line(143)}](https://example.com/a)`,
    '',
    [144, 145, 146].map(line).join(' '),
  ];
  return lines.join('\n');
}

describe('parseSourceDocument', () => {
  it('reads every segment with its English original and the document structure', () => {
    const parsed = parseSourceDocument(documentWith());
    expect(parsed.segments.size).toBe(44);
    expect(parsed.segments.get(103)).toEqual({ translation: [{ text: '訳103' }], english: [{ text: 'English 103' }] });
    expect(parsed.blocks.map((block) => block.type)).toEqual([
      'heading', 'paragraph', 'heading', 'paragraph', 'ndr', 'heading', 'paragraph', 'step', 'tip', 'paragraph', 'link', 'link', 'paragraph',
    ]);
    expect(parsed.blocks[8]).toEqual({ type: 'tip', segments: [129, 130, 131] });
    expect(parsed.blocks[5]).toMatchObject({ type: 'heading', level: 3, anchor: 'h3' });
  });

  it('turns Markdown links into structured runs and resolves the relative article link', () => {
    const parsed = parseSourceDocument(
      documentWith({ 131: pair(131, '詳細は[こちら](https://learn.microsoft.com/x)。', 'See [here](https://learn.microsoft.com/x).') }),
    );
    expect(parsed.segments.get(131)?.translation).toEqual([
      { text: '詳細は' },
      { text: 'こちら', href: 'https://learn.microsoft.com/x' },
      { text: '。' },
    ]);
    expect(parsed.blocks.find((block) => block.type === 'link')).toMatchObject({
      href: 'https://learn.microsoft.com/en-us/defender-office-365/anti-spam-protection-about',
      segments: [142],
    });
  });

  it('names a missing segment', () => {
    expect(() => parseSourceDocument(documentWith({ 120: '' }))).toThrow(/segment 120: missing/);
  });

  it('names a translated span without its English original', () => {
    expect(() => parseSourceDocument(documentWith({ 118: '<span data-ttu-id="ab12c-118">訳</span>' }))).toThrow(
      /segment 118: translated span has no English original/,
    );
  });

  it('names a pair whose ids disagree', () => {
    const broken =
      '<span data-ttu-id="ab12c-110">訳</span><span class="sxs-lookup"><span data-stu-id="ab12c-111">E</span></span>';
    expect(() => parseSourceDocument(documentWith({ 110: broken }))).toThrow(/segment 110: translation and English span disagree/);
  });

  it('refuses a segment outside 103–146, a duplicate, HTML inside a sentence and non-https links', () => {
    expect(() => parseSourceDocument(`${documentWith()}\n${pair(147, 'x', 'y')}`)).toThrow(/segment 147/);
    expect(() => parseSourceDocument(`${documentWith()}\n${pair(104, 'x', 'y')}`)).toThrow(/segment 104: appears twice/);
    expect(() => toRuns('a <b>bold</b> move', 105)).toThrow(/segment 105: sentence contains HTML/);
    expect(() => toRuns('[x](http://example.com)', 106)).toThrow(/segment 106: link "http:\/\/example.com" is not https/);
    expect(() => toRuns('[x](other.md)', 106)).toThrow(ExtractionError);
  });
});

describe('buildDocuments', () => {
  const sources = (ja: string, zh: string) => [
    { language: 'ja', path: 'ja.md', markdown: ja },
    { language: 'zh-TW', path: 'zh.md', markdown: zh },
  ];

  it('gives English from the sxs-lookup spans and keeps it beside each translation', () => {
    const [en, ja] = buildDocuments(sources(documentWith(), documentWith({}, 'ff00f')));
    expect(en?.language).toBe('en');
    expect(en?.machineTranslated).toBe(false);
    expect(en?.segments['104']).toEqual({ text: [{ text: 'English 104' }] });
    expect(ja?.segments['104']).toEqual({ text: [{ text: '訳104' }], original: [{ text: 'English 104' }] });
  });

  it('names the segment where the two files disagree on the English', () => {
    const zh = documentWith({ 139: pair(139, '訳', 'Different English') });
    expect(() => buildDocuments(sources(documentWith(), zh))).toThrow(/segment 139: English differs in zh.md/);
  });
});
