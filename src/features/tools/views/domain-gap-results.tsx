import { memo } from 'react';
import { CodeBlock } from '../../../components/ui/code-block';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import type { DomainFinding, DomainGapReport } from '../rules/gap-finder';
import { NamesWithMore } from './names-with-more';
import { useToolsText } from './use-tools-text';

const VISIBLE_NAMES = 3;

function FindingFlags({ finding }: { finding: DomainFinding }) {
  const { t } = useToolsText();
  const flags: string[] = [];
  if (finding.sendingDisabled) flags.push(t('gap.flags.sendingDisabled'));
  if (finding.lookAlike) flags.push(t('gap.flags.lookAlike', { domain: finding.lookAlike.of, kind: t(`gap.lookAlikeKind.${finding.lookAlike.kind}`) }));
  if (finding.nonRoutable) flags.push(t('gap.flags.nonRoutable'));
  if (finding.viaSuspiciousConnector) flags.push(t('gap.flags.viaConnector'));
  if (flags.length === 0) return null;
  return (
    <ul className="finding-flags">
      {flags.map((flag) => (
        <li key={flag}>{flag}</li>
      ))}
    </ul>
  );
}

function FindingRow({ finding }: { finding: DomainFinding }) {
  const { t, i18n } = useToolsText();
  const formatTime = useDateTimeFormat();
  const number = (value: number) => value.toLocaleString(i18n.language);
  const connectors = finding.viaConnectors.map((via) => (via.unlisted ? t('gap.unlisted', { name: via.name }) : via.name));
  return (
    <tr className={`finding finding--${finding.advice}`}>
      <th scope="row">
        <span className="finding__domain" lang="en" dir="ltr">
          {finding.domain}
        </span>
        <span className="finding__status">{t(`gap.status.${finding.status}`, { domain: finding.acceptedDomain ?? '' })}</span>
        <FindingFlags finding={finding} />
      </th>
      <td className="numeric">
        {number(finding.messages)}
        <span className="finding__recipients">{t('gap.recipients', { count: finding.recipients })}</span>
      </td>
      <td>
        {finding.firstSeen ? formatTime(finding.firstSeen) : '—'}
        {finding.lastSeen && finding.lastSeen !== finding.firstSeen ? ` – ${formatTime(finding.lastSeen)}` : ''}
      </td>
      <td>
        <NamesWithMore names={finding.sourceIps.map((ip) => ip.name)} total={finding.sourceIpCount} visible={VISIBLE_NAMES} />
        {connectors.length > 0 && <NamesWithMore names={connectors} total={connectors.length} visible={VISIBLE_NAMES} />}
      </td>
      <td>{t(`gap.advice.${finding.advice}`)}</td>
    </tr>
  );
}

/** The gap finder's verdicts, with the numbers behind each. Memoised: hundreds of rows are not laid out per keystroke. */
export const DomainGapResults = memo(function DomainGapResults({ report }: { report: DomainGapReport }) {
  const { t, i18n } = useToolsText();
  const total = report.findings.length;
  const notAccepted = report.totals.domains['not-accepted'];
  const share = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(report.totals.nonAcceptedShare);
  return (
    <div className="tool-results">
      <h3>{t('gap.resultsHeading')}</h3>
      <p className="tool-results__summary">
        {notAccepted > 0
          ? t('gap.summary', { notAccepted, count: total, messages: report.totals.nonAcceptedMessages.toLocaleString(i18n.language), share })
          : t('gap.summaryNone')}
      </p>
      {report.truncatedAcceptedDomains.length > 0 && (
        <p className="notice notice--warning">{t('gap.truncated', { names: report.truncatedAcceptedDomains.join(', ') })}</p>
      )}
      {report.checkSubDomainsCommand && <CodeBlock caption={t('gap.matchSubDomainsUnknown')} code={report.checkSubDomainsCommand} />}
      {report.excluded.domains > 0 && (
        <p className="muted">{t('gap.excluded', { count: report.excluded.domains, messages: report.excluded.messages.toLocaleString(i18n.language) })}</p>
      )}
      {report.emptySender && <p className="muted">{t('gap.emptySender', { count: report.emptySender.messages })}</p>}
      {total > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="gap-table-caption">
          <table className="findings-table">
            <caption id="gap-table-caption">{t('gap.table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gap.table.domain')}</th>
                <th scope="col">{t('gap.table.messages')}</th>
                <th scope="col">{t('gap.table.seen')}</th>
                <th scope="col">{t('gap.table.sources')}</th>
                <th scope="col">{t('gap.table.advice')}</th>
              </tr>
            </thead>
            <tbody>
              {report.findings.map((finding) => (
                <FindingRow key={finding.domain} finding={finding} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
});
