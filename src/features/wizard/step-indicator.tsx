import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { flowStepIds, stepNumber, type Code } from '../../config/flow';
import { paths, type PageId } from '../../config/paths';
import { useCompletedSteps } from './use-completed-steps';
import { useLocalePath } from '../../lib/use-locale-path';

interface StepIndicatorProps {
  code: Code;
  current: PageId;
}

/** Markers of the steps before the numbered fixes: the overview, and 5.7.705's containment that comes first. */
const unnumberedMarker: Partial<Record<PageId, string>> = { about: 'i', accounts: '!' };

/** All steps of the flow, the current one marked, each reachable directly. */
export function StepIndicator({ code, current }: StepIndicatorProps) {
  const { t } = useTranslation();
  const completed = useCompletedSteps(code);
  const localized = useLocalePath();
  const pages: PageId[] = [...flowStepIds(code), 'checklist'];
  return (
    <nav className="step-indicator" aria-label={t('wizard.stepsLabel', { code })}>
      <ol>
        {pages.map((page) => {
          const isCurrent = page === current;
          const isDone = completed.has(page);
          return (
            <li key={page} data-state={isCurrent ? 'current' : isDone ? 'done' : 'open'}>
              <Link
                to={localized(paths.step(code, page))}
                aria-current={isCurrent ? 'step' : undefined}
              >
                <span className="step-indicator__marker" aria-hidden="true">
                  {isDone ? '✓' : page === 'checklist' ? '≡' : (stepNumber(page) ?? unnumberedMarker[page])}
                </span>
                <span className="step-indicator__label">{t(`steps.${page}.short`)}</span>
                {isDone && <span className="visually-hidden"> ({t('wizard.stepDone')})</span>}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
