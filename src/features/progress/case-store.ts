// Every code's case plus the notices about storage, as one observable store for useSyncExternalStore.
import { isStepId, type Code, type StepId } from '../../config/flow';
import { isFactText, type TypedFact } from './case-facts';
import { createCase, type CaseFile } from './case-schema';
import { createCaseStorage, loadAll, type CaseStorage } from './case-storage';
import type { CaseStore, CaseStoreOptions, ProgressSnapshot } from './case-store-types';
import { deepFreeze, withActionState, withEvidence, withNdr, withFact, withFactTime, withNote } from './case-updates';
import { mergeText } from './merge-text';
import { parseCaseValue } from './migrations';
import type { ProgressNotice, ProgressNoticeInput, QuarantineEntry, StorageLike } from './storage-status';
import { interpretStorageEvent, type StorageEventLike } from './storage-sync';

export type { CaseStore, CaseStoreOptions, ProgressNotice, ProgressSnapshot, StorageEventLike };

/** The next frame, or a timer where there are no frames (a hidden tab): other tabs' writes are applied once per frame. */
function nextFrame(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
  setTimeout(once, 100);
}

/** Notices that say the same thing again replace the earlier one instead of stacking up (one per keystroke at worst). */
function sameSubject(a: ProgressNoticeInput, b: ProgressNoticeInput): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'quarantined':
    case 'newer-elsewhere':
    case 'migrated':
      return a.code === (b as typeof a).code;
    case 'memory-only':
      return a.reason === (b as typeof a).reason;
    case 'merged':
      return a.code === (b as typeof a).code && a.field === (b as typeof a).field;
  }
}

/** The same kept-aside entries: the list (and every row the start page renders for it) stays as it was. */
const sameEntries = (a: readonly QuarantineEntry[], b: readonly QuarantineEntry[]) =>
  a.length === b.length && a.every((entry, index) => entry.key === b[index]?.key);

