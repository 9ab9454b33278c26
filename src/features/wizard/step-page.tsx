import { useSuspenseQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { lazyPart } from '../../lib/lazy-part';
import { useTranslation } from 'react-i18next';
import { stepActionDetails } from '../../config/action-details/load';
import { flows, numberedStepCount, stepNumber, type Code, type StepId } from '../../config/flow';
import { paths } from '../../config/paths';
import { currentLanguage } from '../../lib/i18n';
import { documentQuery } from '../../lib/locale-queries';
import { PrintButton, usePrintShortcut } from '../case-file/print-button';
import { ActionList } from './action-list';
import { CauseFinder } from './cause-finder';
import { StepNote } from './step-note';
import { DocumentDisclosure, preloadDocumentText } from './document-disclosure';
import { ShareStep } from './share-step';
import { StepIndicator } from './step-indicator';
import { StepNav } from './step-nav';

// The first hour is on each code's overview only.
const FirstHour = lazyPart(() => import('./first-hour').then((module) => module.FirstHour));

// Only the overview shows the recorded bounce: other steps do not download its reader.
const BounceDetails = lazyPart(() => import('./bounce-details').then((module) => module.BounceDetails));

// The first and the Support steps ask for the facts Support needs; other steps do not download the form.
const FirstStepFacts = lazyPart(() => import('../case-file/case-facts-form').then((module) => module.FirstStepFacts));
const AllFacts = lazyPart(() => import('../case-file/case-facts-form').then((module) => module.AllFacts));

// Only the support step shows the summary; other steps do not download it.
const SupportSummaryPanel = lazyPart(() => import('../case-file/support-summary-panel').then((module) => module.SupportSummaryPanel));

/** Loads the parts a step shows, ahead of hydrating its prerendered page. */
export function preloadStepParts(step: StepId): Promise<unknown> {
  const parts = step === 'about' ? [FirstHour, BounceDetails, FirstStepFacts] : step === 'support' ? [AllFacts, SupportSummaryPanel] : [];
  // The overview opens with Microsoft's text; other steps fetch its code when it is opened.
  const text = step === 'about' ? [preloadDocumentText()] : [];
  return Promise.all([stepActionDetails(step), ...text, ...parts.map((part) => part.preload())]);
}

export function StepPage({ code, step }: { code: Code; step: StepId }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { data: document } = useSuspenseQuery(documentQuery(language));
  usePrintShortcut(code);
  const model = flows[code].steps.find((candidate) => candidate.id === step);
  if (!model) throw new Error(`No step ${step} in the ${code} flow`);
  const number = stepNumber(step);
  const title = t(`steps.${step}.title`, { code });
  const unnumbered = step === 'accounts' ? t('wizard.containFirst') : t('wizard.overview');
  return (
    <div className="wizard">
      <StepIndicator code={code} current={step} />
      <article className="wizard__content">
        <title>{`${title} · ${code} – Unblock`}</title>
        <p className="eyebrow">
          <span className="code-badge">{code}</span>{' '}
          {number === undefined ? unnumbered : t('wizard.stepOf', { number, total: numberedStepCount })}
        </p>
        <h1 tabIndex={-1}>{title}</h1>
        <ShareStep path={paths.step(code, step)} />
        <p className="lead">{t(`steps.${step}.intro`, { code })}</p>
        {step === 'about' && (
          <Suspense fallback={null}>
            <FirstHour code={code} />
          </Suspense>
        )}
        {/* 5.7.705 starts with the accounts; unregistered domains are 5.7.750's cause. */}
        {step === 'domains' && code === '5.7.705' && (
          <p className="notice">{t('steps.domains.rarelyTheCause')}</p>
        )}
        {step === 'about' && (
          <Suspense fallback={null}>
            <BounceDetails code={code} />
            <FirstStepFacts code={code} />
          </Suspense>
        )}
        {/* Each boundary is hydrated after the page around it (React's selective hydration), in a commit of its own:
            the long steps then hydrate in several short tasks rather than one long one. A tap inside one hydrates it
            first. */}
        <Suspense fallback={null}>
          <ActionList code={code} step={step} actions={model.actions} />
        </Suspense>
        <Suspense fallback={null}>
          {model.tools.map((tool) => (
            <CauseFinder key={tool} code={code} tool={tool} />
          ))}
          <StepNote code={code} step={step} />
        </Suspense>
        {step === 'support' && (
          <Suspense fallback={<p className="muted">{t('shell.loading')}</p>}>
            <AllFacts code={code} />
            <div className="card">
              <SupportSummaryPanel code={code} />
            </div>
          </Suspense>
        )}
        {/* Microsoft's own words follow the actions, folded except on the overview, whose subject they are. */}
        <Suspense fallback={null}>
          {model.segments.length > 0 && (
            <DocumentDisclosure key={step} document={document} segments={model.segments} open={step === 'about'} />
          )}
        </Suspense>
        <div className="button-row no-print step-tools">
          <PrintButton code={code} />
        </div>
        <StepNav code={code} step={step} />
      </article>
    </div>
  );
}
