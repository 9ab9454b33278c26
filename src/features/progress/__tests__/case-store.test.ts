import { describe, expect, it, vi } from 'vitest';
import { createCase } from '../case-schema';
import { createCaseStore, type StorageEventLike } from '../case-store';
import { MemoryStorage, QuotaStorage, actionIdsOf, steppingClock, throwingGetter } from './fake-storage';

const KEY = 'unblock:case:5.7.750';
const [first = '', second = ''] = actionIdsOf('5.7.750');

function setup(area: Storage = new MemoryStorage(), storage: () => Storage = () => area) {
  let fire: (event: StorageEventLike) => void = () => undefined;
  const off = vi.fn();
  const store = createCaseStore({
    storage,
    now: steppingClock(),
    // Other tabs' writes are applied at once here; batching has its own tests.
    schedule: (run) => run(),
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
    store.setTenant('5.7.750', 'contoso.onmicrosoft.com');
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
    store.setTenant('5.7.750', 'mine');
    const before = store.getSnapshot();
    fire({ key: KEY, newValue: '{trunc', storageArea: area });
    fire({ key: KEY, newValue: '{"version":2,"code":"5.7.750","actions":[]}', storageArea: area });
    expect(store.getSnapshot()).toBe(before);
  });

  it('stops writing a case a newer release saved in another tab, keeps editing in memory, and says so once', () => {
    const { area, store, fire } = setup();
    store.setTenant('5.7.750', 'mine');
    const newer = '{"version":3,"code":"5.7.750","somethingNew":true}';
    area.setItem(KEY, newer);
    fire({ key: KEY, newValue: newer, storageArea: area });
    expect(store.getSnapshot().notices).toMatchObject([{ kind: 'newer-elsewhere', code: '5.7.750' }]);
    store.setTenant('5.7.750', 'mine, later');
    store.setNote('5.7.750', 'domains', 'typed here');
    store.resetCase('5.7.750');
    expect(area.getItem(KEY)).toBe(newer);
    expect(store.getSnapshot().cases['5.7.750']).toBeUndefined();
    expect(store.getSnapshot().notices).toHaveLength(1);
    // Other codes are saved as usual.
    store.setTenant('5.7.705', 'contoso');
    expect(area.getItem('unblock:case:5.7.705')).toContain('contoso');
  });

  it('does not overwrite a newer release’s case even when no event arrived first', () => {
    const { area, store } = setup();
    store.setTenant('5.7.750', 'mine');
    const newer = '{"version":3,"code":"5.7.750"}';
    area.setItem(KEY, newer);
    store.setTenant('5.7.750', 'mine, later');
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
    store.setTenant('5.7.750', 'mine');
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

  it('ignores other keys and other storage areas, and reloads after a clear', () => {
    const { area, store, fire } = setup();
    store.setTenant('5.7.750', 'mine');
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
    store.setTenant('5.7.750', 'only here');
    fire({ key: KEY, newValue: JSON.stringify(other) });
    expect(store.getSnapshot().cases['5.7.750']?.details.tenant).toBe('only here');
    store.dispose();
    expect(off).toHaveBeenCalled();
  });
});
