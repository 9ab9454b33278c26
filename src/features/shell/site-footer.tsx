import { Trans, useTranslation } from 'react-i18next';
import { ExternalLink } from '../../components/ui/external-link';
import { sources } from '../../config/sources';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <p>
        <Trans
          t={t}
          i18nKey="shell.credit"
          components={{
            source: <ExternalLink href={sources.document}>{'…'}</ExternalLink>,
            license: <ExternalLink href={sources.license}>{'…'}</ExternalLink>,
          }}
        />
      </p>
      <p>{t('shell.privacy')}</p>
    </footer>
  );
}
