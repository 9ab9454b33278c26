// What the storage layer reports: where cases live now, and notices the UI must show.
import type { Code, StepId } from '../../config/flow';
import type { TypedFact } from './case-facts';
import type { CaseFile } from './case-schema';
import type { InvalidReason } from './migrations';

export type MemoryReason = 'unavailable' | 'quota';
export type StorageStatus = { mode: 'local' } | { mode: 'memory'; reason: MemoryReason };

export type ProgressNoticeInput =
  /** `heldHere`: storage had no room even for the kept-aside copy, so only this tab holds it until space returns. */
  | { kind: 'quarantined'; code: Code; reason: InvalidReason; quarantineKey: string; heldHere?: true }
  | { kind: 'migrated'; code: Code; from: number }
  | { kind: 'memory-only'; reason: MemoryReason }
  /** Another tab runs a newer release and saved this code's case: this tab no longer writes it. */
  | { kind: 'newer-elsewhere'; code: Code }
  /** Another tab changed the same part of a note (or the tenant) at the same time: both texts were kept. */
  | { kind: 'merged'; code: Code; field: StepId | TypedFact };

export type ProgressNotice = ProgressNoticeInput & { readonly id: string };

export interface QuarantineEntry {
  key: string;
  code: Code;
  /** When it was moved aside (ISO). */
  at: string;
}

/** The parts of `Storage` used here, so tests can pass a small fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface CaseStorageOptions {
  /** Called lazily, once. May throw (a blocked `window.localStorage` getter throws SecurityError). */
  storage: () => StorageLike | null | undefined;
  now: () => Date;
  onNotice: (notice: ProgressNoticeInput) => void;
  /** Storage took writes again after being full: what this tab held meanwhile is saved now. */
  onRecovered?: () => void;
}

export type LatestCase = { kind: 'stored'; case: CaseFile | undefined } | { kind: 'own' };

export interface CaseStorage {
  status(): StorageStatus;
  /** The stored case, migrated if old; unreadable data is kept aside (quarantined) and `undefined` returned. */
  load(code: Code): CaseFile | undefined;
  /**
   * Just before an edit: the case as stored now, which another tab may have changed since this tab's snapshot (its
   * storage event can still be on the way). `own` means this tab's copy is the one to edit: storage is out of use, a
   * newer release holds the stored case, or the stored value was unreadable (it is quarantined).
   */
  latest(code: Code): LatestCase;
  save(caseFile: CaseFile): void;
  remove(code: Code): void;
  /** Stop writing a code's case (a newer release saved it); this tab's changes stay in memory. Notifies once. */
  holdBack(code: Code): void;
  listQuarantine(): QuarantineEntry[];
  readQuarantine(key: string): string | null;
  dismissQuarantine(key: string): void;
  /** Writes are immediate; while storage is full, this retries what is held in memory. Safe to call at any time. */
  flush(): void;
}

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
