import { caseStore } from './case-store';
import { parseQuarantineKey } from './storage-keys';

/** Saves kept-aside data exactly as it was stored, named by code and the day it was kept aside. */
export function downloadKeptAside(key: string): void {
  const entry = parseQuarantineKey(key);
  const raw = caseStore.readQuarantined(key);
  if (!entry || raw === null) return;
  // Fetched on the click: the download helper is not part of a cold visit to a step.
  void import('../case-file/download-text').then(({ downloadText }) =>
    downloadText(raw, `unblock-kept-aside-${entry.code}-${entry.at.slice(0, 10)}.json`, 'application/json'),
  );
}
