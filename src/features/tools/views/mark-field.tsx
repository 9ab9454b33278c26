import { useId } from 'react';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { useToolsText } from './use-tools-text';

interface MarkFieldProps<Mark extends string> {
  legend: string;
  /** Each mark the admin can give, with its words. */
  choices: readonly { value: Mark; label: string }[];
  mark: { mark: Mark; changedAt: string } | undefined;
  onChange: (mark: Mark | undefined) => void;
}

/** The admin's own word on a finding (a connector, a sender), with when it was given: Support asks what was done. */
export function MarkField<Mark extends string>({ legend, choices, mark, onChange }: MarkFieldProps<Mark>) {
  const { t } = useToolsText();
  const group = useId();
  const formatTime = useDateTimeFormat();
  return (
    <fieldset className="connector-mark">
      <legend>{legend}</legend>
      {choices.map(({ value, label }) => (
        <label key={value} className="choice">
          <input type="radio" name={group} checked={mark?.mark === value} onChange={() => onChange(value)} />
          {label}
        </label>
      ))}
      {mark && (
        <p className="connector-mark__time">
          {t('connectors.markedAt', { time: formatTime(mark.changedAt) })}{' '}
          <button type="button" className="button button--subtle button--small" onClick={() => onChange(undefined)}>
            {t('connectors.clearMark')}
          </button>
        </p>
      )}
    </fieldset>
  );
}
