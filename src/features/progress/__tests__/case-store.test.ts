import { describe, expect, it, vi } from 'vitest';
import { createCase } from '../case-schema';
import { createCaseStore, type StorageEventLike } from '../case-store';
import { LimitedStorage, MemoryStorage, QuotaStorage, actionIdsOf, steppingClock, throwingGetter } from './fake-storage';

const KEY = 'unblock:case:5.7.750';
const [first = '', second = ''] = actionIdsOf('5.7.750');

/** Other tabs' writes are applied at once unless `schedule` is given (batching has its own tests). */
function setup(area: Storage = new MemoryStorage(), storage: () => Storage = () => area, schedule = (run: () => void) => run()) {
  let fire: (event: StorageEventLike) => void = () => undefined;
  const off = vi.fn();
  const store = createCaseStore({
    storage,
    now: steppingClock(),
    schedule,
    addEventListener: (_type, listener) => {
      fire = listener;
      return off;
    },
  });
  return { area, store, fire: (event: StorageEventLike) => fire(event), off };
}

describe('createCaseStore', () => {
  it('touches no storage until first used', () => {
    const storage = vi.fn(() => new MemoryStorage());
    const { store } = setup(undefined, storage);
    expect(storage).not.toHaveBeenCalled();
    store.getSnapshot();
    expect(storage).toHaveBeenCalledTimes(1);
  });

  it('saves each change at once, with the clock on the item and the case', () => {
    const { area, store } = setup();
    store.setActionState('5.7.750', first, 'done');
    store.setActionState('5.7.750', second, 'not-applicable', 'No on-premises servers');
    store.setNote('5.7.750', 'servers', 'Relay closed on EX01');
    store.setFact('5.7.750', 'tenant', 'contoso.onmicrosoft.com');
    const saved = store.getSnapshot().cases['5.7.750'];
    expect(saved).toMatchObject({
      createdAt: '2025-01-31T09:00:00.000Z',
      updatedAt: '2025-01-31T09:03:00.000Z',
      details: { tenant: 'contoso.onmicrosoft.com' },
      actions: {
        [first]: { state: 'done', changedAt: '2025-01-31T09:00:00.000Z' },
        [second]: { state: 'not-applicable', changedAt: '2025-01-31T09:01:00.000Z', reason: 'No on-premises servers' },
      },
      notes: { servers: { text: 'Relay closed on EX01', changedAt: '2025-01-31T09:02:00.000Z' } },
    });
    expect(JSON.parse(area.getItem(KEY) ?? '')).toEqual(saved);
  });

  it('keeps snapshots stable and frozen between changes', () => {
    const { store } = setup();
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);
    store.setNote('5.7.750', 'about', 'a');
    const after = store.getSnapshot();
    expect(after).not.toBe(before);
    expect(listener).toHaveBeenCalledTimes(1);
    store.setNote('5.7.750', 'about', 'a');
    expect(store.getSnapshot()).toBe(after);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(Object.isFrozen(after)).toBe(true);
    expect(Object.isFrozen(after.cases['5.7.750']?.notes.about)).toBe(true);
    store.setNote('5.7.705', 'about', 'b');
    expect(store.getSnapshot().cases['5.7.750']).toBe(after.cases['5.7.750']);
  });

  it('ignores unknown action ids, bounds text and removes emptied notes', () => {
    const { store } = setup();
    store.setActionState('5.7.750', 'no-such-action', 'done');
    expect(store.getSnapshot().cases['5.7.750']).toBeUndefined();
    store.setNote('5.7.750', 'domains', 'x'.repeat(30_000));
    expect(store.getSnapshot().cases['5.7.750']?.notes.domains?.text).toHaveLength(20_000);
    store.setNote('5.7.750', 'domains', '');
    expect(store.getSnapshot().cases['5.7.750']?.notes).toEqual({});
    store.setActionState('5.7.750', first, 'not-applicable', 'r'.repeat(2_000));
    store.setActionState('5.7.750', first, 'done', 'ignored');
    expect(store.getSnapshot().cases['5.7.750']?.actions[first]).toMatchObject({ state: 'done' });
    expect(store.getSnapshot().cases['5.7.750']?.actions[first]).not.toHaveProperty('reason');
  });

  it('stores and forgets NDR details, and resets a case', () => {
    const { area, store } = setup();
    store.setNdr('5.7.750', { allCodes: ['5.7.750'], recipients: ['a@fabrikam.com'], source: 'paste' });
    expect(store.getSnapshot().cases['5.7.750']?.ndr?.recipients).toEqual(['a@fabrikam.com']);
    store.setNdr('5.7.750', undefined);
    expect(store.getSnapshot().cases['5.7.750']).not.toHaveProperty('ndr');
    store.resetCase('5.7.750');
    expect(store.getSnapshot().cases).toEqual({});
    expect(area.getItem(KEY)).toBeNull();
  });

  it('imports a case, replacing the code', () => {
    const { area, store } = setup();
    const imported = { ...createCase('5.7.750', new Date(0)), details: { tenant: 'fabrikam' } };
    expect(store.importCase(imported)).toBe(true);
    expect(store.getSnapshot().cases['5.7.750']).toEqual(imported);
    expect(area.getItem(KEY)).toBe(JSON.stringify(imported));
    expect(store.importCase({ ...imported, createdAt: 'bad' })).toBe(false);
  });

  it('shows quarantine and migration notices and lets them be dismissed', () => {
    const area = new MemoryStorage();
    area.setItem(KEY, '{oops');
    area.setItem('unblock:case:5.7.705', JSON.stringify({ version: 1, code: '5.7.705', updatedAt: 0, done: [] }));
    const { store } = setup(area);
    const { notices, quarantine } = store.getSnapshot();
    expect(notices.map((notice) => notice.kind)).toEqual(['migrated', 'quarantined']);
    expect(quarantine).toHaveLength(1);
    const key = quarantine[0]?.key ?? '';
    expect(store.readQuarantined(key)).toBe('{oops');
    store.dismissNotice(notices[0]?.id ?? '');
    expect(store.getSnapshot().notices.map((notice) => notice.kind)).toEqual(['quarantined']);
    store.discardQuarantined(key);
    expect(store.getSnapshot().quarantine).toEqual([]);
  });

  it('keeps working in memory when storage is blocked or full', () => {
    const blocked = setup(undefined, throwingGetter).store;
    blocked.setNote('5.7.750', 'about', 'kept');
    expect(blocked.getSnapshot().cases['5.7.750']?.notes.about?.text).toBe('kept');
    expect(blocked.getSnapshot().storage).toEqual({ mode: 'memory', reason: 'unavailable' });

    const full = setup(new QuotaStorage()).store;
    full.setNote('5.7.750', 'about', 'kept');
    full.setNote('5.7.750', 'about', 'kept too');
    const snapshot = full.getSnapshot();
    expect(snapshot.cases['5.7.750']?.notes.about?.text).toBe('kept too');
    expect(snapshot.storage).toEqual({ mode: 'memory', reason: 'quota' });
    expect(snapshot.notices).toMatchObject([{ kind: 'memory-only', reason: 'quota' }]);
  });
});

