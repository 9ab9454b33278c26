// The reader's time zone, named, and times in UTC: what a printed case and the summary give beside local times.

/** The browser's offset from UTC now, e.g. "GMT+09:00" ("GMT" in UTC itself). */
export function zoneOffset(language: string, at = new Date()): string {
  return new Intl.DateTimeFormat(language, { timeZoneName: 'longOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'UTC';
}

/** The browser's zone as the reader knows it and its offset now, e.g. "Asia/Tokyo, GMT+09:00". */
export function zoneLabel(language: string, at = new Date()): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const offset = zoneOffset(language, at);
  if (!zone) return offset;
  return offset !== zone ? `${zone}, ${offset}` : zone;
}

/** A time in UTC in the reader's language, without the zone (the caller's text says "UTC"). */
export const utcTimeFormat = (language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
