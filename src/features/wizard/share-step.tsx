import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/ui/copy-button';
import { absoluteUrl } from '../../config/paths';
import { languageNames, type Language } from '../../lib/languages';

/** "Copy link to this step" for a helpdesk ticket, optionally pinning the current language with ?lng=. */
export function ShareStep({ path, language }: { path: string; language: Language }) {
  const { t } = useTranslation();
  const pinId = useId();
  const [pinLanguage, setPinLanguage] = useState(false);
  const [showManual, setShowManual] = useState(false);
  const url = absoluteUrl(path, pinLanguage ? { language } : {});
  return (
    <section className="share no-print" aria-labelledby={`${pinId}-heading`}>
      <h2 id={`${pinId}-heading`} className="share__heading">
        {t('share.heading')}
      </h2>
      <div className="share__row">
        <CopyButton text={url} label={t('share.copy')} className="button" onFailed={() => setShowManual(true)} />
        <span className="share__pin">
          <input id={pinId} type="checkbox" checked={pinLanguage} onChange={(event) => setPinLanguage(event.target.checked)} />
          <label htmlFor={pinId}>{t('share.pinLanguage', { language: languageNames[language] })}</label>
        </span>
      </div>
      {showManual && (
        <p className="field">
          <label htmlFor={`${pinId}-url`}>{t('share.manual')}</label>
          <input id={`${pinId}-url`} type="text" readOnly value={url} onFocus={(event) => event.target.select()} />
        </p>
      )}
    </section>
  );
}
