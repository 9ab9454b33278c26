import '../../styles/details-list.css';
import './case-file.css';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { currentLanguage } from '../../lib/i18n';
import { toolsTextQuery } from '../../lib/tools-text-query';
import { codeKey } from '../../config/codes';
import { flows, numberedTitle, type Code } from '../../config/flow';
import { useDateTimeFormat } from '../../lib/use-date-time-format';
import { visibleLine, visibleText } from '../../lib/visible-text';
import { NdrDetailsList } from '../start/ndr-details-list';
import { useCase, useCaseSaved } from '../progress/use-case';
import { useActionText } from '../wizard/use-action-text';
import type { ActionDefinition } from '../../config/actions';
import type { CaseFile } from '../progress/case-schema';
import { StepIndicator } from '../wizard/step-indicator';
import { CaseHandOver } from './case-hand-over';
import { PrintButton } from './print-button';
import { hasFindings, SupportSummaryPanel } from './support-summary-panel';
import { SectionBoundary } from './section-boundary';
import { AllFacts } from './case-facts-form';
import { CaseCover } from './case-cover';
import { CaseFactsPrint } from './case-facts-print';
import { zoneOffset } from '../../lib/time-zone';
import { useHydrated } from '../../lib/use-hydrated';
import { useSummaryText } from './use-summary-text';

// Only a case with findings loads the tools' views and words.
const CaseFindings = lazy(() => import('../tools/views/case-findings').then((module) => ({ default: module.CaseFindings })));

function ActionRow({ action, caseFile, formatTime }: { action: ActionDefinition; caseFile: CaseFile; formatTime: (iso: string) => string }) {
  const { t } = useTranslation();
  const text = useActionText(action.id);
  const entry = caseFile.actions[action.id];
  const state = entry?.state ?? 'open';
  return (
    <tr role="row" data-state={state}>
      <td role="cell" className="case-table__state">
        <span className={`state-pill state-pill--${state}`}>{t(`caseFile.states.${state}`)}</span>
      </td>
      <th role="rowheader" scope="row" className="case-table__action">
        {text.title}
        {state === 'not-applicable' && entry?.reason && (
          <span className="case-table__reason">{t('caseFile.reason', { reason: visibleLine(entry.reason) })}</span>
        )}
      </th>
      <td role="cell" className="case-table__time">{entry && state !== 'open' ? formatTime(entry.changedAt) : '–'}</td>
    </tr>
  );
}

/** The printable case file: what was done, when, why not, and the notes: the evidence Support asks for. */
export function CaseFilePage({ code }: { code: Code }) {
  const { t, i18n } = useTranslation();
  const [appendix, setAppendix] = useState(false);
  const caseFile = useCase(code);
  const saved = useCaseSaved(code);
  const flow = flows[code];
  const formatTime = useDateTimeFormat();
  const location = useLocation();
  const navigate = useNavigate();
  const printRequested = (location.state as { print?: boolean } | null)?.print === true;
  // The support summary is part of the evidence; in ja and zh-TW its English text may still be on its way.
  // If it cannot load, the case file is printed without it rather than not at all.
  const withFindings = hasFindings(caseFile);
  const summaryReady = useSummaryText('en', { withTools: withFindings }).state !== 'loading';
  const findingsReady = useQuery({ ...toolsTextQuery(currentLanguage()), enabled: withFindings }).status !== 'pending' || !withFindings;

  useEffect(() => {
    if (!printRequested || !summaryReady || !findingsReady) return;
    // One frame lets the browser lay out the freshly rendered summary before the print dialog snapshots it.
    const frame = requestAnimationFrame(() => {
      // Clear the request first so Back or a reload does not print again.
      void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
      window.print();
    });
    return () => cancelAnimationFrame(frame);
  }, [printRequested, summaryReady, findingsReady, navigate, location.pathname, location.search]);

  const title = t('caseFile.title', { code });
  // The offset only: the cover names the zone in full, and the column stays as narrow as its times.
  // This browser's zone, once hydrated: the prerender cannot know it.
  const zone = useHydrated() ? zoneOffset(i18n.language) : undefined;
  return (
    <div className="wizard">
      <StepIndicator code={code} current="checklist" />
      <article className="wizard__content case-file">
        <title>{`${title} – Unblock`}</title>
        <p className="eyebrow">
          <span className="code-badge">{code}</span> {t(`codes.${codeKey(code)}.name` as 'codes.5_7_705.name')}
        </p>
        <h1 tabIndex={-1}>{title}</h1>
        <p className="lead">{t(`codes.${codeKey(code)}.summary` as 'codes.5_7_705.summary')}</p>
        <div className="button-row no-print case-file__tools">
          <PrintButton code={code} onCaseFile />
          <span className="case-file__appendix">
            <input id="print-appendix" type="checkbox" checked={appendix} onChange={(event) => setAppendix(event.target.checked)} />
            <label htmlFor="print-appendix">{t('caseFile.appendix')}</label>
          </span>
        </div>
        <CaseCover code={code} caseFile={caseFile} saved={saved} />
        <div className="no-print">
          <AllFacts code={code} />
        </div>
        <CaseFactsPrint caseFile={caseFile} />
        {flow.steps.map((step) => {
          const note = caseFile.notes[step.id]?.text.trim();
          return (
            <section key={step.id} className="case-step" aria-labelledby={`case-step-${step.id}`}>
              <h2 id={`case-step-${step.id}`}>{numberedTitle(step.id, t(`steps.${step.id}.title`, { code }))}</h2>
              <table role="table" className="case-table">
                <thead role="rowgroup">
                  <tr role="row">
                    <th role="columnheader" scope="col">{t('caseFile.columns.state')}</th>
                    <th role="columnheader" scope="col">{t('caseFile.columns.action')}</th>
                    <th role="columnheader" scope="col">
                      {t('caseFile.columns.time')}
                      {zone && <span className="case-table__zone"> ({zone})</span>}
                    </th>
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  {step.actions.map((action) => (
                    <ActionRow key={action.id} action={action} caseFile={caseFile} formatTime={formatTime} />
                  ))}
                </tbody>
              </table>
              <div className={`case-step__note print-keep${note ? '' : ' case-step__note--empty'}`}>
                <h3>{t('notes.label')}</h3>
                {note ? <p className="case-step__note-text">{visibleText(note)}</p> : <p className="muted">{t('caseFile.noNote')}</p>}
              </div>
            </section>
          );
        })}
        {withFindings && (
          <SectionBoundary>
            <Suspense fallback={<p className="muted">{t('shell.loading')}</p>}>
              <CaseFindings caseFile={caseFile} />
            </Suspense>
          </SectionBoundary>
        )}
        <section className="case-ndr print-keep" aria-labelledby="case-ndr">
          <h2 id="case-ndr">{t('ndr.heading')}</h2>
          {caseFile.ndr ? (
            <NdrDetailsList details={caseFile.ndr} />
          ) : (
            <p className="muted">{t('caseFile.noNdr')}</p>
          )}
        </section>
        <SupportSummaryPanel code={code} appendix={appendix && t('caseFile.appendixHeading')} />
        <CaseHandOver code={code} />
      </article>
    </div>
  );
}
