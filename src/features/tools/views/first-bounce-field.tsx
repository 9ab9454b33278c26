import { useId } from 'react';
import type { Code } from '../../../config/flow';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { updateEvidence } from '../update-evidence';
import { useToolsText } from './use-tools-text';

const pad = (value: number) => String(value).padStart(2, '0');

/** A datetime-local input speaks the reader's local time without a zone. */
function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The first bounce's time: from the recorded bounce when there is one, else asked. */
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
        onChange={(event) => {
          const value = event.target.value;
          const date = value ? new Date(value) : undefined;
          updateEvidence(code, (current) => {
            const next = { ...current };
            if (date && !Number.isNaN(date.getTime())) next.firstBounceAt = date.toISOString();
            else Reflect.deleteProperty(next, 'firstBounceAt');
            return next;
          });
        }}
      />
    </div>
  );
}
