import { useSuspenseQuery } from '@tanstack/react-query';
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { toolsTextQuery } from '../../../lib/tools-text-query';

/** The tools' words, fetched the first time a tool shows (suspends until then), then looked up like any other text. */
export function useToolsText() {
  const language = currentLanguage();
  const { data } = useSuspenseQuery(toolsTextQuery(language));
  if (!i18n.hasResourceBundle(language, 'tools')) i18n.addResourceBundle(language, 'tools', data);
  return useTranslation('tools');
}
