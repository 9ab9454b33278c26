// Date cells of message-trace exports. Cmdlet output through PowerShell 7's ConvertTo-Json and historical-search
// `*_utc` columns are ISO 8601; Windows PowerShell 5.1 JSON writes `/Date(ms)/`; Export-Csv writes the current
// culture's format with no zone (`11/19/2026 10:09:58 PM` en-US, `19.11.2026 22:09:58` de-DE, `2026/11/19 下午
// 10:09:58` zh-TW), and the admin center writes `11/19/2026, 11:00:41 PM` in the zone the admin chose. Day and month
// order is not written anywhere, so a day/month cell carries both readings until the data decides (dates-order.ts).
import { readAsUtc, type WallClock } from './dates-time-zone';

export type DateCell =
  /** ISO 8601 or `/Date(ms)/`: one instant. */
  | { reading: 'iso'; at: number }
  /** `2026/11/19` (ja-JP, zh-TW): year, month, day. */
  | { reading: 'year-first'; at: number }
  /** `11/19/2026` or `19.11.2026`: NaN for a reading the values rule out (a month of 19; dots are day-first). */
  | { reading: 'day-month'; monthFirst: number; dayFirst: number };

const JSON_DATE = /^\\?\/Date\((-?\d{1,15})(?:[+-]\d{4})?\)\\?\/$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
// Date, optional comma (admin center), optional zh-TW / ja / ko marker before the time, optional AM/PM after it.
const CULTURE =
  /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})\.?(?:,?\s*(?:(上午|下午|午前|午後|오전|오후)\s*)?(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?\s*(?:([AaPp])\.?[Mm]\.?)?)?$/;
const AFTERNOON = new Set(['下午', '午後', '오후', 'p', 'P']);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (DAYS_IN_MONTH[month - 1] ?? 31) + (leap ? 1 : 0);
}

const number = (text: string | undefined): number => (text === undefined ? 0 : Number(text));
const milliseconds = (fraction: string | undefined): number => (fraction === undefined ? 0 : Number(fraction.padEnd(3, '0')));

/** Minutes east of UTC of `Z`, `+09:00`, `-0500` or `+09`. */
function offsetMinutes(suffix: string): number {
  if (suffix === 'Z' || suffix === 'z') return 0;
  const digits = suffix.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return suffix.startsWith('-') ? -minutes : minutes;
}

/**
 * Reads one date cell. Times without a zone are read with `clock`: UTC for cmdlet output and `*_utc` columns, the
 * admin's zone for the admin center's export. Undefined for an empty cell or anything that is not a date.
 */
export function parseDateCell(cell: string, clock: WallClock = readAsUtc): DateCell | undefined {
  const text = cell.trim();
  if (text.length < 6 || text.length > 48) return undefined;
  const json = JSON_DATE.exec(text);
  if (json) return { reading: 'iso', at: Number(json[1]) };
  const iso = ISO.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second, fraction, suffix] = iso;
    const y = Number(year);
    const m = Number(month);
    const d = Number(day);
    const h = number(hour);
    const mi = number(minute);
    const s = number(second);
    if (!validDay(y, m, d) || h > 23 || mi > 59 || s > 59) return undefined;
    const ms = milliseconds(fraction);
    const at = suffix ? Date.UTC(y, m - 1, d, h, mi, s, ms) - offsetMinutes(suffix) * 60_000 : clock(y, m, d, h, mi, s, ms);
    return { reading: 'iso', at };
  }
  const culture = CULTURE.exec(text);
  if (!culture) return undefined;
  const [, first = '', separator, second = '', third = '', marker, hour, minute, seconds, fraction, meridiem] = culture;
  let h = number(hour);
  const mi = number(minute);
  const s = number(seconds);
  const twelveHour = marker ?? meridiem;
  if (twelveHour !== undefined) {
    if (h > 12) return undefined;
    if (AFTERNOON.has(twelveHour)) h = h === 12 ? 12 : h + 12;
    else if (h === 12) h = 0;
  }
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const ms = milliseconds(fraction);
  const read = (year: number, month: number, day: number): number =>
    validDay(year, month, day) ? clock(year, month, day, h, mi, s, ms) : NaN;
  if (first.length === 4) {
    if (third.length > 2) return undefined;
    const at = read(Number(first), Number(second), Number(third));
    return Number.isNaN(at) ? undefined : { reading: 'year-first', at };
  }
  // Two-digit years are not what Export-Csv writes in any culture these formats come from.
  if (third.length !== 4 || first.length > 2) return undefined;
  const year = Number(third);
  const monthFirst = separator === '.' ? NaN : read(year, Number(first), Number(second));
  const dayFirst = read(year, Number(second), Number(first));
  if (Number.isNaN(monthFirst) && Number.isNaN(dayFirst)) return undefined;
  return { reading: 'day-month', monthFirst, dayFirst };
}
