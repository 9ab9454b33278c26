import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../config/flow';
import type { NdrFact } from './ndr-record-decision';

interface Props {
  code: Code;
  /** Recorded facts the new bounce contradicts or lacks. */
  changed: readonly NdrFact[];
  onKeep: () => void;
  onReplace: () => void;
}

/** Labels of the bounce card, so the question names facts the way the admin saw them. */
const FACT_LABEL: Record<NdrFact, 'ndr.recipients' | 'ndr.sender' | 'ndr.subject' | 'ndr.date' | 'ndr.generatingServer' | 'ndr.diagnostic'> = {
  recipients: 'ndr.recipients',
  sender: 'ndr.sender',
  subject: 'ndr.subject',
  date: 'ndr.date',
  generatingServer: 'ndr.generatingServer',
  reportingServer: 'ndr.generatingServer',
  diagnostic: 'ndr.diagnostic',
};

/**
 * Asked in place when a new bounce would replace a recorded one it does not agree with. Keeping the recorded bounce
 * is the default: it has the focus, so Enter keeps the evidence.
 */
export function RecordedNdrQuestion({ code, changed, onKeep, onReplace }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  const labels = [...new Set(changed.map((fact) => t(FACT_LABEL[fact])))];
  const fields = new Intl.ListFormat(i18n.resolvedLanguage, { type: 'conjunction' }).format(labels);
  return (
    <div className="notice notice--warning" role="group" aria-labelledby={titleId}>
      <p className="notice__title" id={titleId}>
        {t('start.recordedNdr.title', { code })}
      </p>
      <p>{t('start.recordedNdr.body', { fields })}</p>
      <div className="button-row">
        <button ref={keepRef} type="button" className="button button--primary" onClick={onKeep}>
          {t('start.recordedNdr.keep')}
        </button>
        <button type="button" className="button" onClick={onReplace}>
          {t('start.recordedNdr.replace')}
        </button>
      </div>
    </div>
  );
}
