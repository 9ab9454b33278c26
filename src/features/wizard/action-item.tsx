import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeBlock } from '../../components/ui/code-block';
import { ExternalLink } from '../../components/ui/external-link';
import type { ActionDefinition, ActionDetails } from '../../config/actions';
import { visibleLine } from '../../lib/visible-text';
import { useActionText } from './use-action-text';

export type ActionStatus = 'open' | 'done' | 'not-applicable';

export interface ActionRecord {
  state: ActionStatus;
  changedAt?: string | undefined;
  reason?: string | undefined;
}

interface ActionItemProps {
  action: ActionDefinition;
  details: ActionDetails;
  record: ActionRecord;
  formatTime: (iso: string) => string;
  onChange: (state: ActionStatus, reason?: string) => void;
}

const MAX_REASON = 1000;

/** One thing to do: a checkbox, what and how (commands, links), and "not applicable" with a reason. */
export function ActionItem({ action, details, record, formatTime, onChange }: ActionItemProps) {
  const { t } = useTranslation();
  const text = useActionText(action.id);
  const id = useId();
  const [askingReason, setAskingReason] = useState(false);
  const [reason, setReason] = useState(record.reason ?? '');
  const [reasonError, setReasonError] = useState(false);
  const notApplicable = record.state === 'not-applicable';

  function saveReason() {
    const trimmed = reason.trim();
    if (trimmed === '') {
      setReasonError(true);
      return;
    }
    onChange('not-applicable', trimmed);
    setAskingReason(false);
    setReasonError(false);
  }

  return (
    <li className="action" data-state={record.state}>
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
        {notApplicable && t('actionState.notApplicableBecause', { reason: visibleLine(record.reason ?? '') })}
      </p>
      <div className="action__body">
        <p>{text.detail}</p>
        {details.commands.map((command) => (
          <CodeBlock key={command.id} caption={text.command(command.id)} code={command.script} />
        ))}
        {details.links.length > 0 && (
          <ul className="action__links">
            {details.links.map((link) => (
              <li key={link.id}>
                <ExternalLink href={link.href}>{text.link(link.id)}</ExternalLink>
              </li>
            ))}
          </ul>
        )}
        <div className="action__na no-print">
          {notApplicable ? (
            <button type="button" className="button button--subtle button--small" onClick={() => onChange('open')}>
              {t('actionState.undoNotApplicable')}
              <span className="visually-hidden">: {text.title}</span>
            </button>
          ) : askingReason ? (
            <div className="field action__reason">
              <label htmlFor={`${id}-reason`}>{t('actionState.reasonLabel')}</label>
              <input
                id={`${id}-reason`}
                type="text"
                value={reason}
                maxLength={MAX_REASON}
                aria-invalid={reasonError}
                aria-describedby={reasonError ? `${id}-reason-error` : undefined}
                onChange={(event) => setReason(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    saveReason();
                  }
                }}
              />
              {reasonError && (
                <p id={`${id}-reason-error`} className="field__error" role="alert">
                  {t('actionState.reasonRequired')}
                </p>
              )}
              <span className="button-row">
                <button type="button" className="button button--small" onClick={saveReason}>
                  {t('actionState.saveNotApplicable')}
                </button>
                <button type="button" className="button button--subtle button--small" onClick={() => setAskingReason(false)}>
                  {t('actionState.cancel')}
                </button>
              </span>
            </div>
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
      </div>
    </li>
  );
}
