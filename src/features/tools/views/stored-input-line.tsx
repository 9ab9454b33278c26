import { ConfirmInline } from '../../../components/ui/confirm-inline';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { useToolsText } from './use-tools-text';

interface StoredInputLineProps {
  /** The line without origin and time, e.g. "12 accepted domains (Format-List, …)": built by the caller's key. */
  describe: (parts: { origin: string; time: string }) => string;
  source: 'paste' | 'file';
  fileName?: string;
  readAt: string;
  /** Names the input in the remove question. */
  what: string;
  onRemove: () => void;
}

/** What a tool input holds now, with a way to remove it. */
export function StoredInputLine({ describe, source, fileName, readAt, what, onRemove }: StoredInputLineProps) {
  const { t } = useToolsText();
  const formatTime = useDateTimeFormat();
  const origin = source === 'file' && fileName ? t('input.fromFile', { fileName }) : t('input.fromPaste');
  return (
    <p className="stored-input">
      <span className="stored-input__what">{describe({ origin, time: formatTime(readAt) })}</span>{' '}
      <ConfirmInline
        trigger={
          <>
            {t('input.remove')}
            <span className="visually-hidden"> {what}</span>
          </>
        }
        question={t('input.removeQuestion', { what })}
        groupLabel={t('input.removeQuestion', { what })}
        confirmLabel={t('input.removeConfirm')}
        onConfirm={onRemove}
      />
    </p>
  );
}
