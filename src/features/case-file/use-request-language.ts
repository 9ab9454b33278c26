// The language of the admin's support request: the summary is written in it. Microsoft Support also takes requests in
// Japanese and Chinese, so a ja or zh-TW page starts in its own language; the choice is remembered for next time.
import { useCallback, useState } from 'react';
import { useHydrated } from '../../lib/use-hydrated';
import type { Language } from '../../lib/languages';

export const REQUEST_LANGUAGE_KEY = 'unblock:request-language';

type Choice = 'page' | 'en';

function storedChoice(): Choice {
  try {
    return localStorage.getItem(REQUEST_LANGUAGE_KEY) === 'en' ? 'en' : 'page';
  } catch {
    return 'page';
  }
}

/** The summary's language for a page in `pageLanguage`, and a setter taking either language. */
export function useRequestLanguage(pageLanguage: Language): [Language, (language: Language) => void] {
  // Unset until chosen here: the stored choice is read once hydrated (the prerender cannot read it).
  const [chosen, setChoice] = useState<Choice | undefined>(undefined);
  const hydrated = useHydrated();
  const choice = chosen ?? (hydrated ? storedChoice() : 'page');
  const choose = useCallback(
    (language: Language) => {
      const next: Choice = language === 'en' && pageLanguage !== 'en' ? 'en' : 'page';
      setChoice(next);
      try {
        localStorage.setItem(REQUEST_LANGUAGE_KEY, next);
      } catch {
        // Storage may be blocked: the choice then holds for this page only.
      }
    },
    [pageLanguage],
  );
  return [pageLanguage === 'en' || choice === 'en' ? 'en' : pageLanguage, choose];
}
