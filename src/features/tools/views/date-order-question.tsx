import { useId, useState } from 'react';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { timeSpanOf } from '../evidence';
import type { ReadOutcome, SendingData } from '../model';
import { useToolsText } from './use-tools-text';

type SendingRead = Extract<ReadOutcome, { kind: 'sending' }>;

/** Dates such as 03/04/2026 read two ways: the admin says which, seeing what each reading would mean. */
export function DateOrderQuestion({ outcome, onChoose }: { outcome: SendingRead; onChoose: (data: SendingData) => void }) {
  const { t } = useToolsText();
  const id = useId();
  const formatTime = useDateTimeFormat({ withZone: true });
  const [choice, setChoice] = useState<'month-first' | 'day-first' | undefined>(undefined);
  const readings = { 'month-first': outcome.data, 'day-first': outcome.dayFirst ?? outcome.data } as const;
  return (
    <fieldset className="date-order" aria-describedby={`${id}-question`}>
      <legend id={`${id}-question`}>{t('gap.dateOrderQuestion')}</legend>
      {(['month-first', 'day-first'] as const).map((order) => {
        const span = timeSpanOf(readings[order]);
        return (
          <label key={order} className="choice">
            <input type="radio" name={id} checked={choice === order} onChange={() => setChoice(order)} />
            {t(`gap.dateOrder.${order}`, {
              first: span.first ? formatTime(span.first) : '—',
              last: span.last ? formatTime(span.last) : '—',
            })}
          </label>
        );
      })}
      <button type="button" className="button button--primary" disabled={!choice} onClick={() => choice && onChoose(readings[choice])}>
        {t('gap.dateOrderUse')}
      </button>
    </fieldset>
  );
}
