// Persistence for cases. Never loses work: unreadable data is moved aside, and when storage fails the cases
// live on in memory (with a notice) instead of throwing.
import { codes, type Code } from '../../config/flow';
import type { CaseFile } from './case-schema';
import { isNewerRelease, loadCase, type InvalidReason } from './migrations';
import {
  isQuotaError,
  type CaseStorage,
  type CaseStorageOptions,
  type LatestCase,
  type MemoryReason,
  type QuarantineEntry,
  type StorageLike,
} from './storage-status';
import { QUARANTINE_KEY_PREFIX, caseKey, parseQuarantineKey, quarantineKey } from './storage-keys';

export type { CaseStorage, CaseStorageOptions };

export function createCaseStorage(options: CaseStorageOptions): CaseStorage {
  let backing: StorageLike | null | undefined;
  let memoryReason: MemoryReason | undefined;
  /** In memory mode, what this tab holds; `null` marks a key removed here (the stored value stays untouched). */
  const memory = new Map<string, string | null>();
  /** Codes whose stored case a newer release wrote (in another tab): overwriting it would lose that work. */
  const heldBack = new Set<Code>();

  function goMemory(reason: MemoryReason): void {
    if (memoryReason) return;
    memoryReason = reason;
    options.onNotice({ kind: 'memory-only', reason });
  }

  function area(): StorageLike | null {
    if (backing === undefined) {
      try {
        backing = options.storage() ?? null;
      } catch {
        backing = null;
      }
      if (!backing) goMemory('unavailable');
    }
    return memoryReason ? null : backing;
  }

  /** Reads prefer this tab's memory, then storage (still readable when only writing failed). */
  function read(key: string): string | null {
    if (memory.has(key)) return memory.get(key) ?? null;
    area();
    if (!backing) return null;
    try {
      return backing.getItem(key);
    } catch {
      backing = null;
      goMemory('unavailable');
      return null;
    }
  }

  function write(key: string, value: string | null): void {
    const target = area();
    if (target) {
      try {
        if (value === null) target.removeItem(key);
        else target.setItem(key, value);
        return;
      } catch (error) {
        goMemory(isQuotaError(error) ? 'quota' : 'unavailable');
      }
    }
    memory.set(key, value);
  }

  function holdBack(code: Code): void {
    if (heldBack.has(code)) return;
    heldBack.add(code);
    options.onNotice({ kind: 'newer-elsewhere', code });
  }

  /** Reads the stored value itself, past this tab's memory. */
  function stored(key: string): string | null {
    try {
      return area()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  function writeCase(code: Code, value: string | null): void {
    const key = caseKey(code);
    // Checked on every write: the newer tab may have saved since this tab loaded, without an event reaching us yet.
    if (heldBack.has(code) || isNewerRelease(stored(key))) {
      holdBack(code);
      memory.set(key, value);
      return;
    }
    write(key, value);
  }

  function quarantine(code: Code, raw: string, reason: InvalidReason): void {
    let time = options.now().getTime();
    let key = quarantineKey(code, new Date(time));
    while (read(key) !== null) key = quarantineKey(code, new Date(++time));
    const target = area();
    try {
      if (!target) throw new Error('memory mode');
      target.setItem(key, raw);
      target.removeItem(caseKey(code));
    } catch (error) {
      if (target) goMemory(isQuotaError(error) ? 'quota' : 'unavailable');
      // The original stays where it was; this tab works on without it and can still hand the raw text out.
      memory.set(key, raw);
      memory.set(caseKey(code), null);
    }
    options.onNotice({ kind: 'quarantined', code, reason, quarantineKey: key });
  }

  function storedKeys(): string[] {
    if (!backing) return [];
    try {
      const keys: string[] = [];
      for (let index = 0; index < backing.length; index += 1) {
        const key = backing.key(index);
        if (key !== null) keys.push(key);
      }
      return keys;
    } catch {
      return [];
    }
  }

  return {
    status: () => (memoryReason ? { mode: 'memory', reason: memoryReason } : { mode: 'local' }),
    load(code) {
      const result = loadCase(read(caseKey(code)), code);
      if (result.kind === 'empty') return undefined;
      if (result.kind === 'invalid') {
        quarantine(code, result.raw, result.reason);
        return undefined;
      }
      if (result.migratedFrom !== undefined) {
        write(caseKey(code), JSON.stringify(result.case));
        options.onNotice({ kind: 'migrated', code, from: result.migratedFrom });
      }
      return result.case;
    },
    latest(code): LatestCase {
      const target = area();
      if (!target || heldBack.has(code)) return { kind: 'own' };
      let raw: string | null;
      try {
        raw = target.getItem(caseKey(code));
      } catch {
        return { kind: 'own' };
      }
      const result = loadCase(raw, code);
      if (result.kind === 'invalid') {
        if (result.reason === 'future-version') holdBack(code);
        else quarantine(code, result.raw, result.reason);
        return { kind: 'own' };
      }
      return { kind: 'stored', case: result.kind === 'ok' ? result.case : undefined };
    },
    save: (caseFile) => writeCase(caseFile.code, JSON.stringify(caseFile)),
    remove: (code) => writeCase(code, null),
    holdBack,
    listQuarantine() {
      area();
      const keys = new Set([...storedKeys(), ...memory.keys()].filter((key) => key.startsWith(QUARANTINE_KEY_PREFIX)));
      const entries: QuarantineEntry[] = [];
      for (const key of keys) {
        const parsed = parseQuarantineKey(key);
        if (parsed && read(key) !== null) entries.push({ key, ...parsed });
      }
      return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    },
    readQuarantine: (key) => (parseQuarantineKey(key) ? read(key) : null),
    dismissQuarantine(key) {
      if (!parseQuarantineKey(key)) return;
      memory.set(key, null);
      try {
        backing?.removeItem(key);
      } catch {
        // Hidden in this tab regardless; the next visit shows it again, which loses nothing.
      }
    },
    flush: () => undefined,
  };
}

/** Every code's stored case, loaded in flow order. */
export function loadAll(storage: CaseStorage): Partial<Record<Code, CaseFile>> {
  const cases: Partial<Record<Code, CaseFile>> = {};
  for (const code of codes) {
    const loaded = storage.load(code);
    if (loaded) cases[code] = loaded;
  }
  return cases;
}
