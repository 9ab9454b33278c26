import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { flowStepIds, numberedTitle, type Code } from '../../config/flow';
import { paths } from '../../config/paths';
import { useLocalePath } from '../../lib/use-locale-path';

/** Every step of a code's flow as a plain list of links. */
export function StepLinks({ code }: { code: Code }) {
  const { t } = useTranslation();
  const localized = useLocalePath();
  return (
    // Numbers are written out (the overview has none), so the list reads as the step bar and the pages do.
    <ul className="step-links">
      {flowStepIds(code).map((step) => (
        <li key={step}>
          <Link to={localized(paths.step(code, step))}>
            {numberedTitle(step, t(`steps.${step}.title`, { code }))}
          </Link>
        </li>
      ))}
      <li>
        <Link to={localized(paths.checklist(code))}>{t('steps.checklist.title')}</Link>
      </li>
    </ul>
  );
}
