import { useMemo } from 'react';
import { flows, type Code } from '../../config/flow';
import type { PageId } from '../../config/paths';
import { caseProgress } from '../progress/progress-math';
import { useCase } from '../progress/use-case';

/** Steps whose actions are all done or not applicable, for the step indicator. */
export function useCompletedSteps(code: Code): ReadonlySet<PageId> {
  const caseFile = useCase(code);
  return useMemo(() => {
    const progress = caseProgress(flows[code], caseFile);
    const done = new Set<PageId>(progress.steps.filter((step) => step.complete).map((step) => step.step));
    if (progress.complete) done.add('checklist');
    return done;
  }, [code, caseFile]);
}
