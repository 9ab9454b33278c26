// Keys in localStorage. The case keys are a stored interface: changing them orphans everyone's progress.
import { isCode, type Code } from '../../config/flow';

export const CASE_KEY_PREFIX = 'unblock:case:';
export const QUARANTINE_KEY_PREFIX = 'unblock:quarantine:';

/** `unblock:case:5.7.750` */
export const caseKey = (code: Code): string => `${CASE_KEY_PREFIX}${code}`;

/** `unblock:quarantine:5.7.750:2025-01-31T09:15:00.000Z` */
export const quarantineKey = (code: Code, at: Date): string => `${QUARANTINE_KEY_PREFIX}${code}:${at.toISOString()}`;

export function codeOfCaseKey(key: string): Code | undefined {
  if (!key.startsWith(CASE_KEY_PREFIX)) return undefined;
  const code = key.slice(CASE_KEY_PREFIX.length);
  return isCode(code) ? code : undefined;
}

export function parseQuarantineKey(key: string): { code: Code; at: string } | undefined {
  if (!key.startsWith(QUARANTINE_KEY_PREFIX)) return undefined;
  const rest = key.slice(QUARANTINE_KEY_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon < 0) return undefined;
  const code = rest.slice(0, colon);
  const at = rest.slice(colon + 1);
  return isCode(code) && at !== '' ? { code, at } : undefined;
}
