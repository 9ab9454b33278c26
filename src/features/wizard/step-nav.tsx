import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { neighbours, type Code, type StepId } from '../../config/flow';
import { keepPinnedLanguage, paths } from '../../config/paths';

/** Back and Next. Back from the first step is the start page; Next from the last is the case file. */
export function StepNav({ code, step }: { code: Code; step: StepId }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { previous, next } = neighbours(step);
  const keep = (path: string) => keepPinnedLanguage(path, location.search);
  return (
    <nav className="step-nav" aria-label={t('wizard.stepNavLabel')}>
      <Link className="button" to={keep(previous ? paths.step(code, previous) : paths.home())} rel="prev">
        <span aria-hidden="true">←</span> {t('wizard.back')}
        <span className="visually-hidden">: {previous ? t(`steps.${previous}.short`) : t('start.title')}</span>
      </Link>
      <Link className="button button--primary" to={keep(next ? paths.step(code, next) : paths.checklist(code))} rel="next">
        {t('wizard.next')}
        <span className="step-nav__target">: {next ? t(`steps.${next}.short`) : t('steps.checklist.short')}</span>
        <span aria-hidden="true">→</span>
      </Link>
    </nav>
  );
}
