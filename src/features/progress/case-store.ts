// Every code's case plus the notices about storage, as one observable store for useSyncExternalStore.
import type { Code } from '../../config/flow';
import { createCase, type CaseFile } from './case-schema';
import { createCaseStorage, loadAll, type CaseStorage } from './case-storage';
import type { CaseStore, CaseStoreOptions, ProgressSnapshot } from './case-store-types';
import { deepFreeze, withActionState, withNdr, withNote, withTenant } from './case-updates';
import { parseCaseValue } from './migrations';
import type { ProgressNotice, ProgressNoticeInput, StorageLike } from './storage-status';
import { interpretStorageEvent, type StorageEventLike } from './storage-sync';

export type { CaseStore, CaseStoreOptions, ProgressNotice, ProgressSnapshot, StorageEventLike };

export function createCaseStore(options: CaseStoreOptions): CaseStore {
  const listeners = new Set<() => void>();
  let snapshot: ProgressSnapshot | undefined;
  let storage: CaseStorage | undefined;
  let area: StorageLike | null | undefined;
  let removeListener: (() => void) | undefined;
  let noticeCount = 0;
  const early: ProgressNotice[] = [];

  function publish(change: Partial<ProgressSnapshot>): void {
    for (const value of Object.values(change)) Object.freeze(value);
    snapshot = Object.freeze({ ...(snapshot as ProgressSnapshot), ...change });
    for (const listener of [...listeners]) listener();
  }

  function onNotice(input: ProgressNoticeInput): void {
    const notice: ProgressNotice = Object.freeze({ ...input, id: `notice-${++noticeCount}` });
    if (!snapshot || !storage) {
      early.push(notice);
      return;
    }
    publish({ notices: [...snapshot.notices, notice], storage: storage.status(), quarantine: storage.listQuarantine() });
  }

  function init(): { state: ProgressSnapshot; store: CaseStorage } {
    if (snapshot && storage) return { state: snapshot, store: storage };
    const created = createCaseStorage({
      storage: () => (area = options.storage()),
      now: options.now,
      onNotice,
    });
    const cases = deepFreeze(loadAll(created));
    storage = created;
    snapshot = Object.freeze({
      cases,
      notices: Object.freeze([...early]),
      quarantine: Object.freeze(created.listQuarantine()),
      storage: Object.freeze(created.status()),
    });
    removeListener = options.addEventListener?.('storage', onStorageEvent);
    return { state: snapshot, store: created };
  }

  function putCase(code: Code, next: CaseFile | undefined): void {
    const cases = { ...init().state.cases };
    if (next) cases[code] = deepFreeze(next);
    else Reflect.deleteProperty(cases, code);
    publish({ cases: Object.freeze(cases) });
  }

  function edit(code: Code, change: (current: CaseFile, time: string) => CaseFile): void {
    const { state, store } = init();
    const now = options.now();
    // Edit what is stored now, not this tab's snapshot: another tab may have saved a moment ago, and its storage
    // event may not have arrived yet. Writing from the snapshot would undo that tab's change.
    const latest = store.latest(code);
    const current = (latest.kind === 'stored' ? latest.case : state.cases[code]) ?? createCase(code, now);
    const next = change(current, now.toISOString());
    if (next === current) return;
    store.save(next);
    putCase(code, next);
  }

  function onStorageEvent(event: StorageEventLike): void {
    const { state, store } = init();
    // Memory mode: this tab's work exists only here, so another tab's write must not replace it.
    if (store.status().mode === 'memory') return;
    const change = interpretStorageEvent(event, area, (code) => state.cases[code]);
    if (change.kind === 'reload-all') publish({ cases: deepFreeze(loadAll(store)), quarantine: store.listQuarantine() });
    if (change.kind === 'quarantine-changed') publish({ quarantine: store.listQuarantine() });
    if (change.kind === 'case') putCase(change.code, change.case);
    if (change.kind === 'newer-elsewhere') store.holdBack(change.code);
  }

  return {
    subscribe(listener) {
      init();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => init().state,
    setActionState: (code, actionId, state, reason) =>
      edit(code, (current, time) => withActionState(current, actionId, state, reason, time)),
    setNote: (code, step, text) => edit(code, (current, time) => withNote(current, step, text, time)),
    setTenant: (code, tenant) => edit(code, (current, time) => withTenant(current, tenant, time)),
    setNdr: (code, ndr) => edit(code, (current, time) => withNdr(current, ndr, time)),
    resetCase(code) {
      init().store.remove(code);
      if (snapshot?.cases[code]) putCase(code, undefined);
    },
    importCase(caseFile) {
      const parsed = parseCaseValue(JSON.parse(JSON.stringify(caseFile)));
      if (!parsed.ok) return false;
      init().store.save(parsed.case);
      putCase(parsed.case.code, parsed.case);
      return true;
    },
    dismissNotice(id) {
      const { state } = init();
      if (state.notices.some((notice) => notice.id === id)) {
        publish({ notices: state.notices.filter((notice) => notice.id !== id) });
      }
    },
    readQuarantined: (key) => init().store.readQuarantine(key),
    discardQuarantined(key) {
      const { store } = init();
      store.dismissQuarantine(key);
      publish({ quarantine: store.listQuarantine() });
    },
    flush: () => storage?.flush(),
    dispose() {
      removeListener?.();
      listeners.clear();
    },
  };
}

/** The app's store. Nothing touches localStorage until the first read or write. */
export const caseStore: CaseStore = createCaseStore({
  storage: () => window.localStorage,
  now: () => new Date(),
  addEventListener: (type, listener) => {
    window.addEventListener(type, listener);
    return () => window.removeEventListener(type, listener);
  },
});