describe('cross-tab sync', () => {
  const other = { ...createCase('5.7.750', new Date(0)), details: { tenant: 'from-the-other-tab' } };

  it('shows another tab’s change without reload', () => {
    const { area, store, fire } = setup();
    store.getSnapshot();
    const listener = vi.fn();
    store.subscribe(listener);
    fire({ key: KEY, newValue: JSON.stringify(other), storageArea: area });
    expect(store.getSnapshot().cases['5.7.750']).toEqual(other);
    expect(listener).toHaveBeenCalledTimes(1);
    fire({ key: KEY, newValue: JSON.stringify(other), storageArea: area });
    expect(listener).toHaveBeenCalledTimes(1);
    fire({ key: KEY, newValue: null, storageArea: area });
    expect(store.getSnapshot().cases['5.7.750']).toBeUndefined();
  });

  it('keeps its own case when the other tab wrote something unreadable', () => {
    const { area, store, fire } = setup();
    store.setFact('5.7.750', 'tenant', 'mine');
    const before = store.getSnapshot();
    fire({ key: KEY, newValue: '{trunc', storageArea: area });
    fire({ key: KEY, newValue: '{"version":2,"code":"5.7.750","actions":[]}', storageArea: area });
    expect(store.getSnapshot()).toBe(before);
  });

  it('stops writing a case a newer release saved in another tab, keeps editing in memory, and says so once', () => {
    const { area, store, fire } = setup();
    store.setFact('5.7.750', 'tenant', 'mine');
    const newer = '{"version":4,"code":"5.7.750","somethingNew":true}';
    area.setItem(KEY, newer);
    fire({ key: KEY, newValue: newer, storageArea: area });
    expect(store.getSnapshot().notices).toMatchObject([{ kind: 'newer-elsewhere', code: '5.7.750' }]);
    store.setFact('5.7.750', 'tenant', 'mine, later');
    store.setNote('5.7.750', 'domains', 'typed here');
    store.resetCase('5.7.750');
    expect(area.getItem(KEY)).toBe(newer);
    expect(store.getSnapshot().cases['5.7.750']).toBeUndefined();
    expect(store.getSnapshot().notices).toHaveLength(1);
    // Other codes are saved as usual.
    store.setFact('5.7.705', 'tenant', 'contoso');
    expect(area.getItem('unblock:case:5.7.705')).toContain('contoso');
  });

  it('does not overwrite a newer release’s case even when no event arrived first', () => {
    const { area, store } = setup();
    store.setFact('5.7.750', 'tenant', 'mine');
    const newer = '{"version":4,"code":"5.7.750"}';
    area.setItem(KEY, newer);
    store.setFact('5.7.750', 'tenant', 'mine, later');
    expect(area.getItem(KEY)).toBe(newer);
    expect(store.getSnapshot().cases['5.7.750']?.details.tenant).toBe('mine, later');
    expect(store.getSnapshot().notices).toMatchObject([{ kind: 'newer-elsewhere', code: '5.7.750' }]);
  });

  it('edits what is stored now, so a change from another tab whose event has not arrived is kept', () => {
    const area = new MemoryStorage();
    const here = setup(area);
    const there = setup(area);
    here.store.getSnapshot();
    there.store.setActionState('5.7.750', first, 'done');
    there.store.setNote('5.7.750', 'domains', 'written there');
    // No event delivered: this tab's snapshot is stale when it edits.
    here.store.setActionState('5.7.750', second, 'done');
    here.store.setNote('5.7.750', 'servers', 'written here');
    const stored = JSON.parse(area.getItem(KEY) ?? '') as unknown;
    expect(stored).toMatchObject({
      actions: { [first]: { state: 'done' }, [second]: { state: 'done' } },
      notes: { domains: { text: 'written there' }, servers: { text: 'written here' } },
    });
    expect(here.store.getSnapshot().cases['5.7.750']).toEqual(stored);
  });

  it('starts afresh after a reset in another tab, and keeps its own case when the stored one is unreadable', () => {
    const area = new MemoryStorage();
    const { store } = setup(area);
    store.setFact('5.7.750', 'tenant', 'mine');
    area.removeItem(KEY);
    store.setNote('5.7.750', 'about', 'after the reset');
    expect(store.getSnapshot().cases['5.7.750']).toMatchObject({ details: { tenant: '' }, notes: { about: {} } });
    area.setItem(KEY, '{trunc');
    store.setNote('5.7.750', 'about', 'after the reset, more');
    expect(store.getSnapshot().cases['5.7.750']?.notes.about?.text).toBe('after the reset, more');
    expect(JSON.parse(area.getItem(KEY) ?? '')).toEqual(store.getSnapshot().cases['5.7.750']);
    expect(store.getSnapshot().quarantine.map((entry) => area.getItem(entry.key))).toEqual(['{trunc']);
    expect(store.getSnapshot().notices).toMatchObject([{ kind: 'quarantined', code: '5.7.750', reason: 'corrupt-json' }]);
  });

  it('keeps its own case when an edit that changes nothing found the stored one unreadable first', () => {
    const area = new MemoryStorage();
    const { store } = setup(area);
    store.setActionState('5.7.750', first, 'done');
    area.setItem(KEY, '{trunc');
    // A field flushed on blur with the text it already had: the unreadable value is kept aside, nothing new to save.
    store.setFact('5.7.750', 'tenant', '', '');
    store.setActionState('5.7.750', second, 'done');
    const kept = store.getSnapshot().cases['5.7.750'];
    expect(kept?.actions[first]?.state).toBe('done');
    expect(kept?.actions[second]?.state).toBe('done');
    expect(JSON.parse(area.getItem(KEY) ?? '')).toEqual(kept);
  });

  it('keeps its case, and stores it with the next edit, when another tab kept the unreadable stored value aside', () => {
    const { area, store, fire } = setup();
    store.setActionState('5.7.750', first, 'done');
    const own = area.getItem(KEY);
    expect(own).not.toBeNull();
    const unreadable = '{"version":2,"code":"5.7.750","createdAt":"2026-11-20T09:00:00+05"}';
    area.setItem(KEY, unreadable);
    fire({ key: KEY, oldValue: own, newValue: unreadable, storageArea: area });
    // A tab opening now reads the unreadable value, keeps it aside and removes it: not a reset of the case.
    area.setItem('unblock:quarantine:5.7.750:2026-11-20T09:00:00.000Z', unreadable);
    fire({ key: 'unblock:quarantine:5.7.750:2026-11-20T09:00:00.000Z', oldValue: null, newValue: unreadable, storageArea: area });
    area.removeItem(KEY);
    fire({ key: KEY, oldValue: unreadable, newValue: null, storageArea: area });
    expect(store.getSnapshot().cases['5.7.750']?.actions[first]?.state).toBe('done');
    store.setActionState('5.7.750', second, 'done');
    expect(store.getSnapshot().cases['5.7.750']?.actions[first]?.state).toBe('done');
    expect(JSON.parse(area.getItem(KEY) ?? '')).toEqual(store.getSnapshot().cases['5.7.750']);
    // A reset elsewhere (a readable case removed) still starts this tab afresh.
    const saved = area.getItem(KEY);
    area.removeItem(KEY);
    fire({ key: KEY, oldValue: saved, newValue: null, storageArea: area });
    expect(store.getSnapshot().cases['5.7.750']).toBeUndefined();
  });

  it('ignores other keys and other storage areas, and reloads after a clear', () => {
    const { area, store, fire } = setup();
    store.setFact('5.7.750', 'tenant', 'mine');
    const before = store.getSnapshot();
    fire({ key: 'unblock:language', newValue: 'ja', storageArea: area });
    fire({ key: KEY, newValue: JSON.stringify(other), storageArea: new MemoryStorage() });
    expect(store.getSnapshot()).toBe(before);
    area.clear();
    fire({ key: null, newValue: null, storageArea: area });
    expect(store.getSnapshot().cases).toEqual({});
  });

  it('ignores other tabs while working in memory, and unsubscribes on dispose', () => {
    const { store, fire, off } = setup(new QuotaStorage());
    store.setFact('5.7.750', 'tenant', 'only here');
    fire({ key: KEY, newValue: JSON.stringify(other) });
    expect(store.getSnapshot().cases['5.7.750']?.details.tenant).toBe('only here');
    store.dispose();
    expect(off).toHaveBeenCalled();
  });
});

