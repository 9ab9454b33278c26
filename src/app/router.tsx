// The URL contract: /, /{code} → /{code}/about, /{code}/{step}, /{code}/checklist, anything else → a helpful page.
import { createBrowserRouter, type LoaderFunctionArgs } from 'react-router';
import { ensureLanguage, languageForUrl } from '../lib/i18n';
import { BootError, BootLoading } from './boot-states';
import { Layout } from './layout';

export async function rootLoader({ request }: LoaderFunctionArgs) {
  const language = languageForUrl(request.url);
  await ensureLanguage(language);
  return { language };
}

export const router = createBrowserRouter(
  [
    {
      id: 'root',
      path: '/',
      loader: rootLoader,
      Component: Layout,
      ErrorBoundary: BootError,
      HydrateFallback: BootLoading,
      children: [
        { index: true, lazy: () => import('./routes/start') },
        { path: ':code', lazy: () => import('./routes/code-redirect') },
        { path: ':code/checklist', lazy: () => import('./routes/checklist') },
        { path: ':code/:step', lazy: () => import('./routes/step') },
        { path: '*', lazy: () => import('./routes/not-found') },
      ],
    },
  ],
  { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' },
);
