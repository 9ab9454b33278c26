// When the bounce happened: the time the tenant was known to be blocked, shown in the reader's own format.
//
// Only times that carry their zone are read: the `[server 2026-11-25T14:14:22.415Z id]` bracket Exchange Online puts
// after its status line, an ISO time with an offset, or a mail date (RFC 5322, `Thu, 20 Nov 2026 09:14:01 +0000`).
// Localized Outlook shows a local time without a zone (`2026/11/25 23:14:21`); guessing its zone would show a wrong
// time as fact, so such a bounce keeps its date as written and gets no "blocked since".
import { normalizeTimestamp } from '../../../lib/timestamp';

const ISO_IN_TEXT = /(?:^|[\s[(])(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))(?=$|[\s\])])/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MAIL_DATE =
  /^(?:[A-Za-z]{3},[ \t]*)?(\d{1,2})[ \t]+([A-Za-z]{3})[ \t]+(\d{4})[ \t]+(\d{2}):(\d{2})(?::(\d{2}))?[ \t]+(?:([+-])(\d{2})(\d{2})|(GMT|UTC?|Z))\b/;

/** A mail date with a numeric offset or GMT, as an ISO UTC time; undefined for anything else. */
function fromMailDate(value: string): string | undefined {
  const match = MAIL_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, day = '', monthName = '', year, hour, minute, second = '00', sign, offsetHours, offsetMinutes] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  if (month === 0) return undefined;
  const zone = sign ? `${sign}${offsetHours ?? '00'}:${offsetMinutes ?? '00'}` : 'Z';
  return normalizeTimestamp(`${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}T${hour}:${minute}:${second}${zone}`);
}

/** The bounce's time as an ISO UTC string, from the status line's bracket first, then the bounce's date. */
export function bounceTime(details: { diagnostic?: string | undefined; date?: string | undefined }): string | undefined {
  for (const value of [details.diagnostic, details.date]) {
    if (!value) continue;
    const iso = ISO_IN_TEXT.exec(value.slice(0, 2000))?.[1];
    const time = iso === undefined ? undefined : normalizeTimestamp(iso);
    if (time) return time;
  }
  return details.date ? fromMailDate(details.date.slice(0, 200)) : undefined;
}
