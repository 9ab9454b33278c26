import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localePath } from '../config/paths';
import { isLanguage } from './languages';

/** Turns an app path into the page's own language's path: links stay in the language being read. */
export function useLocalePath(): (path: string) => string {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return useCallback((path: string) => localePath(language, path), [language]);
}
