// React bindings of the case store.
import { useMemo, useSyncExternalStore } from 'react';
import { codes, flows, type Code, type StepId } from '../../config/flow';
import { createCase, type CaseFile } from './case-schema';
import { caseStore, type CaseStore, type ProgressNotice, type ProgressSnapshot } from './case-store';
import { caseProgress } from './progress-math';

type StoreLike = Pick<CaseStore, 'subscribe' | 'getSnapshot'>;

/**
 * What a prerendered page shows and hydrates with: no saved case. Progress read from storage arrives right after
 * hydration, so the server's HTML and the browser's first render always agree.
 */
const beforeStorage: ProgressSnapshot = Object.freeze({
  cases: Object.freeze({}),
  notices: Object.freeze([]),
  quarantine: Object.freeze([]),
  storage: Object.freeze({ mode: 'local' as const }),
});
const serverSnapshot = () => beforeStorage;

export function useProgressSnapshot(store: StoreLike = caseStore): ProgressSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot);
}

/** The saved case of a code, or a fresh unsaved one (the first edit saves it). */
export function useCase(code: Code, store: StoreLike = caseStore): CaseFile {
  const saved = useProgressSnapshot(store).cases[code];
  const fresh = useMemo(() => createCase(code, new Date()), [code]);
  return saved ?? fresh;
}

/** Whether anything of this code's case has been recorded (a fresh case has no real start time yet). */
export function useCaseSaved(code: Code, store: StoreLike = caseStore): boolean {
  return useProgressSnapshot(store).cases[code] !== undefined;
}

export interface CaseSummary {
  code: Code;
  percent: number;
  updatedAt: string;
  /** Where to resume; undefined when every action is resolved. */
  firstOpenStep: StepId | undefined;
}

/** Codes with saved progress, most recently changed first. */
export function summarizeCases(cases: ProgressSnapshot['cases']): CaseSummary[] {
  const summaries: CaseSummary[] = [];
  for (const code of codes) {
    const caseFile = cases[code];
    if (!caseFile) continue;
    const progress = caseProgress(flows[code], caseFile);
    summaries.push({ code, percent: progress.percent, updatedAt: caseFile.updatedAt, firstOpenStep: progress.firstOpenStep });
  }
  return summaries.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

export function useCases(store: StoreLike = caseStore): CaseSummary[] {
  const { cases } = useProgressSnapshot(store);
  return useMemo(() => summarizeCases(cases), [cases]);
}

export function useProgressNotices(store: StoreLike = caseStore): readonly ProgressNotice[] {
  return useProgressSnapshot(store).notices;
}

/**
 * Flushes pending writes when the page is hidden or unloaded (mobile browsers may never fire `unload`).
 * Call once at start-up; returns the uninstaller.
 */
export function flushOnHide(store: Pick<CaseStore, 'flush'> = caseStore, target: Window = window): () => void {
  const doc = target.document;
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') store.flush();
  };
  const onPageHide = () => store.flush();
  doc.addEventListener('visibilitychange', onVisibility);
  target.addEventListener('pagehide', onPageHide);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    target.removeEventListener('pagehide', onPageHide);
  };
}
