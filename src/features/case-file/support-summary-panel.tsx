import { useDeferredValue, useId, useMemo } from 'react';
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
import { TenantField } from './tenant-field';
import { useRequestLanguage } from './use-request-language';
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
  const [summaryLanguage, setSummaryLanguage] = useRequestLanguage(language);
  const text = useSummaryText(summaryLanguage);
  const summary = useSummary(caseFile, saved, summaryLanguage, text.state === 'ready' ? text.translate : undefined);
  return (
    <>
      <div className="summary__toolbar no-print">
        {language !== 'en' && (
          <fieldset className="summary__language">
            <legend>{t('summaryPanel.requestLanguage')}</legend>
            {[language, 'en' as const].map((option) => (
              <span key={option} className="summary__language-option">
                <input
                  id={`${id}-${option}`}
                  type="radio"
                  name={`${id}-language`}
                  checked={summaryLanguage === option}
                  onChange={() => setSummaryLanguage(option)}
                />
                <label htmlFor={`${id}-${option}`} lang={option}>
                  {languageNames[option]}
                </label>
              </span>
            ))}
          </fieldset>
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

/**
 * Plain text for the Microsoft support request, in the language of the request: the page's, or English. `withTenant` asks
 * for the tenant right here (the Support step), so the summary copied from it is not left without one.
 */
export function SupportSummaryPanel({
  code,
  headingLevel = 2,
  withTenant = false,
}: {
  code: Code;
  headingLevel?: 2 | 3;
  withTenant?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  // An English page has no other language to show the summary in, so its intro offers none.
  const intro = currentLanguage() === 'en' ? t('summaryPanel.intro') : t('summaryPanel.introWithChoice');
  return (
    <section className="summary print-keep-heading" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t('summaryPanel.heading')}</Heading>
      <p className="no-print">{intro}</p>
      {withTenant && <TenantField code={code} />}
      <SectionBoundary>
        <SupportSummaryBody code={code} headingId={`${id}-heading`} />
      </SectionBoundary>
    </section>
  );
}
