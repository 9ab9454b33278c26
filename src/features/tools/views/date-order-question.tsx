import { useId, useState } from 'react';
import { useToolsText } from './use-tools-text';

export type DateReading = 'month-first' | 'day-first';

/** Dates such as 03/04/2026 read two ways: the admin says which, seeing what each reading would mean. */
export function DateOrderQuestion({ describe, onChoose }: { describe: (order: DateReading) => string; onChoose: (order: DateReading) => void }) {
  const { t } = useToolsText();
  const id = useId();
  const [choice, setChoice] = useState<DateReading | undefined>(undefined);
  return (
    <fieldset className="date-order">
      <legend>{t('gap.dateOrderQuestion')}</legend>
      {(['month-first', 'day-first'] as const).map((order) => (
        <label key={order} className="choice">
          <input type="radio" name={id} checked={choice === order} onChange={() => setChoice(order)} />
          {describe(order)}
        </label>
      ))}
      <button type="button" className="button button--primary" disabled={!choice} onClick={() => choice && onChoose(choice)}>
        {t('gap.dateOrderUse')}
      </button>
    </fieldset>
  );
}
