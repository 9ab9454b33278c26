import './tools.css';
import { useMemo } from 'react';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { visibleLine } from '../../../lib/visible-text';
import type { CaseFile } from '../../progress/case-schema';
import { connectorKey, connectorReviewsOf, domainGapsOf } from '../evidence';
import { connectorReasonText, type FindingTranslator } from '../finding-text';
import { DomainGapResults } from './domain-gap-results';
import { TrafficResults } from './traffic-results';
import { useToolsText } from './use-tools-text';
import { readEvidence } from '../update-evidence';
import { firstBounceOf } from '../../progress/case-timeline';

/** The case file's findings: the gap finder's table and each connector's verdict, reasons and the admin's mark. */
export function CaseFindings({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useToolsText();
  const formatTime = useDateTimeFormat();
  const { evidence } = readEvidence(caseFile.evidence);
  const firstBounce = firstBounceOf(caseFile);
  // The case file re-renders as its tenant field is typed in: the findings are worked out only when evidence changes.
  const report = useMemo(() => domainGapsOf(evidence), [evidence]);
  const reviews = useMemo(
    () => (evidence.connectors ? connectorReviewsOf(evidence, firstBounce, evidence.connectors.readAt) : undefined),
    [evidence, firstBounce],
  );
  const text = t as unknown as FindingTranslator;
  const number = (value: number) => value.toLocaleString(i18n.language);
  return (
    <section className="case-findings print-keep-heading" aria-labelledby="case-findings">
      <h2 id="case-findings">{t('evidence.heading')}</h2>
      {!report && !reviews && !evidence.traffic && <p className="muted">{t('evidence.none')}</p>}
      {evidence.traffic && (
        <TrafficResults code={caseFile.code} report={evidence.traffic.report} marks={evidence.senderMarks} editable={false} />
      )}
      {report && <DomainGapResults report={report} />}
      {reviews && (
        <>
          <h3>{t('evidence.connectorsHeading')}</h3>
          <ul className="case-findings__connectors">
            {reviews.map((review) => {
              const mark = evidence.connectorMarks?.[connectorKey(review)];
              return (
                <li key={connectorKey(review)} className="print-keep">
                  <strong lang="en" dir="ltr">
                    {visibleLine(review.name)}
                  </strong>{' '}
                  <span className={`verdict verdict--${review.verdict}`}>{t(`connectors.verdict.${review.verdict}`)}</span>{' '}
                  <span>
                    {mark
                      ? t(mark.mark === 'ours' ? 'evidence.markOurs' : 'evidence.markRemoved', { time: formatTime(mark.changedAt) })
                      : t('evidence.unmarked')}
                  </span>
                  {review.reasons.length > 0 && (
                    <ul>
                      {review.reasons.map((reason) => (
                        <li key={reason.code}>{connectorReasonText(text, reason, number)}</li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
