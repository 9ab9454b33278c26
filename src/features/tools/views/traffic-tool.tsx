import './tools.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeBlock } from '../../../components/ui/code-block';
import type { Code } from '../../../config/flow';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { useCase } from '../../progress/use-case';
import { acceptedDomainEvidence, fitEvidence, timeSpanOf, trafficEvidence, withoutInput } from '../evidence';
import type { AcceptedDomainEvidence, CaseEvidence } from '../evidence-schema';
import type { ReadOutcome, SendingData } from '../model';
import { acceptedDomainCoverage, isCovered } from '../rules/domain-coverage';
import { analyseTraffic } from '../rules/traffic-analysis';
import { readEvidence, updateEvidence } from '../update-evidence';
import { DateOrderQuestion, type DateReading } from './date-order-question';
import { ACCEPTED_DOMAINS_COMMAND } from './domain-gap-tool';
import { StoredInputLine } from './stored-input-line';
import { browserTimeZone, TimeZoneField } from './time-zone-field';
import { ToolInput, type InputOrigin } from './tool-input';
import { TrafficResults } from './traffic-results';
import { useFocusOnOpen } from './use-focus-on-open';
import { useToolsText } from './use-tools-text';

export const MESSAGE_TRACE_COMMAND =
  'Get-MessageTraceV2 -StartDate (Get-Date).AddDays(-10) -EndDate (Get-Date) -ResultSize 5000 | Export-Csv "$HOME\\Desktop\\message-trace.csv" -NoTypeInformation -Encoding UTF8';

type SendingRead = Extract<ReadOutcome, { kind: 'sending' }>;

const readingOf = (outcome: SendingRead, order: DateReading): SendingData =>
  order === 'day-first' && outcome.dayFirst ? outcome.dayFirst : outcome.data;

/** Whether a domain is the tenant's, by the accepted domains as read. */
const tenantDomains = (accepted: AcceptedDomainEvidence) => {
  const coverage = acceptedDomainCoverage(accepted.domains, accepted.matchSubDomainsKnown);
  return (domain: string) => isCovered(coverage(domain));
};

/** The evidence with the trace analysed by the tenant's domains as `accepted` gives them. */
function withTraffic(
  evidence: CaseEvidence,
  trace: { data: SendingData; origin: InputOrigin },
  accepted: AcceptedDomainEvidence,
  time: string,
): CaseEvidence {
  const { data, origin } = trace;
  if (!data.traffic) return evidence;
  const report = analyseTraffic(data.traffic, tenantDomains(accepted));
  return fitEvidence({ ...evidence, traffic: trafficEvidence({ data, report, acceptedAt: accepted.readAt }, origin, time) });
}

