import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False in the prerender and while a prerendered page hydrates, true from then on. What depends on this browser (its
 * clock, time zone, storage) is shown once it is true, so the HTML and the first render in the browser agree.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
