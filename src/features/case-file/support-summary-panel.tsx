import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/ui/copy-button';
import { flows, type Code } from '../../config/flow';
import { currentLanguage } from '../../lib/i18n';
import { languageNames, type Language } from '../../lib/languages';
import { formatTimestamp, summaryTimeFormat } from '../../lib/timestamp';
import type { CaseFile } from '../progress/case-schema';
import { buildSupportSummary, type SummaryTranslator } from '../progress/support-summary';
import { useCase, useCaseSaved } from '../progress/use-case';
import { SectionBoundary } from './section-boundary';
import { useSummaryText } from './use-summary-text';

/**
 * The summary is built from a deferred copy of the case, and only when that copy or the language changes: while the
 * admin types a note on the same page, each keystroke renders first and the summary catches up after.
 */
function useSummary(caseFile: CaseFile, saved: boolean, language: Language, translate: SummaryTranslator | undefined) {
  return useMemo(() => {
    if (!translate) return undefined;
    const format = summaryTimeFormat(language);
    const unreadable = translate('ui:common.unreadableTime');
    return buildSupportSummary({
      caseFile,
      saved,
      flow: flows[caseFile.code],
      text: translate,
      formatDateTime: (iso) => formatTimestamp(format, iso, unreadable),
      language,
    });
  }, [caseFile, saved, language, translate]);
}

function SupportSummaryBody({ code, headingId }: { code: Code; headingId: string }) {
  const { t } = useTranslation();
  const { t: tBoot } = useTranslation('boot');
  const id = useId();
  const current = useCase(code);
  const currentSaved = useCaseSaved(code);
  const caseFile = useDeferredValue(current);
  const saved = useDeferredValue(currentSaved);
  const language = currentLanguage();
  const [inPageLanguage, setInPageLanguage] = useState(false);
  const summaryLanguage = inPageLanguage ? language : 'en';
  const text = useSummaryText(summaryLanguage);
  const summary = useSummary(caseFile, saved, summaryLanguage, text.state === 'ready' ? text.translate : undefined);
  return (
    <>
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
        <pre className="summary__text" tabIndex={0} aria-labelledby={headingId} lang={summaryLanguage}>
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
    </>
  );
}

/** Plain text for the Microsoft support request: English by default, the page's language on request. */
export function SupportSummaryPanel({ code, headingLevel = 2 }: { code: Code; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="summary print-keep-heading" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t('summaryPanel.heading')}</Heading>
      <p className="no-print">{t('summaryPanel.intro')}</p>
      <SectionBoundary>
        <SupportSummaryBody code={code} headingId={`${id}-heading`} />
      </SectionBoundary>
    </section>
  );
}
