import { useLocation } from 'react-router';
import { useHydrated } from '../../lib/use-hydrated';

/**
 * Whether the URL's fragment names this action (`…/connectors#list-inbound-connectors`). CSS `:target` marks it on a
 * cold load before the app runs; this keeps the mark after an in-app navigation, which `:target` does not follow. The
 * prerender has no fragment, so it answers once hydrated.
 */
export function useTargetedAction(actionId: string): boolean {
  const { hash } = useLocation();
  return useHydrated() && hash === `#${actionId}`;
}
