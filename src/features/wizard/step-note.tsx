import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, StepId } from '../../config/flow';
import { caseStore } from '../progress/case-store';
import { useCase } from '../progress/use-case';
import { limits } from '../progress/case-schema';
import { useSavedField } from '../progress/use-saved-field';
import { useDateTimeFormat } from '../../lib/use-date-time-format';

/** The step's note, saved as typed; another tab's edit shows here unless this field is being typed in. */
export function StepNote({ code, step }: { code: Code; step: StepId }) {
  const { t } = useTranslation();
  const id = useId();
  const note = useCase(code).notes[step];
  const saved = note?.text ?? '';
  const formatTime = useDateTimeFormat();
  const field = useSavedField(saved, (text, base) => caseStore.setNote(code, step, text, base));
  return (
    <div className="step-note">
      <div className="field">
        <label htmlFor={id} className="step-note__label">
          {t('notes.label')}
        </label>
        <p id={`${id}-hint`} className="field__hint no-print">
          {t('notes.hint')}
        </p>
        <textarea
          id={id}
          rows={4}
          maxLength={limits.note}
          aria-describedby={`${id}-hint`}
          {...field}
        />
        {note && saved && (
          <p className="field__hint no-print step-note__saved">{t('notes.savedAt', { time: formatTime(note.changedAt) })}</p>
        )}
        {/* A text box prints only its first lines, if at all: print the saved note as text instead. */}
        <p className="print-only step-note__printed">{saved || t('caseFile.noNote')}</p>
      </div>
    </div>
  );
}
