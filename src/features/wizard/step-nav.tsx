import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { neighbours, type Code, type StepId } from '../../config/flow';
import { paths } from '../../config/paths';
import { useLocalePath } from '../../lib/use-locale-path';

/** Back and Next. Back from the first step is the start page; Next from the last is the case file. */
export function StepNav({ code, step }: { code: Code; step: StepId }) {
  const { t } = useTranslation();
  const keep = useLocalePath();
  const { previous, next } = neighbours(code, step);
  const previousName = previous ? t(`steps.${previous}.short`) : t('start.title');
  const nextName = next ? t(`steps.${next}.short`) : t('steps.checklist.short');
  // "Next: Domains" is one string per language, so each language places its own colon (：in Chinese) with no stray
  // space. Narrow screens show only "Next"; the links keep their full names (which start with the visible words).
  return (
    <nav className="step-nav" aria-label={t('wizard.stepNavLabel')}>
      <Link
        className="button"
        to={keep(previous ? paths.step(code, previous) : paths.home())}
        rel="prev"
        aria-label={t('wizard.backTo', { step: previousName })}
      >
        <span aria-hidden="true">←</span> {t('wizard.back')}
      </Link>
      <Link
        className="button button--primary"
        to={keep(next ? paths.step(code, next) : paths.checklist(code))}
        rel="next"
        aria-label={t('wizard.nextTo', { step: nextName })}
      >
        <span className="step-nav__full">{t('wizard.nextTo', { step: nextName })}</span>
        <span className="step-nav__bare">{t('wizard.next')}</span>
        <span aria-hidden="true">→</span>
      </Link>
    </nav>
  );
}
