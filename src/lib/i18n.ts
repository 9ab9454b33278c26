// i18next only looks strings up; react-query fetches them (see ensureLanguage).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import bootEn from '../../locales/en/boot.json';
import bootJa from '../../locales/ja/boot.json';
import bootZhTw from '../../locales/zh-TW/boot.json';
import { queryClient } from './query-client';
import { documentQuery, uiTextQuery } from './locale-queries';
import { pathInApp } from '../config/paths';
import { browserClues, chooseLanguage } from './choose-language';
import { LANGUAGE_STORAGE_KEY, isLanguage, languages, type Language } from './languages';

// The few strings shown before (or instead of) a language's text arrives: loading and retry.
const boot = { en: bootEn, ja: bootJa, 'zh-TW': bootZhTw } satisfies Record<Language, typeof bootEn>;

/** The language at start-up: the path's, else `?lng=`, the saved choice, the browser's; English in the prerender. */
function detectLanguage(): Language {
  if (typeof window === 'undefined') return 'en';
  return chooseLanguage(browserClues(pathInApp(new URL(window.location.href)), window.location.search));
}

void i18n
  .use(initReactI18next)
  .init({
    lng: detectLanguage(),
    resources: Object.fromEntries(languages.map((language) => [language, { boot: boot[language] }])),
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
