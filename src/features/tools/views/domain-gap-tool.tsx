import './tools.css';
import { useMemo, useState } from 'react';
import { CodeBlock } from '../../../components/ui/code-block';
import type { Code } from '../../../config/flow';
import { caseStore } from '../../progress/case-store';
import { useCase } from '../../progress/use-case';
import { acceptedDomainEvidence, domainGapsOf, fitEvidence, sendingEvidence, timeSpanOf, withoutInput } from '../evidence';
import type { ReadOutcome, SendingData } from '../model';
import { DateOrderQuestion, type DateReading } from './date-order-question';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { DomainGapResults } from './domain-gap-results';
import { StoredInputLine } from './stored-input-line';
import { browserTimeZone, TimeZoneField } from './time-zone-field';
import { ToolInput, type InputOrigin } from './tool-input';
import { useToolsText } from './use-tools-text';

export const ACCEPTED_DOMAINS_COMMAND = 'Get-AcceptedDomain | ConvertTo-Json';

type SendingRead = Extract<ReadOutcome, { kind: 'sending' }>;

const readingOf = (outcome: SendingRead, order: DateReading): SendingData =>
  order === 'day-first' && outcome.dayFirst ? outcome.dayFirst : outcome.data;

/** Step 1's check: accepted domains against the domains mail was actually sent from. */
export function DomainGapTool({ code }: { code: Code }) {
  const { t, i18n } = useToolsText();
  const formatTime = useDateTimeFormat({ withZone: true });
  const stored = useCase(code).evidence;
  const evidence = stored ?? {};
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [undecided, setUndecided] = useState<{ outcome: SendingRead; origin: InputOrigin } | undefined>(undefined);
  const { acceptedDomains, sending } = evidence;

  const keepSending = (data: SendingData, origin: InputOrigin) => {
    setUndecided(undefined);
    caseStore.setEvidence(code, (current, time) => fitEvidence({ ...current, sending: sendingEvidence(data, origin, time) }));
  };
  // A note typed on this step changes the case but not its evidence: the findings are not worked out again.
  const report = useMemo(() => (stored ? domainGapsOf(stored) : undefined), [stored]);
  return (
    <section className="card tool" aria-labelledby="gap-heading">
      <h2 id="gap-heading">{t('gap.heading')}</h2>
      <p>{t('gap.intro')}</p>

      <ToolInput
        slot="accepted-domains"
        accepts="accepted-domains"
        label={t('gap.acceptedLabel')}
        hint={<CodeBlock caption={t('gap.acceptedHint')} code={ACCEPTED_DOMAINS_COMMAND} />}
        onRead={(outcome, origin) => {
          if (outcome.kind !== 'accepted-domains') return;
          caseStore.setEvidence(code, (current, time) => fitEvidence({ ...current, acceptedDomains: acceptedDomainEvidence(outcome, origin, time) }));
        }}
      />
      {acceptedDomains && (
        <StoredInputLine
          {...acceptedDomains}
          what={t('gap.acceptedLabel')}
          describe={(parts) =>
            t('gap.acceptedRead', { count: acceptedDomains.domains.length, format: t(`formats.${acceptedDomains.format}`), ...parts })
          }
          onRemove={() => caseStore.setEvidence(code, (current) => withoutInput(current, 'acceptedDomains'))}
        />
      )}

      <TimeZoneField value={timeZone} onChange={setTimeZone} />
      <ToolInput
        slot="sending"
        accepts="sending"
        label={t('gap.sendingLabel')}
        hint={<p>{t('gap.sendingHint')}</p>}
        timeZone={timeZone}
        onRead={(outcome, origin) => {
          if (outcome.kind !== 'sending') return;
          if (outcome.dateOrder === 'ambiguous' && outcome.dayFirst) setUndecided({ outcome, origin });
          else keepSending(outcome.data, origin);
        }}
      />
      {undecided && (
        <DateOrderQuestion
          describe={(order) => {
            const span = timeSpanOf(readingOf(undecided.outcome, order));
            return t(`gap.dateOrder.${order}`, { first: span.first ? formatTime(span.first) : '—', last: span.last ? formatTime(span.last) : '—' });
          }}
          onChoose={(order) => keepSending(readingOf(undecided.outcome, order), undecided.origin)}
        />
      )}
      {sending && (
        <StoredInputLine
          {...sending}
          what={t('gap.sendingLabel')}
          describe={(parts) =>
            t('gap.sendingRead', { rows: sending.rows.toLocaleString(i18n.language), count: sending.domainCount, format: t(`formats.${sending.format}`), ...parts })
          }
          onRemove={() => caseStore.setEvidence(code, (current) => withoutInput(current, 'sending'))}
        />
      )}
      {acceptedDomains?.total !== undefined && (
        <p className="notice notice--warning">{t('input.keptAccepted', { kept: acceptedDomains.domains.length, total: acceptedDomains.total })}</p>
      )}
      {sending && sending.domains.length < sending.domainCount && (
        <p className="muted">{t('input.keptSending', { kept: sending.domains.length, total: sending.domainCount })}</p>
      )}
      {sending?.timeZone && sending.format === 'admin-center-trace' && <p className="muted">{t('gap.readInZone', { zone: sending.timeZone })}</p>}

      {report ? (
        <DomainGapResults report={report} />
      ) : (
        <p className="muted">{acceptedDomains ? t('gap.waitingForSending') : t('gap.waitingForAccepted')}</p>
      )}
    </section>
  );
}
