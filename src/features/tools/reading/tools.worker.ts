// Reads tool input off the main thread: a 100 MB export streams through here while the page keeps responding.
import { readToolInput, type ReadRequest } from './read-tool-input';
import type { WorkerReply } from './worker-messages';

const post = (reply: WorkerReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  let last = 0;
  readToolInput(event.data, (readBytes, totalBytes) => {
    // A message per chunk would flood the page; a few per second are enough for a progress bar.
    const now = performance.now();
    if (now - last < 100 && readBytes < totalBytes) return;
    last = now;
    post({ type: 'progress', readBytes, totalBytes });
  }).then(
    (outcome) => post({ type: 'done', outcome }),
    (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
