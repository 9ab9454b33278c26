// Which language a visit opens in. The early script in each page's head (src/boot/early-script.ts) makes the same choice
// before the first paint; a unit test holds the two to one table.
import { LANGUAGE_STORAGE_KEY, languageOfSlug, normalizeLanguage, type Language } from './languages';

export interface LanguageClues {
  /** The path under the base path, e.g. `/ja/5.7.750/connectors` or `/5.7.750/connectors`. */
  pathname: string;
  search: string;
  /** The visitor's saved choice, if storage can be read. */
  saved: string | null;
  /** `navigator.languages` (or `[navigator.language]`). */
  browser: readonly string[];
}

/** The language the path names (`/ja/…`, any case), if it names one. */
export function languageOfPath(pathname: string): Language | undefined {
  return languageOfSlug(pathname.split('/').find(Boolean));
}

/** The path's language first, then `?lng=`, then the saved choice, then the browser's languages, else English. */
export function chooseLanguage({ pathname, search, saved, browser }: LanguageClues): Language {
  return (
    languageOfPath(pathname) ??
    normalizeLanguage(new URLSearchParams(search).get('lng')) ??
    normalizeLanguage(saved) ??
    browser.map(normalizeLanguage).find((language) => language !== undefined) ??
    'en'
  );
}

/** What the browser tells about the visitor, read defensively (storage can be blocked). */
export function browserClues(pathname: string, search: string): LanguageClues {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage blocked: the browser's languages decide.
  }
  const browser = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  return { pathname, search, saved, browser };
}
