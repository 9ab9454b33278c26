// The single list of URLs (the public URL contract in the product brief). Paths are relative to the base path.
import { normalizeLanguage } from '../lib/languages';
import type { Code, StepId } from './flow';

export type PageId = StepId | 'checklist';

export const paths = {
  home: () => '/',
  code: (code: Code) => `/${code}`,
  step: (code: Code, page: PageId) => `/${code}/${page}`,
  checklist: (code: Code) => `/${code}/checklist`,
};

/** Keeps a pinned language (`?lng=`) on links inside the app, so a pinned link stays pinned as you move on. */
export function keepPinnedLanguage(path: string, currentSearch: string): string {
  const pinned = normalizeLanguage(new URLSearchParams(currentSearch).get('lng'));
  return pinned ? `${path}?lng=${pinned}` : path;
}

/** Absolute URL of a page, under the deployment's base path, for sharing. */
export function absoluteUrl(path: string, options: { language?: string; origin?: string } = {}): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const url = new URL(`${base}${path}`, options.origin ?? window.location.origin);
  if (options.language) url.searchParams.set('lng', options.language);
  return url.href;
}
