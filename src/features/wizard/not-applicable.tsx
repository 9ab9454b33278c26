// "Not applicable" is the rare path: its form and the reading of a saved reason load when an action needs them, not
// with every step.
import './not-applicable.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleLine } from '../../lib/visible-text';

const MAX_REASON = 1000;

/** "Not applicable: {reason}", the saved reason shown as one plain line. */
export function NotApplicableReason({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return <>{t('actionState.notApplicableBecause', { reason: visibleLine(reason) })}</>;
}

interface ReasonFormProps {
  id: string;
  initial: string;
  onSave: (reason: string) => void;
  onCancel: () => void;
}

/** Asks why an action does not apply; a reason is required, as Support will ask. */
export function ReasonForm({ id, initial, onSave, onCancel }: ReasonFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(initial);
  const [reasonError, setReasonError] = useState(false);

  function saveReason() {
    const trimmed = reason.trim();
    if (trimmed === '') setReasonError(true);
    else onSave(trimmed);
  }

  return (
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
        <button type="button" className="button button--subtle button--small" onClick={onCancel}>
          {t('actionState.cancel')}
        </button>
      </span>
    </div>
  );
}
