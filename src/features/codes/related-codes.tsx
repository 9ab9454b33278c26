import './codes.css';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../../components/ui/external-link';
import { codeKey, relatedCodes } from '../../config/codes';
import { sources } from '../../config/sources';

/** Other codes of the 5.7.7xx family: one line each and where Microsoft explains them. */
export function RelatedCodes({ highlight }: { highlight?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="related-codes">
        {relatedCodes.map((code) => (
          <li key={code} aria-current={code === highlight ? 'true' : undefined}>
            <span className="code-badge code-badge--muted">{code}</span>{' '}
            {t(`relatedCodes.${codeKey(code)}` as 'relatedCodes.5_7_703')}
          </li>
        ))}
      </ul>
      <p>
        <ExternalLink href={sources.ndrReference}>{t('relatedCodes.reference')}</ExternalLink>
      </p>
    </>
  );
}
