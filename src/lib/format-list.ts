// Lists of codes and addresses inside sentences, joined as each language writes a list: "5.7.703, 5.7.708" in English,
// "5.7.703、5.7.708" in Japanese and Chinese. Joining with ", " put a half-width comma into CJK text.

const formats = new Map<string, Intl.ListFormat>();

function listFormat(language: string): Intl.ListFormat {
  let format = formats.get(language);
  if (!format) {
    // Narrow conjunction: a plain list without "and" in English; 、 in ja and zh-TW (zh-TW ends a longer list with 和).
    format = new Intl.ListFormat(language, { type: 'conjunction', style: 'narrow' });
    formats.set(language, format);
  }
  return format;
}

/**
 * Lists already joined, per list and language. A case's lists are frozen and kept across edits, so the summary rebuilt
 * while an admin types does not format 500 recipients again on every keystroke.
 */
const joined = new WeakMap<readonly string[], Map<string, string>>();

/** `items` as one list in `language`. A connecting word such as 和 gets spaces, as CJK text has next to Latin text. */
export function formatList(items: readonly string[], language: string): string {
  const cached = joined.get(items)?.get(language);
  if (cached !== undefined) return cached;
  const text = listFormat(language)
    .formatToParts(items)
    .map((part) => (part.type === 'literal' && /^\p{L}+$/u.test(part.value) ? ` ${part.value} ` : part.value))
    .join('');
  // Only a frozen list cannot change under its cached text.
  if (Object.isFrozen(items)) joined.set(items, (joined.get(items) ?? new Map<string, string>()).set(language, text));
  return text;
}
