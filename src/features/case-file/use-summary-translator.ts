import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../lib/i18n';
import type { Language } from '../../lib/languages';
import { uiTextQuery } from '../../lib/locale-queries';
import type { SummaryTranslator } from '../progress/support-summary';

/**
 * A translator for the support summary in `language`. English is what Microsoft Support reads, so its text is fetched
 * on demand when the page is in another language; undefined while it loads.
 */
export function useSummaryTranslator(language: Language): SummaryTranslator | undefined {
  const { i18n: active } = useTranslation();
  const needsFetch = language !== active.language;
  const { data } = useQuery({ ...uiTextQuery(language), enabled: needsFetch });
  if (needsFetch) {
    if (!data) return undefined;
    for (const [namespace, strings] of Object.entries(data)) {
      if (!i18n.hasResourceBundle(language, namespace)) i18n.addResourceBundle(language, namespace, strings);
    }
  }
  const fixed = i18n.getFixedT(language) as unknown as SummaryTranslator;
  return fixed;
}
