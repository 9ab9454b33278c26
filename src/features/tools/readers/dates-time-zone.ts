// Wall-clock times in a named time zone to UTC instants, with the platform's own zone data (Intl): the admin center
// writes message-trace times in the zone the admin chose there, and no library is worth shipping for that.

/** Reads a local date and time (month 1–12) as an instant, in epoch milliseconds. */
export type WallClock = (year: number, month: number, day: number, hour: number, minute: number, second: number, millisecond: number) => number;

const DAY = 86_400_000;

export const readAsUtc: WallClock = (year, month, day, hour, minute, second, millisecond) =>
  Date.UTC(year, month - 1, day, hour, minute, second, millisecond);

/** A zone the platform knows, in its canonical spelling ('UTC' for 'utc', 'Etc/UTC'…), or undefined. */
export function knownTimeZone(timeZone: string | undefined): string | undefined {
  const name = timeZone?.trim();
  if (!name) return undefined;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    return /^(?:Etc\/)?(?:UTC|GMT|Zulu|UCT|Universal)(?:[+-]0)?$/i.test(resolved) ? 'UTC' : resolved;
  } catch {
    // RangeError: not an IANA name this platform has.
    return undefined;
  }
}

/** How far the zone is ahead of UTC at `instant`, in milliseconds. */
function offsetReader(timeZone: string): (instant: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return (instant) => {
    const part: Record<string, number> = {};
    for (const { type, value } of format.formatToParts(instant)) part[type] = Number(value);
    const local = Date.UTC(part.year ?? 1970, (part.month ?? 1) - 1, part.day ?? 1, part.hour ?? 0, part.minute ?? 0, part.second ?? 0);
    return local - Math.floor(instant / 1000) * 1000;
  };
}

/**
 * A wall clock for an IANA zone. Offsets are looked up once per distinct local hour (zones change offset on the
 * hour or half hour at most once in it), so a 100,000-row export over ten days costs a few hundred Intl calls.
 * A time that occurs twice when clocks go back is read as the first; one that never occurs, in the offset before.
 */
export function wallClockIn(timeZone: string): WallClock {
  if (timeZone === 'UTC') return readAsUtc;
  const offsetAt = offsetReader(timeZone);
  const offsets = new Map<number, number>();
  const offsetForLocalHour = (localHour: number): number => {
    const cached = offsets.get(localHour);
    if (cached !== undefined) return cached;
    // The offsets a day either side are the two a transition can be between; a candidate is real when the zone
    // has that offset at the instant it gives.
    const before = offsetAt(localHour - DAY);
    const after = offsetAt(localHour + DAY);
    const beforeHolds = offsetAt(localHour - before) === before;
    const afterHolds = offsetAt(localHour - after) === after;
    let offset = before;
    if (beforeHolds && afterHolds) offset = Math.max(before, after);
    else if (afterHolds) offset = after;
    offsets.set(localHour, offset);
    return offset;
  };
  return (year, month, day, hour, minute, second, millisecond) => {
    const localHour = Date.UTC(year, month - 1, day, hour);
    return localHour + minute * 60_000 + second * 1000 + millisecond - offsetForLocalHour(localHour);
  };
}
