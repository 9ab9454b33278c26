import '../../styles/details-list.css';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { codeKey } from '../../config/codes';
import { flows, type Code } from '../../config/flow';
import { formatTimestamp, summaryTimeFormat } from '../../lib/timestamp';
import { useDateTimeFormat } from '../../lib/use-date-time-format';
import { visibleLine } from '../../lib/visible-text';
import type { CaseFile } from '../progress/case-schema';
import { zoneLabel } from '../../lib/time-zone';
import { useHydrated } from '../../lib/use-hydrated';
import { caseProgress } from '../progress/progress-math';
import { useRunningHeader } from './use-running-header';

/** Now, and again when the browser is about to print: "printed on" is the time of printing, not of opening. */
function usePrintTime(): string {
  const [time, setTime] = useState(() => new Date().toISOString());
  useEffect(() => {
    // The print snapshot is taken right after this event: render the new time before it, not in a later task.
    const update = () => flushSync(() => setTime(new Date().toISOString()));
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return time;
}

/**
 * The case at a glance: who, which block, which request, how far. On paper it is the cover block of the case file, with
 * when it was printed, by whom and in which time zone its times are, and every page's header names the case.
 */
export function CaseCover({ code, caseFile, saved }: { code: Code; caseFile: CaseFile; saved: boolean }) {
  const { t, i18n } = useTranslation();
  const formatTime = useDateTimeFormat();
  const printedAt = usePrintTime();
  // The time and zone of this browser, once hydrated: the prerender knows neither.
  const hydrated = useHydrated();
  const { details } = caseFile;
  const progress = caseProgress(flows[code], caseFile);
  const notEntered = t('facts.notEntered');
  const tenant = visibleLine(details.tenant.trim());
  const request = visibleLine(details.requestNumber?.trim() ?? '');
  const preparedBy = [details.contactName, details.contactPhone]
    .map((part) => visibleLine(part?.trim() ?? ''))
    .filter(Boolean)
    .join(' · ');
  useRunningHeader([t('caseFile.runningHeader', { code, tenant: tenant || notEntered }), request].filter(Boolean).join(' · '));
  const rows: [string, string, string?][] = [
    [t('facts.fields.tenant'), tenant || notEntered],
    [t('facts.fields.tenantId'), visibleLine(details.tenantId?.trim() ?? '') || notEntered],
    [t('caseFile.errorCode'), `${code} · ${t(`codes.${codeKey(code)}.name` as 'codes.5_7_705.name')}`],
    [t('facts.fields.requestNumber'), request || notEntered],
    [t('caseFile.cover.preparedBy'), preparedBy || notEntered, 'print-only'],
    [t('caseFile.cover.printedOn'), hydrated ? formatTimestamp(summaryTimeFormat(i18n.language), printedAt, '') : '', 'print-only'],
    [t('caseFile.started'), saved ? formatTime(caseFile.createdAt) : t('caseFile.notStarted')],
    [t('caseFile.lastChange'), saved ? formatTime(caseFile.updatedAt) : '–'],
    [t('caseFile.progress'), t('caseFile.progressValue', { resolved: progress.resolved, total: progress.total, percent: progress.percent })],
  ];
  return (
    <section className="card case-cover" aria-labelledby="case-facts">
      <h2 id="case-facts" className="card__title">
        {t('caseFile.factsHeading')}
      </h2>
      <dl className="details-list case-cover__list">
        {rows.map(([term, value, only]) => (
          <div key={term} className={only}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {hydrated && <p className="print-only case-cover__zone">{t('caseFile.cover.timesIn', { zone: zoneLabel(i18n.language) })}</p>}
    </section>
  );
}
