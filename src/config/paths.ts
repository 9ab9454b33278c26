// The single list of URLs (the public URL contract in the product brief). Paths are relative to the base path.
import { languageSlug, type Language } from '../lib/languages';
import type { Code, StepId } from './flow';

export type PageId = StepId | 'checklist';

/** Paths inside a language: `paths.step(code, page)` is `/{code}/{page}`; `localePath` puts `/{lng}` in front. */
export const paths = {
  home: () => '/',
  code: (code: Code) => `/${code}`,
  step: (code: Code, page: PageId) => `/${code}/${page}`,
  checklist: (code: Code) => `/${code}/checklist`,
};

/** The canonical path of a page: `/ja/5.7.750/connectors`, and `/ja/` for the start page. */
export function localePath(language: Language, path: string): string {
  return `/${languageSlug(language)}${path === '/' ? '/' : path}`;
}

/** The base path the app is deployed under, without its trailing slash ('' at the root). */
export const basePath = (): string => import.meta.env.BASE_URL.replace(/\/$/, '');

/** Absolute URL of a page in a language, under the deployment's base path, for sharing. */
export function absoluteUrl(language: Language, path: string, origin: string = window.location.origin): string {
  return new URL(`${basePath()}${localePath(language, path)}`, origin).href;
}

/** A URL's path under the base path, as the router sees it (`/ja/5.7.750/connectors`). */
export function pathInApp(url: URL): string {
  const base = basePath();
  return url.pathname.startsWith(base) ? url.pathname.slice(base.length) || '/' : url.pathname;
}

/** The page `path` in the language of the page `request` is for (`/ja/…` → `/ja{path}`), keeping its query. */
export function sameLanguage(request: Request, path: string): string {
  const url = new URL(request.url);
  const [, slug = ''] = pathInApp(url).split('/');
  return `/${slug}${path}${url.search}`;
}
