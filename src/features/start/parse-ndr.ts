// Finds enhanced status codes (RFC 3463) and the facts around them in whatever an admin pastes: a bare code, an SMTP
// reply line, an Exchange Online NDR as Outlook shows it (in any language), a DSN, a raw .eml, or a log line.
//
// Pure (no DOM, no React) so it also runs in a Web Worker, and linear in the size of the input: the text is walked
// line by line once, MIME part bodies are decoded in place (with caps), attachments are skipped without being decoded,
// and every regular expression either has bounded quantifiers or is anchored so it cannot backtrack over long runs.
// Where the work depends on the number of matches (code hits), it is capped.
import { isCode, type Code } from '../../config/flow';
import { MAX_CODES } from './ndr/limits';
import { readableText } from './ndr/mime-text';
import { findDetails, type NdrDetails } from './ndr/ndr-details';
import { FAMILY, findHits, uniqueCodes } from './ndr/status-codes';

export type { NdrDetails };

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;



export type NdrOutcome =
  | { kind: 'covered'; code: Code; details: NdrDetails }
  | { kind: 'several'; codes: Code[]; details: NdrDetails }
  | { kind: 'uncovered-family'; codes: string[]; more?: number; details: NdrDetails }
  | { kind: 'other'; codes: string[]; more?: number; details: NdrDetails }
  | { kind: 'nothing' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'binary' };

// ---------------------------------------------------------------------------------------------------------------------
// Size and binary checks

/** UTF-8 length of a string without encoding it (a 5 MB paste should not allocate another 5 MB to be measured). */
export function utf8Length(input: string): number {
  let bytes = input.length;
  // ASCII is one byte a character: start counting at the first character that is not (found natively, fast).
  const firstWide = input.search(/[\u0080-\uffff]/);
  if (firstWide < 0) return bytes;
  for (let index = firstWide; index < input.length; index += 1) {
    const unit = input.charCodeAt(index);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = input.charCodeAt(index + 1);
      // A surrogate pair is one 4-byte character; a lone surrogate is encoded as U+FFFD (3 bytes).
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2;
        index += 1;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

export const BINARY_SAMPLE = 64 * 1024;

/** Where the text ends without the NULs (and white space around them) that some mail clients save after a message. */
export function endWithoutTrailingNuls(input: string): number {
  let end = input.length;
  let sawNul = false;
  for (; end > 0; end -= 1) {
    const unit = input.charCodeAt(end - 1);
    if (unit === 0) sawNul = true;
    else if (unit !== 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) break;
  }
  return sawNul ? end : input.length;
}

/** Text with a NUL (other than at its very end), or more than 10 % control characters at its start, is not a bounce. */
export function looksBinary(input: string): boolean {
  const nul = input.indexOf('\u0000');
  if (nul >= 0 && nul < endWithoutTrailingNuls(input)) return true;
  const length = Math.min(input.length, BINARY_SAMPLE);
  if (length === 0) return false;
  let odd = 0;
  for (let index = 0; index < length; index += 1) {
    const unit = input.charCodeAt(index);
    // Tab, LF, FF, CR and ESC (iso-2022-jp) occur in real mail; other C0 and C1 controls and U+FFFD (what a decoder
    // makes of bytes that are not text) do not.
    if (unit < 0x20) {
      if (unit !== 0x09 && unit !== 0x0a && unit !== 0x0c && unit !== 0x0d && unit !== 0x1b) odd += 1;
    } else if ((unit >= 0x7f && unit <= 0x9f) || unit === 0xfffd) odd += 1;
  }
  return odd / length > 0.1;
}

// ---------------------------------------------------------------------------------------------------------------------

export function parseNdr(input: string): NdrOutcome {
  // Each UTF-16 unit is at most 3 UTF-8 bytes, so short input needs no counting.
  if (input.length * 3 > MAX_INPUT_BYTES) {
    const bytes = utf8Length(input);
    if (bytes > MAX_INPUT_BYTES) return { kind: 'too-large', bytes };
  }
  if (looksBinary(input)) return { kind: 'binary' };
  const end = endWithoutTrailingNuls(input);
  const text = end < input.length ? input.slice(0, end) : input;
  const trimmed = text.trim();
  // The document itself says the codes "usually come in as 705 or 750".
  if (trimmed === '705' || trimmed === '750') {
    const code: Code = trimmed === '705' ? '5.7.705' : '5.7.750';
    return { kind: 'covered', code, details: { allCodes: [code], recipients: [] } };
  }
  if (trimmed === '') return { kind: 'nothing' };

  const readable = readableText(text);
  const hits = findHits(readable, trimmed.length <= 300 && !trimmed.includes('\n'));
  const codes = uniqueCodes(hits);
  if (codes.length === 0) return { kind: 'nothing' };

  const covered = codes.filter(isCode).sort();
  const family = codes.filter((code) => FAMILY.test(code));
  // Success codes (2.x.x) in a log are noise next to a failure; name them only when nothing else is there.
  const failures = codes.filter((code) => !code.startsWith('2.'));
  const others = failures.length > 0 ? failures : codes;
  const primary = covered[0] ?? family[0] ?? others[0] ?? '';
  const details = findDetails(readable, hits, codes, primary);

  const [only] = covered;
  if (covered.length === 1 && only) return { kind: 'covered', code: only, details };
  if (covered.length > 1) return { kind: 'several', codes: covered, details };
  if (family.length > 0) return { kind: 'uncovered-family', ...named(family), details };
  return { kind: 'other', ...named(others), details };
}

/** The first codes, and how many more there are: a crafted log can hold hundreds of thousands of distinct codes. */
function named(codes: string[]): { codes: string[]; more?: number } {
  return codes.length > MAX_CODES ? { codes: codes.slice(0, MAX_CODES), more: codes.length - MAX_CODES } : { codes };
}

