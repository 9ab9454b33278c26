import type { ReadOutcome } from '../model';

export type WorkerReply =
  | { type: 'progress'; readBytes: number; totalBytes: number }
  | { type: 'done'; outcome: ReadOutcome }
  | { type: 'failed'; message: string };
