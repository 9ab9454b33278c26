// Starts the app in the browser, after the first paint. A prerendered page is hydrated: its language's text is fetched
// and its route's code loaded first, so the first render in the browser is the HTML already on screen. Any other page
// (the not-found page served for every unknown path, a page opened in a browser that kept an old copy) renders anew.
import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { matchRoutes, type HydrationState, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { pathInApp } from '../config/paths';
import { languageOfPath } from '../lib/choose-language';
import { ensureLanguage } from '../lib/i18n';
import { keepEarlyInput, whenAppRuns } from './early-input';
import { AppProviders } from './provider';
import { createRouter, type AppRouter } from './router';
import { routes } from './routes';

/** The id of the `<script type="application/json">` holding the loader data a page was rendered with. */
export const ROUTE_DATA_ID = 'route-data';

/** Resolves after the browser has painted what it has: the app's work never delays the first paint. */
const afterFirstPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

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

/** Loads the code of the routes a path matches, so hydration does not wait on it (and render a fallback instead). */
async function loadRoutes(path: string): Promise<void> {
  const matches = matchRoutes(routes, path) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = (await route.lazy()) as Partial<RouteObject>;
      Object.assign(route, { ...loaded, lazy: undefined });
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
  await Promise.all([ensureLanguage(language), loadRoutes(path)]);
  const kept = keepEarlyInput(container);
  hydrateRoot(container, app(createRouter(data), () => whenAppRuns(kept)), {
    onRecoverableError: (error, info) => console.error('Hydration error:', error, info.componentStack),
  });
  return true;
}

export async function startApp(container: HTMLElement): Promise<void> {
  await afterFirstPaint();
  const here = pathInApp(new URL(window.location.href));
  try {
    if (container.dataset.page === here && (await hydrate(container, here))) return;
  } catch (error) {
    // The page's text stays readable; the app starts anew and shows what failed, with a retry.
    console.warn('Could not hydrate the page:', error);
  }
  createRoot(container).render(app(createRouter(), () => whenAppRuns([])));
}
