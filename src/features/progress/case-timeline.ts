// When the block began and how long it lasted, from the bounce and the timeline the admin kept (see case-facts).
import { bounceTime } from '../start/ndr/bounce-time';
import type { CaseFile } from './case-schema';

/**
 * The first bounce: the pasted bounce's own time when it has one (it is the evidence), else the time the admin gave,
 * else one given to the connector review before the timeline existed.
 */
export function firstBounceOf({ ndr, details, evidence }: Pick<CaseFile, 'ndr' | 'details' | 'evidence'>): string | undefined {
  const legacy = evidence?.['firstBounceAt'];
  return (ndr && bounceTime(ndr)) ?? details.firstBounceAt ?? (typeof legacy === 'string' ? legacy : undefined);
}

export interface Duration {
  days: number;
  hours: number;
  minutes: number;
}

/** Whole minutes from `from` to `to`, split for reading; undefined when either is unreadable or `to` comes first. */
export function durationBetween(from: string, to: string | number): Duration | undefined {
  const start = Date.parse(from);
  const end = typeof to === 'number' ? to : Date.parse(to);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return undefined;
  const minutes = Math.floor((end - start) / 60_000);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}

/** "6 h 12 min", "2 d 3 h", "45 min" through `facts.duration.*` in the reader's language. */
export function durationText({ days, hours, minutes }: Duration, text: (key: string, values: Record<string, number>) => string): string {
  if (days > 0) return text('ui:facts.duration.daysHours', { days, hours });
  if (hours > 0) return text('ui:facts.duration.hoursMinutes', { hours, minutes });
  return text('ui:facts.duration.minutes', { minutes });
}
