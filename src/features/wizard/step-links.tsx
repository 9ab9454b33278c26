import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { stepIds, type Code } from '../../config/flow';
import { keepPinnedLanguage, paths } from '../../config/paths';

/** Every step of a code's flow as a plain list of links. */
export function StepLinks({ code }: { code: Code }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <ol className="step-links">
      {stepIds.map((step) => (
        <li key={step}>
          <Link to={keepPinnedLanguage(paths.step(code, step), location.search)}>{t(`steps.${step}.title`, { code })}</Link>
        </li>
      ))}
      <li>
        <Link to={keepPinnedLanguage(paths.checklist(code), location.search)}>{t('steps.checklist.title')}</Link>
      </li>
    </ol>
  );
}
