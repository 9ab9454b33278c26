// The one reader of stored and imported times. Schema, import and display all go through it, so a value the
// schema lets in can always be shown.
//
// Accepted: the ECMAScript date-time string format with a zone, `YYYY-MM-DDTHH:mm[:ss[.fraction]]` followed by `Z`
// or `±HH:mm`, a real calendar day, years 0000–9999. That is the one form every browser must parse the same way;
// engines disagree on anything else (V8 reads `+0530` but not `+05` or ` +05:00`). The value is computed here,
// not by `Date.parse`, so the result does not depend on the browser either.

const FORMAT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => (month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

/** The instant a timestamp names, or undefined when it is not one this app reads. */
export function parseTimestamp(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const match = FORMAT.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, oh = '0', om = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || Number(oh) > 23 || Number(om) > 59) return undefined;
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offset, second, Number(fraction.padEnd(3, '0').slice(0, 3)));
  const utcYear = date.getUTCFullYear();
  // An offset can carry 0000-01-01 into year -1, which the canonical form could not write back.
  return Number.isNaN(date.getTime()) || utcYear < 0 || utcYear > 9999 ? undefined : date;
}

/** The canonical form (`toISOString`) of a readable timestamp, or undefined. */
export function normalizeTimestamp(value: unknown): string | undefined {
  return parseTimestamp(value)?.toISOString();
}

/**
 * A timestamp in the reader's format; `unreadable` when it cannot be read or formatted. Never throws, so a page
 * showing stored data never falls over on one bad time.
 */
export function formatTimestamp(format: Pick<Intl.DateTimeFormat, 'format'>, value: string, unreadable: string): string {
  const date = parseTimestamp(value);
  if (!date) return unreadable;
  try {
    return format.format(date);
  } catch {
    return unreadable;
  }
}

/** The case file's format: "22 Nov 2026, 14:05" / "2026/11/22 14:05". */
export const caseTimeFormat = (language: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

/** The support summary's format, with the time zone Support needs (dateStyle cannot be combined with timeZoneName). */
export const summaryTimeFormat = (language: string) =>
  new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
