// What shows before the language's text has arrived, or when it cannot: built only from the bundled boot strings.
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { LocaleLoadError } from '../lib/locale-queries';

function BootFrame({ children }: { children: React.ReactNode }) {
  return (
    <div className="boot">
      <p className="boot__brand">Unblock</p>
      {children}
    </div>
  );
}

export function BootLoading() {
  const { t } = useTranslation('boot');
  return (
    <BootFrame>
      <p role="status" className="boot__loading">
        <span className="spinner" aria-hidden="true" />
        {t('loading')}
      </p>
    </BootFrame>
  );
}

const isLoadFailure = (error: unknown): boolean =>
  error instanceof LocaleLoadError || error instanceof TypeError || (isRouteErrorResponse(error) && error.status >= 500);

/** Root boundary: the text of the page could not be loaded (offline, server down) or rendering failed. */
export function BootError() {
  const { t } = useTranslation('boot');
  const error = useRouteError();
  const revalidator = useRevalidator();
  const loadFailed = isLoadFailure(error);
  return (
    <BootFrame>
      <main className="boot__error" role="alert">
        <h1>{loadFailed ? t('loadFailed') : t('unexpected')}</h1>
        <p>{loadFailed ? t('loadFailedHint') : t('unexpectedHint')}</p>
        <p className="button-row">
          {loadFailed ? (
            <button
              type="button"
              className="button button--primary"
              disabled={revalidator.state === 'loading'}
              onClick={() => void revalidator.revalidate()}
            >
              {revalidator.state === 'loading' ? t('loading') : t('retry')}
            </button>
          ) : (
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              {t('reload')}
            </button>
          )}
          <a className="button" href={import.meta.env.BASE_URL}>
            {t('home')}
          </a>
        </p>
      </main>
    </BootFrame>
  );
}
