import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '../../lib/use-hydrated';
import { CopyButton } from './copy-button';

interface ShareButtonProps {
  /** The link, built at the click: the page's origin is the browser's, not the prerender's. */
  url: () => string;
  /** What the share sheet calls the link. */
  title: string;
  copyLabel: string;
  shareLabel: string;
  /** Said after the visible label, for a screen reader among many such buttons (": Review every inbound connector"). */
  hiddenSuffix?: string;
  className?: string;
}

/** The system share sheet where there is one (phones); elsewhere, or when it fails, a copy button for the link. */
export function ShareButton({ url, title, copyLabel, shareLabel, hiddenSuffix, className = 'button button--small' }: ShareButtonProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const [showManual, setShowManual] = useState(false);
  const [shareFailed, setShareFailed] = useState(false);
  // The prerender cannot know the browser: the page starts with copy and offers the share sheet once the app runs.
  const canShare = useHydrated() && typeof navigator.share === 'function' && !shareFailed;
  const suffix = hiddenSuffix ? <span className="visually-hidden">{hiddenSuffix}</span> : null;

  async function share() {
    try {
      await navigator.share({ title, url: url() });
    } catch (error) {
      // Closing the sheet is a choice, not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setShareFailed(true);
    }
  }

  return (
    <span className="share-button">
      {canShare ? (
        <button type="button" className={className} onClick={() => void share()}>
          {shareLabel}
          {suffix}
        </button>
      ) : (
        <CopyButton
          text={url}
          label={
            <>
              {copyLabel}
              {suffix}
            </>
          }
          className={className}
          onFailed={() => setShowManual(true)}
        />
      )}
      {showManual && (
        <span className="field share-button__manual">
          <label htmlFor={fieldId}>{t('share.manual')}</label>
          <input id={fieldId} type="text" readOnly value={url()} onFocus={(event) => event.target.select()} />
        </span>
      )}
    </span>
  );
}
