// A pasted `ConvertTo-Json`: an array, or one object when there was one result (no -AsArray; tools-formats.md §0.3).
// Windows PowerShell 5.1 writes `\/Date(ms)\/`, `\u003c` escapes and two spaces after the colon; PowerShell 7 writes
// ISO dates and two-space indents. The prompt and command line before the JSON, warnings, and the prompt after it are
// tolerated; a JSON cut off part way is reported with where it stops.
import { isCommandLine, isConsoleNoise } from './powershell-noise';
import { isPlainObject, type PowerShellRecord } from './powershell-record';

export type JsonInput =
  | { records: PowerShellRecord[] }
  /** `line:column` (both from 1) where the JSON stops making sense: for a paste cut off part way, its end. */
  | { broken: string };

/** Where the JSON starts: the first `[` or `{` that begins a line after the prompt, command and warnings; else -1. */
export function jsonStart(text: string): number {
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const content = line.trimStart();
    if (content.startsWith('[') || content.startsWith('{')) return lineStart + line.length - content.length;
    if (content !== '' && !isConsoleNoise(line) && !isCommandLine(line) && content !== '\ufeff') return -1;
    lineStart = lineEnd + 1;
  }
  return -1;
}

/** Records of the JSON that starts at `start` (see jsonStart). */
export function readJson(text: string, start: number): JsonInput {
  const end = endOfValue(text, start);
  if (end < 0) return { broken: lineAndColumn(text, text.trimEnd().length) };
  const json = text.slice(start, end);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { broken: lineAndColumn(text, start + (errorPosition(error, json) ?? 0)) };
  }
  return { records: recordsOf(parsed) };
}

function recordsOf(parsed: unknown): PowerShellRecord[] {
  if (Array.isArray(parsed)) return parsed.filter(isPlainObject);
  if (!isPlainObject(parsed)) return [];
  // PS 5.1 wraps an array that carries extended properties as {"value": [ … ], "Count": n}.
  const keys = Object.keys(parsed).map((key) => key.toLowerCase());
  const wrapped = parsed.value ?? parsed.Value;
  if (keys.length === 2 && keys.includes('count') && Array.isArray(wrapped)) return wrapped.filter(isPlainObject);
  return [parsed];
}

/** The end (exclusive) of the JSON value at `start`, found by bracket depth outside strings; -1 if it never closes. */
function endOfValue(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (inString) {
      if (unit === 0x5c /* \ */) index += 1;
      else if (unit === 0x22 /* " */) inString = false;
    } else if (unit === 0x22) inString = true;
    else if (unit === 0x5b /* [ */ || unit === 0x7b /* { */) depth += 1;
    else if (unit === 0x5d /* ] */ || unit === 0x7d /* } */) {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return -1;
}

/** Where JSON.parse stopped: V8 says `at position 9`, Firefox `at line 1 column 10`; Safari does not say. */
function errorPosition(error: unknown, json: string): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  const [, line, column] = /line (\d+) column (\d+)/.exec(message) ?? [];
  if (line === undefined || column === undefined) return undefined;
  let lineStart = 0;
  for (let count = 1; count < Number(line) && lineStart >= 0; count += 1) lineStart = json.indexOf('\n', lineStart) + 1 || -1;
  return lineStart < 0 ? undefined : lineStart + Number(column) - 1;
}

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let newline = text.indexOf('\n'); newline >= 0 && newline < position; newline = text.indexOf('\n', newline + 1)) {
    line += 1;
    lineStart = newline + 1;
  }
  return `${line}:${position - lineStart + 1}`;
}
