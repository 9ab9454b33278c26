// The language of the admin's support request: the summary is written in it. Microsoft Support also takes requests in
// Japanese and Chinese, so a ja or zh-TW page starts in its own language; the choice is remembered for next time.
import { useCallback, useState } from 'react';
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
  const [choice, setChoice] = useState<Choice>(storedChoice);
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
