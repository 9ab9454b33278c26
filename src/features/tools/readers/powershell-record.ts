// The objects readers produce from any format, before they become accepted domains or connectors.

/** One object PowerShell wrote: property names as written, values as the format gives them. */
export type PowerShellRecord = Record<string, unknown>;

/** What a format reader found: the objects, and the values PowerShell shortened for display, as written. */
export interface PowerShellRecords {
  records: PowerShellRecord[];
  truncated: string[];
}

/** A table cell PowerShell cut to the column width (`…` or `...`): kept to be reported, never read as a value. */
export class CutCell {
  constructor(readonly text: string) {}
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof CutCell);

/** Property lookup by name, case-insensitive as PowerShell is. */
export interface Fields {
  has(name: string): boolean;
  /** The first of the names that has a value (null and empty text count as none). */
  first(...names: string[]): unknown;
}

export function fieldsOf(record: PowerShellRecord): Fields {
  const byName = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    const name = key.toLowerCase();
    if (!byName.has(name)) byName.set(name, value);
  }
  return {
    has: (name) => byName.has(name.toLowerCase()),
    first: (...names) => {
      for (const name of names) {
        const value = byName.get(name.toLowerCase());
        if (value !== undefined && value !== null && value !== '') return value;
      }
      return undefined;
    },
  };
}

/** A record without a prototype: a property named `__proto__` in a paste is then just a property. */
export const newRecord = (): PowerShellRecord => Object.create(null) as PowerShellRecord;
