// Dates of accepted domains and connectors (WhenCreatedUTC, WhenChangedUTC) in every way PowerShell writes them:
// `/Date(ms)/` from Windows PowerShell 5.1's ConvertTo-Json, ISO 8601 from PowerShell 7's, and the current culture's
// format in Format-List and Export-Csv. Cell parsing is shared with the message-trace readers (dates.ts); what is
// added here is the AM/PM hint and the decision for a whole input, where connector dates are few.
import type { DateOrder } from '../model';
import { parseDateCell } from './dates';
import { isPlainObject } from './powershell-record';

/** A date, in UTC (cmdlet output is UTC: a time without a zone is read as UTC). */
export interface PowerShellDate {
  /** ISO 8601 UTC: what this date reads as alone; for a day/month date with nothing to prove the order, month-first. */
  iso: string;
  /** How this date alone was read: 'ambiguous' when day and month are both 12 or less and there is no AM/PM. */
  order: DateOrder;
  /** A day/month date no part proves (both 12 or less): the day-first reading, for when the input says so. */
  dayFirst?: string;
}

/** en-US writes AM/PM with the month first; en-AU writes it with the day first, so it is a hint, not a proof. */
const TWELVE_HOUR = /(?:[AaPp]\.?[Mm]\.?\s*$|上午|下午|午前|午後|오전|오후)/;

const isoOf = (at: number): string | undefined => (Number.isFinite(at) ? new Date(at).toISOString() : undefined);

export function readPowerShellDate(value: unknown): PowerShellDate | undefined {
  // PS 5.1 writes a DateTime that carries extended properties as {"value": "\/Date(…)\/", "DisplayHint": 2, "DateTime": "…"}.
  if (isPlainObject(value)) return readPowerShellDate(value.value ?? value.Value ?? value.DateTime);
  if (typeof value !== 'string') return undefined;
  const cell = parseDateCell(value);
  if (cell === undefined) return undefined;
  if (cell.reading !== 'day-month') {
    const iso = isoOf(cell.at);
    return iso === undefined ? undefined : { iso, order: cell.reading };
  }
  const monthFirst = isoOf(cell.monthFirst);
  const dayFirst = isoOf(cell.dayFirst);
  if (monthFirst === undefined) return dayFirst === undefined ? undefined : { iso: dayFirst, order: 'day-first' };
  if (dayFirst === undefined) return { iso: monthFirst, order: 'month-first' };
  return { iso: monthFirst, order: TWELVE_HOUR.test(value) ? 'month-first' : 'ambiguous', dayFirst };
}

/**
 * One order for all the dates of an input, which come from one machine and so one culture: a date with a part over 12
 * decides for all; else AM/PM says month-first; else the order stays 'ambiguous' for the admin to settle.
 */
export function agreeDateOrder(dates: readonly (PowerShellDate | undefined)[]): DateOrder {
  let provenDayFirst = 0;
  let provenMonthFirst = 0;
  let hintMonthFirst = false;
  let unsettled = false;
  let yearFirst = false;
  for (const date of dates) {
    if (date === undefined) continue;
    if (date.dayFirst !== undefined) {
      if (date.order === 'month-first') hintMonthFirst = true;
      else unsettled = true;
    } else if (date.order === 'day-first') provenDayFirst += 1;
    else if (date.order === 'month-first') provenMonthFirst += 1;
    else if (date.order === 'year-first') yearFirst = true;
  }
  if (provenDayFirst > provenMonthFirst) return 'day-first';
  if (provenMonthFirst > provenDayFirst) return 'month-first';
  // Proof both ways: an input joined from two cultures.
  if (provenDayFirst > 0) return 'ambiguous';
  if (hintMonthFirst) return 'month-first';
  if (unsettled) return 'ambiguous';
  return yearFirst ? 'year-first' : 'iso';
}

/** The date read in the order agreed for its input ('ambiguous' keeps the month-first reading). */
export function dateInOrder(date: PowerShellDate, order: DateOrder): string {
  return order === 'day-first' && date.dayFirst !== undefined ? date.dayFirst : date.iso;
}