export function createCaseStore(options: CaseStoreOptions): CaseStore {
  const listeners = new Set<() => void>();
  const schedule = options.schedule ?? nextFrame;
  let snapshot: ProgressSnapshot | undefined;
  let storage: CaseStorage | undefined;
  let area: StorageLike | null | undefined;
  let removeListener: (() => void) | undefined;
  let noticeCount = 0;
  let early: readonly ProgressNotice[] = [];
  /** Other tabs' writes not applied yet: the latest per key (`null`: storage was cleared). */
  const pendingEvents = new Map<string | null, StorageEventLike>();
  let eventsScheduled = false;
  /** Codes whose unreadable stored value another tab kept aside (and so removed) since this tab last wrote them. */
  const tidied = new Set<Code>();

  function publish(change: Partial<ProgressSnapshot>): void {
    for (const value of Object.values(change)) Object.freeze(value);
    snapshot = Object.freeze({ ...(snapshot as ProgressSnapshot), ...change });
    for (const listener of [...listeners]) listener();
  }

  /** The kept-aside list, unchanged (the same array) when it holds the same entries. */
  function keptAside(store: CaseStorage): readonly QuarantineEntry[] {
    const listed = store.listQuarantine();
    return snapshot && sameEntries(listed, snapshot.quarantine) ? snapshot.quarantine : listed;
  }

  function withNotice(notices: readonly ProgressNotice[], input: ProgressNoticeInput): ProgressNotice[] {
    const index = notices.findIndex((notice) => sameSubject(notice, input));
    if (index < 0) return [...notices, Object.freeze({ ...input, id: `notice-${++noticeCount}` })];
    const next = [...notices];
    next[index] = Object.freeze({ ...input, id: notices[index]?.id ?? `notice-${++noticeCount}` });
    return next;
  }

  function onNotice(input: ProgressNoticeInput): void {
    if (!snapshot || !storage) {
      early = withNotice(early, input);
      return;
    }
    publish({ notices: withNotice(snapshot.notices, input), storage: storage.status(), quarantine: keptAside(storage) });
  }

  /** Storage took writes again: the "storage is full" notice no longer holds. */
  function onRecovered(): void {
    const stale = (notice: ProgressNotice) => notice.kind === 'memory-only' && notice.reason === 'quota';
    if (!snapshot || !storage) {
      early = early.filter((notice) => !stale(notice));
      return;
    }
    publish({ notices: snapshot.notices.filter((notice) => !stale(notice)), storage: storage.status() });
  }

  function init(): { state: ProgressSnapshot; store: CaseStorage } {
    if (snapshot && storage) return { state: snapshot, store: storage };
    const created = createCaseStorage({
      storage: () => (area = options.storage()),
      now: options.now,
      onNotice,
      onRecovered,
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
    applyEvents();
    const { state, store } = init();
    const now = options.now();
    // Edit what is stored now, not this tab's snapshot: another tab may have saved a moment ago, and its storage
    // event may not have arrived yet. Writing from the snapshot would undo that tab's change.
    const latest = store.latest(code);
    // Nothing stored because another tab kept an unreadable value aside is no reset: this tab's case goes on. (Writing
    // it back when the event came could have put back a staler case than another open tab's.)
    const stored = latest.kind === 'stored' && !(latest.case === undefined && tidied.has(code)) ? latest.case : state.cases[code];
    tidied.delete(code);
    const current = stored ?? createCase(code, now);
    const next = change(current, now.toISOString());
    // Storage's copy was unreadable and has just been kept aside: put this tab's case back even when the edit changed
    // nothing, or the next edit would find no case stored and start from a blank one.
    if (next === current) {
      if (latest.kind === 'own' && state.cases[code]) store.save(current);
      return;
    }
    store.save(next);
    putCase(code, next);
  }

  /**
   * A text field's edit. `base` is the saved text the field's draft started from; if another tab saved a different
   * text since, both edits are merged rather than this one replacing the other's.
   */
  function editText(
    code: Code,
    field: StepId | TypedFact,
    text: string,
    base: string | undefined,
    read: (current: CaseFile) => string,
    write: (current: CaseFile, text: string, time: string) => CaseFile,
  ): void {
    const outcome = { clean: true };
    edit(code, (current, time) => {
      const saved = read(current);
      if (base === undefined || saved === base) return write(current, text, time);
      // Notes and paragraph facts merge by line; one-line facts by word.
      const merged = mergeText(base, text, saved, isStepId(field) || isFactText(field) ? '\n' : ' ');
      outcome.clean = merged.clean;
      return write(current, merged.text, time);
    });
    if (!outcome.clean) onNotice({ kind: 'merged', code, field });
  }

  /** Applies other tabs' writes gathered since the last frame: one publish however many events arrived. */
  function applyEvents(): void {
    eventsScheduled = false;
    if (pendingEvents.size === 0) return;
    const events = [...pendingEvents.values()];
    pendingEvents.clear();
    const { state, store } = init();
    // Memory mode: this tab's work exists only here, so another tab's write must not replace it.
    if (store.status().mode === 'memory') return;
    let cases = state.cases;
    let casesChanged = false;
    let quarantineChanged = false;
    for (const event of events) {
      const change = interpretStorageEvent(event, area, (code) => cases[code]);
      if (change.kind === 'reload-all') {
        cases = deepFreeze(loadAll(store));
        casesChanged = true;
        quarantineChanged = true;
      }
      if (change.kind === 'quarantine-changed') quarantineChanged = true;
      if (change.kind === 'newer-elsewhere') store.holdBack(change.code);
      if (change.kind === 'tidied-elsewhere') tidied.add(change.code);
      if (change.kind === 'case') tidied.delete(change.code);
      if (change.kind === 'case') {
        const next = { ...cases };
        if (change.case) next[change.code] = deepFreeze(change.case);
        else Reflect.deleteProperty(next, change.code);
        cases = next;
        casesChanged = true;
      }
    }
    const quarantine = quarantineChanged ? keptAside(store) : state.quarantine;
    if (casesChanged || quarantine !== state.quarantine) {
      publish({ ...(casesChanged ? { cases } : {}), ...(quarantine !== state.quarantine ? { quarantine } : {}) });
    }
  }

  function onStorageEvent(event: StorageEventLike): void {
    // Events from sessionStorage are not ours; a clear of ours makes every earlier event moot.
    if (event.storageArea != null && area != null && event.storageArea !== area) return;
    if (event.key === null) pendingEvents.clear();
    pendingEvents.delete(event.key);
    pendingEvents.set(event.key, event);
    if (eventsScheduled) return;
    eventsScheduled = true;
    schedule(applyEvents);
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
    setNote: (code, step, text, base) =>
      editText(
        code,
        step,
        text,
        base,
        (current) => current.notes[step]?.text ?? '',
        (current, merged, time) => withNote(current, step, merged, time),
      ),
    setFact: (code, field, text, base) =>
      editText(
        code,
        field,
        text,
        base,
        (current) => current.details[field] ?? '',
        (current, merged, time) => withFact(current, field, merged, time),
      ),
    setFactTime: (code, field, at) => edit(code, (current, time) => withFactTime(current, field, at, time)),
    setNdr: (code, ndr) => edit(code, (current, time) => withNdr(current, ndr, time)),
    setEvidence: (code, change) => edit(code, (current, time) => withEvidence(current, change, time)),
    resetCase(code) {
      applyEvents();
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
      publish({ quarantine: keptAside(store) });
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
