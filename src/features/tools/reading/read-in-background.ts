// Starts a read: in a worker for files and large pastes, so the page never blocks; a small paste is read at once.
import type { ReadOutcome } from '../model';
import { readToolInput, type Progress, type ReadRequest } from './read-tool-input';
import type { WorkerReply } from './worker-messages';

const WORKER_THRESHOLD = 64 * 1024;

export interface ReadJob {
  /** 'cancelled' when the admin stopped it. */
  result: Promise<ReadOutcome | 'cancelled'>;
  cancel: () => void;
}

function needsWorker(request: ReadRequest): boolean {
  return 'file' in request.input || request.input.text.length >= WORKER_THRESHOLD;
}

function readHere(request: ReadRequest, onProgress: Progress): ReadJob {
  const controller = new AbortController();
  const result = readToolInput(request, onProgress, controller.signal).catch((error: unknown) => {
    if (controller.signal.aborted) return 'cancelled' as const;
    throw error;
  });
  return { result: result.then((outcome) => (controller.signal.aborted ? 'cancelled' : outcome)), cancel: () => controller.abort() };
}

export function startRead(request: ReadRequest, onProgress: Progress): ReadJob {
  if (!needsWorker(request) || typeof Worker === 'undefined') return readHere(request, onProgress);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./tools.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readHere(request, onProgress);
  }
  let settle: (value: ReadOutcome | 'cancelled') => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const result = new Promise<ReadOutcome | 'cancelled'>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') onProgress(reply.readBytes, reply.totalBytes);
    else {
      worker.terminate();
      if (reply.type === 'done') settle(reply.outcome);
      else fail(new Error(reply.message));
    }
  };
  worker.onerror = (event) => {
    worker.terminate();
    fail(new Error(event.message || 'The reader stopped'));
  };
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      // Terminating stops the read at once, wherever it is; the page keeps what it had.
      worker.terminate();
      settle('cancelled');
    },
  };
}
