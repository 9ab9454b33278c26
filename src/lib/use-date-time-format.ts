import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { caseTimeFormat, formatTimestamp, summaryTimeFormat } from './timestamp';

/**
 * Dates and times in the reader's language, e.g. "22 Nov 2026, 14:05" / "2026年11月22日 14:05"; `withZone` adds the
 * time zone, for a time that came from elsewhere (a bounce) rather than from this browser.
 */
export function useDateTimeFormat({ withZone = false }: { withZone?: boolean } = {}): (iso: string) => string {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    // Made on first use, not on render: the first formatter of a language loads its locale data, tens of
    // milliseconds on a phone for Japanese or Chinese, which a page without dates should not pay while it hydrates.
    let format: Intl.DateTimeFormat | undefined;
    const unreadable = t('common.unreadableTime');
    return (iso: string) => {
      format ??= withZone ? summaryTimeFormat(i18n.language) : caseTimeFormat(i18n.language);
      return formatTimestamp(format, iso, unreadable);
    };
  }, [i18n.language, t, withZone]);
}
