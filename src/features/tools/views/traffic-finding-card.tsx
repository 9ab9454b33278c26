import { memo, useId } from 'react';
import type { Code } from '../../../config/flow';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import type { SenderMark } from '../evidence-schema';
import type { FindingTranslator } from '../finding-text';
import type { TrafficFinding, TrafficReport } from '../rules/traffic-analysis';
import { trafficFlagText, trafficSentence } from '../traffic-text';
import { updateEvidence } from '../update-evidence';
import { MarkField } from './mark-field';
import { useToolsText } from './use-tools-text';

function setSenderMark(code: Code, sender: string, mark: SenderMark | undefined) {
  updateEvidence(code, (current, time) => {
    const next = { ...(current.senderMarks ?? {}) };
    if (mark) next[sender] = { mark, changedAt: time };
    else Reflect.deleteProperty(next, sender);
    return { ...current, senderMarks: next };
  });
}

interface TrafficFindingCardProps {
  code: Code;
  finding: TrafficFinding;
  report: TrafficReport;
  mark: { mark: SenderMark; changedAt: string } | undefined;
  /** The case file shows the mark as given; the tool lets the admin give it. */
  editable: boolean;
}

/** One flagged sender: what it sent, each flag with its numbers, what to do, and what the admin did. */
export const TrafficFindingCard = memo(function TrafficFindingCard({ code, finding, report, mark, editable }: TrafficFindingCardProps) {
  const { t, i18n } = useToolsText();
  const headingId = useId();
  const formatTime = useDateTimeFormat({ withZone: true });
  const context = { text: t as unknown as FindingTranslator, formatTime, language: i18n.language };
  const verdict = finding.verdict === 'normal' ? 'review' : finding.verdict;
  return (
    <article className={`connector-card traffic-card traffic-card--${finding.verdict}`} aria-labelledby={headingId}>
      <h4 id={headingId}>
        <span lang="en" dir="ltr">
          {finding.sender}
        </span>{' '}
        <span className={`verdict verdict--${finding.verdict}`}>{t(`traffic.verdict.${finding.verdict}`)}</span>
      </h4>
      <p className="traffic-card__sentence">{trafficSentence(finding, context)}</p>
      <ul className="connector-card__reasons">
        {finding.flags.map((flag) => (
          <li key={flag}>{trafficFlagText(flag, finding, report, context)}</li>
        ))}
      </ul>
      <p>
        <strong>{t(`traffic.advice.${verdict}`)}</strong>
      </p>
      {editable ? (
        <MarkField
          legend={t('traffic.markLabel', { sender: finding.sender })}
          choices={(['secured', 'legitimate'] as const).map((value) => ({ value, label: t(`traffic.mark.${value}`) }))}
          mark={mark}
          onChange={(value) => setSenderMark(code, finding.sender, value)}
        />
      ) : (
        mark && <p>{t('connectors.markedAt', { time: formatTime(mark.changedAt) })} {t(`traffic.mark.${mark.mark}`)}</p>
      )}
    </article>
  );
});
