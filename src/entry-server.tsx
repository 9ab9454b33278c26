// The prerender's entry (built with `vite build --ssr`, used by scripts/prerender.ts): the app's own routes and
// components rendered to HTML with react-router's static APIs, one page at a time.
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider, type HydrationState } from 'react-router';
import { basePath } from './config/paths';
import type { LocalizedDocument } from './content/document-types';
import { AppProviders } from './app/provider';
import { routerBasename, routes } from './app/routes';
import type { Language } from './lib/languages';
import { documentQuery, uiTextQuery, type UiResources } from './lib/locale-queries';
import { queryClient } from './lib/query-client';
import { toolsTextQuery } from './lib/tools-text-query';

export type RenderedPage =
  | { kind: 'page'; status: number; html: string; hydrationData: HydrationState }
  | { kind: 'redirect'; status: number; location: string };

export interface LanguageFiles {
  ui: UiResources['ui'];
  actions: UiResources['actions'];
  document: LocalizedDocument;
  tools: Record<string, unknown>;
}

/** The prerender reads the language files from disk; the queries then find them as if fetched. */
export function primeLanguage(language: Language, files: LanguageFiles): void {
  queryClient.setQueryData(uiTextQuery(language).queryKey, { ui: files.ui, actions: files.actions });
  queryClient.setQueryData(documentQuery(language).queryKey, files.document);
  queryClient.setQueryData(toolsTextQuery(language).queryKey, files.tools);
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** Renders `path` (under the base path, e.g. `/ja/5.7.750/connectors`) as the browser would on a first visit. */
export async function renderPage(path: string): Promise<RenderedPage> {
  const handler = createStaticHandler(routes, { basename: routerBasename() });
  const context = await handler.query(new Request(new URL(`${basePath()}${path}`, 'http://prerender.invalid')));
  if (context instanceof Response) {
    return { kind: 'redirect', status: context.status, location: context.headers.get('Location') ?? '/' };
  }
  const render = async () => {
    const router = createStaticRouter(handler.dataRoutes, context);
    const { prelude } = await prerenderToNodeStream(
      <StrictMode>
        <AppProviders>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </AppProviders>
      </StrictMode>,
      // Every part of the page inline, in order: a part written out later needs an inline script to move it in.
      { progressiveChunkSize: Number.POSITIVE_INFINITY },
    );
    return streamText(prelude);
  };
  // A part of the page whose code loads lazily is written out by an inline script the first time it is rendered (the
  // CSP forbids it, and the browser would render it anew); once its code is loaded it renders in place. So a page
  // that had to wait is rendered again.
  let html = await render();
  for (let attempt = 0; html.includes('<script') && attempt < 3; attempt++) html = await render();
  if (html.includes('<script')) throw new Error(`${path} still needs inline script after loading its code`);
  return {
    kind: 'page',
    status: context.statusCode,
    html,
    hydrationData: { loaderData: context.loaderData, actionData: context.actionData, errors: context.errors },
  };
}
