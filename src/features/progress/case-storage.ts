// Persistence for cases. Never loses work: unreadable data is moved aside, and when storage fails the cases
// live on in memory (with a notice) instead of throwing. Storage that was full is tried again on every write.
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
import { QUARANTINE_KEY_PREFIX, caseKey, codeOfCaseKey, parseQuarantineKey, quarantineKey } from './storage-keys';

export type { CaseStorage, CaseStorageOptions };

const isKeptAside = (key: string) => key.startsWith(QUARANTINE_KEY_PREFIX);

export function createCaseStorage(options: CaseStorageOptions): CaseStorage {
  let backing: StorageLike | null | undefined;
  let memoryReason: MemoryReason | undefined;
  /**
   * What this tab holds that storage does not (yet); `null` marks a key removed here. Reads prefer it. With storage
   * unavailable it is all there is; with storage full, every write tries to move it into storage again.
   */
  const memory = new Map<string, string | null>();
  /** Codes whose stored case a newer release wrote (in another tab): overwriting it would lose that work. */
  const heldBack = new Set<Code>();
  /**
   * Per case key, a stored text this tab has already read or written and the case it holds. When storage still holds
   * that text, an edit need not parse and validate it again (a large case costs tens of milliseconds a keystroke).
   */
  const known = new Map<string, { raw: string; case: CaseFile }>();

  function goMemory(reason: MemoryReason): void {
    // 'unavailable' is final; 'quota' may recover.
    if (memoryReason === reason || memoryReason === 'unavailable') return;
    memoryReason = reason;
    options.onNotice({ kind: 'memory-only', reason });
  }

  /** The storage to use: null only while it is unavailable (a full storage is still read and retried). */
  function area(): StorageLike | null {
    if (backing === undefined) {
      try {
        backing = options.storage() ?? null;
      } catch {
        backing = null;
      }
      if (!backing) goMemory('unavailable');
    }
    return memoryReason === 'unavailable' ? null : backing;
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

  /** Reads the stored value itself, past this tab's memory. */
  function stored(key: string): string | null {
    try {
      return area()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  const put = (target: StorageLike, key: string, value: string | null) =>
    value === null ? target.removeItem(key) : target.setItem(key, value);

  /** Held in memory on purpose, never written: the case of a code a newer release owns. */
  function pinned(key: string): boolean {
    const code = codeOfCaseKey(key);
    return code !== undefined && heldBack.has(code);
  }

  /**
   * A case key whose unreadable original is still in storage while its kept-aside copy waits in memory for room:
   * writing the case first would overwrite the only stored copy.
   */
  function waitsForCopy(key: string): boolean {
    const code = codeOfCaseKey(key);
    if (code === undefined) return false;
    for (const [pending, value] of memory) {
      if (value !== null && parseQuarantineKey(pending)?.code === code) return true;
    }
    return false;
  }

  /**
   * Moves what memory holds into storage, each key on its own (one value too large to fit must not keep the rest out).
   * Storage counts as recovered once no case write is left waiting; a kept-aside copy still waiting says so itself.
   */
  function drain(): void {
    const target = area();
    if (!target) return;
    for (const [key, value] of memory) {
      if (pinned(key) || waitsForCopy(key)) continue;
      try {
        put(target, key, value);
        memory.delete(key);
      } catch (error) {
        if (!isQuotaError(error)) {
          goMemory('unavailable');
          return;
        }
        if (!isKeptAside(key)) goMemory('quota');
      }
    }
    const waiting = [...memory.keys()].some((key) => !pinned(key) && !isKeptAside(key));
    if (memoryReason === 'quota' && !waiting) {
      memoryReason = undefined;
      options.onRecovered?.();
    }
  }

  function write(key: string, value: string | null): void {
    // Re-inserted so memory keeps the order of the writes.
    memory.delete(key);
    memory.set(key, value);
    drain();
  }

  function holdBack(code: Code): void {
    if (heldBack.has(code)) return;
    heldBack.add(code);
    options.onNotice({ kind: 'newer-elsewhere', code });
  }

  /** Whether a newer release saved the code's case; a text this tab wrote or read before is known not to be. */
  function newerStored(code: Code): boolean {
    const raw = stored(caseKey(code));
    return raw !== null && raw !== known.get(caseKey(code))?.raw && isNewerRelease(raw);
  }

  function writeCase(code: Code, caseFile: CaseFile | undefined): void {
    const key = caseKey(code);
    const value = caseFile ? JSON.stringify(caseFile) : null;
    // Checked on every write: the newer tab may have saved since this tab loaded, without an event reaching us yet.
    const held = heldBack.has(code) || newerStored(code);
    if (caseFile && value !== null) known.set(key, { raw: value, case: caseFile });
    else known.delete(key);
    if (held) {
      holdBack(code);
      memory.set(key, value);
      return;
    }
    write(key, value);
  }

  function quarantineKeys(): Set<string> {
    const keys = new Set(storedKeys().filter(isKeptAside));
    for (const [key, value] of memory) {
      if (!isKeptAside(key)) continue;
      if (value === null) keys.delete(key);
      else keys.add(key);
    }
    return keys;
  }

  /** A kept-aside copy of exactly this text, so the same unreadable value is never copied twice. */
  function keptCopy(code: Code, raw: string): string | undefined {
    for (const key of quarantineKeys()) {
      if (parseQuarantineKey(key)?.code === code && read(key) === raw) return key;
    }
    return undefined;
  }

  /** Whether storage takes a small write at all (a key's worth): full storage fails it, a large value does not. */
  function hasRoom(target: StorageLike): boolean {
    const probe = 'unblock:probe';
    try {
      target.setItem(probe, 'x'.repeat(64));
      target.removeItem(probe);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Copies the value to the kept-aside key, then removes the original. A value too large to copy (over half the quota)
   * is in memory by now, so when storage has room for anything at all the original is removed first to make room for
   * the copy; if even that fails the original is put back.
   */
  function moveAside(target: StorageLike, code: Code, key: string, raw: string): 'moved' | MemoryReason {
    try {
      target.setItem(key, raw);
    } catch (error) {
      if (!isQuotaError(error)) return 'unavailable';
      if (!hasRoom(target)) return 'quota';
      target.removeItem(caseKey(code));
      try {
        target.setItem(key, raw);
      } catch {
        try {
          target.setItem(caseKey(code), raw);
        } catch {
          // Only this tab holds it now; the notice asks for a download, and the next write stores it if it can.
        }
        return 'quota';
      }
    }
    target.removeItem(caseKey(code));
    return 'moved';
  }

  function quarantine(code: Code, raw: string, reason: InvalidReason): void {
    known.delete(caseKey(code));
    let key = keptCopy(code, raw);
    let heldHere = false;
    if (key !== undefined && !memory.has(key)) {
      // Already kept aside in storage: only the original has to go.
      try {
        area()?.removeItem(caseKey(code));
      } catch {
        // This tab stops reading it below; the next visit tries again.
      }
    } else {
      if (key === undefined) {
        let time = options.now().getTime();
        key = quarantineKey(code, new Date(time));
        while (read(key) !== null) key = quarantineKey(code, new Date(++time));
      }
      const target = area();
      let outcome: 'moved' | MemoryReason = 'unavailable';
      try {
        if (target) outcome = moveAside(target, code, key, raw);
      } catch {
        outcome = 'unavailable';
      }
      if (outcome === 'moved') memory.delete(key);
      else {
        // Held here (and downloadable) until storage takes it: every later write tries again.
        memory.set(key, raw);
        if (target) goMemory(outcome);
        heldHere = outcome === 'quota';
      }
    }
    // Whatever storage still holds under the case key, this tab works on without it (its own writes stay as they are).
    if (!memory.has(caseKey(code)) && read(caseKey(code)) !== null) memory.set(caseKey(code), null);
    options.onNotice(
      heldHere
        ? { kind: 'quarantined', code, reason, quarantineKey: key, heldHere: true }
        : { kind: 'quarantined', code, reason, quarantineKey: key },
    );
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
      const raw = read(caseKey(code));
      const result = loadCase(raw, code);
      if (result.kind === 'empty') return undefined;
      if (result.kind === 'invalid') {
        quarantine(code, result.raw, result.reason);
        return undefined;
      }
      if (result.migratedFrom !== undefined) {
        writeCase(code, result.case);
        options.onNotice({ kind: 'migrated', code, from: result.migratedFrom });
      } else if (raw !== null) {
        known.set(caseKey(code), { raw, case: result.case });
      }
      return result.case;
    },
    latest(code): LatestCase {
      const target = area();
      if (!target || memoryReason || heldBack.has(code)) return { kind: 'own' };
      const key = caseKey(code);
      let raw: string | null;
      try {
        raw = target.getItem(key);
      } catch {
        return { kind: 'own' };
      }
      const cached = known.get(key);
      if (cached && raw === cached.raw) return { kind: 'stored', case: cached.case };
      const result = loadCase(raw, code);
      if (result.kind === 'invalid') {
        if (result.reason === 'future-version') holdBack(code);
        else quarantine(code, result.raw, result.reason);
        return { kind: 'own' };
      }
      if (result.kind === 'empty') return { kind: 'stored', case: undefined };
      if (raw !== null && result.migratedFrom === undefined) known.set(key, { raw, case: result.case });
      return { kind: 'stored', case: result.case };
    },
    save: (caseFile) => writeCase(caseFile.code, caseFile),
    remove: (code) => writeCase(code, undefined),
    holdBack,
    listQuarantine() {
      area();
      const entries: QuarantineEntry[] = [];
      for (const key of quarantineKeys()) {
        const parsed = parseQuarantineKey(key);
        if (parsed) entries.push({ key, ...parsed });
      }
      return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    },
    readQuarantine: (key) => (parseQuarantineKey(key) ? read(key) : null),
    dismissQuarantine(key) {
      if (!parseQuarantineKey(key)) return;
      // A copy held only in this tab goes with it; a stored one is removed from storage.
      memory.delete(key);
      try {
        backing?.removeItem(key);
      } catch {
        // Hidden in this tab regardless; the next visit shows it again, which loses nothing.
        memory.set(key, null);
      }
      if (memoryReason === 'quota') drain();
    },
    flush() {
      if (memoryReason === 'quota') drain();
    },
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
