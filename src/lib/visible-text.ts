// Text from a case (imported, tampered storage, a hostile bounce) can carry characters a reader cannot see: bidi
// overrides that reorder what is displayed ("contoso\u202Emoc.live" reads "contosoevil.com"), zero-width characters,
// control characters, and line breaks that forge lines in the plain-text support summary. Before such text is shown,
// printed or copied, each of them is replaced by a visible marker, so what is read is what is stored.

/** Line breaks of every kind: CRLF, LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR (and VT, FF). */
const lineBreak = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/**
 * Control (Cc) and format (Cf) characters: C0, DEL, C1, bidi embeddings, overrides, isolates and marks, zero-width
 * space, joiners, word joiner, BOM, invisible operators, tag characters. Also the Hangul fillers, which are letters
 * that display as blanks. Tab is left to the callers.
 */
const hidden = /[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]/gu;

/** The marker shown in place of a hidden character: ⟨U+202E⟩. */
export const marker = (character: string): string =>
  `⟨U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`;

/** Shown in a one-line field in place of a line break, so a value can never start a line of its own. */
export const lineBreakMarker = '⏎';

const markHidden = (value: string): string => value.replace(hidden, marker);

/** A one-line value (tenant, reason, bounce field, file name): line breaks become ⏎, tabs a space, the rest markers. */
export function visibleLine(value: string): string {
  return markHidden(value.replace(lineBreak, lineBreakMarker).replace(/\t/g, ' '));
}

/** Multi-line text (a note, a diagnostic): line breaks are kept (as \n) and tabs too; every other hidden character is marked. */
export function visibleText(value: string): string {
  return value
    .split(lineBreak)
    .map((line) => line.split('\t').map(markHidden).join('\t'))
    .join('\n');
}

/** True when the value would be shown differently: it holds a character that visibleLine marks. */
export const hasHiddenCharacters = (value: string): boolean => visibleLine(value) !== value;
