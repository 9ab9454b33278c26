// Storage fakes for the progress tests: a working one, one that is full, one that refuses every access.
import { flows, type Code } from '../../../config/flow';

export class MemoryStorage implements Storage {
  protected items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  keys(): string[] {
    return [...this.items.keys()];
  }
}

/** Reads work; every write (or every write after `allowed` writes) fails like a full localStorage. */
export class QuotaStorage extends MemoryStorage {
  writes = 0;
  constructor(private readonly allowed = 0) {
    super();
  }
  /** Puts data in place without counting against the quota (what an earlier visit stored). */
  seed(key: string, value: string): this {
    this.items.set(key, value);
    return this;
  }
  override setItem(key: string, value: string): void {
    this.writes += 1;
    if (this.writes > this.allowed) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

/** Holds at most `capacity` characters of keys and values, as browsers count their quota. */
export class LimitedStorage extends MemoryStorage {
  constructor(public capacity: number) {
    super();
  }
  used(): number {
    let total = 0;
    for (const [key, value] of this.items) total += key.length + value.length;
    return total;
  }
  override setItem(key: string, value: string): void {
    const previous = this.items.get(key);
    const after = this.used() - (previous === undefined ? 0 : key.length + previous.length) + key.length + value.length;
    if (after > this.capacity) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

/** Every access fails, as when the browser blocks storage. */
export class ThrowingStorage extends MemoryStorage {
  override getItem(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  override setItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  override removeItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  override key(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

export const throwingGetter = (): Storage => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

/** Action ids of a flow, in order, so tests follow renames in config/actions.ts. */
export function actionIdsOf(code: Code): string[] {
  return flows[code].steps.flatMap((step) => step.actions.map((action) => action.id));
}

/** A clock that moves one minute per reading, from 2025-01-31T09:00:00Z. */
export function steppingClock(start = Date.UTC(2025, 0, 31, 9)): () => Date {
  let time = start - 60_000;
  return () => new Date((time += 60_000));
}
