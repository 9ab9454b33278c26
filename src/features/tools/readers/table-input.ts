// PowerShell's default table (Format-Table): a header line, a ruler of `-` groups, then one row a line. The ruler
// gives each column's start; a cell runs to the next column's start, the last one to the end of the line. Values
// wider than their column are cut with `…` (PowerShell 7) or `...` (Windows PowerShell 5.1): such a cell is
// reported and never read as a value (tools-formats.md §0.6).
import { outputLines } from './powershell-noise';
import { CutCell, newRecord, type PowerShellRecord, type PowerShellRecords } from './powershell-record';

export const RULER = /^[ \t]*-+(?:[ \t]+-+)*[ \t]*$/;
const CUT = /(?:\.\.\.|…)\}?$/;

interface Column {
  name: string;
  start: number;
}

/** True when the two lines are a table's header and ruler. */
export function isTableHead(header: string, ruler: string): boolean {
  return header.trim() !== '' && RULER.test(ruler) && columnsOf(header, ruler).every((column) => column.name !== '');
}

export function readTable(text: string): PowerShellRecords {
  const lines = outputLines(text);
  const records: PowerShellRecord[] = [];
  const truncated: string[] = [];
  let columns: Column[] = [];
  let cells: string[][] = [];

  const endTable = (): void => {
    for (const row of cells) records.push(recordOf(columns, row, truncated));
    cells = [];
  };

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const next = lines[index + 1];
    // Several tables in one paste (the command run twice): each header and ruler starts a new one.
    if (next !== undefined && isTableHead(line, next)) {
      endTable();
      columns = columnsOf(line, next);
      index += 1;
      continue;
    }
    if (columns.length === 0) continue;
    if (line.trim() === '') {
      endTable();
      columns = [];
      continue;
    }
    const row = cellsOf(line, columns);
    const previous = cells[cells.length - 1];
    // Format-Table -Wrap continues a row on lines whose first cell is empty.
    if (previous !== undefined && row[0] === '' && row.some((cell) => cell !== '')) {
      row.forEach((cell, column) => (previous[column] = (previous[column] ?? '') + cell));
    } else cells.push(row);
  }
  endTable();
  return { records, truncated };
}

function columnsOf(header: string, ruler: string): Column[] {
  const starts = [...ruler.matchAll(/-+/g)].map((group) => group.index);
  return starts.map((start, index) => ({ name: header.slice(start, starts[index + 1] ?? header.length).trim(), start }));
}

function cellsOf(line: string, columns: readonly Column[]): string[] {
  return columns.map((column, index) => line.slice(column.start, columns[index + 1]?.start ?? line.length).trim());
}

function recordOf(columns: readonly Column[], row: readonly string[], truncated: string[]): PowerShellRecord {
  const record = newRecord();
  columns.forEach((column, index) => {
    const cell = row[index] ?? '';
    if (CUT.test(cell)) {
      truncated.push(cell);
      record[column.name] = new CutCell(cell);
    } else record[column.name] = cell;
  });
  return record;
}
