// `Format-List` output: `Name : value` lines, records separated by blank lines. PowerShell pads names to one column
// and wraps a long value at the console width onto lines indented to the value column, cutting mid-word (the
// DistinguishedName of tools-formats.md §2.3): continuation lines are joined without a space. Collections show as
// `{a, b}`, `{}` when empty, and `{a, b, c, d...}` past $FormatEnumerationLimit (4 by default).
import { outputLines } from './powershell-noise';
import { newRecord, type PowerShellRecord, type PowerShellRecords } from './powershell-record';

/** A property line: a name without spaces, padding, a colon, then a space or the end of the line. */
export const PROPERTY_LINE = /^([A-Za-z_][\w.-]{0,127})[ \t]*:(?:[ \t]|$)/;
const ENUMERATION_CUT = /(?:\.\.\.|…)$/;

interface Field {
  name: string;
  /** Where values start on this record's lines: continuation lines are indented to it. */
  column: number;
  pieces: string[];
}

export function readFormatList(text: string): PowerShellRecords {
  const records: PowerShellRecord[] = [];
  const truncated: string[] = [];
  let fields: Field[] = [];
  let names = new Set<string>();
  let indent = 0;
  let afterBlank = false;

  const endRecord = (): void => {
    if (fields.length > 0) records.push(recordOf(fields, truncated));
    fields = [];
    names = new Set();
  };

  for (const line of outputLines(text)) {
    const content = line.trimStart();
    if (content === '') {
      afterBlank = true;
      continue;
    }
    const lineIndent = line.length - content.length;
    const last = fields[fields.length - 1];
    if (last !== undefined && !afterBlank && lineIndent > indent) {
      // A wrapped value: the wrap fell wherever the console width did, so nothing is added at the join.
      last.pieces.push(lineIndent >= last.column ? line.slice(last.column) : content);
      continue;
    }
    const property = PROPERTY_LINE.exec(content);
    if (property === null) continue;
    const name = property[1] ?? '';
    const key = name.toLowerCase();
    // A blank line ends a record; so does a name seen again, for pastes whose blank lines were lost.
    if (afterBlank || names.has(key)) endRecord();
    if (fields.length === 0) indent = lineIndent;
    afterBlank = false;
    names.add(key);
    const column = lineIndent + property[0].length;
    fields.push({ name, column, pieces: [line.slice(column)] });
  }
  endRecord();
  return { records, truncated };
}

function recordOf(fields: readonly Field[], truncated: string[]): PowerShellRecord {
  const record = newRecord();
  for (const field of fields) record[field.name] = valueOf(field.pieces.join('').trim(), truncated);
  return record;
}

/** `{a, b}` is a list, `{}` an empty one; a list PowerShell shortened keeps its whole items and is reported. */
function valueOf(text: string, truncated: string[]): string | string[] {
  if (!text.startsWith('{') || !text.endsWith('}')) return text;
  let inner = text.slice(1, -1).trim();
  if (ENUMERATION_CUT.test(inner)) {
    truncated.push(text);
    inner = inner.replace(ENUMERATION_CUT, '');
  }
  return inner
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
