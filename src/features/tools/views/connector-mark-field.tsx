import { useId } from 'react';
import type { Code } from '../../../config/flow';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { updateEvidence } from '../update-evidence';
import type { ConnectorMark } from '../evidence-schema';
import { useToolsText } from './use-tools-text';

interface ConnectorMarkFieldProps {
  code: Code;
  name: string;
  markKey: string;
  mark: { mark: ConnectorMark; changedAt: string } | undefined;
}

const marks: readonly ConnectorMark[] = ['ours', 'removed'];

function setMark(code: Code, key: string, mark: ConnectorMark | undefined) {
  updateEvidence(code, (current, time) => {
    const next = { ...(current.connectorMarks ?? {}) };
    if (mark) next[key] = { mark, changedAt: time };
    else Reflect.deleteProperty(next, key);
    return { ...current, connectorMarks: next };
  });
}

/** The admin's own verdict on a connector, with when it was given: Support asks what was done about each. */
export function ConnectorMarkField({ code, name, markKey, mark }: ConnectorMarkFieldProps) {
  const { t } = useToolsText();
  const group = useId();
  const formatTime = useDateTimeFormat();
  return (
    <fieldset className="connector-mark">
      <legend>{t('connectors.markLabel', { name })}</legend>
      {marks.map((value) => (
        <label key={value} className="choice">
          <input type="radio" name={group} checked={mark?.mark === value} onChange={() => setMark(code, markKey, value)} />
          {t(`connectors.mark.${value}`)}
        </label>
      ))}
      {mark && (
        <p className="connector-mark__time">
          {t('connectors.markedAt', { time: formatTime(mark.changedAt) })}{' '}
          <button type="button" className="button button--subtle button--small" onClick={() => setMark(code, markKey, undefined)}>
            {t('connectors.clearMark')}
          </button>
        </p>
      )}
    </fieldset>
  );
}
