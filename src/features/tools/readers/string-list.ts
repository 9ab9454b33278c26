// Multi-valued properties in every shape they come: JSON arrays, Format-List `{a, b}` and `{}`, table cells cut
// short, Export-Csv cells that scripts joined with `|` or spaces, a single value, null.
import { CutCell, isPlainObject } from './powershell-record';

const ELLIPSIS = /(?:\.\.\.|…)$/;
/**
 * Export-Csv writes a collection it cannot flatten as its type name (`System.Object[]`,
 * `Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]`): the values are lost. A domain such as
 * `Microsoft.com` has neither the brackets nor the capitalised namespaces.
 */
const TYPE_NAME = /^(?:System|Microsoft|Deserialized)(?:(?:\.[A-Z][\w`]*){2,}(?:\[.*\])?|\.[\w.`]+\[.*\])$/;

export function readStringList(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item: unknown) => listItem(item));
  if (value instanceof CutCell) return completeItems(value.text);
  if (typeof value === 'string') return listText(value);
  return listItem(value);
}

function listItem(item: unknown): string[] {
  if (typeof item === 'string') return item.trim() === '' ? [] : [item.trim()];
  if (typeof item === 'number') return [String(item)];
  if (!isPlainObject(item)) return [];
  // Deserialised address-space objects (older remote sessions): the address is the value that matters.
  for (const key of ['Address', 'Domain', 'Value', 'Expression']) {
    const found = Object.entries(item).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
    if (typeof found === 'string' && found.trim() !== '') return [found.trim()];
  }
  return [];
}

function listText(value: string): string[] {
  const text = value.trim();
  if (text === '' || TYPE_NAME.test(text)) return [];
  if (text.startsWith('{') && text.endsWith('}')) return splitItems(text.slice(1, -1).replace(ELLIPSIS, ''));
  return text.split(/[\s,|]+/).filter((item) => item !== '');
}

/**
 * A cut table cell. `{a, b, c, d...}` (the enumeration limit) lists whole items; `{smtp:a;1, smtp:fab…` (the
 * column width) ends in a cut item, which is dropped.
 */
function completeItems(text: string): string[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return [];
  if (/(?:\.\.\.|…)\}$/.test(trimmed)) return splitItems(trimmed.slice(1, -1).replace(ELLIPSIS, ''));
  return splitItems(trimmed.slice(1)).slice(0, -1);
}

function splitItems(inner: string): string[] {
  return inner
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
