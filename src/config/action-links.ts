// Links to one action (`/{lng}/{code}/{step}#{action-id}`) are shared in tickets, so they must outlive the step model:
// an action that moves to another step is still found from its old link.
import { flows, type Code, type StepId } from './flow';

/** The step of `code`'s flow that holds the action, or undefined when the flow has no such action. */
export function stepOfAction(code: Code, actionId: string): StepId | undefined {
  return flows[code].steps.find((step) => step.actions.some((action) => action.id === actionId))?.id;
}
