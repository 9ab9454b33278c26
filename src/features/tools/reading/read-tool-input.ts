// One entry for every tool input, the same in a worker and on the main thread: what the admin gave, read for the slot
// it was given to. The slot only decides how a plain list is read; the reader itself recognises connector output
// given to the domain tool (and the reverse), so the view can say where it belongs.
import type { ReadOutcome } from '../model';
import { MAX_STRUCTURED_INPUT, readStructuredBytes, readStructuredInput } from '../readers/read-structured';
import { readSendingFile, readSendingText } from '../readers/sending-reader';

/** `traffic` is a message trace read for the 5.7.705 analysis: as `sending`, with per-sender traffic kept too. */
export type ToolSlot = 'accepted-domains' | 'inbound-connectors' | 'sending' | 'traffic';

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

/** Accepted domains and connectors are small (a tenant's whole Format-List is well under 1 MB): read whole. */
async function readSettingsFile(file: Blob, slot: 'accepted-domains' | 'inbound-connectors'): Promise<ReadOutcome> {
  if (file.size === 0) return { kind: 'rejected', reason: 'empty' };
  // Checked before reading, so a 2 GB file dropped here is refused without loading it.
  if (file.size > MAX_STRUCTURED_INPUT) return { kind: 'rejected', reason: 'too-large', detail: String(MAX_STRUCTURED_INPUT) };
  return readStructuredBytes(new Uint8Array(await file.arrayBuffer()), slot);
}

export async function readToolInput(request: ReadRequest, onProgress?: Progress, signal?: AbortSignal): Promise<ReadOutcome> {
  const { slot, input } = request;
  const options = { ...(request.timeZone === undefined ? {} : { timeZone: request.timeZone }), ...(slot === 'traffic' ? { traffic: true } : {}) };
  if ('text' in input) {
    if (input.text.length > MAX_PASTE_CHARACTERS) return { kind: 'rejected', reason: 'too-large', detail: `${MAX_PASTE_CHARACTERS}` };
    return slot === 'sending' || slot === 'traffic' ? readSendingText(input.text, options) : readStructuredInput(input.text, slot);
  }
  if (slot === 'sending' || slot === 'traffic') return readSendingFile(input.file, options, onProgress, signal);
  return readSettingsFile(input.file, slot);
}
