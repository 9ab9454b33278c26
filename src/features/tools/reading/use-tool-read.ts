import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReadOutcome } from '../model';
import { startRead, type ReadJob } from './read-in-background';
import type { ReadRequest } from './read-tool-input';

export type ReadState =
  | { status: 'idle' }
  | { status: 'reading'; readBytes: number; totalBytes: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }
  | { status: 'read'; outcome: ReadOutcome; request: ReadRequest };

/** Runs one read at a time for a tool input; a new read or leaving the page stops the one before. */
export function useToolRead(onRead: (outcome: ReadOutcome, request: ReadRequest) => void) {
  const [state, setState] = useState<ReadState>({ status: 'idle' });
  const job = useRef<ReadJob | undefined>(undefined);
  const latest = useRef(onRead);
  useEffect(() => {
    latest.current = onRead;
  });
  useEffect(() => () => job.current?.cancel(), []);

  const read = useCallback((request: ReadRequest) => {
    job.current?.cancel();
    setState({ status: 'reading', readBytes: 0, totalBytes: 'file' in request.input ? request.input.file.size : 0 });
    const current = startRead(request, (readBytes, totalBytes) => {
      if (job.current === current) setState({ status: 'reading', readBytes, totalBytes });
    });
    job.current = current;
    current.result.then(
      (outcome) => {
        if (job.current !== current) return;
        job.current = undefined;
        if (outcome === 'cancelled') setState({ status: 'cancelled' });
        else {
          setState({ status: 'read', outcome, request });
          latest.current(outcome, request);
        }
      },
      (error: unknown) => {
        if (job.current !== current) return;
        job.current = undefined;
        setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, []);

  const cancel = useCallback(() => job.current?.cancel(), []);
  return { state, read, cancel };
}
