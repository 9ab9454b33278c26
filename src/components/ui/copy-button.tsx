import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | 'failed';

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface CopyButtonProps {
  /** The text, or how to get it at the moment of the click (when what is shown may lag behind). */
  text: string | (() => string);
  label: React.ReactNode;
  className?: string;
  /** Shown when the clipboard refuses, so the text can be copied by hand. */
  onFailed?: () => void;
}

/** Copies text and says so in a polite live region (the button label alone would not be announced). */
export function CopyButton({ text, label, className = 'button button--small', onFailed }: CopyButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function copy() {
    const ok = await writeClipboard(typeof text === 'function' ? text() : text);
    setState(ok ? 'copied' : 'failed');
    if (!ok) onFailed?.();
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState('idle'), 4000);
  }

  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => void copy()}
      >
        {state === 'copied' ? `✓ ${t('common.copied')}` : label}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? t('common.copiedAnnouncement') : state === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </>
  );
}