describe('storage that was full', () => {
  it('saves again once space is freed, and the "storage is full" notice goes away', () => {
    const area = new LimitedStorage(3_000);
    area.setItem('filler', 'f'.repeat(2_900));
    const { store } = setup(area);
    store.setNote('5.7.750', 'about', 'typed while full');
    expect(store.getSnapshot().notices).toMatchObject([{ kind: 'memory-only', reason: 'quota' }]);
    expect(area.getItem(KEY)).toBeNull();
    area.removeItem('filler');
    store.setNote('5.7.750', 'about', 'typed while full, and after');
    expect(JSON.parse(area.getItem(KEY) ?? '')).toMatchObject({ notes: { about: { text: 'typed while full, and after' } } });
    expect(store.getSnapshot().notices).toEqual([]);
    expect(store.getSnapshot().storage).toEqual({ mode: 'local' });
  });

  it('shows one notice per code however often unreadable data is kept aside', () => {
    const { area, store } = setup();
    store.setFact('5.7.750', 'tenant', 'mine');
    for (let keystroke = 0; keystroke < 60; keystroke += 1) {
      area.setItem(KEY, `{"version":2,"junk":${String(keystroke)}`);
      store.setNote('5.7.750', 'about', `typed ${String(keystroke)}`);
    }
    expect(store.getSnapshot().notices).toMatchObject([{ kind: 'quarantined', code: '5.7.750' }]);
    expect(store.getSnapshot().cases['5.7.750']?.notes.about?.text).toBe('typed 59');
  });
});

