import './tools.css';
import { useMemo, useState } from 'react';
import { CodeBlock } from '../../../components/ui/code-block';
import type { Code } from '../../../config/flow';
import { readEvidence, updateEvidence } from '../update-evidence';
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
import { useFocusOnOpen } from './use-focus-on-open';
import { useTranslation } from 'react-i18next';

export const ACCEPTED_DOMAINS_COMMAND = 'Get-AcceptedDomain | ConvertTo-Json';

type SendingRead = Extract<ReadOutcome, { kind: 'sending' }>;

const readingOf = (outcome: SendingRead, order: DateReading): SendingData =>
  order === 'day-first' && outcome.dayFirst ? outcome.dayFirst : outcome.data;

/** Step 1's check: accepted domains against the domains mail was actually sent from. */
export function DomainGapTool({ code, focusOnOpen = false }: { code: Code; focusOnOpen?: boolean }) {
  const { t: ui } = useTranslation();
  const section = useFocusOnOpen(focusOnOpen);
  const { t, i18n } = useToolsText();
  const formatTime = useDateTimeFormat({ withZone: true });
  const { evidence, unreadable } = readEvidence(useCase(code).evidence);
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [undecided, setUndecided] = useState<{ outcome: SendingRead; origin: InputOrigin } | undefined>(undefined);
  const { acceptedDomains, sending } = evidence;

  const keepSending = (data: SendingData, origin: InputOrigin) => {
    setUndecided(undefined);
    updateEvidence(code, (current, time) => fitEvidence({ ...current, sending: sendingEvidence(data, origin, time) }));
  };
  // A note typed on this step changes the case but not its evidence: the findings are not worked out again.
  const report = useMemo(() => domainGapsOf(evidence), [evidence]);
  return (
    <section className="card tool" aria-labelledby="cause-finder-domains" ref={section}>
      <h2 id="cause-finder-domains">{ui(`causeFinder.domains.heading`)}</h2>
      <p>{ui(`causeFinder.domains.intro`)}</p>
      {unreadable && <p className="notice notice--warning">{t('input.unreadableEvidence')}</p>}

      <ToolInput
        slot="accepted-domains"
        accepts="accepted-domains"
        label={t('gap.acceptedLabel')}
        hint={<CodeBlock caption={t('gap.acceptedHint')} code={ACCEPTED_DOMAINS_COMMAND} />}
        onRead={(outcome, origin) => {
          if (outcome.kind !== 'accepted-domains') return;
          updateEvidence(code, (current, time) => fitEvidence({ ...current, acceptedDomains: acceptedDomainEvidence(outcome, origin, time) }));
        }}
      />
      {acceptedDomains && (
        <StoredInputLine
          {...acceptedDomains}
          what={t('gap.acceptedLabel')}
          describe={(parts) =>
            t('gap.acceptedRead', { count: acceptedDomains.domains.length, format: t(`formats.${acceptedDomains.format}`), ...parts })
          }
          onRemove={() => updateEvidence(code, (current) => withoutInput(current, 'acceptedDomains'))}
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
          onRemove={() => updateEvidence(code, (current) => withoutInput(current, 'sending'))}
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
