import '../../styles/details-list.css';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../lib/timestamp';
import { useDateTimeFormat } from '../../lib/use-date-time-format';
import { visibleLine, visibleText } from '../../lib/visible-text';
import { factTexts, factTimes } from '../progress/case-facts';
import type { CaseFile } from '../progress/case-schema';
import { utcTimeFormat } from '../../lib/time-zone';
import { firstBounceOf } from '../progress/case-timeline';
import { useBlockedFor } from './case-facts-form';

/**
 * The facts as the printed case file gives them, after its cover: impact, cause, changes, prevention, and the timeline
 * in local time and UTC. On screen the form above stands for it.
 */
export function CaseFactsPrint({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation();
  const formatTime = useDateTimeFormat({ withZone: true });
  const blockedFor = useBlockedFor(caseFile);
  const { details } = caseFile;
  const utc = utcTimeFormat(i18n.language);
  const times = { ...details, firstBounceAt: firstBounceOf(caseFile) };
  const timeline = factTimes.filter((field) => times[field] !== undefined);
  const users = visibleLine(details.usersAffected?.trim() ?? '');
  return (
    <section className="print-only case-facts-print" aria-labelledby="case-facts-print">
      <h2 id="case-facts-print">{t('facts.heading')}</h2>
      <dl className="details-list case-facts-print__list">
        <div>
          <dt>{t('facts.groups.impact')}</dt>
          <dd>{[users, blockedFor].filter(Boolean).join(' · ') || t('facts.notEntered')}</dd>
        </div>
        {factTexts.map((field) => (
          <div key={field}>
            <dt>{t(`facts.fields.${field}`)}</dt>
            <dd className="case-facts-print__text">{visibleText(details[field]?.trim() ?? '') || t('facts.notEntered')}</dd>
          </div>
        ))}
      </dl>
      {timeline.length > 0 && (
        <table className="case-table case-facts-print__timeline">
          <caption>{t('facts.groups.timeline')}</caption>
          <tbody>
            {timeline.map((field) => {
              const at = times[field] ?? '';
              return (
                <tr key={field}>
                  <th scope="row">{t(`facts.fields.${field}`)}</th>
                  <td>{formatTime(at)}</td>
                  <td>{t('facts.utc', { time: formatTimestamp(utc, at, t('common.unreadableTime')) })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
