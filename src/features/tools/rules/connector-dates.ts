// Connector dates against the first bounce. Microsoft: "Check the audit logs to determine whether a connector was
// created recently. Spammers are known to create connectors, send out lots of mails on that connector, and then
// delete the connector" (tenant-has-exceeded-threshold); 14 days is the window the review looks back.
import { parseTimestamp } from '../../../lib/timestamp';
import type { InboundConnector } from '../model';

export const DAY_MS = 86_400_000;
export const RECENT_DAYS = 14;

/** Milliseconds of an ISO UTC time; a time without a zone (PowerShell 7, DateTime.Kind Unspecified) is read as UTC. */
export function timeOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  return (parseTimestamp(text) ?? parseTimestamp(`${text}Z`))?.getTime();
}

/** WhenChanged, else WhenCreated: how the review orders connectors, newest first. */
export const lastTouched = (connector: InboundConnector) => timeOf(connector.whenChangedUtc) ?? timeOf(connector.whenCreatedUtc);

const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The audit search for who made or changed connectors, from 14 days before the earlier of the connector's last change
 * and the bounce, to the end of today. Whole days: a date alone reads the same in every PowerShell culture.
 */
export function auditLogCommand(connector: InboundConnector, bounce: number | undefined, now: number): string {
  const touched = lastTouched(connector);
  const anchor = Math.min(bounce ?? now, touched ?? Number.POSITIVE_INFINITY, now);
  return `Search-UnifiedAuditLog -StartDate ${isoDate(anchor - RECENT_DAYS * DAY_MS)} -EndDate ${isoDate(now + DAY_MS)} -Operations New-InboundConnector,Set-InboundConnector,Remove-InboundConnector`;
}
