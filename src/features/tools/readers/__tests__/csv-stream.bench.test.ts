// The CSV reader must stay linear: a 100 MB UTF-16 historical search is 50 million characters. The time is printed as
// a figure to read, never asserted: a busy machine must not fail the suite. What fails is a hang: a quadratic reader
// on 50 million characters takes hours, far past HANG_MS, while a linear one takes about a second.
import { describe, expect, it } from 'vitest';
import { createCsvParser } from '../csv-stream';

const HANG_MS = 60_000;
const ROW =
  '"2026-11-20T07:41:03.009Z","support@secure-billing.example","r.silva@uol.example##Receive, Fail;j.doe@gmail.example##Receive, Fail",' +
  '"Action required: ""verify"" your payment details","13899","<77049449783240619f18@secure-billing.example>",' +
  '"5c3da32a-0ea5-432f-8023-e052cb9f8a06","192.0.2.15","Originating","Inbound Relay","Normal"\r\n';

describe('createCsvParser on 50 million characters', () => {
  it('reads them in 64 KB chunks in linear time', { timeout: HANG_MS }, () => {
    const rowsWanted = Math.ceil(50_000_000 / ROW.length);
    const text = ROW.repeat(rowsWanted);
    let rows = 0;
    let lastSubject = '';
    const parser = createCsvParser((fields) => {
      rows += 1;
      lastSubject = fields[3] ?? '';
    });
    const started = performance.now();
    for (let index = 0; index < text.length; index += 32_768) parser.push(text.slice(index, index + 32_768));
    parser.end();
    const ms = performance.now() - started;
    console.log(`createCsvParser: ${(text.length / 1e6).toFixed(0)} million characters, ${rows} rows in ${ms.toFixed(0)} ms`);
    expect(rows).toBe(rowsWanted);
    expect(lastSubject).toBe('Action required: "verify" your payment details');
    expect(ms).toBeLessThan(HANG_MS);
  });
});
