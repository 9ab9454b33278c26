import './tools.css';
import { useMemo, useState } from 'react';
import { CodeBlock } from '../../../components/ui/code-block';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import type { ReadOutcome } from '../model';
import { DateOrderQuestion, type DateReading } from './date-order-question';
import type { Code } from '../../../config/flow';
import { readEvidence, updateEvidence } from '../update-evidence';
import { useCase } from '../../progress/use-case';
import { bounceTime } from '../../start/ndr/bounce-time';
import { connectorEvidence, connectorKey, connectorReviewsOf, fitEvidence, withoutInput } from '../evidence';
import { ConnectorCard } from './connector-card';
import { FirstBounceField } from './first-bounce-field';
import { firstBounceOf } from '../../progress/case-timeline';
import { StoredInputLine } from './stored-input-line';
import { ToolInput, type InputOrigin } from './tool-input';
import { useToolsText } from './use-tools-text';
import { useFocusOnOpen } from './use-focus-on-open';
import { useTranslation } from 'react-i18next';

export const INBOUND_CONNECTORS_COMMAND = 'Get-InboundConnector | Format-List';

/** Step 2's check: every inbound connector with a verdict, its reasons and the admin's own mark. */
type ConnectorRead = Extract<ReadOutcome, { kind: 'inbound-connectors' }>;

/** The outcome with its dates read in the order the admin chose. */
const inOrder = (outcome: ConnectorRead, order: DateReading): ConnectorRead =>
  order === 'day-first' && outcome.dayFirst ? { ...outcome, connectors: outcome.dayFirst } : outcome;

export function ConnectorReviewTool({ code, focusOnOpen = false }: { code: Code; focusOnOpen?: boolean }) {
  const { t: ui } = useTranslation();
  const section = useFocusOnOpen(focusOnOpen);
  const { t } = useToolsText();
  const formatTime = useDateTimeFormat({ withZone: true });
  const [undecided, setUndecided] = useState<{ outcome: ConnectorRead; origin: InputOrigin } | undefined>(undefined);
  const keep = (outcome: ConnectorRead, origin: InputOrigin) => {
    setUndecided(undefined);
    updateEvidence(code, (current, time) => fitEvidence({ ...current, connectors: connectorEvidence(outcome, origin, time, current.connectors) }));
  };
  const caseFile = useCase(code);
  const { evidence, unreadable } = readEvidence(caseFile.evidence);
  const { connectors } = evidence;
  const recordedBounce = caseFile.ndr ? bounceTime(caseFile.ndr) : undefined;
  const firstBounce = firstBounceOf(caseFile);
  // A note typed on this step changes the case but not its evidence: the review is not worked out again.
  const reviews = useMemo(() => {
    if (!evidence.connectors) return undefined;
    const byKey = new Map(evidence.connectors.connectors.map((connector) => [connectorKey(connector), connector]));
    return connectorReviewsOf(evidence, firstBounce, evidence.connectors.readAt)?.map((review) => {
      const key = connectorKey(review);
      return { key, review, connector: byKey.get(key) };
    });
  }, [evidence, firstBounce]);
  const counts = { suspicious: 0, review: 0, expected: 0, disabled: 0 };
  for (const { review } of reviews ?? []) counts[review.verdict] += 1;
  return (
    <section className="card tool" aria-labelledby="cause-finder-connectors" ref={section}>
      <h2 id="cause-finder-connectors">{ui(`causeFinder.connectors.heading`)}</h2>
      <p>{ui(`causeFinder.connectors.intro`)}</p>
      {unreadable && <p className="notice notice--warning">{t('input.unreadableEvidence')}</p>}
      <ToolInput
        slot="inbound-connectors"
        accepts="inbound-connectors"
        label={t('connectors.inputLabel')}
        hint={<CodeBlock caption={t('connectors.inputHint')} code={INBOUND_CONNECTORS_COMMAND} />}
        onRead={(outcome, origin) => {
          if (outcome.kind !== 'inbound-connectors') return;
          if (outcome.dateOrder === 'ambiguous' && outcome.dayFirst) setUndecided({ outcome, origin });
          else keep(outcome, origin);
        }}
      />
      {undecided && (
        <DateOrderQuestion
          describe={(order) => {
            const first = inOrder(undecided.outcome, order).connectors.find((connector) => connector.whenCreatedUtc);
            return t(`connectors.dateOrder.${order}`, {
              name: first?.name ?? '',
              created: first?.whenCreatedUtc ? formatTime(first.whenCreatedUtc) : '—',
            });
          }}
          onChoose={(order) => keep(inOrder(undecided.outcome, order), undecided.origin)}
        />
      )}
      {connectors && (
        <StoredInputLine
          {...connectors}
          what={t('connectors.inputLabel')}
          describe={(parts) => t('connectors.read', { count: connectors.connectors.length, format: t(`formats.${connectors.format}`), ...parts })}
          onRemove={() => updateEvidence(code, (current) => withoutInput(current, 'connectors'))}
        />
      )}
      {connectors?.total !== undefined && (
        <p className="notice notice--warning">{t('input.keptConnectors', { kept: connectors.connectors.length, total: connectors.total })}</p>
      )}
      {connectors?.addressesTrimmed && <p className="muted">{t('input.keptAddresses')}</p>}
      {connectors?.format === 'table' && <p className="notice notice--warning">{t('connectors.tableWarning')}</p>}
      <FirstBounceField code={code} recorded={recordedBounce} stored={firstBounce} />
      {reviews && (
        <div className="tool-results">
          <h3>{t('connectors.resultsHeading')}</h3>
          <p className="tool-results__summary">{t('connectors.summary', counts)}</p>
          {reviews.map(({ key, review, connector }) => (
            <ConnectorCard key={key} code={code} review={review} connector={connector} markKey={key} mark={evidence.connectorMarks?.[key]} />
          ))}
        </div>
      )}
    </section>
  );
}
