import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/ui/copy-button';
import { flows, type Code } from '../../config/flow';
import { currentLanguage } from '../../lib/i18n';
import { languageNames } from '../../lib/languages';
import { buildSupportSummary } from '../progress/support-summary';
import { useCase, useCaseSaved } from '../progress/use-case';
import { useSummaryText } from './use-summary-text';

function formatFor(language: string) {
  // dateStyle cannot be combined with timeZoneName; Support needs the zone, so the fields are spelt out.
  const format = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return (iso: string) => format.format(new Date(iso));
}

/** Plain text for the Microsoft support request: English by default, the page's language on request. */
export function SupportSummaryPanel({ code, headingLevel = 2 }: { code: Code; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const { t: tBoot } = useTranslation('boot');
  const id = useId();
  const caseFile = useCase(code);
  const saved = useCaseSaved(code);
  const language = currentLanguage();
  const [inPageLanguage, setInPageLanguage] = useState(false);
  const summaryLanguage = inPageLanguage ? language : 'en';
  const text = useSummaryText(summaryLanguage);
  const summary =
    text.state === 'ready'
      ? buildSupportSummary({
          caseFile,
          saved,
          flow: flows[code],
          text: text.translate,
          formatDateTime: formatFor(summaryLanguage),
          language: summaryLanguage,
        })
      : undefined;
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="summary print-keep-heading" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t('summaryPanel.heading')}</Heading>
      <p className="no-print">{t('summaryPanel.intro')}</p>
      <div className="summary__toolbar no-print">
        {language !== 'en' && (
          <span className="summary__language">
            <input
              id={`${id}-language`}
              type="checkbox"
              checked={inPageLanguage}
              onChange={(event) => setInPageLanguage(event.target.checked)}
            />
            <label htmlFor={`${id}-language`}>{t('summaryPanel.inLanguage', { language: languageNames[language] })}</label>
          </span>
        )}
        {summary && <CopyButton text={summary} label={t('summaryPanel.copy')} className="button button--primary" />}
      </div>
      {summary !== undefined && (
        <pre className="summary__text" tabIndex={0} aria-labelledby={`${id}-heading`} lang={summaryLanguage}>
          {summary}
        </pre>
      )}
      {text.state === 'loading' && (
        <p role="status" className="muted no-print">
          {t('shell.loading')}
        </p>
      )}
      {text.state === 'failed' && (
        <div className="notice notice--error no-print" role="alert">
          <p className="notice__title">{t('summaryPanel.loadFailed')}</p>
          <p>{tBoot('loadFailedHint')}</p>
          <button type="button" className="button" onClick={text.retry}>
            {tBoot('retry')}
          </button>
        </div>
      )}
    </section>
  );
}
