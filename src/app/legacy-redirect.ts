// An old link without a language (`/5.7.750/connectors?lng=ja`) that reached the app: the same page in the language
// `?lng=`, the saved choice or the browser asks for. The early script does this before the app runs; this is for what
// it cannot see (the dev server, an in-app link to an old path).
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { pathInApp } from '../config/paths';
import { browserClues, chooseLanguage } from '../lib/choose-language';
import { languageSlug } from '../lib/languages';

export function legacyLoader({ request }: LoaderFunctionArgs): Response {
  const url = new URL(request.url);
  const pathname = pathInApp(url);
  const language = chooseLanguage(browserClues(pathname, url.search));
  const search = new URLSearchParams(url.search);
  search.delete('lng');
  const query = search.toString();
  return redirect(`/${languageSlug(language)}${pathname}${query ? `?${query}` : ''}`);
}
