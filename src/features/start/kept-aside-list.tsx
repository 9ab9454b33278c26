import { useTranslation } from 'react-i18next';
import { ConfirmInline } from '../../components/ui/confirm-inline';
import { useDateTimeFormat } from '../../lib/use-date-time-format';
import { caseStore } from '../progress/case-store';
import { downloadKeptAside } from '../progress/download-kept-aside';
import { useProgressSnapshot } from '../progress/use-case';

/**
 * Saved progress that could not be read stays here until the admin discards it: the notice that announced it can be
 * dismissed, the data must stay reachable.
 */
export function KeptAsideList() {
  const { t } = useTranslation();
  const formatTime = useDateTimeFormat();
  const { quarantine } = useProgressSnapshot();
  if (quarantine.length === 0) return null;
  return (
    <section className="card kept-aside" aria-labelledby="kept-aside-heading">
      <h2 id="kept-aside-heading" className="card__title">
        {t('keptAside.heading')}
      </h2>
      <p>{t('keptAside.intro')}</p>
      <ul className="cases__list">
        {quarantine.map((entry) => (
          <li key={entry.key} className="case-row">
            <p className="case-row__title">
              <span className="code-badge">{entry.code}</span>{' '}
              <span className="muted">{t('keptAside.keptAt', { time: formatTime(entry.at) })}</span>
            </p>
            <div className="case-row__actions button-row">
              <button type="button" className="button" onClick={() => downloadKeptAside(entry.key)}>
                {t('keptAside.download')}
                <span className="visually-hidden"> ({entry.code})</span>
              </button>
              <ConfirmInline
                trigger={
                  <>
                    {t('keptAside.discard')}
                    <span className="visually-hidden"> ({entry.code})</span>
                  </>
                }
                question={t('keptAside.discardQuestion', { code: entry.code })}
                groupLabel={t('keptAside.discardConfirmLabel', { code: entry.code })}
                confirmLabel={t('keptAside.discardConfirm')}
                onConfirm={() => caseStore.discardQuarantined(entry.key)}
              />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
