import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeBlock } from '../../components/ui/code-block';
import { ExternalLink } from '../../components/ui/external-link';
import type { ActionDefinition, ActionDetails } from '../../config/actions';
import { adminPages } from '../../config/admin-pages';
import { useActionText } from './use-action-text';
import { useTargetedAction } from './action-anchor';
import { ShareStep } from './share-step';

// Not applicable is rare: its form and the reading of a saved reason load when an action needs them.
const ReasonForm = lazy(() => import('./not-applicable').then((module) => ({ default: module.ReasonForm })));
const NotApplicableReason = lazy(() => import('./not-applicable').then((module) => ({ default: module.NotApplicableReason })));

export type ActionStatus = 'open' | 'done' | 'not-applicable';

export interface ActionRecord {
  state: ActionStatus;
  changedAt?: string | undefined;
  reason?: string | undefined;
}

interface ActionItemProps {
  action: ActionDefinition;
  /** The step's path, for the action's own link (`/5.7.750/connectors#list-inbound-connectors`). */
  stepPath: string;
  details: ActionDetails;
  record: ActionRecord;
  formatTime: (iso: string) => string;
  onChange: (state: ActionStatus, reason?: string) => void;
}

/** One thing to do: a checkbox, what and how (commands, links), and "not applicable" with a reason. */
export function ActionItem({ action, stepPath, details, record, formatTime, onChange }: ActionItemProps) {
  const { t } = useTranslation();
  const text = useActionText(action.id);
  const id = useId();
  const [askingReason, setAskingReason] = useState(false);
  const notApplicable = record.state === 'not-applicable';
  const targeted = useTargetedAction(action.id);

  return (
    // The action's id is its fragment in links to it; focus moves here when one is followed.
    <li className="action" id={action.id} tabIndex={-1} data-state={record.state} data-targeted={targeted || undefined}>
      <div className="action__head">
        <input
          id={`${id}-done`}
          type="checkbox"
          checked={record.state === 'done'}
          disabled={notApplicable}
          aria-describedby={`${id}-status`}
          onChange={(event) => onChange(event.target.checked ? 'done' : 'open')}
        />
        <label htmlFor={`${id}-done`} className="action__title">
          {text.title}
        </label>
      </div>
      <p id={`${id}-status`} className="action__status">
        {record.state === 'done' && record.changedAt && t('actionState.doneAt', { time: formatTime(record.changedAt) })}
        {notApplicable && (
          <Suspense fallback={null}>
            <NotApplicableReason reason={record.reason ?? ''} />
          </Suspense>
        )}
      </p>
      <div className="action__body">
        <p>{text.detail}</p>
        {details.commands.map((command) => (
          <CodeBlock key={command.id} caption={text.command(command.id)} code={command.script} />
        ))}
        {(action.adminPages ?? details.links.length > 0) && (
          <ul className="action__links">
            {/* Buttons to the admin pages the action is done in, then the Learn links. */}
            {action.adminPages?.map((page) => (
              <li key={page}>
                <ExternalLink href={adminPages[page][1]} className="button admin-link">
                  {t('adminPages.open', { page: t(`adminPages.pages.${page}`), portal: t(`adminPages.portals.${adminPages[page][0]}`) })}
                </ExternalLink>
              </li>
            ))}
            {details.links.map((link) => (
              <li key={link.id}>
                <ExternalLink href={link.href}>{text.link(link.id)}</ExternalLink>
              </li>
            ))}
          </ul>
        )}
        <div className="action__footer no-print">
          <div className="action__na">
            {notApplicable ? (
              <button type="button" className="button button--subtle button--small" onClick={() => onChange('open')}>
                {t('actionState.undoNotApplicable')}
                <span className="visually-hidden">: {text.title}</span>
              </button>
            ) : askingReason ? (
              <Suspense fallback={null}>
                <ReasonForm
                  id={id}
                  initial={record.reason ?? ''}
                  onSave={(reason) => {
                    onChange('not-applicable', reason);
                    setAskingReason(false);
                  }}
                  onCancel={() => setAskingReason(false)}
                />
              </Suspense>
            ) : (
              <button
                type="button"
                className="button button--subtle button--small"
                onClick={() => setAskingReason(true)}
                aria-expanded={false}
              >
                {t('actionState.markNotApplicable')}
                <span className="visually-hidden">: {text.title}</span>
              </button>
            )}
          </div>
          <ShareStep path={stepPath} action={{ id: action.id, title: text.title }} />
        </div>
      </div>
    </li>
  );
}
