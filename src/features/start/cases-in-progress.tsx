import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmInline } from '../../components/ui/confirm-inline';
import { codeKey } from '../../config/codes';
import { paths } from '../../config/paths';
import { useDateTimeFormat } from '../../lib/use-date-time-format';
import { caseStore } from '../progress/case-store';
import { useCases, type CaseSummary } from '../progress/use-case';
import { useLocalePath } from '../../lib/use-locale-path';

function CaseRow({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  const localized = useLocalePath();
  const formatTime = useDateTimeFormat();
  const id = useId();
  const { code, percent, updatedAt, firstOpenStep } = summary;
  const resume = firstOpenStep ? paths.step(code, firstOpenStep) : paths.checklist(code);
  return (
    <li className="case-row">
      <div className="case-row__main">
        <p className="case-row__title" id={`${id}-title`}>
          <span className="code-badge">{code}</span> {t(`codes.${codeKey(code)}.name` as 'codes.5_7_705.name')}
        </p>
        <div className="case-row__meter">
          <progress max={100} value={percent} aria-labelledby={`${id}-title`} aria-describedby={`${id}-meta`} />
          <span id={`${id}-meta`} className="muted">
            {t('cases.percentDone', { percent })} · {t('cases.lastChange', { time: formatTime(updatedAt) })}
          </span>
        </div>
      </div>
      <div className="case-row__actions button-row">
        <Link className="button button--primary" to={localized(resume)}>
          {firstOpenStep ? t('cases.continue') : t('cases.openCaseFile')}
          <span className="visually-hidden"> ({code})</span>
        </Link>
        <ConfirmInline
          trigger={
            <>
              {t('cases.reset')}
              <span className="visually-hidden"> ({code})</span>
            </>
          }
          question={t('cases.resetQuestion', { code })}
          groupLabel={t('cases.resetConfirmLabel', { code })}
          confirmLabel={t('cases.resetConfirm')}
          onConfirm={() => caseStore.resetCase(code)}
        />
      </div>
    </li>
  );
}

/** Cases saved in this browser, most recent first, each with "continue" and a confirmed reset. */
export function CasesInProgress() {
  const { t } = useTranslation();
  const cases = useCases();
  if (cases.length === 0) return null;
  return (
    <section className="card cases" aria-labelledby="cases-heading">
      <h2 id="cases-heading" className="card__title">
        {t('cases.heading')}
      </h2>
      <ul className="cases__list">
        {cases.map((summary) => (
          <CaseRow key={summary.code} summary={summary} />
        ))}
      </ul>
    </section>
  );
}
