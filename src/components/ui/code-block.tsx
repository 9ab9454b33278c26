import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from './copy-button';

/** A PowerShell command with its caption and a copy button. */
export function CodeBlock({ caption, code }: { caption: string; code: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <figure className="code-block">
      <figcaption className="code-block__caption">
        <span id={captionId}>{caption}</span>
        <CopyButton text={code} label={t('common.copyCommand')} />
      </figcaption>
      <pre tabIndex={0} aria-labelledby={captionId}>
        <code lang="en">{code}</code>
      </pre>
    </figure>
  );
}
