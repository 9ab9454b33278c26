// An incremental RFC 4180 reader for exports of hundreds of megabytes: text arrives in chunks of any size, cut
// anywhere (inside a quoted field, between CR and LF), and rows are handed on as soon as they end. Quoted fields are
// found with indexOf, so a 100 MB Export-Csv file (every field quoted) is scanned natively, and a field that spans
// chunks is kept as pieces joined once, never by repeated concatenation.

export interface CsvParser {
  push(chunk: string): void;
  end(): void;
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

type State = 'field-start' | 'unquoted' | 'quoted' | 'after-quote';

/**
 * Calls `onRow` with the fields of each record. Blank lines are skipped, as is the `#TYPE …` line Windows
 * PowerShell's Export-Csv writes first unless told -NoTypeInformation. Lenient where real files are: a quote that
 * closes early (`"a"b`) keeps what follows in the same field, and a final record without a line break is read.
 */
export function createCsvParser(onRow: (fields: string[]) => void): CsvParser {
  let state: State = 'field-start';
  let fields: string[] = [];
  let pieces: string[] = [];
  // A CR just ended a record: an LF at the start of the next chunk belongs to it.
  let skipLineFeed = false;
  let firstRecord = true;
  let firstChunk = true;

  const endField = (last: string): void => {
    if (pieces.length === 0) fields.push(last);
    else {
      pieces.push(last);
      fields.push(pieces.join(''));
      pieces = [];
    }
  };

  const endRecord = (): void => {
    const record = fields;
    fields = [];
    if (record.length === 1 && record[0] === '') return;
    if (firstRecord) {
      firstRecord = false;
      if (record[0]?.startsWith('#TYPE')) return;
    }
    onRow(record);
  };

  /** After a delimiter at `index`: where the next field starts. */
  const afterDelimiter = (text: string, index: number, unit: number): number => {
    if (unit === COMMA) return index + 1;
    endRecord();
    if (unit === CR) {
      if (index + 1 < text.length) return text.charCodeAt(index + 1) === LF ? index + 2 : index + 1;
      skipLineFeed = true;
    }
    return index + 1;
  };

  const push = (input: string): void => {
    let text = input;
    if (firstChunk && text.length > 0) {
      firstChunk = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const length = text.length;
    let index = 0;
    if (skipLineFeed && length > 0) {
      skipLineFeed = false;
      if (text.charCodeAt(0) === LF) index = 1;
    }
    while (index < length) {
      if (state === 'field-start') {
        if (text.charCodeAt(index) === QUOTE) {
          state = 'quoted';
          index += 1;
        } else state = 'unquoted';
      } else if (state === 'unquoted') {
        let end = index;
        let unit = 0;
        for (; end < length; end += 1) {
          unit = text.charCodeAt(end);
          if (unit === COMMA || unit === LF || unit === CR) break;
        }
        if (end === length) {
          pieces.push(text.slice(index));
          return;
        }
        endField(text.slice(index, end));
        state = 'field-start';
        index = afterDelimiter(text, end, unit);
      } else if (state === 'quoted') {
        const close = text.indexOf('"', index);
        if (close < 0) {
          pieces.push(text.slice(index));
          return;
        }
        if (close > index) pieces.push(text.slice(index, close));
        state = 'after-quote';
        index = close + 1;
      } else {
        const unit = text.charCodeAt(index);
        if (unit === QUOTE) {
          pieces.push('"');
          state = 'quoted';
          index += 1;
        } else if (unit === COMMA || unit === LF || unit === CR) {
          endField('');
          state = 'field-start';
          index = afterDelimiter(text, index, unit);
        } else state = 'unquoted';
      }
    }
  };

  const end = (): void => {
    skipLineFeed = false;
    if (state !== 'field-start' || fields.length > 0 || pieces.length > 0) {
      endField('');
      endRecord();
    }
    state = 'field-start';
  };

  return { push, end };
}
