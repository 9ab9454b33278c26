import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../lib/i18n';
import type { Language } from '../../lib/languages';
import { uiTextQuery } from '../../lib/locale-queries';
import { toolsTextQuery } from '../../lib/tools-text-query';
import type { SummaryTranslator } from '../progress/support-summary';

export type SummaryText =
  | { state: 'ready'; translate: SummaryTranslator }
  | { state: 'loading' }
  | { state: 'failed'; retry: () => void };

/**
 * The text for the support summary in `language`. English is what Microsoft Support reads, so its text is fetched
 * on demand when the page is in another language.
 */
export function useSummaryText(language: Language, { withTools = false }: { withTools?: boolean } = {}): SummaryText {
  const { i18n: active } = useTranslation();
  const needsFetch = language !== active.language;
  const { data, isError, isFetching, refetch } = useQuery({ ...uiTextQuery(language), enabled: needsFetch });
  // The findings' words: only a case with findings needs them, in whichever language the summary is in.
  const tools = useQuery({ ...toolsTextQuery(language), enabled: withTools });
  // One translator per language, so the summary built from it is not rebuilt on every render. It looks text up when
  // called, so text added below after a fetch is found.
  const translate = useMemo(() => i18n.getFixedT(language) as unknown as SummaryTranslator, [language]);
  if (needsFetch) {
    if (!data) {
      // While a retry runs the panel says "Loading…" again rather than keeping the old error up.
      return isError && !isFetching ? { state: 'failed', retry: () => void refetch() } : { state: 'loading' };
    }
    for (const [namespace, strings] of Object.entries(data)) {
      if (!i18n.hasResourceBundle(language, namespace)) i18n.addResourceBundle(language, namespace, strings);
    }
  }
  if (withTools) {
    if (!tools.data) {
      return tools.isError && !tools.isFetching ? { state: 'failed', retry: () => void tools.refetch() } : { state: 'loading' };
    }
    if (!i18n.hasResourceBundle(language, 'tools')) i18n.addResourceBundle(language, 'tools', tools.data);
  }
  return { state: 'ready', translate };
}