describe('two tabs typing in one field', () => {
  it('merges an edit made on a text another tab has changed since', () => {
    const area = new MemoryStorage();
    const alice = setup(area).store;
    const bob = setup(area).store;
    alice.setNote('5.7.750', 'domains', 'Alice: removed relay connector. ');
    // Bob's field started from Alice's text and added his sentence.
    bob.setNote('5.7.750', 'domains', 'Alice: removed relay connector. Bob: added fabrikam.com. ', 'Alice: removed relay connector. ');
    // Alice types on from her draft, which has not heard of Bob's sentence yet.
    alice.setNote('5.7.750', 'domains', 'Alice: removed relay connector. Alice again.', 'Alice: removed relay connector. ');
    const text = alice.getSnapshot().cases['5.7.750']?.notes.domains?.text;
    expect(text).toBe('Alice: removed relay connector. Bob: added fabrikam.com. Alice again.');
    expect(JSON.parse(area.getItem(KEY) ?? '')).toMatchObject({ notes: { domains: { text } } });
    expect(alice.getSnapshot().notices).toEqual([]);
  });

  it('merges two tabs\' edits of a fact: a paragraph by line, a one-line fact by word, and names the fact when both changed one place', () => {
    const area = new MemoryStorage();
    const here = setup(area).store;
    const there = setup(area).store;
    here.setFact('5.7.750', 'changes', 'Closed the relay.');
    there.setFact('5.7.750', 'changes', 'Closed the relay.\nRemoved Relay-2.', 'Closed the relay.');
    here.setFact('5.7.750', 'changes', 'Closed the relay on mail01.', 'Closed the relay.');
    expect(here.getSnapshot().cases['5.7.750']?.details.changes).toBe('Closed the relay on mail01.\nRemoved Relay-2.');
    here.setFact('5.7.750', 'requestNumber', '2611');
    there.setFact('5.7.750', 'requestNumber', '2612', '2611');
    here.setFact('5.7.750', 'requestNumber', '2613', '2611');
    expect(here.getSnapshot().notices).toMatchObject([{ kind: 'merged', code: '5.7.750', field: 'requestNumber' }]);
    here.setFactTime('5.7.750', 'fixedAt', '2026-11-25T20:00:00.000Z');
    expect(JSON.parse(area.getItem(KEY) ?? '')).toMatchObject({ details: { fixedAt: '2026-11-25T20:00:00.000Z' } });
  });

  it('keeps both texts when both changed the same place, and says so', () => {
    const area = new MemoryStorage();
    const here = setup(area).store;
    const there = setup(area).store;
    here.setFact('5.7.750', 'tenant', 'contoso');
    there.setFact('5.7.750', 'tenant', 'fabrikam', 'contoso');
    here.setFact('5.7.750', 'tenant', 'contoso.onmicrosoft.com', 'contoso');
    // Separate edits (a word replaced there, text added after it here) are both applied.
    expect(here.getSnapshot().cases['5.7.750']?.details.tenant).toBe('fabrikam.onmicrosoft.com');
    expect(here.getSnapshot().notices).toEqual([]);
    there.setFact('5.7.750', 'tenant', 'northwind.com', 'fabrikam.onmicrosoft.com');
    here.setFact('5.7.750', 'tenant', 'fabrikam.mail.onmicrosoft.com', 'fabrikam.onmicrosoft.com');
    expect(here.getSnapshot().cases['5.7.750']?.details.tenant).toBe('northwind.com mail.');
    expect(here.getSnapshot().notices).toMatchObject([{ kind: 'merged', code: '5.7.750', field: 'tenant' }]);
    here.setNote('5.7.750', 'servers', 'EX01 closed');
    there.setNote('5.7.750', 'servers', 'EX02 closed', 'EX01 closed');
    here.setNote('5.7.750', 'servers', 'EX03 closed', 'EX01 closed');
    expect(here.getSnapshot().cases['5.7.750']?.notes.servers?.text).toBe('EX02 closed\n3');
    expect(here.getSnapshot().notices).toMatchObject([
      { kind: 'merged', field: 'tenant' },
      { kind: 'merged', code: '5.7.750', field: 'servers' },
    ]);
  });
});

