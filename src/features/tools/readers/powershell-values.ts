// Values as the readers find them in PowerShell output, made uniform: JSON gives booleans, numbers, arrays and (PS 5.1)
// enum objects; Format-List, tables and Export-Csv give text. Every reader's records go through these.
import { isPlainObject } from './powershell-record';

export { normaliseDomain, domainOfAddress } from './domain-name';
export { readPowerShellDate, agreeDateOrder, dateInOrder, type PowerShellDate } from './powershell-date';
export { CutCell, fieldsOf, isPlainObject, type Fields, type PowerShellRecord, type PowerShellRecords } from './powershell-record';
export { readStringList } from './string-list';

/** `True`/`False` (Format-List, Export-Csv), JSON booleans, `$true`, and 1/0. */
export function readBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase().replace(/^\$/, '');
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return undefined;
}

/** Enum names and their numbers (from the Exchange enums; null where the number is not known). */
export type EnumValues<Name extends string> = Readonly<Record<Name, number | null>>;

export const DOMAIN_TYPES: EnumValues<'Authoritative' | 'ExternalRelay' | 'InternalRelay'> = {
  Authoritative: 0,
  ExternalRelay: 1,
  InternalRelay: 2,
};
export const CONNECTOR_TYPES: EnumValues<'OnPremises' | 'Partner'> = { OnPremises: 1, Partner: 2 };
export const CONNECTOR_SOURCES: EnumValues<'Default' | 'Migrated' | 'HybridWizard' | 'AdminUI'> = {
  Default: 0,
  Migrated: 1,
  HybridWizard: 2,
  AdminUI: null,
};

/**
 * An enum written as its name (any case), its number, or the object PS 5.1 made of it with EXO V3
 * (`{"value": 1, "Value": "Unknown"}`, cisagov/ScubaGear#135): the number there is the one to trust.
 */
export function readEnum<Name extends string>(value: unknown, values: EnumValues<Name>): Name | undefined {
  const names = Object.keys(values) as Name[];
  if (typeof value === 'number') return names.find((name) => values[name] === value);
  if (typeof value === 'string') {
    const text = value.trim();
    if (/^\d{1,3}$/.test(text)) return readEnum(Number(text), values);
    return names.find((name) => name.toLowerCase() === text.toLowerCase());
  }
  if (!isPlainObject(value)) return undefined;
  const parts = Object.values(value).filter((part) => typeof part === 'number' || typeof part === 'string');
  for (const part of [...parts.filter((p) => typeof p === 'number'), ...parts.filter((p) => typeof p === 'string')]) {
    const name = readEnum(part, values);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** ConnectorSource: a known name, else the text as written (the model keeps values it does not know). */
export function readConnectorSource(value: unknown): string | undefined {
  const known = readEnum(value, CONNECTOR_SOURCES);
  if (known !== undefined) return known;
  const text = isPlainObject(value) ? (value.Value ?? value.value) : value;
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

/** Text as written, trimmed; undefined for nothing, for lists and for cut cells. */
export function readString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
