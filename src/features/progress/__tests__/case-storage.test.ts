import { describe, expect, it, vi } from 'vitest';
import { createCase } from '../case-schema';
import { createCaseStorage, loadAll } from '../case-storage';
import type { ProgressNoticeInput } from '../storage-status';
import { LimitedStorage, MemoryStorage, QuotaStorage, ThrowingStorage, actionIdsOf, throwingGetter } from './fake-storage';

const at = new Date('2025-01-31T09:00:00.000Z');
const CASE_KEY = 'unblock:case:5.7.750';
const Q_KEY = 'unblock:quarantine:5.7.750:2025-01-31T09:00:00.000Z';

function setup(storage: () => Storage | null) {
  const notices: ProgressNoticeInput[] = [];
  const store = createCaseStorage({ storage, now: () => at, onNotice: (notice) => notices.push(notice) });
  return { store, notices };
}

describe('createCaseStorage', () => {
  it('saves under unblock:case:{code} and loads it again', () => {
    const area = new MemoryStorage();
    const { store, notices } = setup(() => area);
    const saved = createCase('5.7.750', at);
    store.save(saved);
    expect(area.keys()).toEqual([CASE_KEY]);
    expect(store.load('5.7.750')).toEqual(saved);
    expect(store.load('5.7.705')).toBeUndefined();
    expect(store.status()).toEqual({ mode: 'local' });
    expect(notices).toEqual([]);
  });

  it('moves corrupt data aside, starts clean and lets it be read and dismissed', () => {
    const area = new MemoryStorage();
    area.setItem(CASE_KEY, '{"version":2,"co');
    const { store, notices } = setup(() => area);
    expect(store.load('5.7.750')).toBeUndefined();
    expect(area.getItem(CASE_KEY)).toBeNull();
    expect(area.getItem(Q_KEY)).toBe('{"version":2,"co');
    expect(notices).toEqual([{ kind: 'quarantined', code: '5.7.750', reason: 'corrupt-json', quarantineKey: Q_KEY }]);
    expect(store.listQuarantine()).toEqual([{ key: Q_KEY, code: '5.7.750', at: '2025-01-31T09:00:00.000Z' }]);
    expect(store.readQuarantine(Q_KEY)).toBe('{"version":2,"co');
    expect(store.readQuarantine(CASE_KEY)).toBeNull();
    store.dismissQuarantine(Q_KEY);
    expect(store.listQuarantine()).toEqual([]);
    expect(area.getItem(Q_KEY)).toBeNull();
  });

  it('never overwrites an earlier quarantined item', () => {
    const area = new MemoryStorage();
    area.setItem(Q_KEY, 'first');
    area.setItem(CASE_KEY, '{"version":9}');
    const { store, notices } = setup(() => area);
    store.load('5.7.750');
    expect(area.getItem(Q_KEY)).toBe('first');
    expect(notices[0]).toMatchObject({ reason: 'future-version', quarantineKey: 'unblock:quarantine:5.7.750:2025-01-31T09:00:00.001Z' });
    expect(store.listQuarantine().map((entry) => entry.key)).toEqual([
      'unblock:quarantine:5.7.750:2025-01-31T09:00:00.001Z',
      Q_KEY,
    ]);
  });

  it('migrates version 1, writes the result back and says so', () => {
    const area = new MemoryStorage();
    const [done = ''] = actionIdsOf('5.7.705');
    area.setItem('unblock:case:5.7.705', JSON.stringify({ version: 1, code: '5.7.705', updatedAt: 0, done: [done] }));
    const { store, notices } = setup(() => area);
    const cases = loadAll(store);
    expect(cases['5.7.705']?.actions[done]?.state).toBe('done');
    expect(JSON.parse(area.getItem('unblock:case:5.7.705') ?? '')).toMatchObject({ version: 3 });
    expect(notices).toEqual([{ kind: 'migrated', code: '5.7.705', from: 1 }]);
  });

  it('works in memory when the localStorage getter throws', () => {
    const { store, notices } = setup(throwingGetter);
    expect(store.load('5.7.750')).toBeUndefined();
    const saved = createCase('5.7.750', at);
    store.save(saved);
    expect(store.load('5.7.750')).toEqual(saved);
    expect(store.status()).toEqual({ mode: 'memory', reason: 'unavailable' });
    expect(notices).toEqual([{ kind: 'memory-only', reason: 'unavailable' }]);
    expect(store.listQuarantine()).toEqual([]);
  });

  it('works in memory when getItem throws', () => {
    const { store, notices } = setup(() => new ThrowingStorage());
    expect(store.load('5.7.750')).toBeUndefined();
    store.save(createCase('5.7.750', at));
    expect(store.load('5.7.750')?.code).toBe('5.7.750');
    expect(notices).toEqual([{ kind: 'memory-only', reason: 'unavailable' }]);
  });

  it('keeps working in memory when a write hits the quota, leaving stored data alone', () => {
    const earlier = createCase('5.7.750', new Date(0));
    const area = new QuotaStorage().seed(CASE_KEY, JSON.stringify(earlier));
    const { store, notices } = setup(() => area);
    expect(store.load('5.7.750')).toEqual(earlier);
    const next = { ...earlier, updatedAt: at.toISOString() };
    store.save(next);
    expect(store.status()).toEqual({ mode: 'memory', reason: 'quota' });
    expect(notices).toEqual([{ kind: 'memory-only', reason: 'quota' }]);
    expect(store.load('5.7.750')).toEqual(next);
    expect(area.getItem(CASE_KEY)).toBe(JSON.stringify(earlier));
    // A removal needs no room: it reaches storage, and nothing is left waiting.
    store.remove('5.7.750');
    expect(store.load('5.7.750')).toBeUndefined();
    expect(area.getItem(CASE_KEY)).toBeNull();
    expect(store.status()).toEqual({ mode: 'local' });
  });

  it('keeps unreadable data in place when storage is too full to keep even a small copy', () => {
    const area = new QuotaStorage().seed(CASE_KEY, 'not json');
    const { store, notices } = setup(() => area);
    expect(store.load('5.7.750')).toBeUndefined();
    expect(area.getItem(CASE_KEY)).toBe('not json');
    expect(notices).toEqual([
      { kind: 'memory-only', reason: 'quota' },
      { kind: 'quarantined', code: '5.7.750', reason: 'corrupt-json', quarantineKey: Q_KEY, heldHere: true },
    ]);
    expect(store.listQuarantine()).toEqual([{ key: Q_KEY, code: '5.7.750', at: at.toISOString() }]);
    expect(store.readQuarantine(Q_KEY)).toBe('not json');
    expect(store.load('5.7.750')).toBeUndefined();
    // Work on the code waits in memory: writing it would overwrite the only stored copy of the unreadable data.
    store.save(createCase('5.7.750', at));
    expect(area.getItem(CASE_KEY)).toBe('not json');
  });

  it('moves aside an unreadable value too large to copy, and saving goes on for every code', () => {
    // Over half the quota: a copy next to the original cannot fit (Chromium: about 2.6 M of 5.2 M characters).
    const area = new LimitedStorage(10_000);
    const huge = JSON.stringify({ version: 2, code: '5.7.750', junk: 'y'.repeat(6_000) });
    area.setItem(CASE_KEY, huge);
    const other = createCase('5.7.705', at);
    area.setItem('unblock:case:5.7.705', JSON.stringify(other));
    const { store, notices } = setup(() => area);
    expect(loadAll(store)).toEqual({ '5.7.705': other });
    expect(area.getItem(CASE_KEY)).toBeNull();
    expect(area.getItem(Q_KEY)).toBe(huge);
    // Said truthfully: kept aside, and storage is not "full".
    expect(notices).toEqual([{ kind: 'quarantined', code: '5.7.750', reason: 'wrong-shape', quarantineKey: Q_KEY }]);
    expect(store.status()).toEqual({ mode: 'local' });
    const edited = { ...other, details: { tenant: 'contoso' } };
    store.save(edited);
    store.save(createCase('5.7.750', at));
    expect(JSON.parse(area.getItem('unblock:case:5.7.705') ?? '')).toEqual(edited);
    expect(area.getItem(CASE_KEY)).not.toBeNull();
    // Discard really removes it: the next visit has nothing kept aside.
    store.dismissQuarantine(Q_KEY);
    expect(area.getItem(Q_KEY)).toBeNull();
    const next = setup(() => area);
    expect(next.store.listQuarantine()).toEqual([]);
    loadAll(next.store);
    expect(next.notices).toEqual([]);
  });

  it('saves again once storage has room, with what this tab held meanwhile', () => {
    const area = new LimitedStorage(2_000);
    area.setItem('filler', 'f'.repeat(1_900));
    let recovered = 0;
    const notices: ProgressNoticeInput[] = [];
    const store = createCaseStorage({
      storage: () => area,
      now: () => at,
      onNotice: (notice) => notices.push(notice),
      onRecovered: () => (recovered += 1),
    });
    const first = { ...createCase('5.7.750', at), details: { tenant: 'typed while full' } };
    store.save(first);
    expect(store.status()).toEqual({ mode: 'memory', reason: 'quota' });
    expect(notices).toEqual([{ kind: 'memory-only', reason: 'quota' }]);
    expect(area.getItem(CASE_KEY)).toBeNull();
    area.removeItem('filler');
    const second = { ...first, details: { tenant: 'typed after space was freed' } };
    store.save(second);
    expect(area.getItem(CASE_KEY)).toBe(JSON.stringify(second));
    expect(store.status()).toEqual({ mode: 'local' });
    expect(recovered).toBe(1);
    // And it can fill up and recover again.
    area.setItem('filler', 'f'.repeat(1_700));
    store.save({ ...second, details: { tenant: 'x'.repeat(253) }, notes: { about: { text: 'n'.repeat(500), changedAt: at.toISOString() } } });
    expect(store.status()).toEqual({ mode: 'memory', reason: 'quota' });
    area.removeItem('filler');
    store.flush();
    expect(store.status()).toEqual({ mode: 'local' });
    expect(JSON.parse(area.getItem(CASE_KEY) ?? '')).toMatchObject({ notes: { about: {} } });
  });

  it('keeps one copy of the same unreadable value, however often it comes back', () => {
    const area = new MemoryStorage();
    const { store, notices } = setup(() => area);
    store.save(createCase('5.7.750', at));
    for (let keystroke = 0; keystroke < 60; keystroke += 1) {
      area.setItem(CASE_KEY, '{"version":2,"code":"5.7.750","junk":');
      expect(store.latest('5.7.750')).toEqual({ kind: 'own' });
      store.save(createCase('5.7.750', at));
    }
    expect(area.keys().filter((key) => key.startsWith('unblock:quarantine:'))).toEqual([Q_KEY]);
    expect(notices).toHaveLength(60);
    expect(new Set(notices.map((notice) => notice.kind === 'quarantined' && notice.quarantineKey))).toEqual(new Set([Q_KEY]));
  });

  it('does not parse the stored case again when it is the one this tab wrote', () => {
    const area = new MemoryStorage();
    const { store } = setup(() => area);
    let current = createCase('5.7.750', at);
    store.save(current);
    const parse = vi.spyOn(JSON, 'parse');
    for (let edit = 0; edit < 10; edit += 1) {
      const latest = store.latest('5.7.750');
      expect(latest).toEqual({ kind: 'stored', case: current });
      current = { ...current, details: { tenant: `t${edit}` } };
      store.save(current);
    }
    expect(parse).not.toHaveBeenCalled();
    // Another tab's write is read (once) as before.
    area.setItem(CASE_KEY, JSON.stringify({ ...current, details: { tenant: 'other tab' } }));
    expect(store.latest('5.7.750')).toMatchObject({ kind: 'stored', case: { details: { tenant: 'other tab' } } });
    store.save(current);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('has a flush that is safe to call at any time', () => {
    const { store } = setup(() => new MemoryStorage());
    expect(() => store.flush()).not.toThrow();
  });
});
