import './support-summary.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
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
import { useRequestLanguage } from './use-request-language';
import { useSummaryText } from './use-summary-text';
import { firstBounceOf } from '../progress/case-timeline';
import { findingsSummaryLines } from '../tools/findings-summary';
import { readEvidence } from '../tools/update-evidence';

/** Whether the summary has findings to write, and so needs the tools' words. */
export function hasFindings({ evidence }: CaseFile): boolean {
  return evidence !== undefined && ('connectors' in evidence || 'traffic' in evidence || ('acceptedDomains' in evidence && 'sending' in evidence));
}

function summaryOf(caseFile: CaseFile, saved: boolean, language: Language, translate: SummaryTranslator): string {
  const format = summaryTimeFormat(language);
  const unreadable = translate('ui:common.unreadableTime');
  const formatDateTime = (iso: string) => formatTimestamp(format, iso, unreadable);
  const { evidence } = readEvidence(caseFile.evidence);
  const findings = findingsSummaryLines({
    evidence,
    firstBounceUtc: firstBounceOf(caseFile),
    text: translate,
    formatDateTime,
    language,
  });
  return buildSupportSummary({ caseFile, saved, flow: flows[caseFile.code], text: translate, formatDateTime, language, findings });
}

/**
 * `value`, held back while it keeps changing. A change after a quiet spell (a tick, an import) shows at once; changes
 * that follow each other within `delay` ms (typing a note on the Support step) show once they stop. The summary is the
 * whole case as text and is laid out again on every change, so following each keystroke would slow typing.
 */
function useSettledValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (Object.is(settled, value)) return undefined;
    const now = performance.now();
    const quiet = now - lastChange.current >= delay;
    lastChange.current = now;
    if (quiet) {
      setSettled(value);
      return undefined;
    }
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, settled, delay]);
  return settled;
}

function SupportSummaryBody({ code, headingId }: { code: Code; headingId: string }) {
  const { t } = useTranslation();
  const { t: tBoot } = useTranslation('boot');
  const id = useId();
  const current = useCase(code);
  const currentSaved = useCaseSaved(code);
  const caseFile = useSettledValue(current, 200);
  const saved = useSettledValue(currentSaved, 200);
  const language = currentLanguage();
  const [summaryLanguage, setSummaryLanguage] = useRequestLanguage(language);
  const text = useSummaryText(summaryLanguage, { withTools: hasFindings(current) });
  const translate = text.state === 'ready' ? text.translate : undefined;
  const summary = useMemo(
    () => translate && summaryOf(caseFile, saved, summaryLanguage, translate),
    [caseFile, saved, summaryLanguage, translate],
  );
  // A copy made during the pause after typing takes the case as it is now, not the summary still shown.
  const copyText = () => (translate && (caseFile !== current || saved !== currentSaved) ? summaryOf(current, currentSaved, summaryLanguage, translate) : (summary ?? ''));
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
        {summary && <CopyButton text={copyText} label={t('summaryPanel.copy')} className="button button--primary" />}
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
 * Plain text for the Microsoft support request, in the language of the request: the page's, or English. `appendix`
 * (the case file) prints it as an appendix under that heading; `false` leaves it off the paper.
 */
export function SupportSummaryPanel({ code, headingLevel = 2, appendix }: { code: Code; headingLevel?: 2 | 3; appendix?: string | false }) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  // An English page has no other language to show the summary in, so its intro offers none.
  const intro = currentLanguage() === 'en' ? t('summaryPanel.intro') : t('summaryPanel.introWithChoice');
  return (
    <section
      className={`summary print-keep-heading${appendix === false ? ' no-print' : appendix ? ' summary--appendix' : ''}`}
      aria-labelledby={`${id}-heading`}
    >
      <Heading id={`${id}-heading`}>
        {appendix ? (
          <>
            <span className="no-print">{t('summaryPanel.heading')}</span>
            <span className="print-only">{appendix}</span>
          </>
        ) : (
          t('summaryPanel.heading')
        )}
      </Heading>
      <p className="no-print">{intro}</p>
      <SectionBoundary>
        <SupportSummaryBody code={code} headingId={`${id}-heading`} />
      </SectionBoundary>
    </section>
  );
}
