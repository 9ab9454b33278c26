// Each step's commands and links come with the step: a visit to one step does not download every step's scripts.
import type { ActionDetails } from '../actions';
import type { StepId } from '../flow';

export type StepActionDetails = Readonly<Record<string, ActionDetails>>;

const loaders: Record<StepId, () => Promise<{ details: StepActionDetails }>> = {
  about: () => import('./about'),
  accounts: () => import('./accounts'),
  domains: () => import('./domains'),
  connectors: () => import('./connectors'),
  servers: () => import('./servers'),
  support: () => import('./support'),
};

const loading = new Map<StepId, Promise<StepActionDetails>>();

/**
 * The commands and links of a step's actions, fetched once; a failed fetch is tried again the next time. The promise is
 * marked fulfilled once it is, as React's `use` expects, so a loaded step renders (and hydrates) without suspending.
 */
export function stepActionDetails(step: StepId): Promise<StepActionDetails> {
  const known = loading.get(step);
  if (known) return known;
  const promise: Promise<StepActionDetails> = loaders[step]().then(
    ({ details }) => {
      const tracked = promise as Promise<StepActionDetails> & { status?: 'fulfilled'; value?: StepActionDetails };
      tracked.status = 'fulfilled';
      tracked.value = details;
      return details;
    },
    (error: unknown) => {
      loading.delete(step);
      throw error;
    },
  );
  loading.set(step, promise);
  return promise;
}
