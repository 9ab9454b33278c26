import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '../../lib/use-hydrated';
import { CopyButton } from './copy-button';

interface ShareButtonProps {
  /** The link, built at the click: the page's origin is the browser's, not the prerender's. */
  url: () => string;
  copyLabel: string;
  shareLabel: string;
  /** Said after the visible label, for a screen reader among many such buttons (": Review every inbound connector"). */
  hiddenSuffix?: string;
  className: string;
}

/**
 * The system share sheet where there is one (phones), else a copy button; when either fails, the link is shown to copy
 * by hand. The prerender cannot know the browser, so a page starts with copy and offers the sheet once the app runs.
 */
export function ShareButton({ url, copyLabel, shareLabel, hiddenSuffix, className }: ShareButtonProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const [showManual, setShowManual] = useState(false);
  const canShare = useHydrated() && 'share' in navigator;
  const label = (text: string) => (
    <>
      {text}
      {hiddenSuffix && <span className="visually-hidden">{hiddenSuffix}</span>}
    </>
  );
  // Closing the sheet is a choice, not a failure.
  const share = () =>
    navigator.share({ url: url() }).catch((error: unknown) => setShowManual((error as Error).name !== 'AbortError'));
  return (
    <span>
      {canShare ? (
        <button type="button" className={className} onClick={() => void share()}>
          {label(shareLabel)}
        </button>
      ) : (
        <CopyButton text={url} label={label(copyLabel)} className={className} onFailed={() => setShowManual(true)} />
      )}
      {showManual && (
        <span className="field">
          <label htmlFor={fieldId}>{t('share.manual')}</label>
          <input id={fieldId} type="text" readOnly value={url()} onFocus={(event) => event.target.select()} />
        </span>
      )}
    </span>
  );
}
