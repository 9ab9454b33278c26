import { useId, useRef, useState, type ClipboardEvent, type DragEvent, type ReactNode } from 'react';
import { FileButton } from '../../../components/ui/file-button';
import type { ReadOutcome } from '../model';
import { MAX_PASTE_CHARACTERS, type ToolSlot } from '../reading/read-tool-input';
import { useToolRead } from '../reading/use-tool-read';
import { formatSize } from './format-size';
import { RejectionMessage } from './rejection-message';
import { useToolsText } from './use-tools-text';

export interface InputOrigin {
  source: 'paste' | 'file';
  fileName?: string;
}

interface ToolInputProps {
  slot: ToolSlot;
  label: string;
  hint: ReactNode;
  /** Outcomes of the kind this slot takes; anything else is explained here and changes nothing. */
  accepts: ReadOutcome['kind'];
  onRead: (outcome: ReadOutcome, origin: InputOrigin) => void;
  timeZone?: string;
}

const ACCEPT = '.json,.txt,.csv,.log,text/plain,application/json,text/csv';

/** Paste, choose or drop what PowerShell or the admin center gave; read in the background with a way to stop. */
export function ToolInput({ slot, label, hint, accepts, onRead, timeZone }: ToolInputProps) {
  const { t, i18n } = useToolsText();
  const id = useId();
  const [text, setText] = useState('');
  const [origin, setOrigin] = useState<InputOrigin>({ source: 'paste' });
  // The read may finish before the next render: the callback takes the origin from here, not from state.
  const pending = useRef<InputOrigin>(origin);
  const [pasteError, setPasteError] = useState<string | undefined>(undefined);
  const { state, read, cancel } = useToolRead((outcome) => {
    if (outcome.kind !== accepts) return;
    onRead(outcome, pending.current);
    setText('');
  });
  const request = (input: { text: string } | { file: File }) => {
    setPasteError(undefined);
    pending.current = 'file' in input ? { source: 'file', fileName: input.file.name } : { source: 'paste' };
    setOrigin(pending.current);
    read(timeZone === undefined ? { slot, input } : { slot, input, timeZone });
  };
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    if (pasted.length <= MAX_PASTE_CHARACTERS) return;
    // The browser would cut it at maxLength without a word: say why instead, and keep what was there.
    event.preventDefault();
    setPasteError(
      t('input.pasteTooLarge', { size: formatSize(pasted.length, i18n.language), limit: formatSize(MAX_PASTE_CHARACTERS, i18n.language) }),
    );
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    request({ file });
  };
  const reading = state.status === 'reading';
  const outcome = state.status === 'read' ? state.outcome : undefined;
  return (
    <div className="tool-input" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
      <label htmlFor={id} className="tool-input__label">
        {label}
      </label>
      <div id={`${id}-hint`} className="field__hint">
        {hint}
      </div>
      <textarea
        id={id}
        rows={5}
        className="tool-input__paste"
        spellCheck={false}
        autoComplete="off"
        aria-describedby={`${id}-hint ${id}-privacy`}
        maxLength={MAX_PASTE_CHARACTERS}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onPaste={onPaste}
      />
      <p id={`${id}-privacy`} className="field__hint">
        {t('input.dropHint')} {t('input.privacy')}
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={reading} onClick={() => request({ text })}>
          {t('input.read')}
        </button>
        <FileButton label={t('input.chooseFile')} accept={ACCEPT} onFile={(file) => request({ file })} />
      </div>
      <div role="status" className="tool-input__status">
        {reading && (
          <div className="tool-input__progress">
            <span>{t('input.reading', { name: origin.fileName ?? t('input.fromPaste') })}</span>
            {state.totalBytes > 0 && (
              <>
                <progress max={state.totalBytes} value={state.readBytes} aria-label={t('input.reading', { name: origin.fileName ?? '' })} />
                <span>
                  {t('input.readingProgress', {
                    read: formatSize(state.readBytes, i18n.language),
                    total: formatSize(state.totalBytes, i18n.language),
                  })}
                </span>
              </>
            )}
            <button type="button" className="button button--subtle button--small" onClick={cancel}>
              {t('input.cancel')}
            </button>
          </div>
        )}
        {state.status === 'cancelled' && <p>{t('input.cancelled')}</p>}
      </div>
      <div role="alert" className="tool-input__alert">
        {pasteError && <p className="notice notice--error">{pasteError}</p>}
        {state.status === 'failed' && <p className="notice notice--error">{t('input.failed', { message: state.message })}</p>}
        {outcome && outcome.kind !== accepts && <RejectionMessage outcome={outcome} />}
      </div>
    </div>
  );
}
