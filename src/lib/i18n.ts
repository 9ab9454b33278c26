// i18next only looks strings up; react-query fetches them (see ensureLanguage).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import bootEn from '../../locales/en/boot.json';
import { queryClient } from './query-client';
import { documentQuery, uiTextQuery } from './locale-queries';
import { pathInApp } from '../config/paths';
import { languageOfPath } from './choose-language';
import { LANGUAGE_STORAGE_KEY, isLanguage, languages, type Language } from './languages';

/** The id of the `<script type="application/json">` in which a page carries its language's boot strings. */
export const BOOT_TEXT_ID = 'boot-text';

/**
 * The few strings shown before (or instead of) a language's text arrives: loading and retry. English is built in; a
 * page carries its own language's (the not-found page, every language's), which costs the app's code nothing.
 */
function bootText(): Record<Language, typeof bootEn> {
  const carried = typeof document === 'undefined' ? null : document.getElementById(BOOT_TEXT_ID)?.textContent;
  let fromPage: Partial<Record<Language, typeof bootEn>> = {};
  try {
    if (carried) fromPage = JSON.parse(carried) as typeof fromPage;
  } catch {
    // A damaged page: English it is.
  }
  // A language the page does not carry (the dev server carries none) shows the English ones.
  return Object.fromEntries(languages.map((language) => [language, language === 'en' ? bootEn : (fromPage[language] ?? bootEn)])) as Record<
    Language,
    typeof bootEn
  >;
}

/**
 * The language at start-up: the path's (the early script has put it there, and each page's loader switches to its
 * own); English in the prerender, which renders each page after switching.
 */
function detectLanguage(): Language {
  if (typeof window === 'undefined') return 'en';
  return languageOfPath(pathInApp(new URL(window.location.href))) ?? 'en';
}

void i18n
  .use(initReactI18next)
  .init({
    lng: detectLanguage(),
    resources: Object.fromEntries(Object.entries(bootText()).map(([language, strings]) => [language, { boot: strings }])),
    partialBundledLanguages: true,
    supportedLngs: [...languages],
    nonExplicitSupportedLngs: false,
    load: 'currentOnly',
    fallbackLng: false,
    ns: ['boot', 'ui', 'actions'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false }, // React escapes; no string is ever rendered as HTML.
    returnNull: false,
    react: { useSuspense: false },
  });

if (typeof document !== 'undefined') {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
}

export function currentLanguage(): Language {
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(resolved) ? resolved : 'en';
}

/**
 * Fetches a language's text, hands the strings to i18next, then switches. The document comes in the same step so
 * that no page re-renders in the new language before its document text is there.
 */
export async function ensureLanguage(language: Language): Promise<void> {
  // ensureQueryData is the loader pattern the project follows (fill the cache before render); still supported in v5.
  /* eslint-disable @typescript-eslint/no-deprecated */
  const [resources] = await Promise.all([
    queryClient.ensureQueryData(uiTextQuery(language)),
    queryClient.ensureQueryData(documentQuery(language)),
  ]);
  /* eslint-enable @typescript-eslint/no-deprecated */
  for (const [namespace, strings] of Object.entries(resources)) {
    if (!i18n.hasResourceBundle(language, namespace)) i18n.addResourceBundle(language, namespace, strings);
  }
  if (i18n.language !== language) await i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be blocked; the choice then lasts for this visit only, which is still correct.
  }
}

export { i18n };
