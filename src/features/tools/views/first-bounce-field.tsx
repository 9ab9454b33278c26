import { useId } from 'react';
import type { Code } from '../../../config/flow';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { fromLocalInput, toLocalInput } from '../../../lib/local-time-input';
import { caseStore } from '../../progress/case-store';
import { useToolsText } from './use-tools-text';

/** The first bounce's time: from the recorded bounce when there is one, else asked (it is the timeline's first bounce). */
export function FirstBounceField({ code, recorded, stored }: { code: Code; recorded: string | undefined; stored: string | undefined }) {
  const { t } = useToolsText();
  const id = useId();
  const formatTime = useDateTimeFormat({ withZone: true });
  if (recorded) return <p className="muted">{t('connectors.bounceKnown', { time: formatTime(recorded) })}</p>;
  return (
    <div className="field first-bounce-field">
      <label htmlFor={id}>{t('connectors.bounceLabel')}</label>
      <p id={`${id}-hint`} className="field__hint">
        {t('connectors.bounceHint')}
      </p>
      <input
        id={id}
        type="datetime-local"
        aria-describedby={`${id}-hint`}
        value={toLocalInput(stored)}
        onChange={(event) => caseStore.setFactTime(code, 'firstBounceAt', fromLocalInput(event.target.value))}
      />
    </div>
  );
}
