// Export a case to a JSON file and read it back (to move machines or hand a case over).
import type { CaseFile } from './case-schema';
import { parseCaseValue, type DroppedEntries } from './migrations';

export type { DroppedEntries };

export const EXPORT_FORMAT = 'unblock-case';
/** Largest file accepted on import, in bytes (UTF-8). */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface CaseExport {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  case: CaseFile;
}

export interface SerializedExport {
  text: string;
  fileName: string;
  mimeType: 'application/json';
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Tenant names become safe file-name parts: lower case, [a-z0-9.-], at most 60 characters. */
export function fileNamePart(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/[.-]{2,}/g, '-')
    .slice(0, 60)
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** `unblock-5.7.750-contoso.onmicrosoft.com-2025-01-31.json`, dated in the exporter's local time. */
export function exportFileName(caseFile: CaseFile, now: Date): string {
  const tenant = fileNamePart(caseFile.details.tenant) || 'case';
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `unblock-${caseFile.code}-${tenant}-${date}.json`;
}

export function serializeCaseExport(caseFile: CaseFile, now: Date = new Date()): SerializedExport {
  const payload: CaseExport = { format: EXPORT_FORMAT, exportedAt: now.toISOString(), case: caseFile };
  return { text: `${JSON.stringify(payload, null, 2)}\n`, fileName: exportFileName(caseFile, now), mimeType: 'application/json' };
}

export type ImportError = 'not-json' | 'not-a-case-file' | 'unsupported-version' | 'invalid';

export type ImportResult =
  | { ok: true; case: CaseFile; migratedFrom?: number; dropped: DroppedEntries }
  | { ok: false; error: ImportError; detail?: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A bare stored case (e.g. a quarantined value saved to a file) is accepted as well as an export. */
function unwrap(value: unknown): unknown {
  if (!isRecord(value)) return undefined;
  if ('format' in value) return value.format === EXPORT_FORMAT && isRecord(value.case) ? value.case : undefined;
  return 'version' in value && 'code' in value ? value : undefined;
}

/** Reads an exported file's text. Oversized input fails as 'invalid' with detail 'too-large'. */
export function parseCaseExport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    return { ok: false, error: 'invalid', detail: 'too-large' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const candidate = unwrap(value);
  if (!isRecord(candidate)) return { ok: false, error: 'not-a-case-file' };
  // Only a whole number above this release's version is "newer"; 0, -1, 1.5 or 1e999 are damage ('invalid').
  const parsed = parseCaseValue(candidate);
  if (!parsed.ok) {
    const error = parsed.reason === 'future-version' ? 'unsupported-version' : 'invalid';
    return parsed.detail === undefined ? { ok: false, error } : { ok: false, error, detail: parsed.detail };
  }
  const { case: imported, dropped } = parsed;
  return parsed.migratedFrom === undefined
    ? { ok: true, case: imported, dropped }
    : { ok: true, case: imported, migratedFrom: parsed.migratedFrom, dropped };
}
