// The one step model. Pages, the step indicator, the case file, the support summary and the tests all read it.
import { actionsById, type ActionDefinition } from './actions';

export const codes = ['5.7.705', '5.7.750'] as const;
export type Code = (typeof codes)[number];

export const stepIds = ['about', 'domains', 'connectors', 'servers', 'support'] as const;
export type StepId = (typeof stepIds)[number];

export interface Step {
  id: StepId;
  /** Document segments shown on the step, in document order. */
  segments: readonly number[];
  actions: readonly ActionDefinition[];
}

export interface Flow {
  code: Code;
  steps: readonly Step[];
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** Segments each step shows; `about` differs per code (the code's own section of the document). */
const segmentsByStep: Record<StepId, (code: Code) => number[]> = {
  about: (code) => [...range(104, 106), ...(code === '5.7.705' ? range(107, 114) : range(115, 127))],
  domains: () => [...range(128, 131), 146],
  connectors: () => range(132, 134),
  servers: () => range(135, 137),
  // Segment 138 asks Support to allow "sending from unregistered domains" again: that is 5.7.750's block, not 5.7.705's.
  support: (code) => range(code === '5.7.750' ? 138 : 139, 145),
};

/** Action ids per step, in the order an admin does them. Each action says which codes it applies to. */
export const actionIdsByStep: Record<StepId, readonly string[]> = {
  about: ['keep-ndr', 'subscription-renewal', 'find-cause-reports', 'move-bulk-mail'],
  domains: ['list-accepted-domains', 'list-sending-domains', 'add-missing-domains', 'certificate-connector'],
  connectors: [
    'list-inbound-connectors',
    'audit-connector-changes',
    'remove-unknown-connectors',
    'check-compromised-accounts',
    'secure-compromised-accounts',
  ],
  servers: ['enable-admin-mfa', 'restrict-relay', 'secure-servers', 'confirm-legitimate-mail'],
  support: ['gather-evidence', 'open-support-case', 'share-summary'],
};

function buildFlow(code: Code): Flow {
  return {
    code,
    steps: stepIds.map((id) => ({
      id,
      segments: segmentsByStep[id](code),
      actions: actionIdsByStep[id]
        .map((actionId) => actionsById[actionId])
        .filter((action): action is ActionDefinition => action !== undefined && action.codes.includes(code)),
    })),
  };
}

export const flows: Record<Code, Flow> = { '5.7.705': buildFlow('5.7.705'), '5.7.750': buildFlow('5.7.750') };

export const isCode = (value: string | undefined): value is Code => codes.some((code) => code === value);
export const isStepId = (value: string | undefined): value is StepId => stepIds.some((id) => id === value);

export function stepIndex(step: StepId): number {
  return stepIds.indexOf(step);
}

/**
 * The number a helpdesk says ("do step 2"): the four fixes are numbered 1 to 4, as in Microsoft's document; the
 * overview before them has no number. Every place that numbers steps (step bar, page, case file, lists) uses this.
 */
export function stepNumber(step: StepId): number | undefined {
  const index = stepIndex(step);
  return index > 0 ? index : undefined;
}

/** A step's title with its number in front where it has one ("2. Look for unusual connectors"), as lists show it. */
export function numberedTitle(step: StepId, title: string): string {
  const number = stepNumber(step);
  return number === undefined ? title : `${number}. ${title}`;
}

/** How many numbered steps there are ("Step 2 of 4"). */
export const numberedStepCount = stepIds.length - 1;

export function neighbours(step: StepId): { previous: StepId | undefined; next: StepId | undefined } {
  const index = stepIndex(step);
  return { previous: stepIds[index - 1], next: stepIds[index + 1] };
}

/** Every segment of the document appears on at least one step of some flow, so nothing is lost. */
export const documentSegments = range(103, 146);
