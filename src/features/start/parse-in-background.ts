import { parseNdr, type NdrOutcome } from './parse-ndr';

// Below this size parsing takes a few milliseconds; a worker's start-up would cost more than it saves.
const WORKER_THRESHOLD = 64 * 1024;

/** parseNdr, in a Web Worker for large input; falls back to the main thread if workers are unavailable. */
export function parseInBackground(input: string): Promise<NdrOutcome> {
  if (input.length < WORKER_THRESHOLD || typeof Worker === 'undefined') return Promise.resolve(parseNdr(input));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parse-ndr.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(parseNdr(input));
      return;
    }
    worker.onmessage = (event: MessageEvent<NdrOutcome>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(parseNdr(input));
    };
    worker.postMessage(input);
  });
}
