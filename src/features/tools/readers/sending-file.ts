// Streams a dropped export through the sending reader: a 100 MB historical search is never held whole, in bytes or
// in text. The encoding is sniffed from the first bytes, then a streaming TextDecoder turns each chunk into text
// (a UTF-16 code unit or a UTF-8 character cut between chunks is carried over by the decoder).
import type { ReadOutcome } from '../model';
import { sniffBytes } from './sending-bytes';
import { createSendingReader, type SendingReaderOptions } from './sending-stream';

/** The largest export the admin center prepares (historical search reports are at most 500 MB). */
export const MAX_SENDING_FILE_BYTES = 500 * 1024 * 1024;

/** Bytes looked at before deciding the encoding. */
const SNIFF_BYTES = 4096;

const abortError = (): DOMException => new DOMException('The file was not read: reading was stopped.', 'AbortError');

/**
 * Reads a message-trace export, historical search report or Non-accepted domain report from a file. Progress is
 * reported after each chunk; an abort stops the read and rejects with an AbortError.
 */
export async function readSendingFile(
  file: Blob,
  options: SendingReaderOptions = {},
  onProgress?: (readBytes: number, totalBytes: number) => void,
  signal?: AbortSignal,
): Promise<ReadOutcome> {
  if (signal?.aborted) throw abortError();
  if (file.size > MAX_SENDING_FILE_BYTES) return { kind: 'rejected', reason: 'too-large', detail: String(MAX_SENDING_FILE_BYTES) };
  if (file.size === 0) return { kind: 'rejected', reason: 'empty' };

  const stream = file.stream().getReader();
  const cancel = (): void => {
    stream.cancel().catch(() => undefined);
  };
  signal?.addEventListener('abort', cancel, { once: true });
  const reader = createSendingReader(options);
  let decoder: TextDecoder | undefined;
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let readBytes = 0;

  /** Decides the encoding from what has been read so far; a refusal if it is no text. */
  const startDecoding = (): ReadOutcome | undefined => {
    const joined = new Uint8Array(headBytes);
    let offset = 0;
    for (const part of head) {
      joined.set(part, offset);
      offset += part.byteLength;
    }
    head.length = 0;
    const verdict = sniffBytes(joined.subarray(0, SNIFF_BYTES));
    if (verdict.kind !== 'text') return { kind: 'rejected', reason: verdict.kind, detail: verdict.detail };
    decoder = new TextDecoder(verdict.encoding);
    reader.push(decoder.decode(joined, { stream: true }));
    return undefined;
  };

  try {
    for (;;) {
      const { done, value } = await stream.read();
      if (signal?.aborted) throw abortError();
      if (done) break;
      readBytes += value.byteLength;
      if (decoder) reader.push(decoder.decode(value, { stream: true }));
      else {
        head.push(value);
        headBytes += value.byteLength;
        if (headBytes >= SNIFF_BYTES) {
          const refused = startDecoding();
          if (refused) return refused;
        }
      }
      onProgress?.(readBytes, file.size);
      if (reader.refused) break;
    }
    if (!decoder) {
      const refused = startDecoding();
      if (refused) return refused;
    }
    if (decoder) reader.push(decoder.decode());
    return reader.end();
  } finally {
    signal?.removeEventListener('abort', cancel);
    cancel();
  }
}
