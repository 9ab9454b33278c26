import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDefinition } from '../../config/actions';
import { stepActionDetails } from '../../config/action-details/load';
import type { Code, StepId } from '../../config/flow';
import { paths } from '../../config/paths';
import { caseStore } from '../progress/case-store';
import { useCase } from '../progress/use-case';
import { useDateTimeFormat } from '../../lib/use-date-time-format';
import { ActionItem } from './action-item';
import { lazyPart } from '../../lib/lazy-part';

// Said once a step is resolved: loaded then, not with every step.
const StepResolved = lazyPart(() => import('./step-resolved').then((module) => module.StepResolved));

const noDetails = { commands: [], links: [] };

/** The step's actions with their saved state. */
export function ActionList({ code, step, actions }: { code: Code; step: StepId; actions: readonly ActionDefinition[] }) {
  const { t } = useTranslation();
  const caseFile = useCase(code);
  // Fetched with the step (its route loader, or before the prerendered page hydrates): read at once.
  const details = use(stepActionDetails(step));
  const formatTime = useDateTimeFormat();
  const records = actions.map((action) => caseFile.actions[action.id] ?? { state: 'open' as const });
  const resolved = records.filter((record) => record.state !== 'open').length;
  return (
    <section className="actions" aria-labelledby={`actions-${step}`}>
      <div className="actions__header">
        <h2 id={`actions-${step}`}>{t('actionsSection.heading')}</h2>
        <p className="actions__progress" aria-live="polite">
          {t('actionsSection.progress', { resolved, total: actions.length })}
        </p>
      </div>
      <ul className="actions__list">
        {actions.map((action, index) => (
          <ActionItem
            key={action.id}
            action={action}
            stepPath={paths.step(code, step)}
            details={details[action.id] ?? noDetails}
            record={records[index] ?? { state: 'open' }}
            formatTime={formatTime}
            onChange={(state, reason) => caseStore.setActionState(code, action.id, state, reason)}
          />
        ))}
      </ul>
      {actions.length > 0 && resolved === actions.length && (
        <Suspense fallback={null}>
          <StepResolved code={code} step={step} caseFile={caseFile} />
        </Suspense>
      )}
    </section>
  );
}
