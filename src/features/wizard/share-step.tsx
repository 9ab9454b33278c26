import { useTranslation } from 'react-i18next';
import { ShareButton } from '../../components/ui/share-button';
import { absoluteUrl } from '../../config/paths';
import { currentLanguage } from '../../lib/i18n';

/**
 * The link to a step, or to one action on it (`action`: its id and title), for a helpdesk ticket: the URL in the
 * language being read (`/ja/5.7.750/connectors#list-inbound-connectors`). The step's sits beside its title.
 */
export function ShareStep({ path, action }: { path: string; action?: { id: string; title: string } }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <ShareButton
      url={() => absoluteUrl(language, path) + (action ? `#${action.id}` : '')}
      copyLabel={t(action ? 'share.copyAction' : 'share.copy')}
      shareLabel={t(action ? 'share.shareAction' : 'share.share')}
      hiddenSuffix={action && `: ${action.title}`}
      className="button button--small button--subtle"
    />
  );
}
