import { describe, expect, it } from 'vitest';
import { createCsvParser } from '../csv-stream';

function parse(chunks: readonly string[]): string[][] {
  const rows: string[][] = [];
  const parser = createCsvParser((fields) => rows.push(fields));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return rows;
}

// Every case a chunk boundary can fall into: inside a quoted field, on an escaped quote, between CR and LF, inside a
// quoted line break, on a delimiter, at the end without a final line break.
const INPUT =
  '#TYPE Selected.System.Management.Automation.PSCustomObject\r\n' +
  '"Received","SenderAddress","Subject"\r\n' +
  '"11/19/2026 10:03:05 PM","alex.w@contoso.com","Say ""hi"", then\r\nleave"\r\n' +
  '\r\n' +
  'plain,,"",x\n' +
  '"a""",b\r' +
  'last,"row"';

const EXPECTED = [
  ['Received', 'SenderAddress', 'Subject'],
  ['11/19/2026 10:03:05 PM', 'alex.w@contoso.com', 'Say "hi", then\r\nleave'],
  ['plain', '', '', 'x'],
  ['a"', 'b'],
  ['last', 'row'],
];

describe('createCsvParser', () => {
  it('reads quoted fields, escaped quotes, line breaks in quotes, CRLF, LF and CR, skipping #TYPE and blank lines', () => {
    expect(parse([INPUT])).toEqual(EXPECTED);
  });

  it('gives the same rows wherever the chunks are cut', () => {
    for (let cut = 0; cut <= INPUT.length; cut += 1) {
      expect(parse([INPUT.slice(0, cut), INPUT.slice(cut)]), `cut at ${cut}`).toEqual(EXPECTED);
    }
    for (let cut = 1; cut < INPUT.length; cut += 7) {
      expect(parse([INPUT.slice(0, cut), '', INPUT.slice(cut, cut + 3), INPUT.slice(cut + 3)]), `cuts at ${cut}`).toEqual(EXPECTED);
    }
    expect(parse(Array.from({ length: INPUT.length }, (_, index) => INPUT.charAt(index)))).toEqual(EXPECTED);
  });

  it('keeps an empty last field after a trailing comma and reads a last row without a line break', () => {
    expect(parse(['a,b,\n', 'c,'])).toEqual([
      ['a', 'b', ''],
      ['c', ''],
    ]);
    expect(parse(['"unterminated'])).toEqual([['unterminated']]);
  });

  it('keeps text after a closing quote in the same field, as spreadsheet programs do', () => {
    expect(parse(['"a"b,c\n'])).toEqual([['ab', 'c']]);
  });

  it('skips a byte order mark and only a first #TYPE line', () => {
    expect(parse(['\ufeff"x","y"\n#TYPE z\n'])).toEqual([
      ['x', 'y'],
      ['#TYPE z'],
    ]);
  });

  it('reads an empty input as no rows', () => {
    expect(parse([])).toEqual([]);
    expect(parse(['', '\r\n', '\n'])).toEqual([]);
  });

  it('joins a field spread over many chunks once', () => {
    const long = 'x'.repeat(100_000);
    const chunks = ['"'];
    for (let index = 0; index < long.length; index += 1000) chunks.push(long.slice(index, index + 1000));
    chunks.push('",y\n');
    expect(parse(chunks)).toEqual([[long, 'y']]);
  });
});
