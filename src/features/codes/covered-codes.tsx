import './codes.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { codeKey } from '../../config/codes';
import { codes } from '../../config/flow';
import { paths } from '../../config/paths';
import { useLocalePath } from '../../lib/use-locale-path';

/** The two codes this wizard covers, each a link to the start of its flow. */
export function CoveredCodes() {
  const { t } = useTranslation();
  const localized = useLocalePath();
  return (
    <ul className="code-list">
      {codes.map((code) => (
        <li key={code}>
          <Link to={localized(paths.step(code, 'about'))} className="code-list__link">
            <span className="code-badge">{code}</span>
            <span>{t(`codes.${codeKey(code)}.name` as 'codes.5_7_705.name')}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
