import { lazy, Suspense } from 'react';
import { redirect, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { stepActionDetails } from '../../config/action-details/load';
import { hasStep, isCode, type StepId } from '../../config/flow';
import { paths, sameLanguage } from '../../config/paths';
import { preloadStepParts, StepPage } from '../../features/wizard/step-page';

// A step link that leads nowhere is rare: its page is fetched only then, not with every step.
const NotFoundPage = lazy(() => import('../not-found-page').then((module) => ({ default: module.NotFoundPage })));

// The root loader has already fetched the language's text, document included.
export async function loader({ params, request }: LoaderFunctionArgs) {
  const { code, step } = params;
  if (!isCode(code)) return { kind: 'not-found' as const };
  if (hasStep(code, step)) {
    // The step's commands come with it, so the page renders whole (on the server too).
    await stepActionDetails(step);
    return { kind: 'step' as const, code, step };
  }
  // A mistyped step in a link a helpdesk sent (`/connector`) goes to the step it obviously meant. The guesser is
  // fetched only for such a link, not with every step.
  const meant = step === undefined ? undefined : (await import('../../config/guess-page')).guessPage(step, code);
  if (meant) return redirect(sameLanguage(request, paths.step(code, meant)));
  return { kind: 'not-found' as const };
}

export function Component() {
  const data = useLoaderData<typeof loader>();
  return data.kind === 'step' ? (
    <StepPage code={data.code} step={data.step} />
  ) : (
    <Suspense fallback={null}>
      <NotFoundPage />
    </Suspense>
  );
}

/** Before a prerendered step hydrates: the parts it shows, loaded so that it hydrates in one pass. */
export function preloadParts(data: { kind: string; step?: StepId } | undefined): Promise<unknown> {
  return data?.kind === 'step' && data.step ? preloadStepParts(data.step) : Promise.resolve();
}
