// One entry for every tool input, the same in a worker and on the main thread: what the admin gave, read for the slot
// it was given to. The slot only decides how a plain list is read; the reader itself recognises connector output
// given to the domain tool (and the reverse), so the view can say where it belongs.
import type { ReadOutcome } from '../model';
import { decodeInputBytes, looksLikeImage } from '../readers/decode-bytes';
import { readStructuredInput } from '../readers/read-structured';
import { readSendingFile, readSendingText } from '../readers/sending-reader';

export type ToolSlot = 'accepted-domains' | 'inbound-connectors' | 'sending';

/** Biggest accepted-domain or connector input: a tenant's whole Format-List output is well under 1 MB. */
export const MAX_SETTINGS_BYTES = 20 * 1024 * 1024;
/** Biggest text taken from a paste; larger input goes through a file, which is read as a stream. */
export const MAX_PASTE_CHARACTERS = 5 * 1024 * 1024;

export type ToolInput = { text: string } | { file: Blob };

export interface ReadRequest {
  slot: ToolSlot;
  input: ToolInput;
  /** IANA zone the admin center's export was written in (its times are not UTC). */
  timeZone?: string;
}

export type Progress = (readBytes: number, totalBytes: number) => void;

async function readSettingsFile(file: Blob, slot: 'accepted-domains' | 'inbound-connectors'): Promise<ReadOutcome> {
  if (file.size === 0) return { kind: 'rejected', reason: 'empty' };
  if (file.size > MAX_SETTINGS_BYTES) return { kind: 'rejected', reason: 'too-large', detail: `${MAX_SETTINGS_BYTES}` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (looksLikeImage(bytes)) return { kind: 'rejected', reason: 'image' };
  return readStructuredInput(decodeInputBytes(bytes), slot);
}

export async function readToolInput(request: ReadRequest, onProgress?: Progress, signal?: AbortSignal): Promise<ReadOutcome> {
  const { slot, input } = request;
  const options = request.timeZone === undefined ? {} : { timeZone: request.timeZone };
  if ('text' in input) {
    if (input.text.length > MAX_PASTE_CHARACTERS) return { kind: 'rejected', reason: 'too-large', detail: `${MAX_PASTE_CHARACTERS}` };
    return slot === 'sending' ? readSendingText(input.text, options) : readStructuredInput(input.text, slot);
  }
  if (slot === 'sending') return readSendingFile(input.file, options, onProgress, signal);
  return readSettingsFile(input.file, slot);
}
