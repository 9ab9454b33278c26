// How far a case is: pure counts over the flow's actions. "Not applicable" counts as resolved.
import type { Flow, Step, StepId } from '../../config/flow';
import type { ActionStateValue, CaseFile } from './case-schema';

export interface StepProgress {
  step: StepId;
  done: number;
  notApplicable: number;
  /** Actions of the step in this flow. */
  total: number;
  /** Every action resolved; a step without actions is never complete (there is nothing to tick). */
  complete: boolean;
}

export interface CaseProgress {
  steps: StepProgress[];
  done: number;
  notApplicable: number;
  total: number;
  /** done + not applicable */
  resolved: number;
  /** 0–100, rounded down so 100 means everything is resolved. */
  percent: number;
  complete: boolean;
  /** First step with an open action, in flow order; undefined when none is left. */
  firstOpenStep: StepId | undefined;
}

type Actions = CaseFile['actions'] | undefined;

export function actionState(caseFile: CaseFile | undefined, actionId: string): ActionStateValue {
  return caseFile?.actions[actionId]?.state ?? 'open';
}

function countStep(step: Step, actions: Actions): StepProgress {
  let done = 0;
  let notApplicable = 0;
  for (const action of step.actions) {
    const state = actions?.[action.id]?.state;
    if (state === 'done') done += 1;
    if (state === 'not-applicable') notApplicable += 1;
  }
  const total = step.actions.length;
  return { step: step.id, done, notApplicable, total, complete: total > 0 && done + notApplicable === total };
}

export function stepProgress(flow: Flow, caseFile: CaseFile | undefined, step: StepId): StepProgress {
  const found = flow.steps.find((candidate) => candidate.id === step);
  return found ? countStep(found, caseFile?.actions) : { step, done: 0, notApplicable: 0, total: 0, complete: false };
}

export function stepComplete(flow: Flow, caseFile: CaseFile | undefined, step: StepId): boolean {
  return stepProgress(flow, caseFile, step).complete;
}

export function caseProgress(flow: Flow, caseFile: CaseFile | undefined): CaseProgress {
  const steps = flow.steps.map((step) => countStep(step, caseFile?.actions));
  const sum = (pick: (step: StepProgress) => number) => steps.reduce((total, step) => total + pick(step), 0);
  const done = sum((step) => step.done);
  const notApplicable = sum((step) => step.notApplicable);
  const total = sum((step) => step.total);
  const resolved = done + notApplicable;
  return {
    steps,
    done,
    notApplicable,
    total,
    resolved,
    percent: total === 0 ? 0 : Math.floor((resolved / total) * 100),
    complete: total > 0 && resolved === total,
    firstOpenStep: steps.find((step) => step.done + step.notApplicable < step.total)?.step,
  };
}

export function firstOpenStep(flow: Flow, caseFile: CaseFile | undefined): StepId | undefined {
  return caseProgress(flow, caseFile).firstOpenStep;
}

/** Whether replacing the case would lose anything the admin entered: a resolved action, a note, the tenant or the bounce. */
export function holdsWork(caseFile: CaseFile | undefined): boolean {
  if (!caseFile) return false;
  return (
    Object.values(caseFile.actions).some((entry) => entry.state !== 'open') ||
    Object.values(caseFile.notes).some((note) => note.text.trim() !== '') ||
    caseFile.details.tenant.trim() !== '' ||
    caseFile.ndr !== undefined
  );
}
