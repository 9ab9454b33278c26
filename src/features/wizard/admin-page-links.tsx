import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../../components/ui/external-link';
import { adminPages, adminPagesFor } from '../../config/admin-pages';

/** Buttons to the admin pages an action is done in (accepted domains, connectors, …), beside its Learn links. */
export function AdminPageLinks({ actionId }: { actionId: string }) {
  const { t } = useTranslation();
  const pages = adminPagesFor(actionId);
  if (pages.length === 0) return null;
  return (
    <ul className="admin-links">
      {pages.map((id) => (
        <li key={id}>
          <ExternalLink href={adminPages[id].href} className="button admin-link">
            {t('adminPages.open', { page: t(`adminPages.pages.${id}`), portal: t(`adminPages.portals.${adminPages[id].portal}`) })}
          </ExternalLink>
        </li>
      ))}
    </ul>
  );
}
