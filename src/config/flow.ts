// The one step model. Pages, the step indicator, the case file, the support summary, the prerender and the tests all
// read it.
import { actionsById, type ActionDefinition } from './actions';

// For each step's commands (action-details/): taken from here, they keep actions.ts in the flow's own download.
export { connectExchangeOnline, script } from './actions';

export const codes = ['5.7.705', '5.7.750'] as const;
export type Code = (typeof codes)[number];

/** Every step any flow has, in the order flows show them. */
export const stepIds = ['about', 'accounts', 'domains', 'connectors', 'servers', 'support'] as const;
export type StepId = (typeof stepIds)[number];

/** The cause-finding checks a step offers: the gap finder, the connector review, the traffic analysis. */
export type ToolKind = 'domains' | 'connectors' | 'traffic';

export interface Step {
  id: StepId;
  /** Document segments shown on the step, in document order. */
  segments: readonly number[];
  actions: readonly ActionDefinition[];
  tools: readonly ToolKind[];
}

export interface Flow {
  code: Code;
  steps: readonly Step[];
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

interface StepRow {
  /** The codes whose flow has this step. */
  codes: readonly Code[];
  /** One of the document's four numbered fixes (numbered 1 to 4 as the document does), or not numbered. */
  numbered: boolean;
  segments: (code: Code) => number[];
  /** Action ids in the order an admin does them; each action also says which codes it applies to. */
  actions: (code: Code) => readonly string[];
  tools: (code: Code) => readonly ToolKind[];
}

const both: readonly Code[] = codes;

/** THE table: which steps each code has, in order, with their document segments and actions. */
const stepTable: Record<StepId, StepRow> = {
  about: {
    codes: both,
    numbered: false,
    segments: (code) => [...range(104, 106), ...(code === '5.7.705' ? range(107, 114) : range(115, 127))],
    actions: () => ['keep-ndr', 'subscription-renewal', 'find-cause-reports', 'move-bulk-mail'],
    // Who sent what: 5.7.705's cause.
    tools: (code) => (code === '5.7.705' ? ['traffic'] : []),
  },
  // 5.7.705's usual cause is a compromised sender: contain it before anything else. Our own actions only: the 2019
  // document has no such step, so no segment of it belongs here.
  accounts: {
    codes: ['5.7.705'],
    numbered: false,
    segments: () => [],
    actions: () => [
      'find-restricted-senders',
      'block-sign-in',
      'reset-password',
      'revoke-sessions',
      'remove-rules-forwarding',
      'check-added-access',
      'review-sent-items',
      'enable-admin-mfa',
      'release-restricted-senders',
    ],
    tools: () => ['traffic'],
  },
  domains: {
    codes: both,
    numbered: true,
    segments: () => [...range(128, 131), 146],
    actions: () => ['list-accepted-domains', 'list-sending-domains', 'add-missing-domains', 'certificate-connector'],
    tools: () => ['domains'],
  },
  connectors: {
    codes: both,
    numbered: true,
    segments: () => range(132, 134),
    actions: () => [
      'list-inbound-connectors',
      'audit-connector-changes',
      'remove-unknown-connectors',
      'review-outbound-connectors',
      'review-transport-rules',
      'check-compromised-accounts',
      'secure-compromised-accounts',
    ],
    // 5.7.750 checks for compromised accounts here, with who sent what; 5.7.705 does both on its accounts step.
    tools: (code) => (code === '5.7.750' ? ['connectors', 'traffic'] : ['connectors']),
  },
  servers: {
    codes: both,
    numbered: true,
    segments: () => range(135, 137),
    // Admin MFA is part of containing accounts, which 5.7.705 does on its own step.
    actions: (code) => [...(code === '5.7.705' ? [] : ['enable-admin-mfa']), 'restrict-relay', 'secure-servers', 'confirm-legitimate-mail'],
    tools: () => [],
  },
  support: {
    codes: both,
    numbered: true,
    // Segment 138 asks Support to allow "sending from unregistered domains" again: that is 5.7.750's block, not 5.7.705's.
    segments: (code) => range(code === '5.7.750' ? 138 : 139, 145),
    actions: () => ['gather-evidence', 'open-support-case', 'share-summary'],
    tools: () => [],
  },
};

/** Action ids a step lists for a code (before each action's own codes are applied). */
export const stepActionIds = (step: StepId, code: Code): readonly string[] =>
  stepTable[step].codes.includes(code) ? stepTable[step].actions(code) : [];

function buildFlow(code: Code): Flow {
  return {
    code,
    steps: stepIds
      .filter((id) => stepTable[id].codes.includes(code))
      .map((id) => ({
        id,
        segments: stepTable[id].segments(code),
        actions: stepActionIds(id, code)
          .map((actionId) => actionsById[actionId])
          .filter((action): action is ActionDefinition => action !== undefined && action.codes.includes(code)),
        tools: stepTable[id].tools(code),
      })),
  };
}

export const flows: Record<Code, Flow> = { '5.7.705': buildFlow('5.7.705'), '5.7.750': buildFlow('5.7.750') };

export const isCode = (value: string | undefined): value is Code => codes.some((code) => code === value);
export const isStepId = (value: string | undefined): value is StepId => stepIds.some((id) => id === value);

/** The code's steps, in order. */
export const flowStepIds = (code: Code): StepId[] => flows[code].steps.map((step) => step.id);

/** Whether the code's flow has the step (5.7.750 has no accounts step). */
export const hasStep = (code: Code, step: string | undefined): step is StepId =>
  flows[code].steps.some((candidate) => candidate.id === step);

const numberedSteps = stepIds.filter((id) => stepTable[id].numbered);

/**
 * The number a helpdesk says ("do step 2"): the four fixes are numbered 1 to 4 in every flow, as in Microsoft's
 * document; the overview and 5.7.705's accounts step before them have none. Every place that numbers steps (step bar,
 * page, case file, lists) uses this.
 */
export function stepNumber(step: StepId): number | undefined {
  const index = numberedSteps.indexOf(step);
  return index >= 0 ? index + 1 : undefined;
}

/** A step's title with its number in front where it has one ("2. Look for unusual connectors"), as lists show it. */
export function numberedTitle(step: StepId, title: string): string {
  const number = stepNumber(step);
  return number === undefined ? title : `${number}. ${title}`;
}

/** How many numbered steps there are ("Step 2 of 4"). */
export const numberedStepCount = numberedSteps.length;

export function neighbours(code: Code, step: StepId): { previous: StepId | undefined; next: StepId | undefined } {
  const order = flowStepIds(code);
  const index = order.indexOf(step);
  return { previous: order[index - 1], next: index < 0 ? undefined : order[index + 1] };
}

/** Every segment of the document appears on at least one step of some flow, so nothing is lost. */
export const documentSegments = range(103, 146);
