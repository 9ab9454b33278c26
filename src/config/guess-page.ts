// A mistyped step in a link (`/connector`, `/Domain`, `/conectors`) should land on the step it obviously meant.
import { flowStepIds, type Code } from './flow';
import type { PageId } from './paths';

/** Other words people use for a page, lower case. */
const aliases: Record<string, PageId> = {
  overview: 'about',
  'case-file': 'checklist',
  casefile: 'checklist',
  case: 'checklist',
  print: 'checklist',
  summary: 'support',
  server: 'servers',
  account: 'accounts',
  containment: 'accounts',
};

/** Levenshtein distance, stopping early once it exceeds `limit` (the inputs are short path segments). */
function distanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The page a mistyped segment obviously means, or undefined when it is not obvious (two pages equally close, or none
 * close enough): a wrong guess would be worse than the not-found page, which lists every step.
 */
export function guessPage(segment: string, code: Code): PageId | undefined {
  // Only the code's own pages: 5.7.750 has no accounts step, so nothing there leads to one.
  const pages: readonly PageId[] = [...flowStepIds(code), 'checklist'];
  const typed = segment.trim().toLowerCase().replace(/\/+$/, '');
  if (typed.length < 3 || typed.length > 40) return undefined;
  const alias = aliases[typed];
  const exact = pages.find((page) => page === typed) ?? (alias !== undefined && pages.includes(alias) ? alias : undefined);
  if (exact) return exact;
  const prefixed = pages.filter((page) => page.startsWith(typed) || typed.startsWith(page));
  if (prefixed.length === 1) return prefixed[0];
  const limit = typed.length <= 5 ? 1 : 2;
  const close = pages
    .map((page) => ({ page, distance: distanceWithin(typed, page, limit) }))
    .filter((candidate) => candidate.distance <= limit)
    .sort((a, b) => a.distance - b.distance);
  const [best, second] = close;
  if (!best || (second && second.distance === best.distance)) return undefined;
  return best.page;
}
