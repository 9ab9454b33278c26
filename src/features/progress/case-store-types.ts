// The shape of the progress store, for components, hooks and tests.
import type { Code, StepId } from '../../config/flow';
import type { FactTime, TypedFact } from './case-facts';
import type { ActionStateValue, CaseFile, NdrDetails } from './case-schema';
import type { StoredEvidence } from './stored-evidence';
import type { ProgressNotice, QuarantineEntry, StorageLike, StorageStatus } from './storage-status';
import type { StorageEventLike } from './storage-sync';

export interface ProgressSnapshot {
  /** Saved cases only; a code without progress has no entry. */
  readonly cases: Readonly<Partial<Record<Code, CaseFile>>>;
  readonly notices: readonly ProgressNotice[];
  /** Unreadable stored cases kept aside, newest first. */
  readonly quarantine: readonly QuarantineEntry[];
  readonly storage: StorageStatus;
}

export interface CaseStoreOptions {
  storage: () => StorageLike | null | undefined;
  now: () => Date;
  /** Subscribes to the window's `storage` event; may return an unsubscribe function. */
  addEventListener?: (type: 'storage', listener: (event: StorageEventLike) => void) => (() => void) | undefined;
  /** Runs other tabs' gathered writes later (default: the next frame), so a burst of them costs one update. */
  schedule?: (run: () => void) => void;
}

export interface CaseStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ProgressSnapshot;
  setActionState(code: Code, actionId: string, state: ActionStateValue, reason?: string): void;
  /** `base`: the saved text the edit started from; another tab's change since then is merged in, not overwritten. */
  setNote(code: Code, step: StepId, text: string, base?: string): void;
  /** A fact typed as text (see case-facts); `base` as for notes. */
  setFact(code: Code, field: TypedFact, text: string, base?: string): void;
  /** A time on the case's timeline; `undefined` clears it. */
  setFactTime(code: Code, field: FactTime, at: string | undefined): void;
  setNdr(code: Code, ndr: NdrDetails | undefined): void;
  /** Changes what the cause-finding tools keep (they check it: see tools/update-evidence). */
  setEvidence(code: Code, change: (evidence: StoredEvidence | undefined, time: string) => StoredEvidence | undefined): void;
  resetCase(code: Code): void;
  /** Replaces the case of `caseFile.code`. Returns false (and changes nothing) if the case does not validate. */
  importCase(caseFile: CaseFile): boolean;
  dismissNotice(id: string): void;
  readQuarantined(key: string): string | null;
  discardQuarantined(key: string): void;
  flush(): void;
  dispose(): void;
}
