import type { Code } from '../../../config/flow';
import { updateEvidence } from '../update-evidence';
import type { ConnectorMark } from '../evidence-schema';
import { MarkField } from './mark-field';
import { useToolsText } from './use-tools-text';

interface ConnectorMarkFieldProps {
  code: Code;
  name: string;
  markKey: string;
  mark: { mark: ConnectorMark; changedAt: string } | undefined;
}

function setMark(code: Code, key: string, mark: ConnectorMark | undefined) {
  updateEvidence(code, (current, time) => {
    const next = { ...(current.connectorMarks ?? {}) };
    if (mark) next[key] = { mark, changedAt: time };
    else Reflect.deleteProperty(next, key);
    return { ...current, connectorMarks: next };
  });
}

/** The admin's own verdict on a connector: theirs, or disabled or removed. */
export function ConnectorMarkField({ code, name, markKey, mark }: ConnectorMarkFieldProps) {
  const { t } = useToolsText();
  return (
    <MarkField
      legend={t('connectors.markLabel', { name })}
      choices={(['ours', 'removed'] as const).map((value) => ({ value, label: t(`connectors.mark.${value}`) }))}
      mark={mark}
      onChange={(value) => setMark(code, markKey, value)}
    />
  );
}
