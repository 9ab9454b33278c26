import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { caseTimeFormat, formatTimestamp } from './timestamp';

/** Dates and times in the reader's language, e.g. "22 Nov 2026, 14:05" / "2026年11月22日 14:05". */
export function useDateTimeFormat(): (iso: string) => string {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const format = caseTimeFormat(i18n.language);
    const unreadable = t('common.unreadableTime');
    return (iso: string) => formatTimestamp(format, iso, unreadable);
  }, [i18n.language, t]);
}