describe('bursts of writes from another tab', () => {
  /** Counts walks over every key, which is what listing kept-aside data costs. */
  class CountingStorage extends MemoryStorage {
    walks = 0;
    override key(index: number): string | null {
      if (index === 0) this.walks += 1;
      return super.key(index);
    }
  }

  it('are applied once per frame: one update and one listing of kept-aside data, however many arrive', () => {
    const area = new CountingStorage();
    for (let kept = 0; kept < 50; kept += 1) area.setItem(`unblock:quarantine:5.7.705:2024-01-01T00:00:${String(kept).padStart(2, '0')}.000Z`, 'x');
    const frames: (() => void)[] = [];
    const { store, fire } = setup(area, () => area, (run) => frames.push(run));
    const listener = vi.fn();
    store.subscribe(listener);
    const walksBefore = area.walks;
    const keptBefore = store.getSnapshot().quarantine;
    const parse = vi.spyOn(JSON, 'parse');
    for (let write = 0; write < 1000; write += 1) {
      const value = JSON.stringify({ ...createCase('5.7.750', new Date(0)), details: { tenant: `tenant ${String(write)}` } });
      fire({ key: KEY, newValue: value, storageArea: area });
      fire({ key: `unblock:quarantine:5.7.705:2025-01-31T09:00:${String(write % 60).padStart(2, '0')}.000Z`, newValue: 'x', storageArea: area });
    }
    expect(frames).toHaveLength(1);
    expect(listener).not.toHaveBeenCalled();
    frames[0]?.();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().cases['5.7.750']?.details.tenant).toBe('tenant 999');
    expect(area.walks - walksBefore).toBe(1);
    // The kept-aside entries did not change: the start page's list is not rendered again.
    expect(store.getSnapshot().quarantine).toBe(keptBefore);
    // Only the last value of the key was read.
    expect(parse).toHaveBeenCalledTimes(1);
    // The next burst gets the next frame.
    fire({ key: KEY, newValue: null, storageArea: area });
    expect(frames).toHaveLength(2);
    frames[1]?.();
    expect(store.getSnapshot().cases['5.7.750']).toBeUndefined();
  });

  it('are applied before this tab edits, so an edit never works on a stale case', () => {
    const area = new MemoryStorage();
    const frames: (() => void)[] = [];
    const { store, fire } = setup(area, () => area, (run) => frames.push(run));
    store.setFact('5.7.705', 'tenant', 'contoso');
    const other = JSON.stringify({ ...createCase('5.7.750', new Date(0)), details: { tenant: 'from the other tab' } });
    area.setItem(KEY, other);
    fire({ key: KEY, newValue: other, storageArea: area });
    store.setFact('5.7.705', 'tenant', 'contoso.onmicrosoft.com');
    expect(store.getSnapshot().cases['5.7.750']?.details.tenant).toBe('from the other tab');
  });
});

describe('typing cost', () => {
  it('parses nothing per keystroke while storage holds what this tab wrote', () => {
    const { store } = setup();
    store.setNote('5.7.750', 'domains', 'a');
    const parse = vi.spyOn(JSON, 'parse');
    const stringify = vi.spyOn(JSON, 'stringify');
    for (const text of ['ab', 'abc', 'abcd', 'abcde']) store.setNote('5.7.750', 'domains', text, text.slice(0, -1));
    expect(parse).not.toHaveBeenCalled();
    // One serialisation per keystroke: the write itself.
    expect(stringify).toHaveBeenCalledTimes(4);
  });
});
