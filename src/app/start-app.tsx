// Starts the app in the browser, after the first paint. A prerendered page is hydrated: its language's text is fetched
// and its route's code loaded first, so the first render in the browser is the HTML already on screen. Any other page
// (the not-found page served for every unknown path, a page opened in a browser that kept an old copy) renders anew.
import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { matchRoutes, type HydrationState, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { pathInApp } from '../config/paths';
import { languageOfPath } from '../lib/choose-language';
import { ensureLanguage } from '../lib/i18n';
import { nextTask } from '../lib/next-task';
import { hydratingPrerenderedPage } from '../lib/prerendered-page';
import { noteEarlyInput, whenAppRuns } from './early-input';
import { AppProviders } from './provider';
import { createRouter, type AppRouter } from './router';
import { routes } from './routes';

/** The id of the `<script type="application/json">` holding the loader data a page was rendered with. */
export const ROUTE_DATA_ID = 'route-data';

/** Calls `onReady` once the page has been rendered. A wrapper, not a sibling: a sibling would shift the ids React
 * gives elements (useId), which must match the prerender's. */
function Ready({ onReady, children }: { onReady: () => void; children: ReactNode }) {
  useEffect(onReady, [onReady]);
  return children;
}

const app = (router: AppRouter, onReady: () => void) => (
  <StrictMode>
    <AppProviders>
      <Ready onReady={onReady}>
        <RouterProvider router={router} />
      </Ready>
    </AppProviders>
  </StrictMode>
);

/** A route module as it loads: a route's parts, and perhaps what the page it renders shows lazily. */
type RouteModule = Partial<RouteObject> & { preloadParts?: (data: never) => Promise<unknown> };

/**
 * Loads the code of the routes a path matches and of what their pages show, so that hydration renders the page in one
 * pass (not a fallback, nor a part that ignores input until its code arrives).
 */
async function loadRoutes(path: string, data: HydrationState): Promise<void> {
  const matches = matchRoutes(routes, path) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const { preloadParts, ...loaded } = (await route.lazy()) as RouteModule;
      Object.assign(route, { ...loaded, lazy: undefined });
      await preloadParts?.(data.loaderData?.[route.id ?? ''] as never);
    }),
  );
}

function routeData(): HydrationState | undefined {
  const text = document.getElementById(ROUTE_DATA_ID)?.textContent;
  return text ? (JSON.parse(text) as HydrationState) : undefined;
}

async function hydrate(container: HTMLElement, path: string): Promise<boolean> {
  const language = languageOfPath(path);
  const data = routeData();
  if (!language || !data) return false;
  await Promise.all([ensureLanguage(language), loadRoutes(path, data)]);
  // The text and the route's code arrive as one chain of promises; the router and hydration start in tasks of their own.
  await nextTask();
  const router = createRouter(data);
  await nextTask();
  const noted = noteEarlyInput(container);
  hydratingPrerenderedPage(router);
  // As a transition, hydration yields to the browser every few milliseconds instead of holding the page in one long
  // task: a scroll or a tap meanwhile is answered at once.
  startTransition(() => {
    hydrateRoot(container, app(router, () => whenAppRuns(noted)), {
      onRecoverableError: (error, info) => console.error('Hydration error:', error, info.componentStack),
    });
  });
  return true;
}

export async function startApp(container: HTMLElement): Promise<void> {
  // The early script loads this module after the first paint (the dev server's page loads it at once).
  const here = pathInApp(new URL(window.location.href));
  try {
    if (container.dataset.page === here && (await hydrate(container, here))) return;
  } catch (error) {
    // The page's text stays readable; the app starts anew and shows what failed, with a retry.
    console.warn('Could not hydrate the page:', error);
  }
  createRoot(container).render(app(createRouter(), () => whenAppRuns([])));
}
