// The URL contract as route objects, the same for the browser and the prerender (scripts/prerender.ts):
// /{lng}/, /{lng}/{code} → /{lng}/{code}/about, /{lng}/{code}/{step}, /{lng}/{code}/checklist, anything else under a
// language → a helpful page. A path without a language (the first contract, `/5.7.750/connectors?lng=ja`) goes to its
// language's page; so does a language written in another case (`/JA/…`).
import { redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { basePath, pathInApp } from '../config/paths';
import { ensureLanguage } from '../lib/i18n';
import { languages, languageSlug, type Language } from '../lib/languages';
import { BootError, BootLoading } from './boot-states';
import { Layout } from './layout';
import { legacyLoader } from './legacy-redirect';

/** A page under its language: the text arrives before the page renders, so no page shows in the wrong language. */
function languageLoader(language: Language) {
  return async ({ request }: LoaderFunctionArgs) => {
    const url = new URL(request.url);
    const [, segment, ...rest] = pathInApp(url).split('/');
    if (segment !== languageSlug(language)) {
      return redirect(`/${[languageSlug(language), ...rest].join('/')}${url.search}${url.hash}`);
    }
    await ensureLanguage(language);
    return { language };
  };
}

const pages = (slug: string): RouteObject[] => [
  { id: `${slug}:start`, index: true, lazy: () => import('./routes/start') },
  { id: `${slug}:code`, path: ':code', lazy: () => import('./routes/code-redirect') },
  { id: `${slug}:checklist`, path: ':code/checklist', lazy: () => import('./routes/checklist') },
  { id: `${slug}:step`, path: ':code/:step', lazy: () => import('./routes/step') },
  { id: `${slug}:not-found`, path: '*', lazy: () => import('./routes/not-found') },
];

export const routes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    Component: Layout,
    ErrorBoundary: BootError,
    HydrateFallback: BootLoading,
    children: [
      ...languages.map((language) => {
        const slug = languageSlug(language);
        return { id: slug, path: slug, loader: languageLoader(language), children: pages(slug) };
      }),
      // Old links are sent on by the early script before the app runs; these routes catch the rest (the dev server).
      { id: 'legacy:start', index: true, loader: legacyLoader },
      { id: 'legacy', path: '*', loader: legacyLoader },
    ],
  },
];

/** The basename react-router is given: the base path, or `/` at the root. */
export const routerBasename = (): string => basePath() || '/';
