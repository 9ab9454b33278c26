import { useId, useRef, useState, type DragEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NdrOutcome } from './parse-ndr';
import { parseInBackground } from './parse-in-background';
import { readNdrFile, type FileReadResult } from './read-ndr-file';
import { FileButton } from '../../components/ui/file-button';
import { NdrOutcomeMessage, type EntryProblem } from './ndr-outcome-message';

export interface NdrEntryResult {
  outcome: NdrOutcome;
  source: 'paste' | 'file';
  fileName?: string;
}

interface NdrEntryFormProps {
  /** Called when a new text or file is about to be read (or found empty). */
  onAnalyse?: () => void;
  /** Called for an outcome the form does not handle itself: exactly one covered code. */
  onCovered: (result: NdrEntryResult & { outcome: Extract<NdrOutcome, { kind: 'covered' }> }) => void;
  onChooseCode: (result: NdrEntryResult, code: string) => void;
}

function fileProblem(result: Exclude<FileReadResult, { kind: 'text' }>): EntryProblem {
  return { kind: result.kind, name: result.name };
}

/** One field for the code, an SMTP reply line or the whole bounce; plus a file picker and a drop zone. */
export function NdrEntryForm({ onAnalyse, onCovered, onChooseCode }: NdrEntryFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<EntryProblem | undefined>(undefined);
  const [result, setResult] = useState<NdrEntryResult | undefined>(undefined);
  const [dragging, setDragging] = useState(false);
  const fieldId = useId();
  const messageRef = useRef<HTMLDivElement>(null);

  async function analyse(input: string, source: 'paste' | 'file', fileName?: string) {
    setBusy(true);
    setProblem(undefined);
    let handedOver = false;
    try {
      const outcome = await parseInBackground(input);
      const entry: NdrEntryResult = fileName === undefined ? { outcome, source } : { outcome, source, fileName };
      if (outcome.kind === 'covered') {
        // The page takes over (opens the flow, or asks about a recorded bounce) and places the focus itself.
        handedOver = true;
        setResult(undefined);
        onCovered({ ...entry, outcome });
        return;
      }
      setResult(entry);
    } finally {
      setBusy(false);
      // Move focus to the message so a screen reader hears the outcome and the keyboard is at its links.
      if (!handedOver) requestAnimationFrame(() => messageRef.current?.focus());
    }
  }

  async function analyseFile(file: File | undefined) {
    if (!file) return;
    onAnalyse?.();
    const read = await readNdrFile(file);
    if (read.kind !== 'text') {
      setResult(undefined);
      setProblem(fileProblem(read));
      requestAnimationFrame(() => messageRef.current?.focus());
      return;
    }
    await analyse(read.text, 'file', read.name);
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    onAnalyse?.();
    if (text.trim() === '') {
      setResult(undefined);
      setProblem({ kind: 'empty' });
      requestAnimationFrame(() => messageRef.current?.focus());
      return;
    }
    void analyse(text, 'paste');
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void analyseFile(event.dataTransfer.files[0]);
  }

  const hasMessage = problem !== undefined || result !== undefined;
  return (
    <form
      className="ndr-entry"
      data-dragging={dragging}
      onSubmit={submit}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      noValidate
    >
      <div className="field">
        <label htmlFor={fieldId}>{t('start.fieldLabel')}</label>
        <p id={`${fieldId}-hint`} className="field__hint">
          {t('start.fieldHint')}
        </p>
        <textarea
          id={fieldId}
          name="ndr"
          rows={6}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          placeholder="550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains"
          aria-describedby={`${fieldId}-hint${hasMessage ? ` ${fieldId}-message` : ''}`}
          aria-invalid={problem !== undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="ndr-entry__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('start.analysing') : t('start.submit')}
        </button>
        <span className="ndr-entry__or">{t('start.or')}</span>
        <FileButton
          label={t('start.chooseFile')}
          accept=".eml,.txt,.msg,message/rfc822,text/plain"
          onFile={(file) => void analyseFile(file)}
        />
        <span className="ndr-entry__drop-hint">{t('start.dropHint')}</span>
      </div>
      <p className="field__hint">{t('start.privacy')}</p>
      <div id={`${fieldId}-message`} ref={messageRef} tabIndex={-1} className="ndr-entry__message">
        {hasMessage && <NdrOutcomeMessage problem={problem} result={result} onChooseCode={onChooseCode} />}
      </div>
    </form>
  );
}
