import { useTranslation } from 'react-i18next';
import { ShareButton } from '../../components/ui/share-button';
import { absoluteUrl } from '../../config/paths';
import type { Language } from '../../lib/languages';

/** Beside the step's title: its link for a helpdesk ticket, in the language being read (`/ja/5.7.750/connectors`). */
export function ShareStep({ path, language, title }: { path: string; language: Language; title: string }) {
  const { t } = useTranslation();
  return (
    <ShareButton
      url={() => absoluteUrl(language, path)}
      title={title}
      copyLabel={t('share.copy')}
      shareLabel={t('share.share')}
      className="button button--small button--subtle share-step no-print"
    />
  );
}
