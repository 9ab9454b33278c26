import './confirm-inline.css';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmInlineProps {
  /** The button that asks; visually hidden context (which case) belongs in here. */
  trigger: ReactNode;
  question: string;
  /** Names the confirmation group for screen readers. */
  groupLabel: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/** A destructive action that asks in place first: no modal, and Cancel puts everything back. */
export function ConfirmInline({ trigger, question, groupLabel, confirmLabel, onConfirm }: ConfirmInlineProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button button--subtle" onClick={() => setConfirming(true)}>
        {trigger}
      </button>
    );
  }
  return (
    <span className="confirm-inline" role="group" aria-label={groupLabel}>
      <span>{question}</span>
      <button type="button" className="button button--danger button--small" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="button button--subtle button--small" onClick={() => setConfirming(false)}>
        {t('actionState.cancel')}
      </button>
    </span>
  );
}