/** 5.7.705's check: who sent what, when the burst began, and why a sender looks compromised. */
export function TrafficTool({ code, focusOnOpen = false }: { code: Code; focusOnOpen?: boolean }) {
  const { t: ui } = useTranslation();
  const section = useFocusOnOpen(focusOnOpen);
  const { t, i18n } = useToolsText();
  const formatTime = useDateTimeFormat({ withZone: true });
  const caseFile = useCase(code);
  const { evidence, unreadable } = readEvidence(caseFile.evidence);
  const { acceptedDomains, traffic } = evidence;
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [undecided, setUndecided] = useState<{ outcome: SendingRead; origin: InputOrigin } | undefined>(undefined);
  // A trace read before the accepted domains waits here (rows are never stored) until they arrive.
  const [waiting, setWaiting] = useState<{ data: SendingData; origin: InputOrigin } | undefined>(undefined);

  const keep = (data: SendingData, origin: InputOrigin) => {
    setUndecided(undefined);
    if (acceptedDomains) {
      setWaiting(undefined);
      updateEvidence(code, (current, time) => withTraffic(current, { data, origin }, acceptedDomains, time));
    } else setWaiting({ data, origin });
  };

  const report = traffic?.report;
  const stale = traffic && acceptedDomains && acceptedDomains.readAt !== traffic.acceptedAt;
  const rateLimitCode = useMemo(() => caseFile.ndr?.allCodes.find((candidate) => candidate === '5.7.233' || candidate === '5.7.232'), [caseFile.ndr]);
  return (
    <section className="card tool" aria-labelledby="cause-finder-traffic" ref={section}>
      <h2 id="cause-finder-traffic">{ui('causeFinder.traffic.heading')}</h2>
      <p>{ui('causeFinder.traffic.intro')}</p>
      {unreadable && <p className="notice notice--warning">{t('input.unreadableEvidence')}</p>}
      {!acceptedDomains && (
        <>
          <p>{t('traffic.acceptedFirst')}</p>
          <ToolInput
            slot="accepted-domains"
            accepts="accepted-domains"
            label={t('gap.acceptedLabel')}
            hint={<CodeBlock caption={t('gap.acceptedHint')} code={ACCEPTED_DOMAINS_COMMAND} />}
            onRead={(outcome, origin) => {
              if (outcome.kind !== 'accepted-domains') return;
              // A trace read first is analysed in the same change, with these domains.
              const trace = waiting;
              setWaiting(undefined);
              updateEvidence(code, (current, time) => {
                const accepted = acceptedDomainEvidence(outcome, origin, time);
                const next = { ...current, acceptedDomains: accepted };
                return trace ? withTraffic(next, trace, accepted, time) : fitEvidence(next);
              });
            }}
          />
        </>
      )}
      {acceptedDomains && (
        <StoredInputLine
          {...acceptedDomains}
          what={t('gap.acceptedLabel')}
          describe={(parts) => t('gap.acceptedRead', { count: acceptedDomains.domains.length, format: t(`formats.${acceptedDomains.format}`), ...parts })}
          onRemove={() => updateEvidence(code, (current) => withoutInput(current, 'acceptedDomains'))}
        />
      )}

      <TimeZoneField value={timeZone} onChange={setTimeZone} />
      <ToolInput
        slot="traffic"
        accepts="sending"
        label={t('traffic.traceLabel')}
        hint={<CodeBlock caption={t('traffic.traceHint')} code={MESSAGE_TRACE_COMMAND} />}
        timeZone={timeZone}
        onRead={(outcome, origin) => {
          if (outcome.kind !== 'sending') return;
          if (outcome.dateOrder === 'ambiguous' && outcome.dayFirst) setUndecided({ outcome, origin });
          else keep(outcome.data, origin);
        }}
      />
      {undecided && (
        <DateOrderQuestion
          describe={(order) => {
            const span = timeSpanOf(readingOf(undecided.outcome, order));
            return t(`gap.dateOrder.${order}`, { first: span.first ? formatTime(span.first) : '—', last: span.last ? formatTime(span.last) : '—' });
          }}
          onChoose={(order) => keep(readingOf(undecided.outcome, order), undecided.origin)}
        />
      )}
      {waiting && !acceptedDomains && (
        <p className="notice notice--warning" role="status">
          {t('traffic.waitingForAccepted')}
        </p>
      )}
      {traffic && (
        <StoredInputLine
          {...traffic}
          what={t('traffic.traceLabel')}
          describe={(parts) => t('traffic.read', { rows: traffic.rows.toLocaleString(i18n.language), format: t(`formats.${traffic.format}`), ...parts })}
          onRemove={() => updateEvidence(code, (current) => withoutInput(current, 'traffic'))}
        />
      )}
      {stale && <p className="notice notice--warning">{t('traffic.acceptedChanged')}</p>}
      {rateLimitCode && <p className="notice notice--info">{t('traffic.rateLimit', { code: rateLimitCode })}</p>}
      {report ? (
        <TrafficResults code={code} report={report} marks={evidence.senderMarks} editable />
      ) : (
        !waiting && <p className="muted">{t('traffic.waitingForTrace')}</p>
      )}
    </section>
  );
}
