// Query options for the per-language files, shared by route loaders and components.
import { queryOptions } from '@tanstack/react-query';
import type { LocalizedDocument } from '../content/document-types';
import type { Language } from './languages';

// Each JSON file becomes a content-hashed asset fetched on demand: a cold visit downloads only its language.
const localeUrls = import.meta.glob<string>(['/locales/*/ui.json', '/locales/*/actions.json', '/locales/*/document.json'], {
  query: '?url',
  import: 'default',
  eager: true,
});

export class LocaleLoadError extends Error {
  override name = 'LocaleLoadError';
}

/** `urls`: the glob the file is in (a feature that loads on demand keeps its own, off the cold path). */
export async function fetchLocaleFile<T>(language: Language, file: string, urls: Record<string, string> = localeUrls): Promise<T> {
  const url = urls[`/locales/${language}/${file}.json`];
  if (!url) throw new LocaleLoadError(`No ${file} text for ${language}`);
  const response = await fetch(url);
  if (!response.ok) throw new LocaleLoadError(`${file} (${language}): HTTP ${response.status}`);
  return (await response.json()) as T;
}

export type UiResources = Record<'ui' | 'actions', Record<string, unknown>>;

export const uiTextQuery = (language: Language) =>
  queryOptions({
    queryKey: ['locale', language, 'ui'],
    queryFn: async (): Promise<UiResources> => {
      const [ui, actions] = await Promise.all([
        fetchLocaleFile<Record<string, unknown>>(language, 'ui'),
        fetchLocaleFile<Record<string, unknown>>(language, 'actions'),
      ]);
      return { ui, actions };
    },
  });

export const documentQuery = (language: Language) =>
  queryOptions({
    queryKey: ['locale', language, 'document'],
    queryFn: () => fetchLocaleFile<LocalizedDocument>(language, 'document'),
  });

