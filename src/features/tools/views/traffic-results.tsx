import type { Code } from '../../../config/flow';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import type { CaseEvidence } from '../evidence-schema';
import { hasAnomaly, type TrafficReport } from '../rules/traffic-analysis';
import { TrafficChart } from './traffic-chart';
import { TrafficFindingCard } from './traffic-finding-card';
import { useToolsText } from './use-tools-text';

interface TrafficResultsProps {
  code: Code;
  report: TrafficReport;
  marks: CaseEvidence['senderMarks'];
  editable: boolean;
}

/** The analysis: the window in numbers, the hourly chart, each flagged sender, and the busiest others. */
export function TrafficResults({ code, report, marks, editable }: TrafficResultsProps) {
  const { t, i18n } = useToolsText();
  const formatTime = useDateTimeFormat({ withZone: true });
  const number = (value: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  const flagged = report.findings.filter((finding) => finding.verdict !== 'normal');
  const others = report.findings.filter((finding) => finding.verdict === 'normal').slice(0, 5);
  return (
    <div className="tool-results">
      <h3>{t('traffic.resultsHeading')}</h3>
      {report.window && (
        <p className="tool-results__summary">
          {t('traffic.summary', {
            senders: number(report.outboundSenders),
            messages: number(report.outboundMessages),
            from: formatTime(report.window.from),
            to: formatTime(report.window.to),
            usual: number(report.tenantUsualPerHour),
            inbound: number(report.inboundMessages),
            system: number(report.systemMessages),
          })}
        </p>
      )}
      {!hasAnomaly(report) && <p className="notice notice--info">{t('traffic.noAnomaly')}</p>}
      <TrafficChart report={report} />
      {flagged.map((finding) => (
        <TrafficFindingCard
          key={finding.sender}
          code={code}
          finding={finding}
          report={report}
          mark={marks?.[finding.sender]}
          editable={editable}
        />
      ))}
      {others.length > 0 && (
        <>
          <p>{t('traffic.moreSenders')}</p>
          <ul className="names">
            {others.map((finding) => (
              <li key={finding.sender} lang="en" dir="ltr">
                {finding.sender} ({number(finding.messages)})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
