import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../../components/ui/external-link';
import { TaggedText } from '../../components/ui/tagged-text';
import { sources } from '../../config/sources';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <p>
        <TaggedText
          text={t('shell.credit')}
          tags={{
            source: (content) => <ExternalLink href={sources.document}>{content}</ExternalLink>,
            license: (content) => <ExternalLink href={sources.license}>{content}</ExternalLink>,
          }}
        />
      </p>
      <p className="no-print">{t('shell.privacy')}</p>
    </footer>
  );
}
