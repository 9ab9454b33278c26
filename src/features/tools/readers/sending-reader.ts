// Where mail was sent from, read from what the admin has: Get-MessageTraceV2 or Get-MessageTrace piped to Export-Csv,
// the admin center's message trace export, a historical search (Enhanced summary or Extended report), the
// Non-accepted domain report, or a plain list. Outcomes are per-domain stats (model.ts), never the rows themselves.
import type { ReadOutcome } from '../model';
import { createSendingReader, type SendingReaderOptions } from './sending-stream';

export { createSendingReader, type SendingReader, type SendingReaderOptions } from './sending-stream';
export { MAX_SENDING_FILE_BYTES, readSendingFile } from './sending-file';

/**
 * Reads a paste. Besides the CSV exports, a plain list of sender addresses or domains (one a line, optionally under a
 * one-word header such as `SenderAddress`) is read as format 'list': each line counts as one message from its domain,
 * with no recipients, IPs or times.
 */
export function readSendingText(text: string, options: SendingReaderOptions = {}): ReadOutcome {
  // eslint-disable-next-line no-control-regex -- a NUL is never in a paste of text
  if (/\u0000/.test(text)) return { kind: 'rejected', reason: 'binary' };
  const reader = createSendingReader(options);
  reader.push(text);
  return reader.end();
}
