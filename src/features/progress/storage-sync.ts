// What another tab's write (a `storage` event) means for this tab.
import type { Code } from '../../config/flow';
import type { CaseFile } from './case-schema';
import { loadCase } from './migrations';
import { QUARANTINE_KEY_PREFIX, codeOfCaseKey } from './storage-keys';

export interface StorageEventLike {
  key: string | null;
  newValue: string | null;
  /** What the key held before (absent in some tests' events: then nothing is known of it). */
  oldValue?: string | null;
  storageArea?: unknown;
}

export type StorageChange =
  | { kind: 'ignore' }
  /** Storage was cleared elsewhere: read everything again. */
  | { kind: 'reload-all' }
  | { kind: 'quarantine-changed' }
  /** A newer release saved this code in another tab: stop writing it here. */
  | { kind: 'newer-elsewhere'; code: Code }
  /**
   * Another tab found an unreadable value under this code and kept it aside, which removes it: not a reset. This tab
   * keeps its case, and its next edit stores it again.
   */
  | { kind: 'tidied-elsewhere'; code: Code }
  /** `case` undefined: the case was reset elsewhere. */
  | { kind: 'case'; code: Code; case: CaseFile | undefined };

/**
 * `area` is this tab's storage (events from sessionStorage are ignored); `current` reads this tab's case of a code.
 * A value this version cannot read is ignored (this tab keeps its case), but one from a newer release is reported:
 * this tab must not overwrite it.
 */
export function interpretStorageEvent(
  event: StorageEventLike,
  area: unknown,
  current: (code: Code) => CaseFile | undefined,
): StorageChange {
  if (event.storageArea != null && area != null && event.storageArea !== area) return { kind: 'ignore' };
  if (event.key === null) return { kind: 'reload-all' };
  if (event.key.startsWith(QUARANTINE_KEY_PREFIX)) return { kind: 'quarantine-changed' };
  const code = codeOfCaseKey(event.key);
  if (!code) return { kind: 'ignore' };
  if (event.newValue === null && event.oldValue != null) {
    const before = loadCase(event.oldValue, code);
    if (before.kind === 'invalid' && before.reason !== 'future-version') return { kind: 'tidied-elsewhere', code };
  }
  const result = loadCase(event.newValue, code);
  if (result.kind === 'invalid') return result.reason === 'future-version' ? { kind: 'newer-elsewhere', code } : { kind: 'ignore' };
  const next = result.kind === 'ok' ? result.case : undefined;
  if (JSON.stringify(next) === JSON.stringify(current(code))) return { kind: 'ignore' };
  return { kind: 'case', code, case: next };
}
