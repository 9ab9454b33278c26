import { useTranslation } from 'react-i18next';

/** Links out of the app: https only, a new tab, no opener, no referrer, and a spoken hint that a tab opens. */
export function ExternalLink({ href, children, className }: { href: string; children: React.ReactNode; className?: string }) {
  const { t } = useTranslation();
  if (!href.startsWith('https://')) return <span className={className}>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
    </a>
  );
}
