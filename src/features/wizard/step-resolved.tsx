import './step-resolved.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { flows, type Code, type StepId } from '../../config/flow';
import { paths } from '../../config/paths';
import { useLocalePath } from '../../lib/use-locale-path';
import { caseProgress } from '../progress/progress-math';
import type { CaseFile } from '../progress/case-schema';

/**
 * Said once every action of a step is resolved: where to go next. Once the whole case is resolved, what is left is
 * the evidence: the case file to print, the summary to paste into the support request.
 */
export function StepResolved({ code, step, caseFile }: { code: Code; step: StepId; caseFile: CaseFile }) {
  const { t } = useTranslation();
  const localized = useLocalePath();
  const progress = caseProgress(flows[code], caseFile);
  const next = progress.firstOpenStep;
  return (
    <div className="step-resolved" role="status">
      {progress.complete ? (
        <p>
          <strong>{t('resolved.caseDone')}</strong> {t('resolved.caseNext')}{' '}
          <Link to={localized(paths.checklist(code))}>{t('resolved.caseFile')}</Link>
          {step !== 'support' && (
            <>
              {' · '}
              <Link to={localized(paths.step(code, 'support'))}>{t('resolved.summary')}</Link>
            </>
          )}
        </p>
      ) : (
        <p>
          <strong>{t('resolved.stepDone')}</strong>{' '}
          {next && (
            <Link to={localized(paths.step(code, next))}>{t('resolved.nextOpen', { step: t(`steps.${next}.title`, { code }) })}</Link>
          )}
        </p>
      )}
    </div>
  );
}
