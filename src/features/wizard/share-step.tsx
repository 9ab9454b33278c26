import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/ui/copy-button';
import { absoluteUrl } from '../../config/paths';
import type { Language } from '../../lib/languages';

/** "Copy link to this step" for a helpdesk ticket: the step's URL in the language being read (`/ja/5.7.750/connectors`). */
export function ShareStep({ path, language }: { path: string; language: Language }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [showManual, setShowManual] = useState(false);
  // Built at the click (and once it failed): the page's origin is the browser's, not the prerender's.
  const url = () => absoluteUrl(language, path);
  return (
    <section className="share no-print" aria-labelledby={`${headingId}-heading`}>
      <h2 id={`${headingId}-heading`} className="share__heading">
        {t('share.heading')}
      </h2>
      <div className="share__row">
        <CopyButton text={url} label={t('share.copy')} className="button" onFailed={() => setShowManual(true)} />
      </div>
      {showManual && (
        <p className="field">
          <label htmlFor={`${headingId}-url`}>{t('share.manual')}</label>
          <input id={`${headingId}-url`} type="text" readOnly value={url()} onFocus={(event) => event.target.select()} />
        </p>
      )}
    </section>
  );
}
