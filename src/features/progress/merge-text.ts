// Two tabs editing one text field: both edits are kept. Each side's edit is the one span it changed since the
// text both started from; edits of separate spans are both applied, overlapping ones are both kept side by side.

export interface Splice {
  /** Changed span of the earlier text: [start, end). */
  start: number;
  end: number;
  /** What replaced it. */
  text: string;
}

/** The one span where `after` differs from `before` (common start and end trimmed). */
export function splice(before: string, after: string): Splice {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) {
    tail += 1;
  }
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

export interface Merge {
  text: string;
  /** False when both sides changed the same span: both are kept, and the person should check the result. */
  clean: boolean;
}

/**
 * `mine` and `theirs` both started from `base`. The result holds both edits; when they touch the same span, theirs
 * (already saved) comes first and what was typed here follows after `separator`.
 */
export function mergeText(base: string, mine: string, theirs: string, separator = '\n'): Merge {
  if (mine === theirs || theirs === base) return { text: mine, clean: true };
  if (mine === base) return { text: theirs, clean: true };
  const ours = splice(base, mine);
  const other = splice(base, theirs);
  // Insertions at the same place count as separate: theirs first, then ours.
  if (ours.start >= other.end) {
    return {
      text: base.slice(0, other.start) + other.text + base.slice(other.end, ours.start) + ours.text + base.slice(ours.end),
      clean: true,
    };
  }
  if (ours.end <= other.start) {
    return {
      text: base.slice(0, ours.start) + ours.text + base.slice(ours.end, other.start) + other.text + base.slice(other.end),
      clean: true,
    };
  }
  return { text: ours.text.trim() === '' ? theirs : `${theirs}${separator}${ours.text}`, clean: false };
}

/** Where a caret at `position` in `before` belongs once the text became `after`. */
export function shiftPosition(position: number, before: string, after: string): number {
  const change = splice(before, after);
  if (position <= change.start) return position;
  if (position >= change.end) return position + after.length - before.length;
  return change.start + change.text.length;
}
