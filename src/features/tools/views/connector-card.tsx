import { memo, useId } from 'react';
import { CodeBlock } from '../../../components/ui/code-block';
import type { Code } from '../../../config/flow';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import type { CaseEvidence } from '../evidence-schema';
import { connectorReasonText, type FindingTranslator } from '../finding-text';
import type { InboundConnector } from '../model';
import type { ConnectorReview } from '../rules/connector-review';
import { ConnectorMarkField } from './connector-mark-field';
import { useToolsText } from './use-tools-text';

interface ConnectorCardProps {
  code: Code;
  review: ConnectorReview;
  /** As read, for the addresses and certificate the review does not repeat. */
  connector: InboundConnector | undefined;
  /** The admin's mark, and the key it is kept under. */
  markKey: string;
  mark: NonNullable<CaseEvidence['connectorMarks']>[string] | undefined;
}

/** One connector: verdict, every reason with its numbers, what it carried, what to do, and the admin's decision. */
export const ConnectorCard = memo(function ConnectorCard({ code, review, connector, markKey, mark }: ConnectorCardProps) {
  const { t, i18n } = useToolsText();
  const headingId = useId();
  const formatTime = useDateTimeFormat();
  const text = t as unknown as FindingTranslator;
  const number = (value: number) => value.toLocaleString(i18n.language);
  const unknown = t('connectors.details.unknown');
  const source = review.source
    ? review.source in { Default: 1, HybridWizard: 1, AdminUI: 1, Migrated: 1 }
      ? t(`connectors.sourceName.${review.source as 'Default'}`)
      : review.source
    : unknown;
  return (
    <article className={`connector-card connector-card--${review.verdict}`} aria-labelledby={headingId}>
      <h4 id={headingId}>
        <span lang="en" dir="ltr">
          {review.name}
        </span>{' '}
        <span className={`verdict verdict--${review.verdict}`}>{t(`connectors.verdict.${review.verdict}`)}</span>
      </h4>
      <dl className="connector-card__details">
        <dt>{t('connectors.details.type')}</dt>
        <dd lang="en">{review.type ?? unknown}</dd>
        <dt>{t('connectors.details.source')}</dt>
        <dd>{source}</dd>
        <dt>{t('connectors.details.created')}</dt>
        <dd>{review.whenCreatedUtc ? formatTime(review.whenCreatedUtc) : unknown}</dd>
        <dt>{t('connectors.details.changed')}</dt>
        <dd>{review.whenChangedUtc ? formatTime(review.whenChangedUtc) : unknown}</dd>
        {connector && connector.senderIpAddresses.length > 0 && (
          <>
            <dt>{t('connectors.details.ips')}</dt>
            <dd lang="en" dir="ltr">
              {connector.senderIpAddresses.join(', ')}
            </dd>
          </>
        )}
        {connector?.tlsSenderCertificateName && (
          <>
            <dt>{t('connectors.details.certificate')}</dt>
            <dd lang="en" dir="ltr">
              {connector.tlsSenderCertificateName}
            </dd>
          </>
        )}
      </dl>
      <h5>{t('connectors.reasonsHeading')}</h5>
      {review.reasons.length === 0 ? (
        <p>{t('connectors.noReasons')}</p>
      ) : (
        <ul className="connector-card__reasons">
          {review.reasons.map((reason) => (
            <li key={reason.code} className={`reason reason--${reason.severity}`}>
              <span className="reason__severity">{t(`connectors.severity.${reason.severity}`)}</span>{' '}
              {connectorReasonText(text, reason, number)}
            </li>
          ))}
        </ul>
      )}
      {review.traffic && review.traffic.messages > 0 && (
        <p>
          {t('connectors.traffic', {
            messages: number(review.traffic.messages),
            domains: review.traffic.senderDomains.map((domain) => domain.name || '<>').join(', '),
          })}
        </p>
      )}
      {review.nextSteps.length > 0 && (
        <>
          <h5>{t('connectors.nextStepsHeading')}</h5>
          <ol className="connector-card__next">
            {review.nextSteps.map((step) => (
              <li key={step.code}>
                {step.code === 'search-audit-log' ? (
                  <CodeBlock caption={t('connectors.nextSteps.search-audit-log')} code={step.command} />
                ) : (
                  t(`connectors.nextSteps.${step.code}`, { name: review.name })
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      <ConnectorMarkField code={code} name={review.name} markKey={markKey} mark={mark} />
    </article>
  );
});
