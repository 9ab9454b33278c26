import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { codeKey } from '../../config/codes';
import { codes } from '../../config/flow';
import { keepPinnedLanguage, paths } from '../../config/paths';

/** The two codes this wizard covers, each a link to the start of its flow. */
export function CoveredCodes() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <ul className="code-list">
      {codes.map((code) => (
        <li key={code}>
          <Link to={keepPinnedLanguage(paths.step(code, 'about'), location.search)} className="code-list__link">
            <span className="code-badge">{code}</span>
            <span>{t(`codes.${codeKey(code)}.name` as 'codes.5_7_705.name')}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
